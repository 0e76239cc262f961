using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class HeadingAnchorsTests
{
    private static AngleSharp.Dom.IElement Released(string heading)
    {
        var document = DocumentParser.Parse("<html><body>" + heading + "</body></html>");
        HeadingAnchors.Release(document.Body!);
        return document.Body!.FirstElementChild!;
    }

    [Theory]
    [InlineData("<h2 id='h-what-changed-after-public-comment'>What changed after public comment</h2>")]
    [InlineData("<h3 id='what-the-data-shows'>What the data shows</h3>")]
    public void AnIdThatSpellsTheHeadingGoes(string heading) => Assert.False(Released(heading).HasAttribute("id"));

    [Theory]
    [InlineData("<h2 id='comments'>Comments on the council's budget plan</h2>")]
    [InlineData("<h2 id='footer-heading'>What changed after public comment</h2>")]
    public void AnIdOfItsOwnStays(string heading) => Assert.True(Released(heading).HasAttribute("id"));

    [Fact]
    public void AClassThatNamesTheAnchorGoes() =>
        Assert.False(Released("<h2 class='header-anchor-post'>What riders are saying<div class='header-anchor-parent'></div></h2>").HasAttribute("class"));

    [Fact]
    public void AnotherClassStays() => Assert.True(Released("<h2 class='wp-block-heading'>What riders are saying</h2>").HasAttribute("class"));
}
