using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Xunit;

namespace ArticleExtract.Tests.Readability;

public sealed class LayoutColumnTests
{
    private const string Prose = "<p>Vardhman Consumer Products reported a 14.2 per cent increase in consolidated net profit for the March quarter, " +
                                 "helped by higher volumes in its home care and packaged foods businesses, the company said on Tuesday.</p>";

    private static string Cleaned(string storyHtml, out int removed)
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + storyHtml + "</div></body></html>");
        var story = document.GetElementById("story")!;
        removed = LayoutColumn.RemoveSideColumns(story);
        return story.TextContent;
    }

    [Fact]
    public void AnOldLayoutsSideColumnGoes()
    {
        var text = Cleaned("<table><tr><td>" + Prose + Prose + Prose + "</td><td><h3>Market Snapshot</h3><table><tr><td>Sensex</td>" +
                           "<td>80,641.07</td></tr></table><p>Get the closing bell report in your inbox. Free.</p></td></tr></table>", out var removed);
        Assert.Equal(1, removed);
        Assert.Contains("net profit", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Market Snapshot", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALayoutNestedInASingleCellTableIsFound()
    {
        var text = Cleaned("<table><tr><td><table><tr><td>" + Prose + Prose + "</td><td><p>Most Popular</p></td></tr></table></td></tr></table>", out _);
        Assert.DoesNotContain("Most Popular", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATableWhoseCellsShareTheProseStays()
    {
        // Two columns of story text, or a data table in the story: no cell holds nearly all of it.
        var text = Cleaned("<table><tr><td>" + Prose + "</td><td>" + Prose.Replace("Vardhman", "Harrow", StringComparison.Ordinal) + "</td></tr></table>", out var removed);
        Assert.Equal(0, removed);
        Assert.Contains("Harrow", text, StringComparison.Ordinal);
    }
}
