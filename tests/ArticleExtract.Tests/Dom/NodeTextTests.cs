using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Parsing;
using ArticleExtract.Text;
using Xunit;

namespace ArticleExtract.Tests.Dom;

/// <summary>The text read without AngleSharp's builder pool is the text <see cref="INode.TextContent"/> gives, node by node.</summary>
public sealed class NodeTextTests
{
    private static readonly string Page =
        "<!DOCTYPE html><html><head><title>T</title><!-- a comment --></head><body>" +
        "<p>One <b>bold <i>and</i> italic</b> line<!-- not text --> end.</p><a href='/x'>Only text</a><span></span>" +
        "<div><p></p><p>  </p><script>var x = 1;</script><style>p{}</style></div><template><h1>in template</h1></template>" +
        "<svg><text>in svg</text></svg><ul><li>a</li><li>b<br>c</li></ul>" +
        string.Concat(Enumerable.Repeat("<div>", 100)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 100)) +
        "</body></html>";

    [Fact]
    public void ReadsWhatTextContentReadsForEveryNode()
    {
        var document = DocumentParser.Parse(Page);
        var nodes = new List<INode>();
        Collect(document.DocumentElement, nodes);

        Assert.True(nodes.Count > 30);
        Assert.All(nodes, node => Assert.Equal(node.TextContent, NodeText.Of(node)));
    }

    // Counted over the text nodes, white space running across two of them ("One <b>bold") counts once, as in the text.
    [Fact]
    public void CountsAndJudgesTheTextAsTheBuiltTextIs()
    {
        var document = DocumentParser.Parse(Page + "<p>a <b> </b> b</p><p> <i> </i> </p>");
        var nodes = new List<INode>();
        Collect(document.DocumentElement, nodes);

        Assert.Contains(nodes, node => NodeText.IsBlank(node) && node.ChildNodes.Length > 1);
        Assert.All(nodes, node => Assert.Equal(TextNormalizer.CollapsedLength(node.TextContent), NodeText.CollapsedLength(node)));
        Assert.All(nodes, node => Assert.Equal(TextNormalizer.IsBlank(node.TextContent), NodeText.IsBlank(node)));
    }

    [Fact]
    public void ReadsTheSeedPageAsTextContentDoes()
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.html", SearchOption.AllDirectories).First();
        var document = DocumentParser.Parse(File.ReadAllText(path));

        Assert.Equal(document.Body!.TextContent, NodeText.Of(document.Body));
        Assert.All(document.Body.QuerySelectorAll("*"), element => Assert.Equal(element.TextContent, NodeText.Of(element)));
    }

    private static void Collect(INode node, List<INode> nodes)
    {
        nodes.Add(node);
        foreach (var child in node.ChildNodes)
        {
            Collect(child, nodes);
        }
    }
}
