namespace ArticleExtract;

/// <summary>How precisely a page states a date.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day only.</summary>
    Day,

    /// <summary>A date and time of day with no stated time zone.</summary>
    LocalDateTime,

    /// <summary>A date and time with a stated UTC offset: one instant.</summary>
    Instant,
}
