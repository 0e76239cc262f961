using AngleSharp.Dom;
using ArticleExtract.Normalization;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A wire dateline set in an element of its own and named for it (<c>&lt;span class="dateline"&gt;SEOUL (AP) —&lt;/span&gt;</c>).
/// The readability pass reads "dateline" in a class or id as a byline and drops the element, taking the dateline out of
/// the story's first paragraph; the name is taken off so that the text stays where it was printed.
/// </summary>
internal static class DatelineElement
{
    private const int MaxDatelineChars = 100;

    /// <summary>Takes the class and id off <paramref name="element"/> when they name a dateline that its text is.</summary>
    public static void Unmark(IElement element)
    {
        if (!Names(element.GetAttribute("class")) && !Names(element.Id))
        {
            return;
        }

        if (ProseText.TextLengthUpTo(element, MaxDatelineChars) >= MaxDatelineChars)
        {
            return;
        }

        // Read with the text that follows it, as the paragraph prints it: "NEW DELHI:" alone reads as a label.
        var dateline = TextNormalizer.Collapse(element.TextContent);
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

    private static bool Names(string? value) => value is not null && value.Contains("dateline", StringComparison.OrdinalIgnoreCase);
}
