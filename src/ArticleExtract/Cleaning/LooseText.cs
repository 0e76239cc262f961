using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Gives paragraphs to text set straight into an <c>&lt;article&gt;</c>, <c>&lt;section&gt;</c>, <c>&lt;main&gt;</c>
/// or a layout table's cell between line breaks ("First paragraph.&lt;br&gt;&lt;br&gt;Second paragraph."). The readability pass wraps such text
/// in paragraphs only inside a <c>div</c>; elsewhere it never scores it, and a comment under the story wins instead.
/// Each run of text and inline elements up to a double line break or a block becomes a <c>p</c>.
/// </summary>
internal static class LooseText
{
    private static readonly ISelector TextHolders = ParsedSelector.Of("article, section, main, td");

    private const int MaxContainers = 200;

    public static void Wrap(IHtmlDocument document, IElement body)
    {
        var containers = new List<IElement>();
        foreach (var element in body.ChildNodes.QuerySelectorAll(TextHolders))
        {
            if (containers.Count >= MaxContainers)
            {
                break;
            }

            if (element.LocalName == "td" ? HasBrokenRuns(element) : HasLooseText(element))
            {
                containers.Add(element);
            }
        }

        foreach (var container in containers)
        {
            WrapRuns(document, container);
        }
    }

    private static bool HasLooseText(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child.NodeType == NodeType.Text && TextScan.ContainsLetter(NodeText.Of(child)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A table cell of a portal's layout holding the story as runs of inline text between double line breaks
    /// ("&lt;font&gt;First.&lt;/font&gt;&lt;br&gt;&lt;br&gt;&lt;font&gt;Second.&lt;/font&gt;"): the readability pass
    /// wraps no paragraphs in a cell, and joins some runs across their breaks with no space between.
    /// </summary>
    private static bool HasBrokenRuns(IElement cell)
    {
        // The breaks first, as every cell of a layout table is asked: only a cell with a double break reads its text.
        var breaks = false;
        foreach (var child in cell.ChildNodes)
        {
            if (child is IElement { LocalName: "br" } && EndsRun(child))
            {
                breaks = true;
                break;
            }
        }

        if (!breaks)
        {
            return false;
        }

        var letters = 0;
        foreach (var child in cell.ChildNodes)
        {
            if (IsInline(child) && child is not IElement { LocalName: "br" } && child.NodeType != NodeType.Comment)
            {
                letters += NodeText.Of(child).Length;
                if (letters >= MinCellRunChars)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Cells of a data table or a menu hold a few words; a story's cell holds paragraphs.
    private const int MinCellRunChars = 200;

    private static void WrapRuns(IHtmlDocument document, IElement container)
    {
        var run = new List<INode>();
        foreach (var child in container.ChildNodes.ToArray())
        {
            if (IsInline(child) && !EndsRun(child))
            {
                run.Add(child);
                continue;
            }

            Flush(document, container, run);
        }

        Flush(document, container, run);
    }

    private static bool IsInline(INode node) =>
        node.NodeType is NodeType.Text or NodeType.Comment ||
        (node is IElement element && (ChromeVocabulary.PhrasingTags.Contains(element.LocalName) || element.LocalName is "span" or "font" or "br" or "img") &&
         !PhotoSpan.Is(node));

    // A line break that another one follows, with only white space between: a paragraph ends there.
    private static bool EndsRun(INode node)
    {
        if (node is not IElement { LocalName: "br" })
        {
            return false;
        }

        for (var next = node.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next is IElement { LocalName: "br" })
            {
                return true;
            }

            if (next.NodeType != NodeType.Text || !string.IsNullOrWhiteSpace(NodeText.Of(next)))
            {
                return false;
            }
        }

        return false;
    }

    private static void Flush(IHtmlDocument document, IElement container, List<INode> run)
    {
        if (run.Exists(node => node.NodeType != NodeType.Comment && TextScan.ContainsLetter(NodeText.Of(node))))
        {
            var paragraph = document.CreateElement("p");
            container.InsertBefore(paragraph, run[0]);
            foreach (var node in run)
            {
                paragraph.AppendChild(node);
            }
        }

        run.Clear();
    }
}
