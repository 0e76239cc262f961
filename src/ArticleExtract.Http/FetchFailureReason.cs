namespace ArticleExtract.Http;

/// <summary>Why a page could not be fetched. Once it is fetched, the extraction has its own <see cref="FailureReason"/>.</summary>
/// <remarks>
/// A caller's cancellation is not a failure: it throws <see cref="OperationCanceledException"/>, as .NET APIs do.
/// </remarks>
public enum FetchFailureReason
{
    /// <summary>The address, or a redirect's <c>Location</c>, is not an absolute <c>http</c> or <c>https</c> URL.</summary>
    InvalidUrl,

    /// <summary>The host name could not be resolved (DNS).</summary>
    NameResolutionFailed,

    /// <summary>The connection failed or broke: refused, reset, TLS error, or a malformed or undecodable response.</summary>
    ConnectionFailed,

    /// <summary>The server answered with a status code outside 200–299 that is not a redirect.</summary>
    HttpError,

    /// <summary>The server redirected more than <see cref="ArticleFetcherOptions.MaxRedirects"/> times.</summary>
    TooManyRedirects,

    /// <summary>The response's media type is not HTML (<c>text/html</c> or <c>application/xhtml+xml</c>).</summary>
    UnsupportedContentType,

    /// <summary>The body is larger than <see cref="ArticleFetcherOptions.MaxResponseBytes"/>; it was not read past the limit.</summary>
    TooLarge,

    /// <summary>Fetching and extracting took longer than <see cref="ArticleFetcherOptions.Timeout"/>.</summary>
    TimedOut,
}
