using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A review site's box on how it tests ("How we test earbuds: Every pair we review is worn for at least a week …",
/// "Why you can trust our reviews"), set between a story's paragraphs: the same text on every review, under a title that
/// says so. Its paragraphs read as prose of their own, so the box goes as a whole, by its title.
/// </summary>
internal static partial class MethodBox
{
    private const int MaxChars = 1_200;

    // The text as the page has it, indentation and all, before it is measured collapsed.
    private const int MaxRawChars = 4 * MaxChars;
    private const int MaxTitleChars = 60;
    private const int MaxRawTitleChars = 4 * MaxTitleChars;

    public static bool Is(IElement box)
    {
        // Every box of the page is asked: the title's bounded measure comes before its text is built, as the first child
        // of a wrapper may be the whole story.
        if (box.LocalName is not ("div" or "section" or "aside") || box.FirstElementChild is not { } title ||
            title.LocalName is "p" or "ul" or "ol" || ProseText.TextLengthUpTo(title, MaxRawTitleChars) >= MaxRawTitleChars ||
            TextNormalizer.Collapse(NodeText.Of(title)) is not { Length: > 0 and <= MaxTitleChars } titleText ||
            !MethodTitleGate.IsMatch(titleText) || ProseText.TextLengthUpTo(box, MaxRawChars) >= MaxRawChars)
        {
            return false;
        }

        return NodeText.CollapsedLength(box) <= MaxChars;
    }

    // "How we test earbuds", "How we tested", "How We Review Products", "Why you can trust TechPulse", "So testen wir".
    [GeneratedRegex(
        @"^(?:how we (?:test|tested|review|reviewed|rate|rated|evaluate|evaluated|choose|chose|pick|picked)\b|why (?:you can )?trust (?:us|our)\b|why you can trust\b|so testen wir\b|comment nous testons\b|cómo probamos\b)[^.!?]{0,40}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MethodTitle();

    private static readonly LiteralGate MethodTitleGate = new(MethodTitle());
}
