using ArticleExtract.Metadata.Dates;
using Xunit;

namespace ArticleExtract.Tests.Metadata.Dates;

public sealed class UrlDateParserTests
{
    [Theory]
    [InlineData("https://example.com/2024/03/05/some-title", "2024-03-05")]
    [InlineData("https://example.com/news/2024/03/05/", "2024-03-05")]
    [InlineData("https://example.com/2024/03/05", "2024-03-05")]
    [InlineData("https://example.com/2024/3/5/title", "2024-03-05")]
    [InlineData("https://example.com/news/2024-03-05/title", "2024-03-05")]
    [InlineData("https://example.com/news/2024-03-05-some-title", "2024-03-05")]
    [InlineData("https://example.com/20240305/title", "2024-03-05")]
    [InlineData("https://example.com/20240305-title.html", "2024-03-05")]
    [InlineData("https://example.com/2024/0305/title", "2024-03-05")]
    [InlineData("http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm", "2020-02-19")]
    [InlineData("http://www.xinhuanet.com/local/2020-02/c_1125597921.htm", null)]
    [InlineData("https://example.com/2024/02/29/leap", "2024-02-29")]
    [InlineData("https://example.com/2024/03/title", null)]
    [InlineData("https://example.com/2024/03/", null)]
    [InlineData("https://example.com/2023/02/29/not-leap", null)]
    [InlineData("https://example.com/2024/13/01/x", null)]
    [InlineData("https://example.com/2024/03/05x/", null)]
    [InlineData("https://example.com/article/123456789", null)]
    [InlineData("https://example.com/p/202403051234/", null)]
    [InlineData("https://example.com/a/x20240305/", null)]
    [InlineData("https://example.com/a/title-2024-03-05", null)]
    [InlineData("https://example.com/?date=2024-03-05", null)]
    [InlineData("https://example.com/1234/05/06/", null)]
    [InlineData("https://example.com/", null)]
    public void Reads_the_day_from_the_path(string url, string? expected)
    {
        var parsed = UrlDateParser.Parse(new Uri(url));
        Assert.Equal(expected, parsed?.ToString());
    }

    [Theory]
    [InlineData("https://example.com/style/2014/05/how-to-pack.html", "2014-05-01")]
    [InlineData("https://example.com/2024/03/05/title", "2024-03-01")]
    [InlineData("https://example.com/news/20240305-title.html", "2024-03-01")]
    [InlineData("https://example.com/2024/13/title", null)]
    [InlineData("https://example.com/2024/3/title", null)]
    [InlineData("https://example.com/1234/05/title", null)]
    [InlineData("https://example.com/p/202405/title", null)]
    [InlineData("https://example.com/2024/05", null)]
    public void Reads_the_month_from_the_path(string url, string? expected) =>
        Assert.Equal(expected, UrlDateParser.ParseMonth(new Uri(url))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Result_is_a_day_from_the_url()
    {
        var parsed = UrlDateParser.Parse(new Uri("https://example.com/2024/03/05/x"));
        Assert.NotNull(parsed);
        Assert.Equal(DateSource.Url, parsed.Source);
        Assert.Equal(DatePrecision.Day, parsed.Precision);
    }

    [Fact]
    public void Relative_uri_and_null_are_handled()
    {
        Assert.Equal("2024-03-05", UrlDateParser.Parse(new Uri("/2024/03/05/x?y=1", UriKind.Relative))?.ToString());
        Assert.Null(UrlDateParser.Parse(new Uri("/x?d=/2024/03/05/", UriKind.Relative)));
        Assert.Null(UrlDateParser.Parse(null));
    }
}
