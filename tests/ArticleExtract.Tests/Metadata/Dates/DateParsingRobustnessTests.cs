using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArticleExtract.Metadata.Dates;
using CsCheck;
using Xunit;

namespace ArticleExtract.Tests.Metadata.Dates;

public sealed class DateParsingRobustnessTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static TheoryData<string> HugeInputs()
    {
        return new TheoryData<string>
        {
            Repeat("1234567890", 25_000),
            Repeat("1.", 125_000),
            Repeat("12/", 83_334),
            Repeat("2024-", 50_000),
            Repeat("11.04.", 41_667),
            Repeat("12:34 ", 41_667),
            Repeat("5 March ", 31_250),
            Repeat("2024年", 62_500),
            new string(' ', 100_000),
            new string(' ', 100_000) + "March 5, 2024",
            Repeat("Mar. 5, ", 31_250) + "2024",
            Repeat("+0800 ", 41_667),
        };
    }

    [Theory]
    [MemberData(nameof(HugeInputs))]
    public void Huge_inputs_finish_fast_without_throwing(string input)
    {
        var watch = Stopwatch.StartNew();
        _ = DateTextFinder.Find(input, DateSource.VisibleText, null);
        _ = DateValueParser.Parse(input, DateSource.MetaTag, null);
        watch.Stop();
        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Dates_beyond_the_scan_window_are_not_found_in_huge_text()
    {
        Assert.Null(DateTextFinder.Find(new string(' ', 100_000) + "March 5, 2024", DateSource.VisibleText, null));
        Assert.Null(DateValueParser.Parse("x" + new string(' ', 100_000) + "2024-03-05", DateSource.MetaTag, null));
        Assert.Equal("2024-03-05", DateValueParser.Parse(new string(' ', 100_000) + "2024-03-05", DateSource.MetaTag, null)?.ToString());
    }

    [Fact]
    public void Long_url_paths_finish_fast()
    {
        var url = new Uri("https://example.com/" + Repeat("2024/", 6_000) + "x");
        var watch = Stopwatch.StartNew();
        Assert.Null(UrlDateParser.Parse(url));
        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Many_short_strings_are_cheap()
    {
        string[] samples = ["By Jane Doe", "Updated 4:54 AM EDT, April 11, 2025", "5. März 2024", "Share", "2024年3月5日 16:54"];
        var watch = Stopwatch.StartNew();
        var found = 0;
        for (var n = 0; n < 5_000; n++)
        {
            if (DateTextFinder.Find(samples[n % samples.Length], DateSource.VisibleText, null) is not null)
            {
                found++;
            }
        }

        Assert.Equal(3_000, found);
        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Random_date_like_text_never_throws()
    {
        string[] pieces =
        [
            "2024", "03", "5", "31", "12", "1", "-", "/", ".", ":", " ", ",", "T", "Z", "+08:00", "-0500", "+", "am", "PM",
            "p.m.", "ET", "EDT", "GMT", "UTC+14", "March", "mars", "März", "марта", "年", "月", "日", "Uhr", "at", "h", "16",
            "54", "99", "0", "下午", "오후", "\u0301", "º", "de", "1744390483", "20250411",
        ];
        var fragments = Gen.OneOf(pieces);
        fragments.Array[0, 14].Select(parts => string.Concat(parts)).Sample(text =>
        {
            var found = DateTextFinder.Find(text, DateSource.VisibleText, "d");
            var parsed = DateValueParser.Parse(text, DateSource.MetaTag, "d");
            if (found is not null)
            {
                _ = DatePlausibility.IsPlausible(found, DateTimeOffset.UtcNow);
                Assert.Equal("d", found.SourceDetail);
            }

            if (parsed is not null)
            {
                Assert.Equal(DateSource.MetaTag, parsed.Source);
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Any_real_day_round_trips_through_every_written_form()
    {
        Gen.Select(Gen.Int[1900, 2100], Gen.Int[1, 12], Gen.Int[1, 28]).Sample((year, month, day) =>
        {
            var date = new DateOnly(year, month, day);
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string[] forms =
            [
                iso,
                date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
                date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
                date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
                date.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("de-DE")),
                date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR")),
                date.ToString("d 'de' MMMM 'de' yyyy", CultureInfo.GetCultureInfo("es-ES")),
                date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("ru-RU")),
                date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("pl-PL")),
                date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("tr-TR")),
                year.ToString(CultureInfo.InvariantCulture) + "年" + month.ToString(CultureInfo.InvariantCulture) + "月" +
                day.ToString(CultureInfo.InvariantCulture) + "日",
            ];
            foreach (var form in forms)
            {
                Assert.Equal(iso, DateTextFinder.Find("Published " + form, DateSource.VisibleText, null)?.ToString());
            }

            Assert.Equal(iso, DateValueParser.Parse(iso.Replace("-", string.Empty, StringComparison.Ordinal), DateSource.MetaTag, null)?.ToString());
        }, iter: 2_000);
    }

    private static string Repeat(string unit, int count)
    {
        var builder = new StringBuilder(unit.Length * count);
        for (var n = 0; n < count; n++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
