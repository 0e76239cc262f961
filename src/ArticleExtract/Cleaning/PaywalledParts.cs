using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Reveals the parts of the story the page declares as for subscribers in its JSON-LD (<c>hasPart</c>,
/// <c>isAccessibleForFree: false</c>, <c>cssSelector</c>): a page served with the whole story often hides the rest
/// under a class named "paywall" or with <c>display:none</c>, and cleaning by name or visibility dropped it. The
/// declared parts lose their hiding and are marked as the story's body, which cleaning by name spares.
/// </summary>
internal static class PaywalledParts
{
    private const int MaxElements = 50;

    public static void Reveal(IHtmlDocument document, IReadOnlyList<string> selectors)
    {
        if (selectors.Count == 0 || document.Body is not { } body)
        {
            return;
        }

        var revealed = 0;
        foreach (var selector in selectors)
        {
            IHtmlCollection<IElement> parts;
            try
            {
                parts = body.QuerySelectorAll(selector);
            }
            catch (DomException)
            {
                // A selector the page got wrong names nothing.
                continue;
            }

            foreach (var part in parts)
            {
                if (++revealed > MaxElements)
                {
                    return;
                }

                part.RemoveAttribute("hidden");
                part.RemoveAttribute("aria-hidden");
                part.RemoveAttribute("style");
                part.SetAttribute("itemprop", "articleBody");
            }
        }
    }
}
