using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Xunit;

namespace ArticleExtract.Tests.Readability;

public sealed class StoryLocatorTests
{
    private const string Prose =
        "<p>The dictionary's second edition revises most of the entries and adds forty new ones on politics, cinema and the " +
        "philosophy of difference, the publisher said in its announcement on Tuesday.</p>";

    // An element named for an author inside the story's prose (a citation's editor, a reference anchor) is story text:
    // bylines are read by the metadata stage, and the readability pass is kept from taking the first such element out.
    [Fact]
    public void AnAuthorNamedElementInTheProseStays()
    {
        var article = new ArticleExtractor().Extract("<html><head><title>Micropolitics</title></head><body><article><h1>Micropolitics</h1>" +
            Prose + "<p>The Deleuze dictionary. Revised Edition Edited by <span class='author'>Adrian Parr</span>. 2010.</p>" + Prose +
            Prose + "</article></body></html>").Article;

        Assert.NotNull(article);
        Assert.Contains("The Deleuze dictionary. Revised Edition Edited by Adrian Parr. 2010.", article.Paragraphs);
    }

    [Fact]
    public void ThePassLeavesNoMarkOfItsOwnOnThePage()
    {
        var document = DocumentParser.Parse("<html><head><title>Micropolitics</title></head><body><article>" + Prose + Prose + Prose +
                                            "</article></body></html>");

        var story = StoryLocator.Locate(document, null, out _);

        Assert.NotNull(story);
        Assert.Empty(document.QuerySelectorAll("[rel=author]"));
        Assert.Equal("Micropolitics", document.Head!.TextContent);
    }
}
