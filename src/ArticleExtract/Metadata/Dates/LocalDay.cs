namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Restates a UTC instant ("2023-11-09T01:09:55Z") on the day the page itself prints for it. Many sites store UTC in
/// their metadata while the story is dated, in its text and address, by the newsroom's local day; where the page
/// gives that day (or the local time) and it fits the instant, the page's own day is the publication day.
/// </summary>
internal static class LocalDay
{
    private static readonly TimeSpan MaxWest = TimeSpan.FromHours(-12);
    private static readonly TimeSpan MaxEast = TimeSpan.FromHours(14);

    // A printed day alone is weaker evidence: only the offsets of most newsrooms (Pacific time to New Zealand) count.
    private static readonly TimeSpan DayOnlyWest = TimeSpan.FromHours(-8);
    private static readonly TimeSpan DayOnlyEast = TimeSpan.FromHours(13);
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(2);

    /// <summary>
    /// <paramref name="instant"/> restated with the local day or time of <paramref name="evidence"/>, when the instant
    /// is in UTC, the evidence names the day before or after, and some real UTC offset joins the two; otherwise null.
    /// With <paramref name="sameInstantOnly"/>, only evidence that states its own offset counts.
    /// </summary>
    public static ArticleDate? Restate(ArticleDate instant, ArticleDate? evidence, bool sameInstantOnly = false)
    {
        if (evidence is null || (sameInstantOnly && evidence.Offset is null) || instant.Offset != TimeSpan.Zero || instant.Time is not { } utcTime ||
            evidence.Date == instant.Date || Math.Abs(evidence.Date.DayNumber - instant.Date.DayNumber) != 1)
        {
            return null;
        }

        var utc = instant.Date.ToDateTime(utcTime);

        // The same instant with its offset stated elsewhere on the page.
        if (evidence.Offset is { } offset && evidence.Time is { } localTime)
        {
            return offset != TimeSpan.Zero &&
                   Math.Abs((evidence.Date.ToDateTime(localTime) - offset - utc).Ticks) <= Tolerance.Ticks
                ? evidence
                : null;
        }

        // A local time printed without a zone: the difference is the offset, if it is a real one.
        if (evidence.Time is { } printed)
        {
            var difference = evidence.Date.ToDateTime(printed) - utc;
            var rounded = TimeSpan.FromTicks((long)Math.Round(difference.Ticks / (double)Quarter.Ticks) * Quarter.Ticks);
            if ((difference - rounded).Duration() > Tolerance || rounded < MaxWest || rounded > MaxEast)
            {
                return null;
            }

            var local = utc + rounded;
            return new ArticleDate(
                DateOnly.FromDateTime(local), new TimeOnly(local.Hour, local.Minute, local.Second), rounded, instant.Source,
                instant.SourceDetail + " (offset from " + evidence.SourceDetail + ")");
        }

        // A day alone: some common offset must put the instant on it.
        var earliest = DateOnly.FromDateTime(utc + DayOnlyWest);
        var latest = DateOnly.FromDateTime(utc + DayOnlyEast);
        return evidence.Date >= earliest && evidence.Date <= latest ? evidence : null;
    }
}
