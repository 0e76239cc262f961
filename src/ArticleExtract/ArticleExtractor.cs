using System.Text;
using ArticleExtract.Parsing;

namespace ArticleExtract;

/// <summary>
/// The standard <see cref="IArticleExtractor"/>: AngleSharp parses the page once, metadata is read from that
/// document, a readability pass isolates the story, and a normaliser builds the <see cref="Article"/>.
/// </summary>
/// <remarks>Build one instance and share it: it is immutable and thread-safe, and it never touches the network.</remarks>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly Encoding _fallbackEncoding;

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
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _fallbackEncoding = EncodingNames.TryGet(options.FallbackEncoding)!;
    }

    /// <summary>The settings this extractor was built with.</summary>
    public ArticleExtractorOptions Options { get; }

    /// <inheritdoc />
    public ExtractionResult Extract(string html, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if ((long)html.Length * sizeof(char) > Options.MaxInputBytes)
        {
            return TooLarge();
        }

        return ExtractionPipeline.Run(html, url, Options, CancellationToken.None);
    }

    /// <inheritdoc />
    public ExtractionResult Extract(byte[] html, Uri? url = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Extract(html.AsSpan(), url, contentType, CancellationToken.None);
    }

    /// <inheritdoc />
    public ExtractionResult Extract(ReadOnlySpan<byte> html, Uri? url = null, string? contentType = null) =>
        Extract(html, url, contentType, CancellationToken.None);

    /// <inheritdoc />
    public ExtractionResult Extract(Stream html, Uri? url = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var input = InputReader.Read(html, Options.MaxInputBytes);
        return input.TooLarge ? TooLarge() : Extract(input.Bytes.AsSpan(0, input.Length), url, contentType, CancellationToken.None);
    }

    /// <inheritdoc />
    public Task<ExtractionResult> ExtractAsync(Stream html, Uri? url = null, CancellationToken ct = default) =>
        ExtractAsync(html, url, null, ct);

    /// <inheritdoc />
    public async Task<ExtractionResult> ExtractAsync(Stream html, Uri? url, string? contentType, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var input = await InputReader.ReadAsync(html, Options.MaxInputBytes, ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        return input.TooLarge ? TooLarge() : Extract(input.Bytes.AsSpan(0, input.Length), url, contentType, ct);
    }

    private ExtractionResult Extract(ReadOnlySpan<byte> html, Uri? url, string? contentType, CancellationToken ct)
    {
        if (html.Length > Options.MaxInputBytes)
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
        return ExtractionPipeline.Run(decoded.Text, url, Options, ct);
    }

    private ExtractionResult TooLarge() =>
        ExtractionResult.Fail(
            FailureReason.InputTooLarge,
            $"The input is larger than the limit of {Options.MaxInputBytes} bytes (ArticleExtractorOptions.MaxInputBytes).");
}
