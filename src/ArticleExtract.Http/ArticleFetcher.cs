using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleExtract.Http;

/// <summary>
/// The standard <see cref="IArticleFetcher"/>: a typed <see cref="HttpClient"/> that fetches a page, follows
/// redirects itself (so it can count them and refuse other schemes), reads the body as a bounded stream and hands the
/// bytes with their <c>Content-Type</c> to an <see cref="IArticleExtractor"/>, so the response charset is honoured.
/// </summary>
/// <remarks>
/// Register it with <c>services.AddArticleExtractorHttp()</c>, which gives it a handler that does not follow
/// redirects on its own and decodes gzip, deflate and brotli. Built by hand, give it such a handler too
/// (<see cref="SocketsHttpHandler.AllowAutoRedirect"/> <see langword="false"/>): a handler that follows redirects
/// itself bypasses <see cref="ArticleFetcherOptions.MaxRedirects"/> and the scheme check.
/// </remarks>
public sealed class ArticleFetcher : IArticleFetcher
{
    private readonly HttpClient _client;
    private readonly IArticleExtractor _extractor;
    private readonly ArticleFetcherOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a fetcher; the constructor dependency injection uses.</summary>
    /// <param name="client">The client to send requests with.</param>
    /// <param name="extractor">Extracts the article from the fetched body.</param>
    /// <param name="options">The settings; a snapshot is taken.</param>
    /// <param name="logger">Receives debug messages about redirects, responses and failures.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The settings are invalid.</exception>
    [ActivatorUtilitiesConstructor]
    public ArticleFetcher(HttpClient client, IArticleExtractor extractor, IOptions<ArticleFetcherOptions> options, ILogger<ArticleFetcher> logger)
        : this(client, extractor, (options ?? throw new ArgumentNullException(nameof(options))).Value, logger)
    {
    }

    /// <summary>Creates a fetcher without dependency injection.</summary>
    /// <param name="client">The client to send requests with; see the remarks on redirects.</param>
    /// <param name="extractor">Extracts the article from the fetched body.</param>
    /// <param name="options">The settings (a snapshot is taken); <see langword="null"/> for the defaults.</param>
    /// <param name="logger">Receives debug messages; <see langword="null"/> logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> or <paramref name="extractor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The settings are invalid.</exception>
    public ArticleFetcher(HttpClient client, IArticleExtractor extractor, ArticleFetcherOptions? options = null, ILogger<ArticleFetcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(extractor);
        _options = options?.Clone() ?? new ArticleFetcherOptions();
        _options.Validate();
        _client = client;
        _extractor = extractor;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsHttp(url))
        {
            return Failed(FetchResult.FromFailure(url, FetchFailureReason.InvalidUrl, $"'{url.OriginalString}' is not an absolute http or https URL."));
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (_options.Timeout != Timeout.InfiniteTimeSpan)
        {
            deadline.CancelAfter(_options.Timeout);
        }

        try
        {
            return await FetchCoreAsync(url, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The caller cancelled: rethrown with the caller's token, as .NET callers expect.
            ct.ThrowIfCancellationRequested();
            throw;
        }
        catch (OperationCanceledException)
        {
            // Our deadline, or HttpClient.Timeout when a caller's client sets one.
            return Failed(FetchResult.FromFailure(
                url, FetchFailureReason.TimedOut, $"Fetching took longer than {_options.Timeout} (ArticleFetcherOptions.Timeout)."));
        }
        catch (HttpRequestException e)
        {
            var reason = e.HttpRequestError == HttpRequestError.NameResolutionError
                ? FetchFailureReason.NameResolutionFailed
                : FetchFailureReason.ConnectionFailed;
            return Failed(FetchResult.FromFailure(url, reason, e.Message));
        }
        catch (IOException e)
        {
            // The connection broke while the body was read (HttpIOException and the like).
            return Failed(FetchResult.FromFailure(url, FetchFailureReason.ConnectionFailed, e.Message));
        }
        catch (InvalidDataException e)
        {
            // A compressed body that does not decompress is a broken response, not a page.
            return Failed(FetchResult.FromFailure(url, FetchFailureReason.ConnectionFailed, e.Message));
        }
    }

    private async Task<FetchResult> FetchCoreAsync(Uri requested, CancellationToken ct)
    {
        var current = requested;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);

            // A handler that follows redirects itself reports where it ended up on the request it sent last.
            var responseUrl = response.RequestMessage?.RequestUri ?? current;
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return await ReadAsync(requested, responseUrl, response, ct).ConfigureAwait(false);
            }

            var next = location.IsAbsoluteUri ? location : new Uri(responseUrl, location);
            if (redirects == _options.MaxRedirects)
            {
                return Failed(FetchResult.FromFailure(
                    requested,
                    FetchFailureReason.TooManyRedirects,
                    $"More than {_options.MaxRedirects} redirects (ArticleFetcherOptions.MaxRedirects); the last pointed to {next}.",
                    responseUrl,
                    response.StatusCode));
            }

            if (!IsHttp(next))
            {
                return Failed(FetchResult.FromFailure(
                    requested,
                    FetchFailureReason.InvalidUrl,
                    $"Redirected to '{location.OriginalString}', which is not an http or https URL.",
                    responseUrl,
                    response.StatusCode));
            }

            FetchLog.Redirected(_logger, responseUrl, response.StatusCode, next);
            current = next;
        }
    }

    private async Task<FetchResult> ReadAsync(Uri requested, Uri responseUrl, HttpResponseMessage response, CancellationToken ct)
    {
        var status = response.StatusCode;
        var headers = response.Content.Headers;
        var contentType = headers.ContentType?.ToString();
        if (!response.IsSuccessStatusCode)
        {
            return Failed(FetchResult.FromFailure(
                requested, FetchFailureReason.HttpError, $"The server answered {(int)status} {response.ReasonPhrase}.", responseUrl, status, contentType));
        }

        if (!IsHtml(headers.ContentType))
        {
            return Failed(FetchResult.FromFailure(
                requested,
                FetchFailureReason.UnsupportedContentType,
                $"The response is {headers.ContentType?.MediaType}, not HTML.",
                responseUrl,
                status,
                contentType));
        }

        if (headers.ContentLength > _options.MaxResponseBytes)
        {
            return Failed(TooLarge(requested, responseUrl, status, contentType));
        }

        var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            using var bytes = await BoundedBody.ReadAsync(body, _options.MaxResponseBytes, headers.ContentLength, ct).ConfigureAwait(false);
            if (bytes is null)
            {
                return Failed(TooLarge(requested, responseUrl, status, contentType));
            }

            FetchLog.Fetched(_logger, responseUrl, status, bytes.Length, contentType);
            var extraction = await _extractor.ExtractAsync(bytes, responseUrl, contentType, ct).ConfigureAwait(false);
            return FetchResult.FromExtraction(requested, responseUrl, status, contentType, extraction);
        }
    }

    private FetchResult TooLarge(Uri requested, Uri responseUrl, HttpStatusCode status, string? contentType) =>
        FetchResult.FromFailure(
            requested,
            FetchFailureReason.TooLarge,
            $"The body is larger than {_options.MaxResponseBytes} bytes (ArticleFetcherOptions.MaxResponseBytes).",
            responseUrl,
            status,
            contentType);

    private FetchResult Failed(FetchResult result)
    {
        FetchLog.FetchFailed(_logger, result.RequestedUrl, result.Failure!.Reason, result.Failure.Message);
        return result;
    }

    private static bool IsHttp(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    // No Content-Type at all is let through: the extractor sniffs the bytes and refuses binary data itself.
    private static bool IsHtml(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType is not { } mediaType
        || mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
}
