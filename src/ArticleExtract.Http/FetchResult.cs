using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace ArticleExtract.Http;

/// <summary>
/// The outcome of fetching one page: either the page was fetched and <see cref="Extraction"/> holds what was
/// extracted from it (an article or an extraction failure), or <see cref="Failure"/> says why it was not fetched.
/// </summary>
public sealed record FetchResult
{
    private FetchResult(
        Uri requestedUrl, Uri? finalUrl, HttpStatusCode? statusCode, string? contentType, ExtractionResult? extraction, FetchFailure? failure)
    {
        RequestedUrl = requestedUrl;
        FinalUrl = finalUrl;
        StatusCode = statusCode;
        ContentType = contentType;
        Extraction = extraction;
        Failure = failure;
    }

    /// <summary>The address that was asked for.</summary>
    public Uri RequestedUrl { get; }

    /// <summary>The address of the last response, after redirects; <see langword="null"/> when no response came.</summary>
    public Uri? FinalUrl { get; }

    /// <summary>The status code of the last response; <see langword="null"/> when no response came.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The last response's <c>Content-Type</c> header, if it had one.</summary>
    public string? ContentType { get; }

    /// <summary>What was extracted from the fetched page, when it was fetched.</summary>
    public ExtractionResult? Extraction { get; }

    /// <summary>Why the page was not fetched, when it was not.</summary>
    public FetchFailure? Failure { get; }

    /// <summary>Whether the page was fetched (the extraction may still have found no article).</summary>
    [MemberNotNullWhen(true, nameof(Extraction))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Fetched => Extraction is not null;

    /// <summary>Whether the page was fetched and an article was found in it.</summary>
    [MemberNotNullWhen(true, nameof(Extraction), nameof(Article))]
    public bool Succeeded => Extraction?.Succeeded == true;

    /// <summary>The article, when the page was fetched and one was found.</summary>
    public Article? Article => Extraction?.Article;

    /// <summary>A result for a fetched page.</summary>
    /// <param name="requestedUrl">The address asked for.</param>
    /// <param name="finalUrl">The address of the response, after redirects.</param>
    /// <param name="statusCode">The response's status code.</param>
    /// <param name="contentType">The response's <c>Content-Type</c> header.</param>
    /// <param name="extraction">What was extracted from the body.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public static FetchResult FromExtraction(
        Uri requestedUrl, Uri finalUrl, HttpStatusCode statusCode, string? contentType, ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(requestedUrl);
        ArgumentNullException.ThrowIfNull(finalUrl);
        ArgumentNullException.ThrowIfNull(extraction);
        return new FetchResult(requestedUrl, finalUrl, statusCode, contentType, extraction, null);
    }

    /// <summary>A result for a page that was not fetched.</summary>
    /// <param name="requestedUrl">The address asked for.</param>
    /// <param name="reason">The kind of failure.</param>
    /// <param name="message">A human-readable explanation.</param>
    /// <param name="finalUrl">The address of the last response, if one came.</param>
    /// <param name="statusCode">The last response's status code, if one came.</param>
    /// <param name="contentType">The last response's <c>Content-Type</c> header, if any.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requestedUrl"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public static FetchResult FromFailure(
        Uri requestedUrl,
        FetchFailureReason reason,
        string message,
        Uri? finalUrl = null,
        HttpStatusCode? statusCode = null,
        string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(requestedUrl);
        ArgumentNullException.ThrowIfNull(message);
        return new FetchResult(requestedUrl, finalUrl, statusCode, contentType, null, new FetchFailure(reason, message));
    }
}
