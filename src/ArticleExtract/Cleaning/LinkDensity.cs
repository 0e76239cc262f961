using AngleSharp.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>The share of an element's text that sits inside links: high for menus and link lists, low for prose.</summary>
internal static class LinkDensity
{
    /// <summary>Non-white-space characters inside descendant links (with an <c>href</c>) over those of all the element's text.</summary>
    public static double Of(IElement element)
    {
        // One walk, no strings: the link text is counted once per enclosing link, as a sum over the links would.
        var linked = ProseText.LinkedNonSpaceLength(element, out var total);
        if (total == 0)
        {
            return 0;
        }

        return Math.Min(1.0, (double)linked / total);
    }
}
