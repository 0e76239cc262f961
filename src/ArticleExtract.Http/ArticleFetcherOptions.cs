using System.Reflection;

namespace ArticleExtract.Http;

/// <summary>Settings for an <see cref="ArticleFetcher"/>.</summary>
/// <remarks>
/// Bind them from configuration or set them in <c>AddArticleExtractorHttp(o =&gt; ...)</c>; the fetcher takes a
/// snapshot when it is built. The extraction's own limits are in <see cref="ArticleExtractorOptions"/>.
/// </remarks>
public sealed class ArticleFetcherOptions
{
    /// <summary>The most redirects that may be followed.</summary>
    public const int RedirectCeiling = 50;

    // Stated once: the package version, so a site operator can tell which release sent a request.
    private static readonly string DefaultUserAgent =
        "ArticleExtract/" + (typeof(ArticleFetcherOptions).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");

    // The longest a timer can wait: int.MaxValue milliseconds, about 24.8 days.
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMilliseconds(int.MaxValue);

    /// <summary>
    /// The largest response body read, in bytes, after content decoding (gzip, brotli). A larger body fails with
    /// <see cref="FetchFailureReason.TooLarge"/>: a declared <c>Content-Length</c> over the limit is refused before
    /// reading, and any other body is not read past the limit. Default: 16 MiB.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// The time one fetch may take, from the first request through the redirects and the body to the end of the
    /// extraction; longer fails with <see cref="FetchFailureReason.TimedOut"/>. <see cref="Timeout.InfiniteTimeSpan"/>
    /// turns it off. Default: 30 seconds.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most redirects followed (0 follows none); one more fails with <see cref="FetchFailureReason.TooManyRedirects"/>.
    /// Redirects go only to <c>http</c> and <c>https</c> addresses. At most <see cref="RedirectCeiling"/>. Default: 5.
    /// </summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The <c>User-Agent</c> header sent. Default: <c>ArticleExtract/</c> and the package version.</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A limit is out of range: <see cref="MaxResponseBytes"/> not positive, <see cref="MaxRedirects"/> negative or over
    /// <see cref="RedirectCeiling"/>, or <see cref="Timeout"/> neither <see cref="Timeout.InfiniteTimeSpan"/> nor between
    /// zero (excluded) and <see cref="int.MaxValue"/> milliseconds.
    /// </exception>
    /// <exception cref="ArgumentException"><see cref="UserAgent"/> is empty or holds a line break.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxResponseBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRedirects);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRedirects, RedirectCeiling);
        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && (Timeout <= TimeSpan.Zero || Timeout > MaxTimeout))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Timeout), Timeout, "The timeout must be positive and at most int.MaxValue milliseconds, or Timeout.InfiniteTimeSpan.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(UserAgent);
        if (UserAgent.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("The user agent must be one line.", nameof(UserAgent));
        }
    }

    /// <summary>A copy, so a fetcher keeps the settings it was built with.</summary>
    internal ArticleFetcherOptions Clone() => (ArticleFetcherOptions)MemberwiseClone();
}
