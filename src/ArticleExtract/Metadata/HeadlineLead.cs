using System.Text.RegularExpressions;

namespace ArticleExtract.Metadata;

/// <summary>
/// What a template prints before a headline without it being part of it: a mark ("» Jens Weber", "[&gt; Jens Weber"),
/// the post's date ("23.01.2022 - Dorothea Wierer darf … jubeln") or the news section's name ("India News | …").
/// </summary>
internal static partial class HeadlineLead
{
    /// <summary>The headline without a leading mark or date; unchanged when nothing would be left of it.</summary>
    public static string? Strip(string? headline)
    {
        if (headline is null)
        {
            return null;
        }

        var lead = Lead().Match(headline);
        return lead.Success && lead.Length < headline.Length ? headline[lead.Length..] : headline;
    }

    // Marks only before a space: "[Rezi] Love is War" and "«Gute Löhne»" keep their brackets and quotes.
    // A news section's name before a bar ("India News | Delhi Metro to extend …"), as aggregators print it everywhere.
    [GeneratedRegex(@"^(?:\[?[»›>•·|/\\–—*-]+\]?\s+|(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s*[-–—|:]\s+|(?:\p{Lu}\p{L}*\s){0,2}(?:News|Nachrichten|Noticias|Notícias|Actualités|Notizie|Nieuws)\s\|\s)(?=\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
