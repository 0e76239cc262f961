using ArticleExtract.Cli;
using Xunit;

namespace ArticleExtract.Tests.Cli;

public sealed class ManifestInputTests
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "corpus"));

    [Fact]
    public void A_line_gives_id_path_relative_to_the_manifest_folder_and_url_ignoring_other_keys()
    {
        var item = ManifestInput.ParseLine(
            """{"id": "x-1", "html": "html/x.html.gz", "url": "https://example.org/a/b", "expected": {"title": "T"}, "source": {}}""",
            Folder,
            "manifest.jsonl",
            1);

        Assert.Equal("x-1", item.Id);
        Assert.Equal(Path.Combine(Folder, "html", "x.html.gz"), item.Path);
        Assert.Equal(new Uri("https://example.org/a/b"), item.Url);
    }

    [Fact]
    public void The_url_is_optional()
    {
        var item = ManifestInput.ParseLine("""{"id": "x", "html": "x.html"}""", Folder, "manifest.jsonl", 1);

        Assert.Null(item.Url);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{"html": "x.html"}""")]
    [InlineData("""{"id": "", "html": "x.html"}""")]
    [InlineData("""{"id": 7, "html": "x.html"}""")]
    [InlineData("""{"id": "x"}""")]
    [InlineData("""{"id": "x", "html": "x.html", "url": "relative/path"}""")]
    [InlineData("""{"id": "x", "html": "x.html", "url": 5}""")]
    public void A_bad_line_names_the_manifest_and_line_number(string line)
    {
        var e = Assert.Throws<UsageException>(() => ManifestInput.ParseLine(line, Folder, "m.jsonl", 7));

        Assert.StartsWith("m.jsonl line 7: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_is_read_lazily_line_by_line_skipping_blank_lines()
    {
        using var dir = new TempDirectory();
        var manifest = dir.Write(
            "manifest.jsonl",
            System.Text.Encoding.UTF8.GetBytes("{\"id\":\"a\",\"html\":\"a.html\"}\r\n\r\n{\"id\":\"b\",\"html\":\"b.html\"}\nthis line is broken\n"));

        using var items = ManifestInput.Enumerate(manifest).GetEnumerator();

        Assert.True(items.MoveNext());
        Assert.Equal("a", items.Current.Id);
        Assert.True(items.MoveNext());
        Assert.Equal("b", items.Current.Id);
        Assert.Equal(dir["b.html"], items.Current.Path);
        var e = Assert.Throws<UsageException>(() => items.MoveNext());
        Assert.Contains("line 4", e.Message, StringComparison.Ordinal);
    }
}
