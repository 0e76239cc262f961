using ArticleExtract.Evaluation.Corpus;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class ManifestReaderTests
{
    [Fact]
    public void Reads_ids_paths_urls_and_expected_fields()
    {
        const string manifest =
            """
            {"id": "a", "html": "html/a.html.gz", "url": "https://example.org/x", "expected": {"title": "T", "byline": "B", "authors": ["X", "Y"], "published": "2019-10-16", "body_text": "p1\n\np2", "body_prefix": "p1", "with": ["w"], "without": ["o1", "o2"], "lang": "en"}, "source": {"path": "p"}}

            {"id": "b", "html": "html/b.html.gz", "url": "not a url", "expected": {}}
            """;

        var entries = ManifestReader.Read(new StringReader(manifest));

        Assert.Equal(2, entries.Count);
        var a = entries[0];
        Assert.Equal("a", a.Id);
        Assert.Equal("html/a.html.gz", a.HtmlPath);
        Assert.Equal(new Uri("https://example.org/x"), a.Url);
        Assert.Equal("T", a.Expected.Title);
        Assert.Equal("B", a.Expected.Byline);
        Assert.Equal(["X", "Y"], a.Expected.Authors!);
        Assert.Equal("2019-10-16", a.Expected.Published);
        Assert.Equal("p1\n\np2", a.Expected.BodyText);
        Assert.Equal("p1", a.Expected.BodyPrefix);
        Assert.Equal(["w"], a.Expected.With!);
        Assert.Equal(["o1", "o2"], a.Expected.Without!);
        var b = entries[1];
        Assert.Null(b.Url);
        Assert.Null(b.Expected.Title);
        Assert.Null(b.Expected.With);
    }

    [Fact]
    public void A_line_without_an_id_is_reported_with_its_number()
    {
        var ex = Assert.Throws<FormatException>(() => ManifestReader.Read(new StringReader("{\"id\":\"a\",\"html\":\"x\"}\n{\"html\":\"y\"}")));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => ManifestReader.Read(new StringReader("{not json")));
    }
}
