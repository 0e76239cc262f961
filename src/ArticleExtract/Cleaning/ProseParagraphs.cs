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
