using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The story's paragraphs beside a block: a list or a subheading between two of them belongs to the story, though a box
/// (an ad slot, a "related" teaser, a player) may stand in between.
/// </summary>
internal static class ProseParagraphs
{
    // A paragraph of this much text is prose; a teaser's title or a label is shorter.
    private const int MinChars = 80;

    /// <summary>Whether the element is a <c>p</c> holding a paragraph of prose.</summary>
    public static bool Is(IElement? element) => element is { LocalName: "p" } && NodeText.CollapsedLength(element) >= MinChars;

    /// <summary>
    /// Whether the element is a <c>div</c> set as a paragraph ("&lt;div class='text_editor_paragraph'&gt;&lt;span&gt;…"): prose
    /// and phrases only, no block inside, few links.
    /// </summary>
    public static bool IsDivParagraph(IElement? element)
    {
        if (element is not { LocalName: "div" })
        {
            return false;
        }

        foreach (var child in element.Children)
        {
            if (!ChromeVocabulary.IsInlineInText(child))
            {
                return false;
            }
        }

        return NodeText.CollapsedLength(element) >= MinChars && LinkDensity.Of(element) < MaxLinkDensity;
    }

    // Of a paragraph: text the reader reads, not links to follow.
    private const double MaxLinkDensity = 0.5;

    /// <summary>Whether one of the first <paramref name="siblings"/> element siblings on that side is a prose paragraph.</summary>
    public static bool Within(IElement element, int siblings, bool forward)
    {
        var next = forward ? element.NextElementSibling : element.PreviousElementSibling;
        for (var seen = 0; next is not null && seen < siblings; seen++, next = forward ? next.NextElementSibling : next.PreviousElementSibling)
        {
            if (Is(next))
            {
                return true;
            }
        }

        return false;
    }
}
