using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class SubheadingNamesTests
{
    [Theory]
    [InlineData("<h2 class='section-header'>Shares rise</h2><p>Shares rose.</p>", "section-heading")]
    [InlineData("<h3 class='styles__HeaderStyled-sc-1 kJm'>Shares rise</h3><p>Shares rose.</p>", "styles__HeadingStyled-sc-1 kJm")]
    [InlineData("<h2 class='related-header'>Shares rise</h2><p>Shares rose.</p>", "related-heading")]
    [InlineData("<h2 class='gallery-header'>Photos</h2><div class='carousel'><img src='a.jpg'></div>", "gallery-header")]
    [InlineData("<h2 class='faq-header'>How does it work?</h2><section><p>It works.</p></section>", "faq-header")]
    public void RenamesHeaderToHeadingOnlyOnASectionTitleOverItsParagraph(string html, string expected)
    {
        var document = DocumentParser.Parse("<html><body>" + html + "</body></html>");
        SubheadingNames.Rename(document.Body!);
        Assert.Equal(expected, document.Body!.FirstElementChild!.GetAttribute("class"));
    }
}
