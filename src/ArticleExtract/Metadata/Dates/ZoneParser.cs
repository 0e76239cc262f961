namespace ArticleExtract.Metadata.Dates;

/// <summary>Reads the time zone written right after a time of day: "Z", "+08:00", "+0800", " GMT", " UTC+8", " (EDT)".</summary>
internal static class ZoneParser
{
    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>
    /// Reads a zone at <paramref name="i"/>. A numeric offset glued to the time ("16:54+08:00") is accepted only
    /// when <paramref name="allowAttachedOffset"/> is set, because in prose "10:00-11:00" is a range, not a zone.
    /// A spaced numeric offset must have minutes ("16:54 -0500"). On success <paramref name="i"/> moves past the zone.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, ref int i, bool allowAttachedOffset, out ParsedZone zone)
    {
        zone = default;
        if (i >= s.Length)
        {
            return false;
        }

        var c = s[i];
        if (c is 'Z' or 'z' && !CharScan.IsLetterAt(s, i + 1))
        {
            zone = new ParsedZone(0, false, false);
            i++;
            return true;
        }

        if (IsSign(c))
        {
            if (allowAttachedOffset && TryReadNumericOffset(s, i, requireMinutes: false, out var attached, out var attachedEnd))
            {
                zone = new ParsedZone(attached, false, false);
                i = attachedEnd;
                return true;
            }

            return false;
        }

        var k = CharScan.SkipSpaces(s, i, 2);
        var spaced = k > i;
        var paren = k < s.Length && s[k] == '(';
        if (paren)
        {
            k++;
        }

        if (k >= s.Length)
        {
            return false;
        }

        int end;
        if (IsSign(s[k]))
        {
            if (!spaced || !TryReadNumericOffset(s, k, requireMinutes: true, out var spacedOffset, out end))
            {
                return false;
            }

            zone = new ParsedZone(spacedOffset, false, false);
        }
        else
        {
            end = k;
            while (end < s.Length && char.IsAsciiLetter(s[end]))
            {
                end++;
            }

            var word = s[k..end];
            if (word.Length is < 1 or > 5 || CharScan.IsLetterAt(s, end))
            {
                return false;
            }

            if (word.Equals("GMT", StringComparison.OrdinalIgnoreCase) || word.Equals("UTC", StringComparison.OrdinalIgnoreCase))
            {
                // "GMT+8", "UTC+05:30", "GMT-0500"
                var minutes = 0;
                if (end < s.Length && IsSign(s[end]) &&
                    TryReadNumericOffset(s, end, requireMinutes: false, out var extra, out var extraEnd))
                {
                    minutes = extra;
                    end = extraEnd;
                }

                zone = new ParsedZone(minutes, false, false);
            }
            else if (!TimeZoneAbbreviations.TryGet(word, out zone))
            {
                return false;
            }
        }

        if (paren && end < s.Length && s[end] == ')')
        {
            end++;
        }

        i = end;
        return true;
    }

    /// <summary>Whether <paramref name="c"/> is a plus, hyphen-minus or minus sign.</summary>
    public static bool IsSign(char c) => c is '+' or '-' or '\u2212';

    /// <summary>Reads "±hh", "±h", "±hh:mm" or "±hhmm" (the first two only when minutes are not required).</summary>
    public static bool TryReadNumericOffset(ReadOnlySpan<char> s, int at, bool requireMinutes, out int minutes, out int end)
    {
        minutes = 0;
        end = at;
        if (at >= s.Length || !IsSign(s[at]))
        {
            return false;
        }

        var negative = s[at] != '+';
        var p = at + 1;
        var run = CharScan.DigitRunLength(s, p);
        int hours;
        var mins = 0;
        if (run == 4)
        {
            hours = CharScan.FixedNumber(s, p, 2);
            mins = CharScan.FixedNumber(s, p + 2, 2);
            p += 4;
        }
        else if (run is 1 or 2)
        {
            hours = CharScan.FixedNumber(s, p, run);
            p += run;
            if (p < s.Length && s[p] == ':' && CharScan.DigitRunLength(s, p + 1) == 2)
            {
                mins = CharScan.FixedNumber(s, p + 1, 2);
                p += 3;
            }
            else if (requireMinutes)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (mins > 59)
        {
            return false;
        }

        var total = (hours * 60) + mins;
        if (total > MaxOffsetMinutes)
        {
            return false;
        }

        minutes = negative ? -total : total;
        end = p;
        return true;
    }
}
