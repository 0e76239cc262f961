using System.Globalization;

namespace ArticleExtract;

/// <summary>
/// A date as a page states it: a calendar day, a local date and time with no zone, or an instant with its
/// UTC offset, together with where on the page it was found.
/// </summary>
/// <remarks>
/// Nothing is invented: a time zone is present only when the page states one, and a time only when the page
/// gives one.
/// </remarks>
public sealed record ArticleDate
{
    /// <summary>Creates a date.</summary>
    /// <param name="date">The calendar day.</param>
    /// <param name="time">The time of day, if stated.</param>
    /// <param name="offset">The UTC offset, if stated; requires <paramref name="time"/>.</param>
    /// <param name="source">Where the date was found.</param>
    /// <param name="sourceDetail">The exact place, such as a meta tag name or JSON-LD property.</param>
    /// <exception cref="ArgumentException">An offset is given without a time, or is outside ±14 hours.</exception>
    public ArticleDate(DateOnly date, TimeOnly? time, TimeSpan? offset, DateSource source, string? sourceDetail = null)
    {
        if (offset is { } o)
        {
            if (time is null)
            {
                throw new ArgumentException("An offset needs a time of day.", nameof(offset));
            }

            if (o < TimeSpan.FromHours(-14) || o > TimeSpan.FromHours(14))
            {
                throw new ArgumentException("An offset must lie within ±14 hours.", nameof(offset));
            }
        }

        Date = date;
        Time = time;
        Offset = offset;
        Source = source;
        SourceDetail = sourceDetail;
    }

    /// <summary>The calendar day as the page states it (in the page's own zone when it gives one).</summary>
    public DateOnly Date { get; }

    /// <summary>The time of day, when the page gives one.</summary>
    public TimeOnly? Time { get; }

    /// <summary>The UTC offset, when the page states a zone.</summary>
    public TimeSpan? Offset { get; }

    /// <summary>Where the date was found.</summary>
    public DateSource Source { get; }

    /// <summary>The exact place it was found, such as <c>article:published_time</c> or <c>datePublished</c>.</summary>
    public string? SourceDetail { get; }

    /// <summary>How precise the stated date is.</summary>
    public DatePrecision Precision =>
        Time is null ? DatePrecision.Day : Offset is null ? DatePrecision.LocalDateTime : DatePrecision.Instant;

    /// <summary>The instant, when the page states a time with a zone; otherwise <see langword="null"/>.</summary>
    public DateTimeOffset? ToDateTimeOffset() =>
        Time is { } t && Offset is { } o ? new DateTimeOffset(Date.ToDateTime(t), o) : null;

    /// <summary>
    /// ISO 8601 at the stated precision: <c>2025-04-11</c>, <c>2025-04-11T16:54:43</c> or
    /// <c>2025-04-11T16:54:43+08:00</c> (<c>Z</c> for UTC).
    /// </summary>
    public override string ToString()
    {
        var day = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } t)
        {
            return day;
        }

        var text = day + "T" + t.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } o)
        {
            return text;
        }

        if (o == TimeSpan.Zero)
        {
            return text + "Z";
        }

        var sign = o < TimeSpan.Zero ? "-" : "+";
        var abs = o.Duration();
        return text + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + ":" +
               abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }
}
