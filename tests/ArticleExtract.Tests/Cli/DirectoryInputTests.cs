using ArticleExtract.Cli;
using Xunit;

namespace ArticleExtract.Tests.Cli;

public sealed class DirectoryInputTests
{
    [Fact]
    public void Pages_come_in_ordinal_order_of_their_slash_separated_relative_paths()
    {
        using var dir = new TempDirectory();
        string[] pages = ["a.html", "a/z.html", "a0.html", "B.html", "a-b.htm", "a/b/c.html.gz", "a/b.html", "z.HTML", "y.htm.gz"];
        foreach (var page in pages)
        {
            dir.Write("in/" + page, []);
        }

        var ids = DirectoryInput.Enumerate(dir["in"]).Select(item => item.Id).ToArray();

        var expected = pages.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Only_html_htm_and_their_gz_forms_are_picked_up()
    {
        using var dir = new TempDirectory();
        foreach (var name in new[] { "keep.html", "keep.htm", "keep.html.gz", "keep.htm.gz", "skip.txt", "skip.gz", "skip.json", "skip.xhtml.zip", ".html" })
        {
            dir.Write("in/" + name, []);
        }

        var ids = DirectoryInput.Enumerate(dir["in"]).Select(item => item.Id).ToArray();

        Assert.Equal(["keep.htm", "keep.htm.gz", "keep.html", "keep.html.gz"], ids);
    }

    [Fact]
    public void Items_carry_the_absolute_path_and_no_url()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("in/sub/page.html", []);

        var item = Assert.Single(DirectoryInput.Enumerate(dir["in"]));

        Assert.Equal("sub/page.html", item.Id);
        Assert.Equal(Path.GetFullPath(path), item.Path);
        Assert.Null(item.Url);
    }
}
