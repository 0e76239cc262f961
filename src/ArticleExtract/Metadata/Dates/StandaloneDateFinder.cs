using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// The last resort: a text that is a date and nothing else ("01.02.2022", "01.11.2023 11:35",
/// "Mittwoch, 3. Februar 2022"), printed by a page that neither marks nor labels it. The first one after the
/// headline wins, then the first before it. Navigation, page footers, sidebars, forms and lists of links are skipped:
/// their dates belong to other pages.
/// </summary>
internal static class StandaloneDateFinder
{
    private const int MaxNodes = 20_000;
    private const int MaxNodesAfterHeadline = 2_000;

    // A date with a weekday, a month name and a time is about 40 characters; a longer text is a sentence.
    private const int MaxTextChars = 48;

    // Weekday and month names in letters; more than this means words around the date.
    private const int MaxLetters = 24;

    public static ArticleDate? Find(IHtmlDocument document, IElement? anchor, DateTimeOffset now)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        ArticleDate? before = null;
        var afterAnchor = anchor is null;
        var afterCount = 0;
        var visited = 0;
        INode? node = body;
        while (node is not null && ++visited <= MaxNodes)
        {
            if (node == anchor)
            {
                afterAnchor = true;
            }

            if (afterAnchor && anchor is not null && ++afterCount > MaxNodesAfterHeadline)
            {
                break;
            }

            if (node is IElement element && IsSkipped(element))
            {
                node = NodeOrder.NextSkippingChildren(element, body);
                continue;
            }

            if (node.NodeType == NodeType.Text && node.Parent is IElement parent && !InLink(parent) &&
                Read(NodeText.Of(node), now) is { } date)
            {
                if (afterAnchor)
                {
                    return date;
                }

                before ??= date;
            }

            node = NodeOrder.Next(node, body);
        }

        return before;
    }

    private static ArticleDate? Read(string text, DateTimeOffset now)
    {
        var length = TextNormalizer.CollapsedLength(text);
        if (length > MaxTextChars && DatedOpening(text) is { } opening)
        {
            // "27.1.2022 - Bei der Erinnerung an …": the story's first line opens with its date, as a dateline would.
            text = opening;
            length = TextNormalizer.CollapsedLength(text);
        }

        if (length is < 6 or > MaxTextChars || !IsDateShaped(text))
        {
            return null;
        }

        var date = DateTextFinder.Find(text, DateSource.VisibleText, "standalone date");
        return date is not null && DatePlausibility.IsPlausible(date, now) ? date : null;
    }

    private static readonly string[] OpeningDashes = [" - ", " \u2013 ", " \u2014 "];

    // The text before a dash that ends the first few words, when a date could fit in it.
    private static string? DatedOpening(string text)
    {
        var start = text.AsSpan().TrimStart();
        var offset = text.Length - start.Length;
        foreach (var dash in OpeningDashes)
        {
            var at = start.IndexOf(dash, StringComparison.Ordinal);
            if (at >= 6 && at <= MaxTextChars && char.IsAsciiDigit(start[0]))
            {
                return text.Substring(offset, at);
            }
        }

        return null;
    }

    /// <summary>
    /// Digits, separators and words a date is printed with: a weekday first, month names, "Uhr", "PM", "am". Any other
    /// word makes it a phrase ("We met on 12.01.2017 in Berlin").
    /// </summary>
    internal static bool IsDateShaped(string text)
    {
        var letters = 0;
        var digits = 0;
        var wordStart = -1;
        var words = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                letters++;
                wordStart = wordStart < 0 ? i : wordStart;
                continue;
            }

            digits += char.IsAsciiDigit(c) ? 1 : 0;
            if (wordStart >= 0)
            {
                var word = text.AsSpan(wordStart, i - wordStart);
                if (words++ > 0 && word.Length > 3 && !MonthNames.TryGetMonth(word, out _))
                {
                    return false;
                }

                wordStart = -1;
            }
        }

        return digits >= 4 && letters <= MaxLetters;
    }

    // A date inside a link names the page the link goes to.
    private static bool InLink(IElement element) => element.LocalName == "a" || LinkAncestor.Find(element, 2) is not null;

    private static bool IsSkipped(IElement element) =>
        element.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "select" or "option" or "nav" or
            "iframe" or "form" or "textarea" or "footer" or "aside" or "button" or "label" ||
        element.GetAttribute("role") is "navigation" or "contentinfo" or "complementary";
}
