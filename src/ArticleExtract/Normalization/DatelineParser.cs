using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ArticleExtract.Normalization;

/// <summary>
/// Recognises the wire-style opener of a story — <c>SEOUL, South Korea (AP) —</c>, <c>WASHINGTON (Reuters) -</c>,
/// <c>(CNN) —</c>, <c>Hong Kong (CNN Business)</c>, <c>BERLIN --</c>, <c>NEW DELHI:</c>, <c>Indianapolis –</c> —
/// and splits it into place and agency, while refusing look-alikes such as "DEAR ABBY:" or "UPDATE:".
/// </summary>
internal static partial class DatelineParser
{
    // Datelines are short: only the start of the paragraph is examined, which also bounds the regex's work.
    private const int MaxPrefixChars = 160;
    private const int MaxDatelineChars = 90;

    // Words that open sentences, labels and columns in capitals or title case, and are never a place.
    private static readonly FrozenSet<string> NotPlaces = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "a", "an", "the", "in", "on", "at", "by", "for", "from", "to", "of", "and", "or", "but", "as", "if", "when", "while",
        "dear", "update", "updated", "updates", "breaking", "editor", "editors", "note", "warning", "exclusive", "analysis",
        "opinion", "watch", "live", "video", "videos", "photo", "photos", "correction", "clarification", "click", "read",
        "listen", "sponsored", "advertisement", "review", "q", "also", "plus", "spoiler", "psa", "file", "however",
        "meanwhile", "today", "yesterday", "tomorrow", "now", "then", "first", "last", "next", "here", "there", "this",
        "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "what", "why", "how", "who", "where",
        "tested", "reporting", "written", "posted", "published", "source", "sources", "summary", "background", "context",
        "question", "answer", "comment", "comments", "disclaimer", "disclosure", "notice", "attention", "alert", "news",
        "story", "more", "related", "see", "tip", "tips", "step", "part", "chapter", "episode", "bonus", "quote", "fact",
        "facts", "why", "yes", "no", "ok", "okay", "well", "so", "still", "again", "finally", "also", "overall",
    ]);

    // A dateline must end in an agency in parentheses or a separator, so the place cannot stop inside a word.
    [GeneratedRegex(
        @"^(?:(?<loc>(?:\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,3}|\p{Lu}[\p{Ll}\p{M}.'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}.'’\-]+){0,2})(?:,[ ]?\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’\-]*){0,3}){0,2})(?:,[ ]?(?<date>\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2}))?[ ]?)?(?:\((?<agency>\p{L}[\p{L}\p{M}\d .&'’\-]{0,38})\)(?<sep>[ ]?[—–](?:[ ]|$)|[ ]--?(?:[ ]|$)|:[ ])?|(?<sep>[ ]?[—–](?:[ ]|$)|[ ]--?(?:[ ]|$)|:(?:[ ]|$)))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

    /// <summary>The dateline at the start of <paramref name="paragraph"/>, and the paragraph without it.</summary>
    public static (Dateline Dateline, string Remainder)? TryParse(string paragraph)
    {
        var prefix = paragraph.Length > MaxPrefixChars ? paragraph[..MaxPrefixChars] : paragraph;
        var match = Opener().Match(prefix);
        if (!match.Success || match.Length == 0 || match.Length > MaxDatelineChars)
        {
            return null;
        }

        var location = match.Groups["loc"];
        var agency = match.Groups["agency"];
        var separator = match.Groups["sep"];
        var rest = paragraph[match.Length..].TrimStart();

        if (!location.Success && !agency.Success)
        {
            return null;
        }

        // Without an agency in parentheses, only a dash or colon marks the end of a dateline.
        if (!agency.Success && !separator.Success)
        {
            return null;
        }

        if (location.Success && !IsPlausiblePlace(location.Value, separator.Value.Trim()))
        {
            return null;
        }

        // An opener is followed by the story (or stands alone as its own element), never by more punctuation.
        if (rest.Length > 0 && !(char.IsLetterOrDigit(rest[0]) || rest[0] is '"' or '“' or '‘' or '\'' or '«' or '„'))
        {
            return null;
        }

        var printed = paragraph[..match.Length].TrimEnd();
        var place = location.Success ? location.Value.Trim().TrimEnd(',') : null;
        return (new Dateline(printed, place, agency.Success ? agency.Value.Trim() : null), rest);
    }

    private static bool IsPlausiblePlace(string location, string separator)
    {
        var first = location.AsSpan();
        var cut = first.IndexOfAny(' ', ',');
        var firstWord = (cut > 0 ? first[..cut] : first).ToString();
        if (NotPlaces.Contains(firstWord.TrimEnd('.', '\'', '’')))
        {
            return false;
        }

        var allCaps = IsAllCaps(firstWord);

        // "NEW DELHI:" is a dateline; "Tested by: …" and "Note: …" are labels. A colon needs a place in capitals.
        if (separator == ":" && !allCaps)
        {
            return false;
        }

        // A place has at least two letters ("US" yes, "A" no).
        var letters = 0;
        foreach (var c in location)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
