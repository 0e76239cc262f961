namespace ArticleExtract.Metadata.Dates;

/// <summary>US daylight-saving dates, used to resolve "ET", "CT", "MT" and "PT" to a daylight or standard offset.</summary>
internal static class UsDaylightSaving
{
    /// <summary>
    /// Whether US daylight time is in force at a local date and time: since 2007 from 02:00 on the second Sunday of
    /// March to 02:00 on the first Sunday of November; 1987–2006 from the first Sunday of April to the last Sunday of
    /// October (also used for earlier years). The repeated hour at the end of daylight time counts as daylight.
    /// </summary>
    public static bool IsInEffect(DateOnly date, TimeOnly time)
    {
        var year = date.Year;
        DateOnly start;
        DateOnly end;
        if (year >= 2007)
        {
            start = NthSunday(year, 3, 2);
            end = NthSunday(year, 11, 1);
        }
        else
        {
            start = NthSunday(year, 4, 1);
            end = LastSunday(year, 10);
        }

        if (date < start || date > end)
        {
            return false;
        }

        if (date == start)
        {
            return time.Hour >= 2;
        }

        return date != end || time.Hour < 2;
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var toSunday = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toSunday + (7 * (n - 1)));
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
