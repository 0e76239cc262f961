namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Reads the publication day from an article address: /2024/03/05/, /2024-03-05/, /2024-03-05-title,
/// /20240305/, /20240305-title, /2024/0305/, /2024-03/05/. A year and month alone (/2024/03/) is not a day and gives nothing.
/// </summary>
internal static class UrlDateParser
{
    private const int MaxPathLength = 2000;
    private const int MinYear = 1990;
    private const int MaxYear = 2100;

    /// <summary>The first full date in the path of <paramref name="url"/>, or null. Never throws.</summary>
    public static ArticleDate? Parse(Uri? url) =>
        url is not null && DayIn(BoundedPath(url)) is { } date ? new ArticleDate(date, null, null, DateSource.Url) : null;

    private static DateOnly? DayIn(ReadOnlySpan<char> path)
    {
        var start = 0;
        while (start < path.Length)
        {
            var slash = path[start..].IndexOf('/');
            var end = slash < 0 ? path.Length : start + slash;
            if (end > start && TryDateAt(path[start..end], path[Math.Min(end + 1, path.Length)..], out var date))
            {
                return date;
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>
    /// The first day of the month the path of <paramref name="url"/> names, by a full date or by a year and month alone
    /// (<c>/2014/05/how-to-pack…</c>), or null. Never throws.
    /// </summary>
    public static DateOnly? ParseMonth(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        var path = BoundedPath(url);
        if (DayIn(path) is { } day)
        {
            return new DateOnly(day.Year, day.Month, 1);
        }

        // "/2014/05/": a year segment, then a month segment closed by a slash.
        for (var i = 0; i + 8 <= path.Length; i++)
        {
            if (path[i] == '/' && CharScan.DigitRunLength(path, i + 1) == 4 && path[i + 5] == '/' &&
                CharScan.DigitRunLength(path, i + 6) == 2 && i + 8 < path.Length && path[i + 8] == '/')
            {
                var year = CharScan.FixedNumber(path, i + 1, 4);
                var month = CharScan.FixedNumber(path, i + 6, 2);
                if (TryCreate(year, month, 1, out var first))
                {
                    return first;
                }
            }
        }

        return null;
    }

    // The path, cut to the length read.
    private static ReadOnlySpan<char> BoundedPath(Uri url)
    {
        var path = PathOf(url);
        return path.Length > MaxPathLength ? path[..MaxPathLength] : path;
    }

    private static ReadOnlySpan<char> PathOf(Uri url)
    {
        if (url.IsAbsoluteUri)
        {
            return url.AbsolutePath;
        }

        // A relative reference: cut off the query and fragment by hand (AbsolutePath would throw).
        var text = url.OriginalString.AsSpan();
        var cut = text.IndexOfAny('?', '#');
        return cut < 0 ? text : text[..cut];
    }

    /// <summary>Tries the forms that start at <paramref name="segment"/>, with <paramref name="rest"/> the path after it.</summary>
    private static bool TryDateAt(ReadOnlySpan<char> segment, ReadOnlySpan<char> rest, out DateOnly date)
    {
        date = default;
        var run = CharScan.DigitRunLength(segment, 0);

        // 20240305 or 20240305-title
        if (run == 8)
        {
            return TryCreate(
                CharScan.FixedNumber(segment, 0, 4), CharScan.FixedNumber(segment, 4, 2), CharScan.FixedNumber(segment, 6, 2), out date);
        }

        if (run != 4)
        {
            return false;
        }

        var year = CharScan.FixedNumber(segment, 0, 4);

        // 2024-03-05 or 2024-03-05-title
        if (segment.Length >= 10 && segment[4] == '-' && segment[7] == '-' &&
            CharScan.DigitRunLength(segment, 5) == 2 && CharScan.DigitRunLength(segment, 8) == 2 &&
            (segment.Length == 10 || !char.IsAsciiDigit(segment[10])))
        {
            return TryCreate(year, CharScan.FixedNumber(segment, 5, 2), CharScan.FixedNumber(segment, 8, 2), out date);
        }

        // 2012-06/04 (Xinhua and other portals)
        if (segment.Length == 7 && segment[4] == '-' && CharScan.DigitRunLength(segment, 5) == 2)
        {
            var end = rest.IndexOf('/');
            var dayPart = end < 0 ? rest : rest[..end];
            return end > 0 && dayPart.Length == 2 && CharScan.DigitRunLength(dayPart, 0) == 2 &&
                   TryCreate(year, CharScan.FixedNumber(segment, 5, 2), CharScan.FixedNumber(dayPart, 0, 2), out date);
        }

        if (segment.Length != 4)
        {
            return false;
        }

        // /2024/03/05/ or /2024/0305/
        var monthEnd = rest.IndexOf('/');
        var monthSegment = monthEnd < 0 ? rest : rest[..monthEnd];
        if (CharScan.DigitRunLength(monthSegment, 0) != monthSegment.Length)
        {
            return false;
        }

        if (monthSegment.Length == 4)
        {
            return TryCreate(year, CharScan.FixedNumber(monthSegment, 0, 2), CharScan.FixedNumber(monthSegment, 2, 2), out date);
        }

        if (monthSegment.Length is not (1 or 2) || monthEnd < 0)
        {
            return false;
        }

        var afterMonth = rest[(monthEnd + 1)..];
        var dayEnd = afterMonth.IndexOf('/');
        var daySegment = dayEnd < 0 ? afterMonth : afterMonth[..dayEnd];
        return daySegment.Length is 1 or 2 &&
               CharScan.DigitRunLength(daySegment, 0) == daySegment.Length &&
               TryCreate(year, CharScan.FixedNumber(monthSegment, 0, monthSegment.Length),
                   CharScan.FixedNumber(daySegment, 0, daySegment.Length), out date);
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        if (year is < MinYear or > MaxYear)
        {
            date = default;
            return false;
        }

        return CalendarDay.TryCreate(year, month, day, out date);
    }
}
