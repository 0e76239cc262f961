namespace ArticleExtract;

/// <summary>
/// Extracts the news article from a web page. Implementations are immutable and thread-safe: build one
/// and share it.
/// </summary>
public interface IArticleExtractor
{
    /// <summary>Extracts the article from a page already decoded to text.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's address, used to resolve relative links and as a date hint.</param>
    /// <returns>The article, or the reason none was found. Bad HTML never throws.</returns>
    ExtractionResult Extract(string html, Uri? url = null);

    /// <summary>
    /// Extracts the article from the page's raw bytes, detecting the charset as browsers do: byte order mark,
    /// then <paramref name="contentType"/>, then <c>&lt;meta charset&gt;</c> or <c>http-equiv</c>, then the fallback.
    /// </summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="url">The page's address.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header, if known (for example <c>text/html; charset=gb2312</c>).</param>
    ExtractionResult Extract(ReadOnlySpan<byte> html, Uri? url = null, string? contentType = null);

    /// <summary>Extracts the article from the page's raw bytes; see <see cref="Extract(ReadOnlySpan{byte}, Uri?, string?)"/>.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="url">The page's address.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header, if known.</param>
    ExtractionResult Extract(byte[] html, Uri? url = null, string? contentType = null);

    /// <summary>
    /// Reads the page from a stream (at most <see cref="ArticleExtractorOptions.MaxInputBytes"/>) and extracts
    /// the article, detecting the charset as browsers do. The stream is not disposed.
    /// </summary>
    /// <param name="html">The stream holding the page's bytes.</param>
    /// <param name="url">The page's address.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header, if known.</param>
    ExtractionResult Extract(Stream html, Uri? url = null, string? contentType = null);

    /// <summary>Reads the page from a stream asynchronously and extracts the article.</summary>
    /// <param name="html">The stream holding the page's bytes.</param>
    /// <param name="url">The page's address.</param>
    /// <param name="ct">Cancels reading and extraction.</param>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    Task<ExtractionResult> ExtractAsync(Stream html, Uri? url = null, CancellationToken ct = default);

    /// <summary>Reads the page from a stream asynchronously and extracts the article.</summary>
    /// <param name="html">The stream holding the page's bytes.</param>
    /// <param name="url">The page's address.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header, if known.</param>
    /// <param name="ct">Cancels reading and extraction.</param>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    Task<ExtractionResult> ExtractAsync(Stream html, Uri? url, string? contentType, CancellationToken ct = default);
}
