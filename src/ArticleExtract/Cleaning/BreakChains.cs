using System.Collections.Frozen;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Turns a chain of two or more line breaks into a paragraph holding the inline run that follows it
/// ("First.&lt;br&gt;&lt;br&gt;Second." → "First.&lt;p&gt;Second.&lt;/p&gt;"), before the readability pass does.
/// The pass's own conversion counts <c>&lt;font&gt;</c> (and a few other presentational inline elements) as a block:
/// it replaces the chain with an empty paragraph, and a story printed as <c>&lt;font&gt;</c> runs between double
/// breaks in a <c>&lt;center&gt;</c> or <c>&lt;blockquote&gt;</c> came out with paragraphs glued with no space
/// ("…said Tuesday.In field …"). Only chains before such an element are converted here.
/// </summary>
internal static class BreakChains
{
    private static readonly ISelector LineBreaks = ParsedSelector.Of("br");

    public static void Convert(IHtmlDocument document, IElement body)
    {
        // A snapshot: chains removed below must not shift the walk.
        foreach (var br in body.ChildNodes.QuerySelectorAll(LineBreaks).ToArray())
        {
            if (br.Parent is not IElement parent)
            {
                continue;
            }

            var chain = new List<INode>();
            var next = NextNonBlank(br.NextSibling);
            while (next is IElement { LocalName: "br" })
            {
                chain.Add(next);
                next = NextNonBlank(next.NextSibling);
            }

            // The pass converts the other chains itself; only where it would lose the run is it done here, so its
            // scoring sees the page as it always has.
            if (chain.Count == 0 || next is not IElement { LocalName: var first } || !PassTakesForBlock.Contains(first))
            {
                continue;
            }

            foreach (var extra in chain)
            {
                extra.RemoveFromParent();
            }

            var paragraph = document.CreateElement("p");
            parent.ReplaceChild(paragraph, br);
            for (INode? node = paragraph.NextSibling; node is not null;)
            {
                // The next chain starts the next paragraph.
                if (node is IElement { LocalName: "br" } && NextNonBlank(node.NextSibling) is IElement { LocalName: "br" })
                {
                    break;
                }

                if (!IsPhrasing(node))
                {
                    break;
                }

                var sibling = node.NextSibling;
                paragraph.AppendChild(node);
                node = sibling;
            }

            while (paragraph.LastChild is { NodeType: NodeType.Text } last && string.IsNullOrWhiteSpace(NodeText.Of(last)))
            {
                last.RemoveFromParent();
            }

            // A paragraph cannot hold one: the outer one becomes a division, as a browser would show it.
            if (parent.LocalName == "p")
            {
                ElementRename.To(parent, "div");
            }
        }
    }

    private static INode? NextNonBlank(INode? node)
    {
        while (node is { NodeType: NodeType.Text } && string.IsNullOrWhiteSpace(NodeText.Of(node)))
        {
            node = node.NextSibling;
        }

        return node;
    }

    // What flows inside a sentence: text and inline elements, including the presentational ones old templates use.
    private static bool IsPhrasing(INode node) => node.NodeType switch
    {
        NodeType.Text or NodeType.Comment => true,
        NodeType.Element => node is IElement element && !PhotoSpan.Is(element) && (InlineTags.Contains(element.LocalName) ||
            (element.LocalName is "a" or "del" or "ins" && element.Children.All(IsPhrasing))),
        _ => false,
    };

    // Inline elements of old templates missing from the pass's list of phrasing content: after a chain it wraps
    // nothing in its paragraph, drops the chain, and the runs on both sides join.
    private static readonly FrozenSet<string> PassTakesForBlock = FrozenSet.Create(StringComparer.Ordinal,
        ["font", "u", "s", "strike", "tt", "big", "nobr"]);

    private static readonly FrozenSet<string> InlineTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "abbr", "audio", "b", "bdi", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "font",
        "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "picture", "progress", "q",
        "ruby", "s", "samp", "script", "select", "small", "span", "strike", "strong", "sub", "sup", "textarea", "time", "tt",
        "u", "var", "wbr",
    ]);
}
