namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Parses machine-readable date values from meta tags, JSON-LD and <c>&lt;time datetime&gt;</c>: ISO 8601 in its
/// common extended and basic shapes, yyyyMMdd[HHmm[ss]], RFC 1123/822, unix epoch seconds or milliseconds, and,
/// failing those, human text via <see cref="DateTextFinder"/>.
/// </summary>
/// <remarks>
/// Fractions of a second are dropped. "Z", "GMT" and "UTC" mean offset zero; an epoch number is a UTC instant.
/// A time or zone appears in the result only when the value states it.
/// </remarks>
internal static class DateValueParser
{
    private const int MaxValueLength = DateTextFinder.MaxScanLength;

    /// <summary>Parses <paramref name="value"/>, or returns null when it holds no date. Never throws.</summary>
    /// <param name="value">The raw attribute or property value; surrounding junk is tolerated.</param>
    /// <param name="source">Recorded on the result.</param>
    /// <param name="detail">Recorded on the result (for example <c>article:published_time</c>).</param>
    public static ArticleDate? Parse(string? value, DateSource source, string? detail)
    {
        if (value is null)
        {
            return null;
        }

        var s = value.AsSpan().TrimStart();
        if (s.Length > MaxValueLength)
        {
            s = s[..MaxValueLength];
        }

        s = TrimWrappers(s.TrimEnd());
        if (s.IsEmpty)
        {
            return null;
        }

        if (TryParseNumberOnly(s, source, detail, out var result) ||
            TryParseIso(s, source, detail, out result) ||
            TryParseRfc(s, source, detail, out result) ||
            TryParseJavaStyle(s, source, detail, out result))
        {
            return result;
        }

        return DateTextFinder.Find(s, source, detail);
    }

    // Quotes and brackets left over from sloppy markup: "\"2025-04-11\"", "[2025-04-11]".
    private static ReadOnlySpan<char> TrimWrappers(ReadOnlySpan<char> s) =>
        s.Trim("\"'`[](){}<>\u201C\u201D\u2018\u2019\u00AB\u00BB").Trim();

    /// <summary>
    /// A value that is only a number (optionally with a decimal fraction) is handled here, even when it is not a date:
    /// yyyyMMdd, epoch seconds (10 digits), yyyyMMddHHmm, epoch milliseconds (13 digits), yyyyMMddHHmmss.
    /// </summary>
    private static bool TryParseNumberOnly(ReadOnlySpan<char> s, DateSource source, string? detail, out ArticleDate? result)
    {
        result = null;
        var digits = CharScan.DigitRunLength(s, 0);
        if (digits == 0)
        {
            return false;
        }

        if (digits != s.Length)
        {
            // "1712851200.5" is an epoch with a fraction; anything else is not a plain number.
            if (s[digits] != '.' || digits + 1 == s.Length || CharScan.DigitRunLength(s, digits + 1) != s.Length - digits - 1 ||
                digits is not (10 or 13))
            {
                return false;
            }
        }

        switch (digits)
        {
            case 8:
                if (CalendarDay.TryCreate(
                        CharScan.FixedNumber(s, 0, 4), CharScan.FixedNumber(s, 4, 2), CharScan.FixedNumber(s, 6, 2), out var day))
                {
                    result = new ArticleDate(day, null, null, source, detail);
                }

                break;
            case 10 or 13:
                var number = 0L;
                for (var k = 0; k < digits; k++)
                {
                    number = (number * 10) + CharScan.DigitValue(s[k]);
                }

                var instant = digits == 10
                    ? DateTimeOffset.FromUnixTimeSeconds(number)
                    : DateTimeOffset.FromUnixTimeMilliseconds(number);
                var utc = instant.UtcDateTime;
                result = new ArticleDate(
                    DateOnly.FromDateTime(utc), new TimeOnly(utc.Hour, utc.Minute, utc.Second), TimeSpan.Zero, source, detail);
                break;
            case 12 or 14:
                var hour = CharScan.FixedNumber(s, 8, 2);
                var minute = CharScan.FixedNumber(s, 10, 2);
                var second = digits == 14 ? CharScan.FixedNumber(s, 12, 2) : 0;
                if (CalendarDay.TryCreate(
                        CharScan.FixedNumber(s, 0, 4), CharScan.FixedNumber(s, 4, 2), CharScan.FixedNumber(s, 6, 2), out var date) &&
                    hour < 24 && minute < 60 && second < 60)
                {
                    result = new ArticleDate(date, new TimeOnly(hour, minute, second), null, source, detail);
                }

                break;
        }

        return true;
    }

    // 2025-04-11, 2025-04-11T16:54, 2025-04-11 16:54:43, 2025-04-11T16:54:43.123+08:00, 20250411T165443Z, 2025/04/11
    private static bool TryParseIso(ReadOnlySpan<char> s, DateSource source, string? detail, out ArticleDate? result)
    {
        result = null;
        var p = 0;
        var run = CharScan.DigitRunLength(s, 0);
        int year;
        int month;
        int day;
        if (run == 4)
        {
            year = CharScan.FixedNumber(s, 0, 4);
            p = 4;
            if (p >= s.Length || s[p] is not ('-' or '/' or '.'))
            {
                return false;
            }

            var sep = s[p++];
            if (!CharScan.TryReadNumber(s, ref p, 1, 2, out month) || p >= s.Length || s[p] != sep)
            {
                return false;
            }

            p++;
            if (!CharScan.TryReadNumber(s, ref p, 1, 2, out day))
            {
                return false;
            }
        }
        else if (run == 8)
        {
            year = CharScan.FixedNumber(s, 0, 4);
            month = CharScan.FixedNumber(s, 4, 2);
            day = CharScan.FixedNumber(s, 6, 2);
            p = 8;
        }
        else
        {
            return false;
        }

        if (!CalendarDay.TryCreate(year, month, day, out var date))
        {
            return false;
        }

        result = ParsedTime.Combine(date, TryParseIsoTime(s, p, out var time) ? time : null, source, detail);
        return true;
    }

    private static bool TryParseIsoTime(ReadOnlySpan<char> s, int p, out ParsedTime time)
    {
        time = default;
        if (p >= s.Length || s[p] is not ('T' or 't' or ' '))
        {
            return false;
        }

        var start = s[p] == ' ' ? CharScan.SkipSpaces(s, p, 3) : p + 1;
        var run = CharScan.DigitRunLength(s, start);
        if (run is 1 or 2)
        {
            return TimeOfDayParser.TryParse(s, start, TimeParseOptions.AllowAttachedOffset, out time);
        }

        if (run is not (4 or 6))
        {
            return false;
        }

        // Basic format: 165443, 1654
        var hour = CharScan.FixedNumber(s, start, 2);
        var minute = CharScan.FixedNumber(s, start + 2, 2);
        var second = run == 6 ? CharScan.FixedNumber(s, start + 4, 2) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var end = start + run;
        if (end + 1 < s.Length && s[end] is '.' or ',' && CharScan.IsDigit(s[end + 1]))
        {
            end += 1 + CharScan.DigitRunLength(s, end + 1);
        }

        ParsedZone? zone = ZoneParser.TryParse(s, ref end, allowAttachedOffset: true, out var z) ? z : null;
        time = new ParsedTime(new TimeOnly(hour, minute, second), zone, false, end);
        return true;
    }

    // Fri, 11 Apr 2025 16:54:43 GMT; 11 Apr 25 16:54 +0000; Fri, 11-Apr-2025 16:54:43 EDT
    private static bool TryParseRfc(ReadOnlySpan<char> s, DateSource source, string? detail, out ArticleDate? result)
    {
        result = null;
        var p = 0;
        if (char.IsLetter(s[0]))
        {
            var weekdayEnd = CharScan.WordEnd(s, 0);
            if (MonthNames.TryGetMonth(s[..weekdayEnd], out _))
            {
                return false; // "Apr 11 2025" is month-first prose, for DateTextFinder
            }

            p = weekdayEnd;
            if (p < s.Length && s[p] == '.')
            {
                p++;
            }

            if (p < s.Length && s[p] == ',')
            {
                p++;
            }

            p = CharScan.SkipSpaces(s, p, 3);
        }

        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out var day))
        {
            return false;
        }

        p = SkipSpaceOrDash(s, p);
        var monthEnd = CharScan.WordEnd(s, p);
        if (monthEnd == p || !MonthNames.TryGetMonth(s[p..monthEnd], out var month))
        {
            return false;
        }

        p = monthEnd;
        if (p < s.Length && s[p] == '.')
        {
            p++;
        }

        p = SkipSpaceOrDash(s, p);
        var yearStart = p;
        if (!CharScan.TryReadNumber(s, ref p, 2, 4, out var year) || p - yearStart == 3)
        {
            return false;
        }

        if (p - yearStart == 2)
        {
            year += year < 50 ? 2000 : 1900; // RFC 822 two-digit years
        }

        if (!CalendarDay.TryCreate(year, month, day, out var date))
        {
            return false;
        }

        var timeStart = CharScan.SkipSpaces(s, p, 3);
        ParsedTime? time = timeStart > p && CharScan.IsDigitAt(s, timeStart) &&
                           TimeOfDayParser.TryParse(s, timeStart, TimeParseOptions.AllowAttachedOffset, out var t)
            ? t
            : null;
        result = ParsedTime.Combine(date, time, source, detail);
        return true;
    }

    // Tue Jan 28 15:28:56 CET 2020: what Java's Date.toString() and Unix date(1) print.
    private static bool TryParseJavaStyle(ReadOnlySpan<char> s, DateSource source, string? detail, out ArticleDate? result)
    {
        result = null;
        var p = 0;
        var wordEnd = CharScan.WordEnd(s, 0);
        if (wordEnd == 0)
        {
            return false;
        }

        if (!MonthNames.TryGetMonth(s[..wordEnd], out var month))
        {
            // A weekday first.
            p = CharScan.SkipSpaces(s, wordEnd, 3);
            wordEnd = CharScan.WordEnd(s, p);
            if (wordEnd == p || !MonthNames.TryGetMonth(s[p..wordEnd], out month))
            {
                return false;
            }
        }

        p = CharScan.SkipSpaces(s, wordEnd, 3);
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out var day))
        {
            return false;
        }

        var timeStart = CharScan.SkipSpaces(s, p, 3);
        if (timeStart == p || !CharScan.IsDigitAt(s, timeStart) ||
            !TimeOfDayParser.TryParse(s, timeStart, TimeParseOptions.AllowAttachedOffset, out var time))
        {
            return false;
        }

        p = CharScan.SkipSpaces(s, time.End, 3);
        if (!CharScan.TryReadNumber(s, ref p, 4, 4, out var year) || p != s.Length ||
            !CalendarDay.TryCreate(year, month, day, out var date))
        {
            return false;
        }

        result = ParsedTime.Combine(date, time, source, detail);
        return true;
    }

    private static int SkipSpaceOrDash(ReadOnlySpan<char> s, int p)
    {
        var end = p;
        while (end < s.Length && end - p < 3 && (char.IsWhiteSpace(s[end]) || s[end] == '-'))
        {
            end++;
        }

        return end;
    }
}
