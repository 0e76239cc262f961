using AngleSharp.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Dom;

/// <summary>
/// A node's text content, as <see cref="INode.TextContent"/> gives it (an element's descendant text nodes in document
/// order, a text or comment node's data), read without AngleSharp's shared builder pool. The pool hands out builders
/// that grew on the page's largest texts, and clearing one that grew in chunks allocates its whole capacity again:
/// in the pipeline's profile that was three quarters of the time spent reading text. Here a link with one text node
/// costs nothing, and any other element one string of the exact length.
/// </summary>
internal static class NodeText
{
    /// <summary>The text content of <paramref name="node"/>.</summary>
    public static string Of(INode node)
    {
        if (node is ICharacterData data)
        {
            return data.Data;
        }

        var children = node.ChildNodes;
        if (children.Length == 0)
        {
            return string.Empty;
        }

        if (children.Length == 1 && children[0] is IText only)
        {
            return only.Data;
        }

        var length = 0;
        var walk = new NodeWalk(node);
        while (walk.Next() is { } descendant)
        {
            if (descendant is IText text)
            {
                length += text.Data.Length;
            }
        }

        return length == 0 ? string.Empty : string.Create(length, node, static (span, root) =>
        {
            var at = 0;
            var copy = new NodeWalk(root);
            while (copy.Next() is { } descendant)
            {
                if (descendant is IText text)
                {
                    text.Data.CopyTo(span[at..]);
                    at += text.Data.Length;
                }
            }
        });
    }

    /// <summary>
    /// <see cref="TextNormalizer.CollapsedLength(ReadOnlySpan{char})"/> of the node's text content, counted over its text
    /// nodes without building the text.
    /// </summary>
    public static int CollapsedLength(INode node)
    {
        if (node is ICharacterData data)
        {
            return TextNormalizer.CollapsedLength(data.Data);
        }

        var length = 0;
        var pendingSpace = false;
        var walk = new NodeWalk(node);
        while (walk.Next() is { } descendant)
        {
            if (descendant is IText text)
            {
                length += TextNormalizer.CollapsedLength(text.Data, ref pendingSpace);
            }
        }

        return length;
    }

    /// <summary><see cref="TextNormalizer.IsBlank"/> of the node's text content, read without building the text.</summary>
    public static bool IsBlank(INode node)
    {
        if (node is ICharacterData data)
        {
            return TextNormalizer.IsBlank(data.Data);
        }

        var walk = new NodeWalk(node);
        while (walk.Next() is { } descendant)
        {
            if (descendant is IText text && !TextNormalizer.IsBlank(text.Data))
            {
                return false;
            }
        }

        return true;
    }
}
