namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Reads a line that holds a time of day and nothing else but a separator or one short word before it: "14:05 WIB",
/// "| 09:15", "Pukul 14.05 WIB", "kl. 08.30". Templates print the day and the time of a story in separate elements
/// ("<c>&lt;time&gt;Sabtu, 29 November 2025&lt;/time&gt;</c> … <c>&lt;time&gt;14:05 WIB&lt;/time&gt;</c>").
/// </summary>
internal static class LoneTimeOfDay
{
    private const int MaxLineChars = 32;
    private const int MaxLabelLetters = 8;

    public static ParsedTime? Parse(string line)
    {
        var s = line.AsSpan().Trim().TrimStart("|•·-–—,/").TrimEnd(".,|").Trim();
        if (s.Length is 0 or > MaxLineChars)
        {
            return null;
        }

        // One short word may stand before the time ("Pukul", "kl.", "um", "at"); it makes "14.05" a time.
        var start = 0;
        var options = TimeParseOptions.None;
        if (char.IsLetter(s[0]))
        {
            var end = CharScan.WordEnd(s, 0);
            if (end > MaxLabelLetters)
            {
                return null;
            }

            start = CharScan.SkipSpaces(s, end < s.Length && s[end] == '.' ? end + 1 : end, 2);
            if (start == end || !CharScan.IsDigitAt(s, start))
            {
                return null;
            }

            options = TimeParseOptions.AllowDotSeparator;
        }

        return CharScan.IsDigitAt(s, start) && TimeOfDayParser.TryParse(s, start, options, out var time) &&
               s[time.End..].Trim().IsEmpty
            ? time
            : null;
    }
}
