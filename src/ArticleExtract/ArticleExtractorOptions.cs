using System.Text;

namespace ArticleExtract;

/// <summary>
/// Settings for an <see cref="ArticleExtractor"/>. The extractor takes a snapshot when it is built, so later
/// changes to this object do not affect it.
/// </summary>
public sealed record ArticleExtractorOptions
{
    /// <summary>The default settings.</summary>
    public static ArticleExtractorOptions Default { get; } = new();

    /// <summary>
    /// The largest input accepted, in bytes (UTF-16 code units count two bytes for string input).
    /// Larger input is refused with <see cref="FailureReason.InputTooLarge"/> without being read whole.
    /// Default: 32 MiB.
    /// </summary>
    public long MaxInputBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// The charset used when neither a byte order mark, the content type nor the page names one.
    /// Default: <c>windows-1252</c>, as browsers do for most locales.
    /// </summary>
    public string FallbackEncoding { get; init; } = "windows-1252";

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    /// <exception cref="ArgumentException">The fallback encoding is unknown.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInputBytes);
        ArgumentException.ThrowIfNullOrWhiteSpace(FallbackEncoding);
        if (Parsing.EncodingNames.TryGet(FallbackEncoding) is null)
        {
            throw new ArgumentException($"Unknown fallback encoding '{FallbackEncoding}'.", nameof(FallbackEncoding));
        }
    }
}
