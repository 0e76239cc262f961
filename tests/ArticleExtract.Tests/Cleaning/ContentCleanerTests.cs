using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class ContentCleanerTests
{
    private static string Cleaned(string storyHtml)
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + storyHtml + "</div></body></html>");
        var story = document.GetElementById("story")!;
        ContentCleaner.Clean(story);
        return story.TextContent;
    }

    [Fact]
    public void RemovesLinkListsInsideTheStory()
    {
        var text = Cleaned("<p>Story text that matters.</p><ul><li><a href='/a'>Other story one</a></li><li><a href='/b'>Other story two</a></li></ul>");
        Assert.Contains("Story text", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other story", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsListsOfProseWithAFewLinks()
    {
        var text = Cleaned("<ul><li>The first point explains the plan in detail with <a href='/x'>a source</a>.</li><li>The second point gives the cost of the plan to taxpayers.</li></ul>");
        Assert.Contains("first point", text, StringComparison.Ordinal);
        Assert.Contains("second point", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovesLinkDenseBoxes()
    {
        var text = Cleaned("<p>Story text that matters.</p><div><a href='/1'>Teaser one</a> <a href='/2'>Teaser two</a> | <a href='/3'>Teaser three</a></div>");
        Assert.DoesNotContain("Teaser", text, StringComparison.Ordinal);
    }
}
