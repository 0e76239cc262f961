namespace ArticleExtract.Evaluation.Metrics;

/// <summary>The report's metric keys, in the order the report lists them.</summary>
internal static class MetricNames
{
    public const string BodyPrecision = "bodyPrecision";
    public const string BodyRecall = "bodyRecall";
    public const string BodyF1 = "bodyF1";
    public const string BodyExact = "bodyExact";
    public const string WithRate = "withRate";
    public const string WithoutRate = "withoutRate";
    public const string PrefixRate = "prefixRate";
    public const string TitleExact = "titleExact";
    public const string PublishedDay = "publishedDay";
    public const string BylineMatch = "bylineMatch";
    public const string PagesPerSecond = "pagesPerSecond";
    public const string AllocatedBytesPerPage = "allocatedBytesPerPage";
    public const string P50Ms = "p50Ms";
    public const string P95Ms = "p95Ms";
    public const string Failures = "failures";

    /// <summary>Every key in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        BodyPrecision, BodyRecall, BodyF1, BodyExact, WithRate, WithoutRate, PrefixRate, TitleExact, PublishedDay,
        BylineMatch, PagesPerSecond, AllocatedBytesPerPage, P50Ms, P95Ms, Failures,
    ];

    /// <summary>Whether a metric is a count rather than a rate or measurement.</summary>
    public static bool IsCount(string name) => string.Equals(name, Failures, StringComparison.Ordinal);
}
