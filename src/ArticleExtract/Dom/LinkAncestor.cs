using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// The link an element sits in: headings, bylines and dates inside an <c>a</c> belong to the page the link leads to.
/// </summary>
internal static class LinkAncestor
{
    /// <summary>The nearest <c>a</c> among the first <paramref name="maxAncestors"/> ancestors of
    /// <paramref name="element"/> (not the element itself), or null.</summary>
    public static IElement? Find(IElement element, int maxAncestors)
    {
        var e = element.ParentElement;
        for (var i = 0; i < maxAncestors && e is not null; i++, e = e.ParentElement)
        {
            if (e.LocalName == "a")
            {
                return e;
            }
        }

        return null;
    }
}
