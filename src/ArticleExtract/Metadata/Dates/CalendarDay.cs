namespace ArticleExtract.Metadata.Dates;

/// <summary>Builds a <see cref="DateOnly"/> only from a real calendar day (no 30 February, no month 13).</summary>
internal static class CalendarDay
{
    /// <summary>Dates written in page text are only believed between these years; anything else is a number, not a date.</summary>
    public const int MinTextYear = 1900;

    /// <summary>The upper bound for years written in page text.</summary>
    public const int MaxTextYear = 2100;

    /// <summary>Creates the day when year, month and day form a real date in 0001..9999.</summary>
    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Like <see cref="TryCreate"/>, but only for years believable in page text.</summary>
    public static bool TryCreateTextDate(int year, int month, int day, out DateOnly date)
    {
        if (year is < MinTextYear or > MaxTextYear)
        {
            date = default;
            return false;
        }

        return TryCreate(year, month, day, out date);
    }
}
