namespace ArticleExtract.Http;

/// <summary>Fetches a web page over HTTP and extracts its article.</summary>
public interface IArticleFetcher
{
    /// <summary>Fetches <paramref name="url"/>, following redirects, and extracts the article from the response.</summary>
    /// <param name="url">An absolute <c>http</c> or <c>https</c> address.</param>
    /// <param name="ct">Cancels the fetch and the extraction.</param>
    /// <returns>
    /// The extraction result with the response's status, final address and content type, or the reason the page
    /// could not be fetched. Network failures, error statuses, non-HTML responses, oversized bodies and timeouts are
    /// results, never exceptions.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    Task<FetchResult> FetchAsync(Uri url, CancellationToken ct = default);
}
