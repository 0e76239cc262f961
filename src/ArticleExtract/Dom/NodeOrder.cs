using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>Document-order navigation without recursion, so deep trees cannot overflow the stack.</summary>
internal static class NodeOrder
{
    /// <summary>The node after <paramref name="node"/> in document order, staying inside <paramref name="root"/>.</summary>
    public static INode? Next(INode node, INode? root = null) => node.FirstChild ?? NextSkippingChildren(node, root);

    /// <summary>The next node in document order that is not a descendant of <paramref name="node"/>.</summary>
    public static INode? NextSkippingChildren(INode node, INode? root = null)
    {
        for (var current = node; current is not null && current != root; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>The node before <paramref name="node"/> in document order.</summary>
    public static INode? Previous(INode node)
    {
        if (node.PreviousSibling is not { } sibling)
        {
            return node.Parent;
        }

        while (sibling.LastChild is { } last)
        {
            sibling = last;
        }

        return sibling;
    }
}
