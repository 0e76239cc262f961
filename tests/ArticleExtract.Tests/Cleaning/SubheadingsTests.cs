using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class SubheadingsTests
{
    [Theory]
    [InlineData("<h3 class='section-header'>Shares rise</h3><p>Shares rose.</p>", "section-heading")]
    [InlineData("<h3 class='styles__HeaderStyled-sc-1 kJm'>Shares rise</h3><p>Shares rose.</p>", "styles__HeadingStyled-sc-1 kJm")]
    [InlineData("<h3 class='related-header'>Shares rise</h3><p>Shares rose.</p>", "related-heading")]
    [InlineData("<h3 class='gallery-header'>Photos</h3><div class='carousel'><img src='a.jpg'></div>", "gallery-header")]
    // A section of the story may open with a list of its sentences; a list of links under a heading is a box.
    [InlineData("<h2 class='header header--h2'>Cuánto costarán los peajes</h2><ul><li>Autopista Illia: $1.290 en hora pico.</li></ul>", "heading heading--h2")]
    [InlineData("<h2 class='header'>Más notas</h2><ul><li><a href='/a'>Otra nota sobre los peajes</a></li></ul>", "header")]
    [InlineData("<h3 class='faq-header'>How does it work?</h3><section><p>It works.</p></section>", "faq-header")]
    // A div set as a paragraph opens the section as a p does; a div holding blocks is a box.
    [InlineData("<h2 class='paragraph rtl subHeader'>Preparations in Jerusalem</h2><div class='paragraph rtl'><span>The city placed dozens of " +
                "salt spreaders and snow ploughs at its entrances overnight, the municipality said.</span></div>", "paragraph rtl subHeading")]
    [InlineData("<h2 class='subHeader'>More on this</h2><div class='teasers'><p>The city placed dozens of salt spreaders and snow " +
                "ploughs at its entrances overnight, the municipality said.</p></div>", "subHeader")]
    // Wix's viewer sets an empty spacer between every two blocks; an emptied box under a heading is no spacer.
    [InlineData("<div class='K6o8z'></div><h2 class='subHeader'>Why Cedar Cove</h2><div class='K6o8z'></div><p>We scouted launches.</p>", "subHeading")]
    [InlineData("<p>Lead.</p><h2 class='subHeader'>Photos</h2><div class='gallery'></div><p>We scouted launches.</p>", "subHeader")]
    public void RenamesHeaderToHeadingOnlyOnASectionTitleOverItsParagraph(string html, string expected)
    {
        var document = DocumentParser.Parse("<html><body>" + html + "</body></html>");
        Subheadings.Protect(document.Body!, headline: null);
        Assert.Equal(expected, document.Body!.QuerySelector("h2, h3")!.GetAttribute("class"));
    }

    [Theory]
    [InlineData("<p>Lead.</p><h2 class='x'>Penalties</h2><p>Text.</p>", "h3")]
    [InlineData("<blockquote>Quote.</blockquote><h2 class='x'>Penalties</h2><p>Text.</p>", "h3")]
    [InlineData("<div class='intro'></div><h2 class='x'>Penalties</h2><p>Text.</p>", "h3")]
    [InlineData("<h1>Headline</h1><h2 class='x'>The deck under it</h2><p>Text.</p>", "h2")]
    [InlineData("<p>Lead.</p><h2 class='x'>Photos</h2><div class='gallery'></div>", "h2")]
    public void AnH2BetweenTheStorysBlocksBecomesAnH3(string html, string expected)
    {
        var document = DocumentParser.Parse("<html><body>" + html + "</body></html>");
        Subheadings.Protect(document.Body!, headline: null);
        Assert.Equal(expected, document.Body!.QuerySelector(".x")!.LocalName);
    }

    [Fact]
    public void TheHeadlineStaysAnH2()
    {
        var document = DocumentParser.Parse("<html><body><p>Kicker.</p><h2 id='headline'>Headline</h2><p>Text.</p></body></html>");
        var headline = document.GetElementById("headline")!;
        Subheadings.Protect(document.Body!, headline);
        Assert.Equal("h2", document.GetElementById("headline")!.LocalName);
    }
}
