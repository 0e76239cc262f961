namespace ArticleExtract;

/// <summary>
/// Settings for an <see cref="ArticleExtractor"/>. The extractor takes a snapshot when it is built, so later
/// changes to this object do not affect it.
/// </summary>
/// <remarks>
/// <para>
/// The limits bound the time and memory one page can take, so a batch over untrusted pages cannot hang or be
/// killed by one of them. Each breach ends in its own <see cref="FailureReason"/>.
/// </para>
/// <para>
/// The properties are settable so the options pattern can configure and bind them
/// (<c>services.AddArticleExtractor(o =&gt; o.MaxNodes = 50_000)</c>, or a configuration section);
/// <c>with</c> expressions work as for any record.
/// </para>
/// </remarks>
public sealed record ArticleExtractorOptions
{
    // The longest a timer can wait: int.MaxValue milliseconds, about 24.8 days.
    private static readonly TimeSpan MaxTimeBudget = TimeSpan.FromMilliseconds(int.MaxValue);

    /// <summary>The default settings: a new instance on every call, so changing it changes nothing shared.</summary>
    public static ArticleExtractorOptions Default => new();

    /// <summary>
    /// The largest input accepted, in bytes (UTF-16 code units count two bytes for string input).
    /// Larger input is refused with <see cref="FailureReason.InputTooLarge"/> without being read whole.
    /// Default: 32 MiB.
    /// </summary>
    public long MaxInputBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// The most elements and comments a page may hold (text nodes, which sit between them, are not counted).
    /// Markup that plainly holds more is refused before it is parsed, and parsing stops as soon as the parser has
    /// built more, with <see cref="FailureReason.TooManyNodes"/>. Default: 200,000 (real news pages hold a few
    /// thousand; the largest in the development corpora about 10,000).
    /// </summary>
    public int MaxNodes { get; set; } = 200_000;

    /// <summary>
    /// The deepest element nesting accepted, checked on the markup before parsing (the parser slows down with
    /// the square of the open elements) and on the parsed document. Deeper pages fail with
    /// <see cref="FailureReason.TooDeep"/>. Default: 2,048 (real pages nest up to about 200).
    /// </summary>
    public int MaxDepth { get; set; } = 2_048;

    /// <summary>
    /// The time one page may take from the start of parsing, checked throughout the parse and between the later
    /// stages; a page that takes longer fails with <see cref="FailureReason.TimedOut"/>.
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns the budget off. Default: 10 seconds.
    /// </summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The charset used when neither a byte order mark, the content type nor the page names one.
    /// Default: <c>windows-1252</c>, as browsers do for most locales.
    /// </summary>
    public string FallbackEncoding { get; set; } = "windows-1252";

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A limit is not positive, or the time budget is neither <see cref="Timeout.InfiniteTimeSpan"/> nor between zero
    /// (excluded) and <see cref="int.MaxValue"/> milliseconds.
    /// </exception>
    /// <exception cref="ArgumentException">The fallback encoding is unknown.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInputBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNodes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth);
        if (TimeBudget != Timeout.InfiniteTimeSpan && (TimeBudget <= TimeSpan.Zero || TimeBudget > MaxTimeBudget))
        {
            throw new ArgumentOutOfRangeException(
                nameof(TimeBudget), TimeBudget, "The time budget must be positive and at most int.MaxValue milliseconds, or Timeout.InfiniteTimeSpan.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(FallbackEncoding);
        if (Parsing.EncodingNames.TryGet(FallbackEncoding) is null)
        {
            throw new ArgumentException($"Unknown fallback encoding '{FallbackEncoding}'.", nameof(FallbackEncoding));
        }
    }
}
