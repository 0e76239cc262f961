using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>The text measures count what TextContent and GetElementsByTagName would, without building strings.</summary>
public sealed class ProseTextTests
{
    // Paragraphs nested in a button inside a paragraph, links inside SVG inside links, comments, a template, entities.
    private const string Tricky =
        "<div id='root'> lead <p>One <b>two</b> <!-- note --> three &amp; four</p>" +
        "<p>outer <button><p>inner</p></button> tail</p>" +
        "<a href='/x'>link <svg><a>svg link</a></svg> more</a> <a name='n'>named</a> <span>plain\u00a0text</span>" +
        "<template><p>template text</p></template><P>upper</P></div>";

    public static TheoryData<string> Pages => new()
    {
        Tricky,
        "<div id='root'></div>",
        "<div id='root'>only text, no paragraphs</div>",
        "<div id='root'><p></p><p> </p></div>",
        "<div id='root'>" + string.Concat(Enumerable.Repeat("<div><p>deep", 300)) + string.Concat(Enumerable.Repeat("</p></div>", 300)) + "</div>",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void LengthsMatchTheStringMeasures(string body)
    {
        var root = Root(body);

        Assert.Equal(root.TextContent.Length, ProseText.TextLength(root));

        var paragraphs = 0;
        foreach (var paragraph in root.GetElementsByTagName("p"))
        {
            paragraphs += paragraph.TextContent.Length;
        }

        Assert.Equal(paragraphs > 0 ? paragraphs : root.TextContent.Length, ProseText.Length(root));

        var linked = 0;
        foreach (var link in root.QuerySelectorAll("a[href]"))
        {
            linked += ProseText.CountNonSpace(link.TextContent);
        }

        Assert.Equal(linked, ProseText.LinkedNonSpaceLength(root, out var all));
        Assert.Equal(ProseText.CountNonSpace(root.TextContent), all);
    }

    [Fact]
    public void TextLengthUpToIsExactWithinTheLimitAndAboveItPastIt()
    {
        var root = Root("<div id='root'><span>By </span><a>Alex Bozarjian</a></div>");
        var length = root.TextContent.Length;

        Assert.Equal(length, ProseText.TextLengthUpTo(root, length));
        Assert.True(ProseText.TextLengthUpTo(root, length - 1) > length - 1);
    }

    [Fact]
    public void LinkDensityIsTheLinkedShareOfTheText()
    {
        var root = Root("<div id='root'><a href='/x'>abcd</a> efgh ijkl mnop</div>");

        Assert.Equal(0.25, LinkDensity.Of(root), 6);
        Assert.Equal(0, LinkDensity.Of(Root("<div id='root'> \n </div>")));
    }

    [Fact]
    public void LinkDensityCountsOnlyLinksWithAnAddress()
    {
        var root = Root("<div id='root'><a name='top'>abcd efgh</a> <a href='/x'>ijkl</a> mnop</div>");

        Assert.Equal(0.25, LinkDensity.Of(root), 6);
    }

    private static IElement Root(string body) =>
        DocumentParser.Parse("<!DOCTYPE html><html><body>" + body + "</body></html>").GetElementById("root")!;
}
