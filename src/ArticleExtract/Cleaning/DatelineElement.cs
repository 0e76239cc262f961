using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Normalization;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A wire dateline set in an element of its own and named for it (<c>&lt;span class="dateline"&gt;SEOUL (AP) —&lt;/span&gt;</c>).
/// The readability pass reads "dateline" in a class or id as a byline and drops the element, taking the dateline out of
/// the story's first paragraph; the name is taken off so that the text stays where it was printed. A place stamped at a
/// paragraph's start with nothing printed between it and the sentence (<c>&lt;span class="location-stamp"&gt;Hà
/// Nội&lt;/span&gt;Sáng 20/11, …</c>: the page's style draws the separator) is given the dash the reader sees.
/// </summary>
internal static class DatelineElement
{
    private const int MaxDatelineChars = 100;

    /// <summary>Takes the class and id off <paramref name="element"/> when they name a dateline that its text is.</summary>
    public static void Unmark(IElement element)
    {
        SeparateStamp(element);
        if (!Names(element.GetAttribute("class")) && !Names(element.Id))
        {
            return;
        }

        if (ProseText.TextLengthUpTo(element, MaxDatelineChars) >= MaxDatelineChars)
        {
            return;
        }

        // Read with the text that follows it, as the paragraph prints it: "NEW DELHI:" alone reads as a label.
        var dateline = TextNormalizer.Collapse(NodeText.Of(element));
        var after = element.NextSibling?.NodeType == NodeType.Text ? TextNormalizer.Collapse(element.NextSibling.TextContent) : string.Empty;
        if (dateline.Length == 0 ||
            DatelineParser.TryParse(after.Length > 0 ? dateline + " " + after : dateline) is not { } parsed ||
            parsed.Dateline.Text.Length > dateline.Length + 1)
        {
            return;
        }

        element.RemoveAttribute("class");
        element.RemoveAttribute("id");
    }

    private const int MaxStampChars = 40;
    private const int MinSentenceAfterStamp = 60;

    // A stamp names itself a place or a dateline, opens its paragraph, holds a short place without figures (a date
    // stamp is not a dateline), and the sentence follows with no separator of its own.
    private static void SeparateStamp(IElement element)
    {
        if (element.LocalName is not ("span" or "strong" or "b" or "em") ||
            element.ParentElement is not { LocalName: "p" or "div" } paragraph ||
            (!NamesStamp(element.GetAttribute("class")) && !NamesStamp(element.Id)) ||
            element.NextSibling is not { NodeType: NodeType.Text } next)
        {
            return;
        }

        for (var before = element.PreviousSibling; before is not null; before = before.PreviousSibling)
        {
            if (before.NodeType != NodeType.Text || !string.IsNullOrWhiteSpace(NodeText.Of(before)))
            {
                return;
            }
        }

        var place = TextNormalizer.Collapse(NodeText.Of(element));
        var sentence = NodeText.Of(next).TrimStart();
        if (place.Length is 0 or > MaxStampChars || sentence.Length < MinSentenceAfterStamp ||
            !char.IsLetter(place[^1]) || place.Any(char.IsDigit) || !(char.IsUpper(sentence[0]) || char.IsDigit(sentence[0])))
        {
            return;
        }

        paragraph.InsertBefore(element.Owner!.CreateTextNode(" - "), next);
    }

    private static bool NamesStamp(string? value) =>
        value is not null && (value.Contains("location", StringComparison.OrdinalIgnoreCase) || Names(value));

    private static bool Names(string? value) => value is not null && value.Contains("dateline", StringComparison.OrdinalIgnoreCase);
}
