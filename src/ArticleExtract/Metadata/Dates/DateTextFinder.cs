namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Finds the first date in a short piece of visible text ("Published 2025/04/11 16:54", "5. März 2024",
/// "Mar. 5, 2024 at 3:45 p.m. ET", "2024年3月5日"), together with the time and zone written next to it.
/// </summary>
/// <remarks>
/// <para>Only the first <see cref="MaxScanLength"/> characters are read, by hand-written scanning that looks at each
/// word or number start once, so the cost is linear and allocation-free apart from the result.</para>
/// <para>Numeric dates: a part above 12 decides the order. With dots (11.04.2025) an undecided date is day-first,
/// as dots are a European style. With "/" or "-" an undecided date (05/03/2024) is month-first only when the time
/// beside it has AM/PM or a US zone, or the text has any such time ("US markers"); otherwise day-first, which is
/// what most of the world writes. Years must be four digits within 1900–2100.</para>
/// <para>A time is taken from right after the date (after connectors such as ",", "at", "um", "à", "kl.") or, failing
/// that, from right before it ("Updated 4:54 AM EDT, April 11, 2025"). A zone is kept only when written.</para>
/// </remarks>
internal static class DateTextFinder
{
    /// <summary>How many characters of the text are looked at.</summary>
    public const int MaxScanLength = 2000;

    private const int MaxConnectorWords = 3;
    private const int MaxTimeDistance = 40;
    private const int MaxLeadingGap = 24;

    // Words that introduce a time after a date ("at", "um", "kl."); after one of them "16.54" counts as a time.
    private static readonly string[] TimeIntroWords =
    [
        "at", "um", "a", "à", "as", "às", "las", "la", "alle", "ore", "om", "kl", "klo", "klockan", "kello", "saat",
        "pukul", "jam", "o", "godz", "godzina", "в", "во", "u",
    ];

    // Other words that may stand between a date and its time ("5 марта 2024 г. в 16:54").
    // A weekday may stand there too ("2026. január 8., csütörtök 14:37").
    private static readonly string[] FillerWords =
    [
        "de", "le", "el", "den", "am", "on", "г", "года", "del", "es", "ob", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",
    ];

    // Words that may stand between a time and the date after it ("4:54 PM on March 5, 2024", "4:54 AM EDT, Fri April 11, 2025").
    private static readonly string[] LeadingWords =
    [
        "on", "le", "am", "el", "den", "il", "op", "de", "du", "the", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    /// <summary>Finds the first date in <paramref name="text"/>, or null.</summary>
    /// <param name="text">Visible text near the headline; may be null or huge (only the start is read).</param>
    /// <param name="source">Recorded on the result.</param>
    /// <param name="detail">Recorded on the result.</param>
    public static ArticleDate? Find(string? text, DateSource source, string? detail) =>
        text is null ? null : Find(text.AsSpan(), source, detail);

    /// <summary>
    /// Like <see cref="Find(string?, DateSource, string?)"/>, and also reads a two-digit year in a dotted day-first
    /// date ("30.10.23"), in a dashed one before a time where the page's language writes it so ("20-11-25, 14:30"), or,
    /// where the language puts the year first, in a year-first date with dots, dashes or slashes ("25-11-20"): only
    /// believable where the page marks the text as a date.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="source">Where the text was found.</param>
    /// <param name="detail">What found it.</param>
    /// <param name="order">How the page's language writes a two-digit year.</param>
    /// <param name="dayFirst">Whether the text's own words put the day first ("Publicado: 09/11/2025 06:00 AM"), so that a
    /// 12-hour clock, printed across Latin America too, does not make an ambiguous date month-first.</param>
    public static ArticleDate? FindAllowingShortYear(
        string? text, DateSource source, string? detail, ShortYear order = ShortYear.DayFirst, bool dayFirst = false) =>
        text is null ? null : Find(text.AsSpan(), source, detail, allowShortYear: true, order, dayFirst);

    /// <summary>Finds the first date in <paramref name="text"/>, or null.</summary>
    internal static ArticleDate? Find(
        ReadOnlySpan<char> text, DateSource source, string? detail, bool allowShortYear = false, ShortYear order = ShortYear.DayFirst,
        bool dayFirst = false)
    {
        var s = text.Length > MaxScanLength ? text[..MaxScanLength] : text;
        ParsedTime? previousTime = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            DateMatch match;
            if (CharScan.IsDigit(c))
            {
                if (i > 0 && (CharScan.IsDigit(s[i - 1]) || CharScan.IsSpacedScriptLetter(s[i - 1])))
                {
                    continue;
                }

                if (TryNumericDate(s, i, out match) || TryDayMonthYear(s, i, out match) || TryYearThenMonthName(s, i, out match) ||
                    (allowShortYear && TryShortYear(s, i, order, out match)) || TryUsShortYear(s, i, out match))
                {
                    return Complete(s, match, previousTime, source, detail, dayFirst);
                }

                if (TimeOfDayParser.TryParse(s, i, TimeParseOptions.None, out var time))
                {
                    previousTime = time;
                }
            }
            else if (char.IsLetter(c) && (i == 0 || !CharScan.IsWordChar(s[i - 1])) && TryMonthDayYear(s, i, out match))
            {
                return Complete(s, match, previousTime, source, detail, dayFirst);
            }
        }

        return null;
    }

    private static ArticleDate Complete(
        ReadOnlySpan<char> s, DateMatch match, ParsedTime? previousTime, DateSource source, string? detail, bool dayFirst)
    {
        ParsedTime? time = null;
        if (TryTimeAfter(s, match.End, out var after))
        {
            time = after;
        }
        else if (previousTime is { } before && IsLeadingGap(s, before.End, match.Start))
        {
            time = before;
        }

        var date = match.Date;
        if (match.MonthFirst is { } monthFirst && !dayFirst && (time is { IsUsStyle: true } || HasUsMarkers(s)))
        {
            date = monthFirst;
        }

        return ParsedTime.Combine(date, time, source, detail);
    }

    private static bool TryNumericDate(ReadOnlySpan<char> s, int start, out DateMatch match)
    {
        match = default;

        // "v2.1.3.2024", "10.1.3.2024": a chain of dotted numbers is a version or an address, not a date.
        if (start >= 2 && IsDateSeparator(s[start - 1]) && CharScan.IsDigit(s[start - 2]))
        {
            return false;
        }

        return CharScan.DigitRunLength(s, start) switch
        {
            4 => TryYearFirst(s, start, out match),
            1 or 2 => TryDayOrMonthFirst(s, start, out match),
            _ => false,
        };
    }

    // 2025-04-11, 2025/04/11, 2025.04.11, 2024. 3. 5., 2024年3月5日, 2024년 3월 5일
    private static bool TryYearFirst(ReadOnlySpan<char> s, int start, out DateMatch match)
    {
        match = default;
        var p = start;
        if (!CharScan.TryReadNumber(s, ref p, 4, 4, out var year) || p >= s.Length)
        {
            return false;
        }

        int month;
        int day;
        var sep = s[p];
        if (IsDateSeparator(sep))
        {
            p = AfterSeparator(s, p, sep);
            if (!CharScan.TryReadNumber(s, ref p, 1, 2, out month) || p >= s.Length || s[p] != sep)
            {
                return false;
            }

            p = AfterSeparator(s, p, sep);
            if (!CharScan.TryReadNumber(s, ref p, 1, 2, out day) || IsChainContinuation(s, p))
            {
                return false;
            }

            if (sep == '.' && p < s.Length && s[p] == '.')
            {
                p++; // the closing dot of the Korean style "2024. 3. 5."
            }
        }
        else
        {
            p = CharScan.SkipSpaces(s, p, 2);
            if (!TryReadCjkPart(s, ref p, '年', '년', out _, skipNumber: true) ||
                !TryReadCjkPart(s, ref p, '月', '월', out month, skipNumber: false) ||
                !TryReadCjkPart(s, ref p, '日', '일', out day, skipNumber: false))
            {
                return false;
            }
        }

        if (!CalendarDay.TryCreateTextDate(year, month, day, out var date))
        {
            return false;
        }

        match = new DateMatch(date, null, start, p);
        return true;
    }

    // With skipNumber the number was already read and p is at the marker; otherwise reads "3月" (spaces allowed).
    private static bool TryReadCjkPart(ReadOnlySpan<char> s, ref int p, char marker, char koreanMarker, out int value, bool skipNumber)
    {
        value = 0;
        var q = p;
        if (!skipNumber)
        {
            q = CharScan.SkipSpaces(s, q, 2);
            if (!CharScan.TryReadNumber(s, ref q, 1, 2, out value))
            {
                return false;
            }

            q = CharScan.SkipSpaces(s, q, 2);
        }

        if (q >= s.Length || (s[q] != marker && s[q] != koreanMarker))
        {
            return false;
        }

        p = q + 1;
        return true;
    }

    // 11.04.2025, 11/04/2025, 04/11/2025, 11-04-2025
    private static bool TryDayOrMonthFirst(ReadOnlySpan<char> s, int start, out DateMatch match)
    {
        match = default;
        var p = start;
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out var first) || p >= s.Length || !IsDateSeparator(s[p]))
        {
            return false;
        }

        var sep = s[p];
        p = AfterSeparator(s, p, sep);
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out var second) || p >= s.Length || s[p] != sep)
        {
            return false;
        }

        p = AfterSeparator(s, p, sep);
        if (!CharScan.TryReadNumber(s, ref p, 4, 4, out var year) || IsChainContinuation(s, p))
        {
            return false;
        }

        DateOnly date;
        DateOnly? monthFirst = null;
        if (first > 12 || (second <= 12 && sep == '.'))
        {
            if (!CalendarDay.TryCreateTextDate(year, second, first, out date))
            {
                return false;
            }
        }
        else if (second > 12)
        {
            if (!CalendarDay.TryCreateTextDate(year, first, second, out date))
            {
                return false;
            }
        }
        else
        {
            // Both parts are at most 12, so both readings are real days; Complete picks one.
            if (!CalendarDay.TryCreateTextDate(year, second, first, out date) ||
                !CalendarDay.TryCreateTextDate(year, first, second, out var other))
            {
                return false;
            }

            monthFirst = other;
        }

        match = new DateMatch(date, monthFirst, start, p);
        return true;
    }

    // 30.10.23 (day, month, year: dots; dashes too where the page's language writes them) or, where the page writes
    // the year first, 25-11-20, 25.11.20, 25/11/20 (one separator throughout): a two-digit year of this century.
    private static bool TryShortYear(ReadOnlySpan<char> s, int start, ShortYear order, out DateMatch match)
    {
        match = default;
        var p = start;
        var yearFirst = order == ShortYear.YearFirst;
        if (!CharScan.TryReadNumber(s, ref p, yearFirst ? 2 : 1, 2, out var first) || p >= s.Length ||
            !(s[p] == '.' || (s[p] == '-' && order == ShortYear.DayFirstDashed) || (yearFirst && s[p] is '-' or '/')))
        {
            return false;
        }

        var separator = s[p++];
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out var month) || p >= s.Length || s[p] != separator)
        {
            return false;
        }

        p++;
        if (!CharScan.TryReadNumber(s, ref p, 2, 2, out var last) || IsChainContinuation(s, p))
        {
            return false;
        }

        // "20-11-25, 14:30" (Dutch and Flemish papers): dashes day first only with a 24-hour time after them, as a
        // reference number's dashes are no date.
        if (separator == '-' && !yearFirst && !(TryTimeAfter(s, p, out var time) && !time.IsUsStyle))
        {
            return false;
        }

        var (year, day) = yearFirst ? (first, last) : (last, first);
        if (!CalendarDay.TryCreateTextDate(2000 + year, month, day, out var date))
        {
            return false;
        }

        match = new DateMatch(date, null, start, p);
        return true;
    }

    // "11/20/25 9:15 AM ET": an American month-first date with a two-digit year, believed only with a US zone on the time
    // right after it; AM/PM alone is no proof (a European forum's "02/03/16, 11:30 am" is the 2nd of March).
    private static bool TryUsShortYear(ReadOnlySpan<char> s, int start, out DateMatch match)
    {
        match = default;
        var p = start;
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out var month) || !IsSlashAt(s, p++) ||
            !CharScan.TryReadNumber(s, ref p, 1, 2, out var day) || !IsSlashAt(s, p++) ||
            !CharScan.TryReadNumber(s, ref p, 2, 2, out var year) || IsChainContinuation(s, p) ||
            !TryTimeAfter(s, p, out var time) || time.Zone is not { IsUs: true } ||
            !CalendarDay.TryCreateTextDate(2000 + year, month, day, out var date))
        {
            return false;
        }

        match = new DateMatch(date, null, start, p);
        return true;
    }

    private static bool IsSlashAt(ReadOnlySpan<char> s, int i) => i < s.Length && s[i] == '/';

    // 5 March 2024, 5th March 2024, 5. März 2024, 5 de marzo de 2024, 1er mars 2024, 05-Mar-2024, 5 марта 2024,
    // 4 أغسطس 2013
    private static bool TryDayMonthYear(ReadOnlySpan<char> s, int start, out DateMatch match)
    {
        match = default;
        var p = start;
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out var day))
        {
            return false;
        }

        if (p < s.Length && s[p] is '.' or 'º' or '°' or 'ª')
        {
            p++;
        }
        else if (p < s.Length && char.IsAsciiLetter(s[p]))
        {
            var suffixEnd = CharScan.WordEnd(s, p);
            if (!IsOrdinalSuffix(s[p..suffixEnd]))
            {
                return false;
            }

            p = suffixEnd;
        }

        p = SkipSeparators(s, p);
        p = SkipWord(s, p, "de", "of");

        // "ថ្ងៃសុក្រ ទី០៥ ខែធ្នូ ឆ្នាំ២០២៥": Khmer sets the word "month" before the month's name and "year" before the year, unspaced.
        p = SkipPrefix(s, p, KhmerMonthWord);
        var monthEnd = CharScan.WordEnd(s, p);
        if (monthEnd == p)
        {
            return false;
        }

        var named = MonthNames.TryGetMonth(s[p..monthEnd], out var month);

        // "۲۹ آبان ۱۴۰۴": Iranian pages count the months and years of the Solar Hijri calendar.
        var solarHijri = !named && TrySolarHijriMonth(s[p..monthEnd], out month);
        named |= solarHijri;

        // "20 พ.ย. 2568", "20 พ.ย. 68": Thai abbreviations are initials with full stops, which end no word here.
        var thaiAbbreviation = false;
        if (!named && p < s.Length && IsThai(s[p]) && TryThaiAbbreviation(s[p..], out month, out var abbreviationLength))
        {
            (named, thaiAbbreviation, monthEnd) = (true, true, p + abbreviationLength);
        }

        // "04 آب/اغسطس 2013", "15 كانون الثاني/يناير 2020": a local month name of one or two words and the standard
        // one after a slash; the second settles it.
        var slash = monthEnd;
        if (slash + 1 < s.Length && s[slash] == ' ' && CharScan.WordEnd(s, slash + 1) is var nextEnd && nextEnd > slash + 1 &&
            nextEnd < s.Length && s[nextEnd] == '/')
        {
            slash = nextEnd;
        }

        if (slash + 1 < s.Length && s[slash] == '/' && CharScan.WordEnd(s, slash + 1) is var secondEnd &&
            secondEnd > slash + 1 && MonthNames.TryGetMonth(s[(slash + 1)..secondEnd], out var second))
        {
            (named, month, monthEnd) = (true, second, secondEnd);
        }

        if (!named)
        {
            return false;
        }

        p = monthEnd;
        if (p < s.Length && s[p] == '.')
        {
            p++;
        }

        // "14 Nov’25": the year cut to two digits behind an apostrophe, as Indian business sites print it.
        if (!solarHijri && !thaiAbbreviation && p + 2 < s.Length && s[p] is '\'' or '’' && CharScan.IsDigit(s[p + 1]) && CharScan.IsDigit(s[p + 2]) &&
            (p + 3 == s.Length || !CharScan.IsDigit(s[p + 3])))
        {
            var shortYear = ((s[p + 1] - '0') * 10) + (s[p + 2] - '0');
            if (!CalendarDay.TryCreateTextDate(2000 + shortYear, month, day, out var cut))
            {
                return false;
            }

            match = new DateMatch(cut, null, start, p + 3);
            return true;
        }

        p = SkipSeparators(s, p);
        p = SkipWord(s, p, "de", "del");
        p = SkipPrefix(s, p, KhmerYearWord);

        // "3 มีนาคม พ.ศ. 2569": Thai dates count the years of the Buddhist era, 543 ahead, often after its mark.
        var thai = thaiAbbreviation || IsThai(s[monthEnd - 1]);
        if (thai && s[p..].StartsWith(BuddhistEraMark, StringComparison.Ordinal))
        {
            p = CharScan.SkipSpaces(s, p + BuddhistEraMark.Length, 2);
        }

        // With the abbreviated month the year may be its last two digits ("68" for 2568).
        var yearStart = p;
        if (!CharScan.TryReadNumber(s, ref p, thaiAbbreviation ? 2 : 4, 4, out var year) || p - yearStart == 3)
        {
            return false;
        }

        if (p - yearStart == 2)
        {
            year += BuddhistCentury;
        }

        if (solarHijri)
        {
            if (!TryFromSolarHijri(year, month, day, out var converted))
            {
                return false;
            }

            (year, month, day) = (converted.Year, converted.Month, converted.Day);
        }

        if (!CalendarDay.TryCreateTextDate(thai && year > BuddhistEraOffset + 1900 ? year - BuddhistEraOffset : year, month, day, out var date))
        {
            return false;
        }

        match = new DateMatch(date, null, start, p);
        return true;
    }

    // "2026. január 8.": Hungarian sets the year first and closes each number with a full stop; so do Latvian ("2026. gada
    // 4. marts") and Lithuanian ("2025 m. lapkričio 28 d.").
    private static bool TryYearThenMonthName(ReadOnlySpan<char> s, int start, out DateMatch match)
    {
        match = default;
        var p = start;
        if (!CharScan.TryReadNumber(s, ref p, 4, 4, out var year) || p + 2 >= s.Length)
        {
            return false;
        }

        // Lithuanian marks the year and the day with abbreviations: "2025 m. lapkričio 28 d.".
        if (s[p] == ' ' && s[(p + 1)..].StartsWith("m. ", StringComparison.Ordinal))
        {
            return TryMonthThenDay(s, start, year, p + 4, out match, dayMark: 'd');
        }

        if (s[p] != '.' || s[p + 1] != ' ')
        {
            return false;
        }

        p = CharScan.SkipSpaces(s, p + 1, 2);

        // Latvian sets the day before the month: "2026. gada 4. marts".
        if (CharScan.IsWordIgnoreCase(s, p, "gada", out var gadaEnd))
        {
            p = CharScan.SkipSpaces(s, gadaEnd, 2);
            if (!CharScan.TryReadNumber(s, ref p, 1, 2, out var latvianDay) || p + 1 >= s.Length || s[p] != '.')
            {
                return false;
            }

            p = CharScan.SkipSpaces(s, p + 1, 2);
            var latvianMonthEnd = CharScan.WordEnd(s, p);
            if (latvianMonthEnd == p || !MonthNames.TryGetMonth(s[p..latvianMonthEnd], out var latvianMonth) ||
                !CalendarDay.TryCreateTextDate(year, latvianMonth, latvianDay, out var latvianDate))
            {
                return false;
            }

            match = new DateMatch(latvianDate, null, start, latvianMonthEnd);
            return true;
        }

        return TryMonthThenDay(s, start, year, p, out match, dayMark: '.');
    }

    // The month name, then the day and its mark ("január 22.", "lapkričio 28 d.").
    private static bool TryMonthThenDay(ReadOnlySpan<char> s, int start, int year, int p, out DateMatch match, char dayMark)
    {
        match = default;
        var monthEnd = CharScan.WordEnd(s, p);
        if (monthEnd == p || !MonthNames.TryGetMonth(s[p..monthEnd], out var month))
        {
            return false;
        }

        p = monthEnd < s.Length && s[monthEnd] == '.' ? monthEnd + 1 : monthEnd;
        p = CharScan.SkipSpaces(s, p, 2);
        if (!CharScan.TryReadNumber(s, ref p, 1, 2, out var day) || !CalendarDay.TryCreateTextDate(year, month, day, out var date))
        {
            return false;
        }

        if (dayMark == 'd')
        {
            var q = CharScan.SkipSpaces(s, p, 1);
            p = q + 1 < s.Length && s[q] == 'd' && s[q + 1] == '.' ? q + 2 : p;
        }
        else if (p < s.Length && s[p] == '.')
        {
            p++;
        }

        match = new DateMatch(date, null, start, p);
        return true;
    }

    // March 5, 2024; Mar. 5 2024; March 5th, 2024; Apr 11 2025
    private static bool TryMonthDayYear(ReadOnlySpan<char> s, int start, out DateMatch match)
    {
        match = default;
        var monthEnd = CharScan.WordEnd(s, start);
        var p = monthEnd;
        if (p < s.Length && s[p] == '.')
        {
            p++;
        }

        p = SkipSeparators(s, p);

        // Most words are not followed by a number; checking that first keeps the month lookup off the hot path.
        if (!CharScan.IsDigitAt(s, p) || !MonthNames.TryGetMonth(s[start..monthEnd], out var month) ||
            !CharScan.TryReadNumber(s, ref p, 1, 2, out var day))
        {
            return false;
        }

        if (p < s.Length && char.IsAsciiLetter(s[p]))
        {
            var suffixEnd = CharScan.WordEnd(s, p);
            if (!IsOrdinalSuffix(s[p..suffixEnd]))
            {
                return false;
            }

            p = suffixEnd;
        }

        var beforeYear = p;
        p = SkipSeparators(s, p);
        if (p == beforeYear ||
            !CharScan.TryReadNumber(s, ref p, 4, 4, out var year) ||
            !CalendarDay.TryCreateTextDate(year, month, day, out var date))
        {
            return false;
        }

        match = new DateMatch(date, null, start, p);
        return true;
    }

    /// <summary>The time written right after a date ending at <paramref name="end"/> (after connectors such as ",", "at", "um").</summary>
    internal static bool TryTimeAfter(ReadOnlySpan<char> s, int end, out ParsedTime time)
    {
        time = default;
        if (end + 1 < s.Length && s[end] is 'T' or 't' && CharScan.IsDigit(s[end + 1]))
        {
            return TimeOfDayParser.TryParse(s, end + 1, TimeParseOptions.AllowAttachedOffset, out time);
        }

        var options = TimeParseOptions.None;
        var words = 0;
        var limit = Math.Min(s.Length, end + MaxTimeDistance);
        var i = end;
        while (i < limit)
        {
            var c = s[i];
            if (CharScan.IsDigit(c))
            {
                return TimeOfDayParser.TryParse(s, i, options, out time);
            }

            // "11.02.2026. 12:20": Serbian and Croatian close the year with a full stop.
            if (char.IsWhiteSpace(c) || IsConnectorPunctuation(c) || (c == '.' && i == end))
            {
                i++;
                continue;
            }

            if (!CharScan.IsWordChar(c) || ++words > MaxConnectorWords)
            {
                return false;
            }

            var wordEnd = CharScan.WordEnd(s, i);
            if (!TryConnectorWord(s[i..wordEnd], ref options))
            {
                return false;
            }

            i = wordEnd;
            if (i < s.Length && s[i] == '.')
            {
                i++;
            }
        }

        return false;
    }

    private static bool TryConnectorWord(ReadOnlySpan<char> word, ref TimeParseOptions options)
    {
        switch (word)
        {
            case "下午" or "午後" or "오후":
                options |= TimeParseOptions.AssumePm;
                return true;
            case "上午" or "午前" or "오전":
                options |= TimeParseOptions.AssumeAm;
                return true;
        }

        if (IsOneOf(word, TimeIntroWords))
        {
            options |= TimeParseOptions.AllowDotSeparator;
            return true;
        }

        return IsOneOf(word, FillerWords);
    }

    private static bool IsLeadingGap(ReadOnlySpan<char> s, int from, int to)
    {
        if (to < from || to - from > MaxLeadingGap)
        {
            return false;
        }

        var i = from;
        while (i < to)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c) || IsConnectorPunctuation(c) || c == '.')
            {
                i++;
                continue;
            }

            if (!CharScan.IsWordChar(c))
            {
                return false;
            }

            var wordEnd = Math.Min(CharScan.WordEnd(s, i), to);
            if (!IsOneOf(s[i..wordEnd], LeadingWords))
            {
                return false;
            }

            i = wordEnd;
        }

        return true;
    }

    /// <summary>Whether any time in the text is written the American way (AM/PM or a US zone name).</summary>
    private static bool HasUsMarkers(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (CharScan.IsDigit(s[i]) && (i == 0 || !CharScan.IsDigit(s[i - 1])) &&
                TimeOfDayParser.TryParse(s, i, TimeParseOptions.None, out var time) && time.IsUsStyle)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
        suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase) ||
        suffix.Equals("er", StringComparison.OrdinalIgnoreCase) || suffix.Equals("e", StringComparison.OrdinalIgnoreCase) ||
        suffix.Equals("ro", StringComparison.OrdinalIgnoreCase);

    private static bool IsDateSeparator(char c) => c is '.' or '/' or '-';

    private static bool IsConnectorPunctuation(char c) => c is ',' or '|' or '-' or '–' or '—' or '·' or '•' or '/' or '(' or ')' or '@' or '、';

    // "2024-03-05-7" or "1.2.2024.5" continues a chain of numbers and is not a date; "12.03.2024-00:30" is a date
    // with its clock time glued on by a dash.
    private static bool IsChainContinuation(ReadOnlySpan<char> s, int p) =>
        p + 1 < s.Length && IsDateSeparator(s[p]) && CharScan.IsDigit(s[p + 1]) && !(s[p] == '-' && IsClockAt(s, p + 1));

    // "7:45" or "00:30": one or two digits, a colon, two digits and no further digit.
    private static bool IsClockAt(ReadOnlySpan<char> s, int p)
    {
        var hours = CharScan.DigitRunLength(s, p);
        var colon = p + hours;
        return hours is 1 or 2 && colon < s.Length && s[colon] == ':' &&
               CharScan.DigitRunLength(s, colon + 1) == 2;
    }

    private static int AfterSeparator(ReadOnlySpan<char> s, int p, char sep) =>
        sep == '.' ? CharScan.SkipSpaces(s, p + 1, 1) : p + 1;

    // The Arabic comma ("20 نومبر ، 2025") separates as the Latin one does.
    private static int SkipSeparators(ReadOnlySpan<char> s, int p)
    {
        var end = p;
        while (end < s.Length && end - p < 4 && (char.IsWhiteSpace(s[end]) || s[end] is ',' or '-' or '/' or '\u060C'))
        {
            end++;
        }

        return end;
    }

    // The Solar Hijri months, Farvardin first, as Persian writes them.
    private static readonly string[] SolarHijriMonths =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    // Solar Hijri years of the web's time: 1370 began in March 1991.
    private const int MinSolarHijriYear = 1370;
    private const int MaxSolarHijriYear = 1500;

    private static bool TrySolarHijriMonth(ReadOnlySpan<char> word, out int month)
    {
        for (var i = 0; i < SolarHijriMonths.Length; i++)
        {
            if (word.SequenceEqual(SolarHijriMonths[i]))
            {
                month = i + 1;
                return true;
            }
        }

        month = 0;
        return false;
    }

    private static bool TryFromSolarHijri(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < MinSolarHijriYear or > MaxSolarHijriYear || day < 1 || day > SolarHijri.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = DateOnly.FromDateTime(SolarHijri.ToDateTime(year, month, day, 0, 0, 0, 0));
        return true;
    }

    // The calendar holds no state beyond its fixed rules; reading it from many threads is safe.
    private static readonly System.Globalization.PersianCalendar SolarHijri = new();

    private const string BuddhistEraMark = "พ.ศ.";
    private const int BuddhistCentury = 2500;

    // The Thai months' abbreviations, January first.
    private static readonly string[] ThaiAbbreviations =
        ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    private static bool TryThaiAbbreviation(ReadOnlySpan<char> s, out int month, out int length)
    {
        for (var i = 0; i < ThaiAbbreviations.Length; i++)
        {
            if (s.StartsWith(ThaiAbbreviations[i], StringComparison.Ordinal))
            {
                (month, length) = (i + 1, ThaiAbbreviations[i].Length);
                return true;
            }
        }

        (month, length) = (0, 0);
        return false;
    }
    private const int BuddhistEraOffset = 543;

    private static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    private const string KhmerMonthWord = "ខែ";
    private const string KhmerYearWord = "ឆ្នាំ";

    private static int SkipPrefix(ReadOnlySpan<char> s, int p, string prefix) =>
        s[p..].StartsWith(prefix, StringComparison.Ordinal) ? p + prefix.Length : p;

    private static int SkipWord(ReadOnlySpan<char> s, int p, string first, string second)
    {
        if (CharScan.IsWordIgnoreCase(s, p, first, out var end) || CharScan.IsWordIgnoreCase(s, p, second, out end))
        {
            return CharScan.SkipSpaces(s, end, 2);
        }

        return p;
    }
}
