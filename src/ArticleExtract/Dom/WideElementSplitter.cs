using System.Collections.Frozen;
using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// Regroups the children of an element that has very many into wrapper elements of at most
/// <see cref="MaxChildren"/> each, in order.
/// </summary>
/// <remarks>
/// AngleSharp finds a node's next sibling by searching its parent's child list, so every document-order walk
/// (ours and SmartReader's) costs the square of the widest child list: a flat page of 100,000 paragraphs takes
/// minutes. Bounding the width makes every walk linear in the page size. Only trees whose walks would crawl are split
/// (see <see cref="MaxWalkCost"/>), and the wrappers only add a level: <c>div</c> among block content, <c>span</c>
/// among running text, so text is not broken into new blocks.
/// </remarks>
internal static class WideElementSplitter
{
    /// <summary>The most children an element keeps once a tree is split.</summary>
    public const int MaxChildren = 256;

    /// <summary>
    /// The walk cost (the sum of the squares of the child counts) from which a tree is split. Real pages stay far
    /// below it (the widest page in the development corpora, one element of 7,400 children, costs 55 million), so
    /// they are never restructured; a flat page of 150,000 paragraphs costs 22 billion.
    /// </summary>
    public const long MaxWalkCost = 200_000_000;

    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
    ]);

    /// <summary>Splits every element under <paramref name="root"/> that has more than <see cref="MaxChildren"/> children.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static void SplitAll(INode root, CancellationToken ct)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement element && element.ChildNodes.Length > MaxChildren)
            {
                ct.ThrowIfCancellationRequested();
                Split(element);
            }

            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i].HasChildNodes)
                {
                    stack.Push(children[i]);
                }
            }
        }
    }

    /// <summary>Splits <paramref name="element"/>'s children until it has at most <see cref="MaxChildren"/>.</summary>
    public static void Split(IElement element)
    {
        var document = element.Owner;
        if (document is null)
        {
            return;
        }

        // Each round divides the width by MaxChildren, so even millions of children take a few rounds.
        while (element.ChildNodes.Length > MaxChildren)
        {
            var children = Snapshot(element.ChildNodes);
            var tag = HasBlockChild(children) ? "div" : "span";

            // Detaching all children at once is cheaper than moving them one by one out of a long list.
            element.TextContent = string.Empty;
            for (var start = 0; start < children.Length; start += MaxChildren)
            {
                var wrapper = document.CreateElement(tag);
                var end = Math.Min(children.Length, start + MaxChildren);
                for (var i = start; i < end; i++)
                {
                    wrapper.AppendChild(children[i]);
                }

                element.AppendChild(wrapper);
            }
        }
    }

    private static INode[] Snapshot(INodeList list)
    {
        var copy = new INode[list.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = list[i];
        }

        return copy;
    }

    private static bool HasBlockChild(INode[] children)
    {
        foreach (var child in children)
        {
            if (child is IElement element && BlockTags.Contains(element.LocalName))
            {
                return true;
            }
        }

        return false;
    }
}
