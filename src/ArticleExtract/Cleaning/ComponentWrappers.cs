using System.Collections.Frozen;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Takes out the custom elements a component framework wraps around each block of the story
/// (<c>&lt;app-storyline-paragraph&gt;&lt;p&gt;…&lt;/p&gt;&lt;/app-storyline-paragraph&gt;</c>), before the readability pass.
/// The pass scores a paragraph into its parent and grandparent and joins only <c>p</c> siblings to the container it
/// picks: with a wrapper around each paragraph, the story's container is one level further up than the pass looks,
/// and a paywalled part holding most paragraphs wins alone, its open first paragraphs left behind.
/// </summary>
internal static class ComponentWrappers
{
    // The blocks such a wrapper holds; a wrapper around anything else (a widget, a list of teasers) stays as it is.
    private static readonly FrozenSet<string> StoryBlocks = FrozenSet.Create(StringComparer.Ordinal,
        "p", "h2", "h3", "h4", "h5", "h6", "blockquote");

    public static void Unwrap(IElement body)
    {
        List<IElement>? wrappers = null;
        for (INode? node = body.FirstChild; node is not null; node = NodeOrder.Next(node, body))
        {
            if (node is IElement element && IsBlockWrapper(element))
            {
                (wrappers ??= []).Add(element);
            }
        }

        if (wrappers is null)
        {
            return;
        }

        foreach (var wrapper in wrappers)
        {
            if (wrapper.Parent is not { } parent)
            {
                continue;
            }

            while (wrapper.FirstChild is { } child)
            {
                parent.InsertBefore(child, wrapper);
            }

            wrapper.Remove();
        }
    }

    // A custom element's name has a hyphen; AMP's and the page's named widgets ("amp-ad", a class or id) say
    // something of their own and are left to the cleaning, so only an unnamed wrapper goes.
    private static bool IsBlockWrapper(IElement element)
    {
        if (!element.LocalName.Contains('-') || element.LocalName.StartsWith("amp-", StringComparison.Ordinal) ||
            element.HasAttribute("class") || element.HasAttribute("id") || element.HasAttribute("role"))
        {
            return false;
        }

        IElement? block = null;
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case IElement childElement when block is null && StoryBlocks.Contains(childElement.LocalName):
                    block = childElement;
                    break;
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                    break;
                case IComment:
                    break;
                default:
                    return false;
            }
        }

        return block is not null;
    }
}
