using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class MethodBoxTests
{
    private static bool IsMethodBox(string box) =>
        MethodBox.Is(DocumentParser.Parse("<html><body>" + box + "</body></html>").Body!.FirstElementChild!);

    [Theory]
    [InlineData("<div class='fancy-box'><div class='fancy_box-title'>How we test earbuds</div><div class='fancy_box_body'><p>Every pair of " +
                "earbuds we review is worn for at least a week as our main pair, on commutes, on calls and in the office.</p>" +
                "<p><a href='/how-we-test'>Read more about how we test</a></p></div></div>")]
    [InlineData("<aside><h3>Why you can trust TechPulse</h3><p>Our reviewers spend hours testing every product we cover.</p></aside>")]
    public void AReviewSitesBoxOnHowItTestsIsAMethodBox(string box) => Assert.True(IsMethodBox(box));

    [Theory]
    // The story's own section on testing opens with a paragraph, not a title; a title that says more is a sentence.
    [InlineData("<div><p>How we test matters, the regulator said.</p><p>Labs must publish their methods from next year.</p></div>")]
    [InlineData("<section><h2>How we tested the water: samples from 40 wells showed nitrate levels above the limit.</h2><p>Text.</p></section>")]
    public void StoryTextOnTestingIsNoMethodBox(string box) => Assert.False(IsMethodBox(box));
}
