namespace ArticleExtract.Metadata.Dates;

/// <summary>A time of day read from text, with the zone written after it, if any.</summary>
/// <param name="Time">The time of day (seconds fractions dropped).</param>
/// <param name="Zone">The zone stated right after the time, if any.</param>
/// <param name="HasMeridiem">An AM/PM marker was written (a hint that numeric dates are month-first).</param>
/// <param name="End">The index just past the time and its zone.</param>
internal readonly record struct ParsedTime(TimeOnly Time, ParsedZone? Zone, bool HasMeridiem, int End)
{
    /// <summary>Whether the text marks this time as American: AM/PM or a US zone name.</summary>
    public bool IsUsStyle => HasMeridiem || Zone is { IsUs: true };

    /// <summary>Builds the result date: the time always, the offset only when a zone was stated.</summary>
    public static ArticleDate Combine(DateOnly date, ParsedTime? time, DateSource source, string? detail)
    {
        if (time is not { } t)
        {
            return new ArticleDate(date, null, null, source, detail);
        }

        TimeSpan? offset = t.Zone is { } zone ? zone.Resolve(date, t.Time) : null;
        return new ArticleDate(date, t.Time, offset, source, detail);
    }
}
