namespace ArticleExtract.Metadata.Dates;

/// <summary>Rejects dates that cannot be a news article's publication date.</summary>
internal static class DatePlausibility
{
    private static readonly DateOnly Earliest = new(1995, 1, 1);

    /// <summary>
    /// Whether <paramref name="date"/> lies between 1995-01-01 and one day after <paramref name="now"/>.
    /// An instant (time with offset) is compared as an instant with <c>now + 1 day</c>. A day or a local date-time
    /// has no known zone, so only its calendar day is compared, with now's UTC date + 1 day (the day lets zones
    /// ahead of UTC through). Never throws.
    /// </summary>
    public static bool IsPlausible(ArticleDate date, DateTimeOffset now)
    {
        if (date is null || date.Date < Earliest)
        {
            return false;
        }

        if (date.Time is { } time && date.Offset is { } offset)
        {
            // Ticks since 0001-01-01 UTC, computed without DateTimeOffset so that no date near year 9999 can throw.
            var instantTicks = ((long)date.Date.DayNumber * TimeSpan.TicksPerDay) + time.Ticks - offset.Ticks;
            return instantTicks - now.UtcTicks <= TimeSpan.TicksPerDay;
        }

        return date.Date.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber <= 1;
    }
}
