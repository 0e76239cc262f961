using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Dom;

/// <summary>The walk and the hand-written class test select what AngleSharp's selector queries select.</summary>
public sealed class ElementWalkTests
{
    private static readonly string Page =
        "<!DOCTYPE html><html><head><title>T</title><!-- c --></head><body>" +
        "<h1 class='x'>A</h1><div class=' headline\tother '><H2>B</H2><p class='Headline'>not a class match</p></div>" +
        "<span itemprop='headline'>C</span><span itemprop='Headline'>no</span><template><h1>in template</h1></template>" +
        "<svg><h3>in svg</h3></svg><div class='story-titles'>no</div><div class='story-title'>D</div>" +
        "<p class='byline-box'>E</p><a href='/authors/jane'>Jane</a><address>F</address><i class='fn'>G</i><i class='fnx'>no</i>" +
        string.Concat(Enumerable.Repeat("<div>", 100)) + "<h3>deep</h3>" + string.Concat(Enumerable.Repeat("</div>", 100)) +
        "</body></html>";

    [Fact]
    public void VisitsEveryElementInDocumentOrder()
    {
        var document = DocumentParser.Parse(Page);

        var walked = new List<IElement>();
        var walk = new ElementWalk(document);
        while (walk.Next() is { } element)
        {
            walked.Add(element);
        }

        Assert.Equal(document.QuerySelectorAll("*"), walked);
    }

    [Fact]
    public void ClassTestMatchesTheClassSelector()
    {
        var document = DocumentParser.Parse(Page);
        string[] names = ["headline", "story-title", "fn"];

        foreach (var element in document.QuerySelectorAll("*"))
        {
            var expected = element.Matches(".headline, .story-title, .fn");
            Assert.Equal(expected, ClassAttribute.HasAny(element.GetAttribute("class"), names));
        }
    }
}
