using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Xunit;

namespace ArticleExtract.Tests.Extraction;

public sealed class MarkedStoryTests
{
    private const string Page = """
        <html><body><h1>Chefs join campaign on food standards</h1><div itemprop="articleBody">
        <p>A powerful alliance of chefs, celebrities and charities today urges the government to block sub-standard foods.</p>
        <p>The letter argues that the public cares deeply about these issues, a point a poll published today makes plain.</p>
        <p>Ministers have told their members not to back the amendments when the bill returns to the chamber next week.</p>
        <div class="news" id="box"><table><tr><td>Aberconwy</td><td>Robin Millar</td><td>robin.millar.mp@parliament.example</td></tr>
        <tr><td>Aldershot</td><td>Leo Docherty</td><td>leo.docherty.mp@parliament.example</td></tr></table></div>
        </div><div class="comments"><p>I could not agree more with every word of this letter, well done to all of them for speaking up.</p></div></body></html>
        """;

    [Fact]
    public void TheMarkedStoryWinsOverABoxThePassTookFromInsideIt()
    {
        var document = DocumentParser.Parse(Page);
        var box = document.GetElementById("box")!;

        // The readability pass moves the element it chose out of the page into its own container.
        var chosen = document.CreateElement("div");
        chosen.AppendChild(box);

        var story = MarkedStory.Prefer(document, chosen);

        Assert.Equal("articleBody", story.GetAttribute("itemprop"));
    }

    [Fact]
    public void AChoiceThatHoldsTheMarkedStoryStands()
    {
        var document = DocumentParser.Parse(Page);
        var chosen = document.QuerySelector("[itemprop='articleBody']")!.ParentElement!;

        Assert.Same(chosen, MarkedStory.Prefer(document, chosen));
    }

    [Fact]
    public void AMarkedElementWithLessProseThanTheChoiceDoesNotWin()
    {
        var document = DocumentParser.Parse(Page);
        var chosen = document.CreateElement("div");
        foreach (var paragraph in document.QuerySelectorAll("[itemprop='articleBody'] > p").ToList())
        {
            chosen.AppendChild(paragraph);
        }

        Assert.Same(chosen, MarkedStory.Prefer(document, chosen));
    }
}
