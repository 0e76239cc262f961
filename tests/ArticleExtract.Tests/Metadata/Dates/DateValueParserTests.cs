using ArticleExtract.Metadata.Dates;
using Xunit;

namespace ArticleExtract.Tests.Metadata.Dates;

public sealed class DateValueParserTests
{
    [Theory]
    [InlineData("2025-04-11", "2025-04-11")]
    [InlineData("2025-04-11T16:54:43", "2025-04-11T16:54:43")]
    [InlineData("2025-04-11T16:54:43.123+08:00", "2025-04-11T16:54:43+08:00")]
    [InlineData("2025-04-11T16:54:43.1234567Z", "2025-04-11T16:54:43Z")]
    [InlineData("2025-04-11T16:54:43Z", "2025-04-11T16:54:43Z")]
    [InlineData("2025-04-11t16:54:43z", "2025-04-11T16:54:43Z")]
    [InlineData("2025-04-11T16:54:43+0800", "2025-04-11T16:54:43+08:00")]
    [InlineData("2025-04-11T16:54:43+08", "2025-04-11T16:54:43+08:00")]
    [InlineData("2025-04-11T16:54:43-05:00", "2025-04-11T16:54:43-05:00")]
    [InlineData("2025-04-11T16:54:43-00:00", "2025-04-11T16:54:43Z")]
    [InlineData("2025-04-11 16:54:43", "2025-04-11T16:54:43")]
    [InlineData("2025-04-11T16:54", "2025-04-11T16:54:00")]
    [InlineData("2025-04-11T16:54+02:00", "2025-04-11T16:54:00+02:00")]
    [InlineData("2025-04-11T16:54:43 UTC", "2025-04-11T16:54:43Z")]
    [InlineData("2025-04-11 16:54:43 GMT", "2025-04-11T16:54:43Z")]
    [InlineData("2025/04/11 16:54", "2025-04-11T16:54:00")]
    [InlineData("2025-4-1", "2025-04-01")]
    [InlineData("20250411", "2025-04-11")]
    [InlineData("20250411T165443Z", "2025-04-11T16:54:43Z")]
    [InlineData("20250411T1654+0100", "2025-04-11T16:54:00+01:00")]
    [InlineData("202504111654", "2025-04-11T16:54:00")]
    [InlineData("20250411165443", "2025-04-11T16:54:43")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 GMT", "2025-04-11T16:54:43Z")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 +0000", "2025-04-11T16:54:43Z")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 +0530", "2025-04-11T16:54:43+05:30")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 EST", "2025-04-11T16:54:43-05:00")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 EDT", "2025-04-11T16:54:43-04:00")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 CST", "2025-04-11T16:54:43-06:00")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 CDT", "2025-04-11T16:54:43-05:00")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 MST", "2025-04-11T16:54:43-07:00")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 MDT", "2025-04-11T16:54:43-06:00")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 PST", "2025-04-11T16:54:43-08:00")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 PDT", "2025-04-11T16:54:43-07:00")]
    [InlineData("Friday, 11-Apr-2025 16:54:43 UTC", "2025-04-11T16:54:43Z")]
    [InlineData("11 Apr 25 16:54 -0400", "2025-04-11T16:54:00-04:00")]
    [InlineData("Fri, 11 Apr 2025", "2025-04-11")]
    [InlineData("Fri Apr 11 2025 16:54:43 GMT+0800 (China Standard Time)", "2025-04-11T16:54:43+08:00")]
    [InlineData("1744390483", "2025-04-11T16:54:43Z")]
    [InlineData("1744390483123", "2025-04-11T16:54:43Z")]
    [InlineData("1712851200.5", "2024-04-11T16:00:00Z")]
    [InlineData("April 11, 2025", "2025-04-11")]
    [InlineData("4/11/2025 4:54:43 PM", "2025-04-11T16:54:43")]
    [InlineData("2025-04-11T16:54:43,5-03:30", "2025-04-11T16:54:43-03:30")]
    [InlineData("2025-04-11T16:54:43+08:00[Asia/Shanghai]", "2025-04-11T16:54:43+08:00")]
    [InlineData("11.04.2025 16:54", "2025-04-11T16:54:00")]
    [InlineData("  \"2025-04-11T16:54:43Z\"  ", "2025-04-11T16:54:43Z")]
    [InlineData("[2025-04-11]", "2025-04-11")]
    [InlineData("published: 2025-04-11T16:54:43+02:00", "2025-04-11T16:54:43+02:00")]
    [InlineData("2025-04-11T16:54:43+15:00", "2025-04-11T16:54:43")]
    [InlineData("2025-04-11T24:00:00", "2025-04-11")]
    [InlineData("0001-01-01T00:00:00", "0001-01-01T00:00:00")]
    [InlineData("2025-02-30", null)]
    [InlineData("2025-13-01", null)]
    [InlineData("20251301", null)]
    [InlineData("2025-04", null)]
    [InlineData("2024", null)]
    [InlineData("0", null)]
    [InlineData("12.50", null)]
    [InlineData("1,234,567", null)]
    [InlineData("not a date", null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Parses_machine_readable_values(string? value, string? expected)
    {
        var parsed = DateValueParser.Parse(value, DateSource.MetaTag, "article:published_time");
        Assert.Equal(expected, parsed?.ToString());
    }

    [Theory]
    [InlineData(DateSource.JsonLd, "datePublished")]
    [InlineData(DateSource.TimeElement, null)]
    [InlineData(DateSource.MetaTag, "og:updated_time")]
    public void Carries_source_and_detail(DateSource source, string? detail)
    {
        foreach (var value in new[] { "2025-04-11T16:54:43Z", "1744390483", "Fri, 11 Apr 2025 16:54:43 GMT", "April 11, 2025" })
        {
            var parsed = DateValueParser.Parse(value, source, detail);
            Assert.NotNull(parsed);
            Assert.Equal(source, parsed.Source);
            Assert.Equal(detail, parsed.SourceDetail);
        }
    }

    [Fact]
    public void Epoch_is_a_utc_instant()
    {
        var parsed = DateValueParser.Parse("1744390483", DateSource.JsonLd, null);
        Assert.NotNull(parsed);
        Assert.Equal(DatePrecision.Instant, parsed.Precision);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1744390483), parsed.ToDateTimeOffset());
    }

    [Fact]
    public void Date_only_value_has_no_time_or_zone()
    {
        var parsed = DateValueParser.Parse("2025-04-11", DateSource.JsonLd, null);
        Assert.NotNull(parsed);
        Assert.Null(parsed.Time);
        Assert.Null(parsed.Offset);
    }
}
