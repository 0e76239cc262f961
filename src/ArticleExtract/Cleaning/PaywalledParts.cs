using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Reveals the parts of the story the page declares as for subscribers in its JSON-LD (<c>hasPart</c>,
/// <c>isAccessibleForFree: false</c>, <c>cssSelector</c>): a page served with the whole story often hides the rest
/// under a class named "paywall" or with <c>display:none</c>, and cleaning by name or visibility dropped it. The
/// declared parts lose their hiding and are marked as the story's body, which cleaning by name spares.
/// </summary>
internal static class PaywalledParts
{
    private static readonly ISelector Actions = ParsedSelector.Of("a[href], button");

    private const int MaxElements = 50;

    // A withheld part of a story holds paragraphs; an offer box holds a line or two of pitch and its buttons.
    private const int MinRevealedProse = 500;

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

            // The declared selector may name the paywall's own offer box ("Sie wollen wissen, wie es weitergeht? …
            // <a>Jetzt für € 1,– testen</a>") when the page was served without the story's rest: no story there to
            // reveal. A selector may match each withheld paragraph apart, so its parts are measured together.
            if (!HoldStory(parts))
            {
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

    // Short and with a button or link to act on: the offer. Short and plain: the story's withheld last lines.
    private static bool HoldStory(IHtmlCollection<IElement> parts)
    {
        var prose = 0;
        var actions = false;
        foreach (var part in parts)
        {
            prose += ProseText.Length(part);
            if (prose >= MinRevealedProse)
            {
                return true;
            }

            actions |= part.ChildNodes.QuerySelector(Actions) is not null;
        }

        return !actions;
    }
}
