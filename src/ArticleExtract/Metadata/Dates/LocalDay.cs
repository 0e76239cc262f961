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
    private const int QuarterPast = 15;

    /// <summary>
    /// The UTC <paramref name="instant"/> stated in the page's own, non-zero offset, when <paramref name="evidence"/>
    /// gives that offset for the same instant ("11:32+02:00" or "4:54 AM EDT" for it), on whichever day; otherwise
    /// null. The instant keeps its own precision (the seconds a printed time leaves out).
    /// </summary>
    public static ArticleDate? SameInstant(ArticleDate instant, ArticleDate? evidence)
    {
        if (evidence is not { Offset: { } offset, Time: { } localTime } || offset == TimeSpan.Zero ||
            instant.Offset != TimeSpan.Zero || instant.Time is not { } utcTime)
        {
            return null;
        }

        var utc = instant.Date.ToDateTime(utcTime);
        if (!IsSameInstant(utc, evidence.Date.ToDateTime(localTime), offset))
        {
            return null;
        }

        var local = utc + offset;
        return new ArticleDate(
            DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), offset, instant.Source,
            instant.SourceDetail + " (offset from " + evidence.SourceDetail + ")");
    }

    /// <summary>
    /// The UTC <paramref name="instant"/> stated in the offset between it and the local time <paramref name="printed"/>
    /// (a day and time without a zone: "05/03/2026 22h41" for "2026-03-06T01:41:12Z"), when that difference is a real
    /// offset, or in the zone the printed time names when it names the same instant ("00:45 JST"); otherwise null. The
    /// instant keeps its seconds.
    /// </summary>
    public static ArticleDate? InPrintedZone(ArticleDate instant, ArticleDate printed)
    {
        if (instant.Offset != TimeSpan.Zero || instant.Time is not { } utcTime || printed.Time is not { } localTime)
        {
            return null;
        }

        var utc = instant.Date.ToDateTime(utcTime);
        if (printed.Offset is { } stated)
        {
            // "Mar. 6, 2026 | 00:45 JST" for "2026-03-05T15:45:00Z": the text names its zone; it must name the same instant.
            return stated != TimeSpan.Zero && IsSameInstant(utc, printed.Date.ToDateTime(localTime), stated)
                ? InOffset(instant, utc, stated, " (zone from " + printed.SourceDetail + ")")
                : null;
        }

        var difference = printed.Date.ToDateTime(localTime) - utc;
        var rounded = TimeSpan.FromTicks((long)Math.Round(difference.Ticks / (double)Quarter.Ticks) * Quarter.Ticks);
        // Zones are whole hours, or half or three quarters past ("+05:30", "+05:45"); no zone is a quarter past.
        if ((difference - rounded).Duration() > Tolerance || rounded < MaxWest || rounded > MaxEast || Math.Abs(rounded.Minutes) == QuarterPast)
        {
            return null;
        }

        return InOffset(instant, utc, rounded, " (offset from " + printed.SourceDetail + ")");
    }

    /// <summary>
    /// The UTC <paramref name="instant"/> on the clock of the zone <paramref name="evidence"/> states with a time of its
    /// own, whatever instant that time names (an update's); null when it states none, or UTC.
    /// </summary>
    public static ArticleDate? InStatedZone(ArticleDate instant, ArticleDate? evidence)
    {
        if (evidence is not { Offset: { } offset, Time: not null } || offset == TimeSpan.Zero || instant.Offset != TimeSpan.Zero ||
            instant.Time is not { } utcTime)
        {
            return null;
        }

        return InOffset(instant, instant.Date.ToDateTime(utcTime), offset, " (zone from " + evidence.SourceDetail + ")");
    }

    /// <summary>The UTC <paramref name="instant"/>, which has a time, on the clock of <paramref name="offset"/>.</summary>
    public static ArticleDate OnClock(ArticleDate instant, TimeSpan offset, string whence) =>
        InOffset(instant, instant.Date.ToDateTime(instant.Time ?? TimeOnly.MinValue), offset, whence);

    // Whether a local clock reading in the offset names the UTC instant, up to the seconds a printed time leaves out.
    private static bool IsSameInstant(DateTime utc, DateTime local, TimeSpan offset) =>
        Math.Abs((local - offset - utc).Ticks) <= Tolerance.Ticks;

    // The instant, to the second, on the clock of the offset; the detail says where the offset came from.
    private static ArticleDate InOffset(ArticleDate instant, DateTime utc, TimeSpan offset, string whence)
    {
        var local = utc + offset;
        return new ArticleDate(
            DateOnly.FromDateTime(local), new TimeOnly(local.Hour, local.Minute, local.Second), offset, instant.Source,
            instant.SourceDetail + whence);
    }

    /// <summary>
    /// <paramref name="instant"/> restated with the local day or time of <paramref name="evidence"/>, when the instant
    /// is in UTC, the evidence names the day before or after, and some real UTC offset joins the two; otherwise null.
    /// </summary>
    public static ArticleDate? Restate(ArticleDate instant, ArticleDate? evidence)
    {
        if (evidence is null || instant.Offset != TimeSpan.Zero || instant.Time is not { } utcTime ||
            evidence.Date == instant.Date || Math.Abs(evidence.Date.DayNumber - instant.Date.DayNumber) != 1)
        {
            return null;
        }

        var utc = instant.Date.ToDateTime(utcTime);

        // The same instant with its offset stated elsewhere on the page.
        if (evidence.Offset is { } offset && evidence.Time is { } localTime)
        {
            if (offset == TimeSpan.Zero)
            {
                return null;
            }

            if (IsSameInstant(utc, evidence.Date.ToDateTime(localTime), offset))
            {
                return evidence;
            }

            // Another time the page prints in its stated zone ("Updated 9:12 PM EST, Tue November 18, 2025" for a story
            // first published at 00:06Z on the 19th): that zone puts the instant on the printed day, or says nothing.
            return DateOnly.FromDateTime(utc + offset) == evidence.Date
                ? InOffset(instant, utc, offset, " (zone from " + evidence.SourceDetail + ")")
                : null;
        }

        // A local time printed without a zone: the difference is the offset, if it is a real one.
        if (evidence.Time is not null)
        {
            return InPrintedZone(instant, evidence);
        }

        // A day alone: some common offset must put the instant on it.
        var earliest = DateOnly.FromDateTime(utc + DayOnlyWest);
        var latest = DateOnly.FromDateTime(utc + DayOnlyEast);
        return evidence.Date >= earliest && evidence.Date <= latest ? evidence : null;
    }
}
