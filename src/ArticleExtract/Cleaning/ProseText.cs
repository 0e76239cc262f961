using System.Buffers;
using AngleSharp.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>How much reading text an element holds: the measure story text has and menus and link lists lack.</summary>
/// <remarks>
/// The lengths are those of <see cref="INode.TextContent"/> (all descendant text nodes), counted over the tree
/// without building that string: these measures run for many elements per page, and each string was garbage.
/// </remarks>
internal static class ProseText
{
    // Depths up to this need no heap memory for the walk.
    private const int InlineDepth = 64;

    /// <summary>Characters of text inside paragraphs, or of all text when the element has no paragraphs.</summary>
    public static int Length(IElement root)
    {
        // The sum over the descendant paragraphs of their text (a paragraph nested in another counts in both).
        var length = Measure(root, "p", nonSpaceOnly: false, int.MaxValue, out var all);

        // Pages that set text in bare divs or table cells have no paragraphs: fall back to all text.
        return length > 0 ? length : all;
    }

    /// <summary>
    /// Characters of text inside paragraphs, and of the sentence-long runs between line breaks outside them; of all
    /// text when the element has no paragraphs. The measure <see cref="Length"/> takes, fair to a story told in bare lines.
    /// </summary>
    public static int LengthWithRuns(IElement root)
    {
        var length = Measure(root, "p", nonSpaceOnly: false, int.MaxValue, out var all);
        return length > 0 ? length + BrokenRuns.Length(root) : all;
    }

    /// <summary>The length of <paramref name="node"/>'s <see cref="INode.TextContent"/>.</summary>
    public static int TextLength(INode node)
    {
        Measure(node, null, nonSpaceOnly: false, int.MaxValue, out var all);
        return all;
    }

    /// <summary>
    /// The length of <paramref name="node"/>'s <see cref="INode.TextContent"/> when it is at most
    /// <paramref name="limit"/>, else some length above <paramref name="limit"/> (the walk stops there).
    /// </summary>
    public static int TextLengthUpTo(INode node, int limit)
    {
        Measure(node, null, nonSpaceOnly: false, limit, out var all);
        return all;
    }

    /// <summary>
    /// Non-white-space characters of <paramref name="root"/>'s text (<paramref name="all"/>), and the sum over
    /// its descendant links (<c>a</c> elements with an <c>href</c>) of theirs (the return value).
    /// </summary>
    /// <remarks>
    /// An <c>a</c> without <c>href</c> is no link: old pages wrap whole stories in named anchors
    /// (<c>&lt;a name="top"&gt;</c>), and scripts use bare <c>a</c> elements as buttons.
    /// </remarks>
    public static int LinkedNonSpaceLength(IElement root, out int all) =>
        Measure(root, "a", nonSpaceOnly: true, int.MaxValue, out all, hrefOnly: true);

    /// <summary>Counts the non-white-space characters of <paramref name="text"/>.</summary>
    public static int CountNonSpace(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// One walk over the descendants of <paramref name="root"/>, children by index (a sibling step in AngleSharp
    /// searches the parent's children), with an explicit stack of child indices (no recursion).
    /// </summary>
    /// <returns>The text inside descendant elements named <paramref name="tag"/>, counted once per such ancestor.</returns>
    private static int Measure(INode root, string? tag, bool nonSpaceOnly, int limit, out int all, bool hrefOnly = false)
    {
        Span<int> inline = stackalloc int[InlineDepth];
        int[]? rented = null;
        var resume = inline;
        var depth = 0;

        all = 0;
        var inTag = 0;
        var openTags = 0;
        var node = root;
        var children = root.ChildNodes;
        var next = 0;
        while (true)
        {
            if (next < children.Length)
            {
                var child = children[next++];
                if (child is IText text)
                {
                    var length = nonSpaceOnly ? CountNonSpace(text.Data) : text.Data.Length;
                    all += length;
                    inTag += length * openTags;
                    if (all > limit)
                    {
                        break;
                    }
                }
                else if (child.HasChildNodes)
                {
                    if (depth == resume.Length)
                    {
                        var larger = ArrayPool<int>.Shared.Rent(resume.Length * 2);
                        resume.CopyTo(larger);
                        if (rented is not null)
                        {
                            ArrayPool<int>.Shared.Return(rented);
                        }

                        rented = larger;
                        resume = larger;
                    }

                    resume[depth++] = next;
                    node = child;
                    children = child.ChildNodes;
                    next = 0;
                    if (IsTag(child, tag, hrefOnly))
                    {
                        openTags++;
                    }
                }
            }
            else
            {
                if (depth == 0)
                {
                    break;
                }

                if (IsTag(node, tag, hrefOnly))
                {
                    openTags--;
                }

                next = resume[--depth];
                node = node.Parent!;
                children = node.ChildNodes;
            }
        }

        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        return inTag;
    }

    // As GetElementsByTagName matches: the local name, ignoring case.
    private static bool IsTag(INode node, string? tag, bool hrefOnly) =>
        tag is not null && node is IElement element && string.Equals(element.LocalName, tag, StringComparison.OrdinalIgnoreCase) &&
        (!hrefOnly || element.HasAttribute("href"));
}
