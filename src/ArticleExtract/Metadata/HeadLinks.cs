using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The addresses a page states in its link and base elements: the canonical link, the <c>image_src</c> link and the
/// base element's, each the first in document order. One walk of the page finds the three, where a query for each
/// walked the whole page on the many pages that lack one.
/// </summary>
internal readonly record struct HeadLinks(string? Canonical, string? ImageSource, string? Base)
{
    private static readonly ISelector CanonicalLink = ParsedSelector.Of("link[rel~='canonical']");
    private static readonly ISelector ImageSourceLink = ParsedSelector.Of("link[rel='image_src']");
    private static readonly ISelector BaseElement = ParsedSelector.Of("base[href]");

    public static HeadLinks Find(IHtmlDocument document)
    {
        IElement? canonical = null, imageSource = null, baseElement = null;
        var walk = new ElementWalk(document);
        while (walk.Next() is { } element)
        {
            if (element.LocalName == "link")
            {
                canonical ??= CanonicalLink.Match(element, null) ? element : null;
                imageSource ??= ImageSourceLink.Match(element, null) ? element : null;
            }
            else if (element.LocalName == "base")
            {
                baseElement ??= BaseElement.Match(element, null) ? element : null;
            }
        }

        return new HeadLinks(canonical?.GetAttribute("href"), imageSource?.GetAttribute("href"), baseElement?.GetAttribute("href"));
    }
}
