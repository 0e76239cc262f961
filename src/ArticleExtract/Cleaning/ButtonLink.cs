using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A link styled as a button and standing alone in its block ("<p class='button-wrapper'><a class='button primary'>Share
/// The Gridlock</a></p>", "Leave a comment", "Subscribe now"): the page's call to act, set between the story's
/// paragraphs. A link in running text shares its block with the sentence around it and stays.
/// </summary>
internal static class ButtonLink
{
    // A button's label is a few words; a linked sentence is longer.
    private const int MaxLabelChars = 40;

    private static readonly FrozenSet<string> ButtonTokens = FrozenSet.Create(StringComparer.Ordinal, ["button", "btn"]);

    public static bool Is(IElement element, StringBuilder scratch)
    {
        if (element.LocalName != "a" || !ClassTokens.NamesAny(element.GetAttribute("class"), ButtonTokens, scratch) ||
            ProseText.TextLengthUpTo(element, MaxLabelChars) >= MaxLabelChars)
        {
            return false;
        }

        var label = TextNormalizer.Collapse(NodeText.Of(element));
        return label.Length > 0 && LinkBlock.Of(element) is { } block &&
               ProseText.TextLengthUpTo(block, 2 * MaxLabelChars) < 2 * MaxLabelChars &&
               TextNormalizer.Collapse(NodeText.Of(block)) == label;
    }
}
