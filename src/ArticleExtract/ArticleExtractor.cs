using System.Text;
using ArticleExtract.Logging;
using ArticleExtract.Parsing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArticleExtract;

/// <summary>
/// The standard <see cref="IArticleExtractor"/>: AngleSharp parses the page once, metadata is read from that
/// document, a readability pass isolates the story, and a normaliser builds the <see cref="Article"/>.
/// </summary>
/// <remarks>Build one instance and share it: it is immutable and thread-safe, and it never touches the network.</remarks>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly ArticleExtractorOptions _options;
    private readonly Encoding _fallbackEncoding;
    private readonly ILogger _logger;

    /// <summary>Creates an extractor with <see cref="ArticleExtractorOptions.Default"/> settings.</summary>
    public ArticleExtractor()
        : this(ArticleExtractorOptions.Default)
    {
    }

    /// <summary>Creates an extractor with the given settings.</summary>
    /// <param name="options">The settings; a snapshot is taken.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid.</exception>
    public ArticleExtractor(ArticleExtractorOptions options)
        : this(options, null)
    {
    }

    /// <summary>Creates an extractor with the given settings that logs its decisions.</summary>
    /// <param name="options">The settings; a snapshot is taken.</param>
    /// <param name="logger">
    /// Receives <see cref="LogLevel.Debug"/> messages: why a page failed, where the date came from, which element
    /// held the story. <see langword="null"/> logs nothing.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid.</exception>
    public ArticleExtractor(ArticleExtractorOptions options, ILogger<ArticleExtractor>? logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The options are settable (for the options pattern): copy them so the caller cannot change a shared extractor.
        var snapshot = options with { };
        snapshot.Validate();
        _options = snapshot;
        _fallbackEncoding = EncodingNames.TryGet(snapshot.FallbackEncoding)!;
        _logger = logger ?? NullLogger<ArticleExtractor>.Instance;
    }

    /// <summary>The settings this extractor was built with (a copy: changing it changes nothing).</summary>
    public ArticleExtractorOptions Options => _options with { };

    /// <inheritdoc />
    public ExtractionResult Extract(string html, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var result = (long)html.Length * sizeof(char) > _options.MaxInputBytes
            ? TooLarge()
            : ExtractionPipeline.Run(html, url, _options, CancellationToken.None, _logger);
        return Logged(result, url);
    }

    /// <inheritdoc />
    public ExtractionResult Extract(byte[] html, Uri? url = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Logged(Extract(html.AsSpan(), url, contentType, CancellationToken.None), url);
    }

    /// <inheritdoc />
    public ExtractionResult Extract(ReadOnlySpan<byte> html, Uri? url = null, string? contentType = null) =>
        Logged(Extract(html, url, contentType, CancellationToken.None), url);

    /// <inheritdoc />
    public ExtractionResult Extract(Stream html, Uri? url = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var input = InputReader.Read(html, _options.MaxInputBytes);
        return Logged(
            input.TooLarge ? TooLarge() : Extract(input.Bytes.AsSpan(0, input.Length), url, contentType, CancellationToken.None),
            url);
    }

    /// <inheritdoc />
    public Task<ExtractionResult> ExtractAsync(Stream html, Uri? url = null, CancellationToken ct = default) =>
        ExtractAsync(html, url, null, ct);

    /// <inheritdoc />
    public async Task<ExtractionResult> ExtractAsync(Stream html, Uri? url, string? contentType, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var input = await InputReader.ReadAsync(html, _options.MaxInputBytes, ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        return Logged(input.TooLarge ? TooLarge() : Extract(input.Bytes.AsSpan(0, input.Length), url, contentType, ct), url);
    }

    private ExtractionResult Extract(ReadOnlySpan<byte> html, Uri? url, string? contentType, CancellationToken ct)
    {
        if (html.Length > _options.MaxInputBytes)
        {
            return TooLarge();
        }

        if (html.IsEmpty)
        {
            return ExtractionResult.Fail(FailureReason.EmptyInput, "The input is empty.");
        }

        if (BinarySniffer.LooksBinary(html))
        {
            return ExtractionResult.Fail(FailureReason.BinaryInput, "The input is binary data, not HTML or text.");
        }

        var decoded = HtmlDecoder.Decode(html, contentType, _fallbackEncoding);
        ExtractorLog.Decoded(_logger, html.Length, decoded.Encoding.WebName, decoded.Source);
        return ExtractionPipeline.Run(decoded.Text, url, _options, ct, _logger);
    }

    // One place reports every outcome, so each public overload logs the same decisions.
    private ExtractionResult Logged(ExtractionResult result, Uri? url)
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return result;
        }

        if (result.Article is not { } article)
        {
            ExtractorLog.ExtractionFailed(_logger, url, result.Failure!.Reason, result.Failure.Message);
            return result;
        }

        if (article.Published is { } published)
        {
            ExtractorLog.PublishedDateFound(_logger, published, published.Source, published.SourceDetail);
        }
        else
        {
            ExtractorLog.NoPublishedDate(_logger);
        }

        ExtractorLog.ArticleExtracted(_logger, url, article.Paragraphs.Count, article.Headline is not null, article.Byline is not null);
        return result;
    }

    private ExtractionResult TooLarge() =>
        ExtractionResult.Fail(
            FailureReason.InputTooLarge,
            $"The input is larger than the limit of {_options.MaxInputBytes} bytes (ArticleExtractorOptions.MaxInputBytes).");
}
