namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Reads a time of day with its optional AM/PM marker and zone: "16:54", "16:54:43.123", "4:54 PM", "4:54 p.m.",
/// "16h54", "14 h 32", "16.54 Uhr", "16時54分", "16:54:43+08:00", "3:45 p.m. ET", "16:54 GMT+8".
/// </summary>
internal static class TimeOfDayParser
{
    /// <summary>Parses the time that starts at <paramref name="start"/> (which must be its first digit).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, int start, TimeParseOptions options, out ParsedTime result)
    {
        result = default;
        var i = start;
        if (!CharScan.TryReadNumber(s, ref i, 1, 2, out var hour) || i >= s.Length)
        {
            return false;
        }

        int minute;
        var second = 0;
        var hasSeconds = false;
        var dotForm = false;

        // Québec sets the hour mark apart: "14 h 32".
        var spacedMark = s[i] == ' ' && i + 3 < s.Length && s[i + 1] == 'h' && s[i + 2] == ' ' && CharScan.IsDigitAt(s, i + 3);
        if (spacedMark)
        {
            i++;
        }

        switch (s[i])
        {
            case ':' or '\uFF1A':
                i++;
                if (!CharScan.TryReadNumber(s, ref i, 2, 2, out minute))
                {
                    return false;
                }

                if (i < s.Length && s[i] is ':' or '\uFF1A' && CharScan.IsDigitAt(s, i + 1))
                {
                    var k = i + 1;
                    if (!CharScan.TryReadNumber(s, ref k, 2, 2, out second))
                    {
                        return false;
                    }

                    i = k;
                    hasSeconds = true;
                    if (i < s.Length && s[i] is '.' or ',' && CharScan.IsDigitAt(s, i + 1))
                    {
                        i += 1 + CharScan.DigitRunLength(s, i + 1); // fractions of a second are dropped
                    }
                }

                break;
            case 'h' or 'H':
                i += spacedMark ? 2 : 1;
                if (!CharScan.TryReadNumber(s, ref i, 2, 2, out minute) || CharScan.IsLetterAt(s, i) && !IsMinuteSuffix(s, i))
                {
                    return false;
                }

                break;
            case '.':
                i++;
                if (!CharScan.TryReadNumber(s, ref i, 2, 2, out minute))
                {
                    return false;
                }

                dotForm = true;
                break;
            case '時' or '时' or '시':
                i = CharScan.SkipSpaces(s, i + 1, 2);
                if (!CharScan.TryReadNumber(s, ref i, 1, 2, out minute))
                {
                    return false;
                }

                i = CharScan.SkipSpaces(s, i, 2);
                if (i >= s.Length || s[i] is not ('分' or '분'))
                {
                    return false;
                }

                i++;
                break;
            default:
                return false;
        }

        var hasMeridiem = false;
        var pm = false;
        var j = CharScan.SkipSpaces(s, i, 2);
        if (TryReadMeridiem(s, ref j, out pm))
        {
            hasMeridiem = true;
            i = j;
        }
        else if ((options & (TimeParseOptions.AssumePm | TimeParseOptions.AssumeAm)) != 0)
        {
            hasMeridiem = true;
            pm = (options & TimeParseOptions.AssumePm) != 0;
        }

        var hasUhr = false;
        j = CharScan.SkipSpaces(s, i, 2);
        if (CharScan.IsWordIgnoreCase(s, j, "uhr", out var uhrEnd))
        {
            hasUhr = true;
            i = uhrEnd;
        }

        if (hasMeridiem && hour is >= 1 and <= 12)
        {
            if (pm && hour != 12)
            {
                hour += 12;
            }
            else if (!pm && hour == 12)
            {
                hour = 0;
            }
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var allowAttached = hasSeconds || (options & TimeParseOptions.AllowAttachedOffset) != 0;
        ParsedZone? zone = ZoneParser.TryParse(s, ref i, allowAttached, out var z) ? z : null;

        // "16.54" alone may be a price or a score; it is a time only with "Uhr", AM/PM, a zone ("09.15 BST") or a
        // word such as "kl." or "um" before it.
        if (dotForm && !hasMeridiem && !hasUhr && zone is null && (options & TimeParseOptions.AllowDotSeparator) == 0)
        {
            return false;
        }

        result = new ParsedTime(new TimeOnly(hour, minute, second), zone, hasMeridiem, i);
        return true;
    }

    /// <summary>Reads "AM", "pm", "a.m.", "P. M." and the like; the marker must end the word.</summary>
    private static bool TryReadMeridiem(ReadOnlySpan<char> s, ref int j, out bool pm)
    {
        pm = false;
        if (j >= s.Length || char.ToLowerInvariant(s[j]) is not ('a' or 'p'))
        {
            return false;
        }

        var k = j + 1;
        if (k < s.Length && s[k] == '.')
        {
            k = CharScan.SkipSpaces(s, k + 1, 1);
        }

        if (k >= s.Length || char.ToLowerInvariant(s[k]) != 'm')
        {
            return false;
        }

        k++;
        if (k < s.Length && s[k] == '.')
        {
            k++;
        }

        if (k < s.Length && char.IsLetterOrDigit(s[k]))
        {
            return false;
        }

        pm = char.ToLowerInvariant(s[j]) == 'p';
        j = k;
        return true;
    }

    // "16h54min" / "16h54m" are still a time; "16h54abc" is not.
    private static bool IsMinuteSuffix(ReadOnlySpan<char> s, int i) =>
        CharScan.IsWordIgnoreCase(s, i, "min", out _) || CharScan.IsWordIgnoreCase(s, i, "m", out _);
}
