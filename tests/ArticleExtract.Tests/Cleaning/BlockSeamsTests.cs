using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class BlockSeamsTests
{
    private const string Sentence = "\"We have completed the trial runs and safety checks needed for late-night operations,\" said the managing director.";
    private const string Next = "The first train will continue to leave both terminals at 5.55am, officials said on Thursday.";

    [Fact]
    public void AnAdRemovedBetweenTwoSentencesLeavesTwoParagraphsNotOneGluedRun()
    {
        var lead = "MUMBAI: Commuters on the Aqua Line will be able to take trains till 1am from December 1, the metro corporation announced on Thursday.";
        var more = "The 33.5-km underground corridor has seen ridership rise steadily since its full opening in October, officials said last week.";
        var page = "<html><head><title>Metro 3 to run till 1am</title></head><body><h1>Metro 3 to run till 1am</h1>" +
                   "<div class='story'>" + lead + "<br><br>" + more + "<br><br>" + Sentence +
                   "<div class='ad1 mid-article'><span class='ad_txt'>Advertisement</span></div>" + Next + "</div></body></html>";

        var article = new ArticleExtractor().Extract(page).Article;

        Assert.NotNull(article);
        Assert.Contains(Sentence, article.Paragraphs);
        Assert.Contains(Next, article.Paragraphs);
    }

    [Theory]
    // After a finished sentence the block ends a paragraph; inside one, it only separates words.
    [InlineData(Sentence + "<div class='ad'></div>" + Next, "div+br+br")]
    [InlineData("Commuters on the line<div class='ad'></div>will be able to take trains", "div+text")]
    [InlineData("Commuters on the line <div class='ad'></div> will be able to take trains", "div+text")]
    // A single line break after the block ends the line the block began: the next line stands apart once the block goes.
    [InlineData(Sentence + "<div class='ad'></div><br><b>Fake CBI 'interrogation'</b><br><br>" + Next, "div+br+br")]
    // A double one already does; inside a sentence the break stays a line break.
    [InlineData(Sentence + "<div class='ad'></div><br><br>" + Next, "div+br+br")]
    [InlineData("Commuters on the line<div class='ad'></div><br><b>will be able</b>", "div+br+b")]
    // Not between two runs of text: nothing to mark.
    [InlineData("<p>" + Sentence + "</p><div class='ad'></div>" + Next, "div+text")]
    public void TheSeamAfterABlockInRunningTextIsMarked(string inner, string expected)
    {
        var document = DocumentParser.Parse("<html><body><div id='s'>" + inner + "</div></body></html>");

        BlockSeams.Mark(document, document.Body!);

        var ad = document.QuerySelector("div.ad")!;
        var after = ad.NextSibling!;
        var shape = after is AngleSharp.Dom.IElement first && first.NextSibling is AngleSharp.Dom.IElement second
            ? "div+" + first.LocalName + "+" + second.LocalName
            : "div+text";
        Assert.Equal(expected, shape);
        if (expected == "div+text" && inner.Contains("line<div", StringComparison.Ordinal))
        {
            Assert.Equal(" ", after.TextContent);
        }
    }
}
