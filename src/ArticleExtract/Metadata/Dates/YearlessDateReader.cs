namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Reads a day printed without its year ("zaterdag 22 november, 00:34", "Nov. 22, 12:34 AM", "11/19(火) 6:02",
/// "11月19日 6:02") in the year that puts it within a day of a known date. Sites that state a UTC instant for machines
/// often print the newsroom's local reading of it this way; only with that instant beside it is the year known.
/// </summary>
internal static class YearlessDateReader
{
    private const int MaxDayDistance = 1;

    /// <summary>
    /// The first yearless day in <paramref name="text"/>, with the time printed after it, in the year nearest to
    /// <paramref name="near"/>; null when none is found or no year puts it within a day of <paramref name="near"/>.
    /// </summary>
    public static ArticleDate? Read(ReadOnlySpan<char> text, DateOnly near, DateSource source, string? detail)
    {
        var s = text.Length > DateTextFinder.MaxScanLength ? text[..DateTextFinder.MaxScanLength] : text;
        for (var i = 0; i < s.Length; i++)
        {
            if (i > 0 && CharScan.IsWordChar(s[i - 1]))
            {
                continue;
            }

            int month;
            int day;
            int end;
            if (CharScan.IsDigit(s[i]))
            {
                if (!TryDayThenMonth(s, i, out day, out month, out end) && !TryCjkMonthDay(s, i, out month, out day, out end) &&
                    !TryJapaneseSlashed(s, i, out month, out day, out end))
                {
                    continue;
                }
            }
            else if (!char.IsLetter(s[i]) || !TryMonthThenDay(s, i, out month, out day, out end))
            {
                continue;
            }

            if (Nearest(month, day, near) is not { } date)
            {
                return null;
            }

            ParsedTime? time = DateTextFinder.TryTimeAfter(s, end, out var after) ? after : null;
            return ParsedTime.Combine(date, time, source, detail);
        }

        return null;
    }

    // "22 november", "22. November", "1er décembre": a day, then a month's name with no year after it.
    private static bool TryDayThenMonth(ReadOnlySpan<char> s, int start, out int day, out int month, out int end)
    {
        (month, end) = (0, 0);
        var p = start;
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out day))
        {
            return false;
        }

        if (p < s.Length && s[p] == '.')
        {
            p++;
        }
        else if (p < s.Length && char.IsAsciiLetter(s[p]))
        {
            // An ordinal's letters ("22nd", "1er").
            var suffixEnd = CharScan.WordEnd(s, p);
            if (suffixEnd - p > 2)
            {
                return false;
            }

            p = suffixEnd;
        }

        p = CharScan.SkipSpaces(s, p, 2);
        if (CharScan.IsWordIgnoreCase(s, p, "de", out var deEnd))
        {
            p = CharScan.SkipSpaces(s, deEnd, 2);
        }

        var monthEnd = CharScan.WordEnd(s, p);
        if (monthEnd == p || !MonthNames.TryGetMonth(s[p..monthEnd], out month))
        {
            return false;
        }

        end = monthEnd < s.Length && s[monthEnd] == '.' ? monthEnd + 1 : monthEnd;
        return true;
    }

    // "Nov. 22", "November 22nd": a month's name, then the day.
    private static bool TryMonthThenDay(ReadOnlySpan<char> s, int start, out int month, out int day, out int end)
    {
        (day, end) = (0, 0);
        var monthEnd = CharScan.WordEnd(s, start);
        var p = monthEnd < s.Length && s[monthEnd] == '.' ? monthEnd + 1 : monthEnd;
        p = CharScan.SkipSpaces(s, p, 2);
        if (!CharScan.IsDigitAt(s, p) || !MonthNames.TryGetMonth(s[start..monthEnd], out month) ||
            !CharScan.TryReadNumber(s, ref p, 1, 2, out day))
        {
            month = 0;
            return false;
        }

        if (p < s.Length && char.IsAsciiLetter(s[p]))
        {
            var suffixEnd = CharScan.WordEnd(s, p);
            if (suffixEnd - p != 2)
            {
                return false;
            }

            p = suffixEnd;
        }

        end = p;
        return true;
    }

    // "11月19日": Chinese and Japanese month and day markers.
    private static bool TryCjkMonthDay(ReadOnlySpan<char> s, int start, out int month, out int day, out int end)
    {
        (day, end) = (0, 0);
        var p = start;
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out month) || p >= s.Length || s[p] != '月')
        {
            return false;
        }

        p++;
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out day) || p >= s.Length || s[p] != '日')
        {
            return false;
        }

        end = p + 1;
        return true;
    }

    // "11/19(火)": month and day with the weekday's single character in brackets, as Japanese portals print them; without
    // that weekday a slashed pair could be either order.
    private static bool TryJapaneseSlashed(ReadOnlySpan<char> s, int start, out int month, out int day, out int end)
    {
        (day, end) = (0, 0);
        var p = start;
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out month) || p >= s.Length || s[p] != '/')
        {
            return false;
        }

        p++;
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out day) || p + 2 >= s.Length || s[p] is not ('(' or '（') ||
            !IsJapaneseWeekday(s[p + 1]) || s[p + 2] is not (')' or '）'))
        {
            return false;
        }

        end = p + 3;
        return true;
    }

    private static bool IsJapaneseWeekday(char c) => c is '月' or '火' or '水' or '木' or '金' or '土' or '日';

    // The day in the year before, of or after the known date's, that lies within a day of it.
    private static DateOnly? Nearest(int month, int day, DateOnly near)
    {
        for (var year = near.Year - 1; year <= near.Year + 1; year++)
        {
            if (CalendarDay.TryCreateTextDate(year, month, day, out var date) &&
                Math.Abs(date.DayNumber - near.DayNumber) <= MaxDayDistance)
            {
                return date;
            }
        }

        return null;
    }
}
