using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// A kicker printed as the heading's first part, in an element of its own with a class that does not say so
/// ("<c>&lt;h1&gt;&lt;span class="subtitle"&gt;Olympische Spiele in Paris&lt;/span&gt; Getränke per Schiff …&lt;/h1&gt;</c>"):
/// the metadata title sets it off with a separator ("Olympische Spiele in Paris - Getränke per Schiff …"), and the
/// story's title is what follows it.
/// </summary>
internal static class KickerInTitle
{
    private const int MaxKickerChars = 80;
    private const int MinTitleWords = 3;

    private static readonly string[] Separators = [": ", " - ", " – ", " — ", " | "];

    /// <summary>The heading's text without its kicker, when a metadata title sets that kicker off; otherwise null.</summary>
    public static string? Strip(IElement heading, string text, IReadOnlyList<string> titles)
    {
        if (heading.FirstElementChild is not { } first || !OpensHeading(heading, first))
        {
            return null;
        }

        var kicker = TextNormalizer.Collapse(NodeText.Of(first));
        if (kicker.Length is 0 or > MaxKickerChars || SentenceEnd.Ends(kicker) || !text.StartsWith(kicker, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text[kicker.Length..].Trim().TrimStart(':', '-', '–', '—', '|').Trim();
        if (SiteAffix.CountWords(rest) < MinTitleWords)
        {
            return null;
        }

        string? foldedKicker = null;
        foreach (var title in titles)
        {
            foreach (var separator in Separators)
            {
                if (title.Length > kicker.Length + separator.Length && title.StartsWith(kicker, StringComparison.OrdinalIgnoreCase) &&
                    title.AsSpan(kicker.Length).StartsWith(separator, StringComparison.Ordinal) &&
                    title.AsSpan(kicker.Length + separator.Length).TrimStart().StartsWith(rest, StringComparison.OrdinalIgnoreCase))
                {
                    return rest;
                }
            }

            // The metadata's own kicker, worded for search ("Lüneburger Heide: Die Letzten ihrer Herde" over a printed
            // "Schäfer in der Lüneburger Heide"), sets the same title apart. A metadata title that opens with the
            // printed phrase itself ("Breaking: Council approves …") keeps it as part of the headline.
            if (EndsBehindSeparator(title, rest) &&
                !SiteAffix.Fold(title).StartsWith(foldedKicker ??= SiteAffix.Fold(kicker), StringComparison.Ordinal))
            {
                return rest;
            }
        }

        return null;
    }

    // "Lüneburger Heide: Die Letzten ihrer Herde" for "Die Letzten ihrer Herde": the title, after words and a separator.
    private static bool EndsBehindSeparator(string title, string rest)
    {
        if (title.Length <= rest.Length || !title.EndsWith(rest, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = title.AsSpan(0, title.Length - rest.Length).TrimEnd();
        foreach (var separator in Separators)
        {
            var mark = separator.AsSpan().TrimEnd();
            if (before.Length > mark.Length && before.EndsWith(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Nothing but white space before the first element: a word before it makes it a phrase of the title.
    private static bool OpensHeading(IElement heading, IElement first)
    {
        for (var node = heading.FirstChild; node is not null && node != first; node = node.NextSibling)
        {
            if (!NodeText.IsBlank(node))
            {
                return false;
            }
        }

        return true;
    }
}
