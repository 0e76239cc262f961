using System.Text;
using ArticleExtract.Parsing;

namespace ArticleExtract.Evaluation.Extractors;

/// <summary>
/// SmartReader alone, default settings, as the baseline. It gets the page decoded by ArticleExtract's own
/// charset detection (internal, visible to the harness), so both extractors read the same text.
/// </summary>
internal sealed class SmartReaderEvaluated : IEvaluatedExtractor
{
    public const string ExtractorName = "SmartReader";

    private const string PlaceholderUrl = "https://localhost/";

    private static readonly Encoding Fallback = EncodingNames.TryGet(new ArticleExtractorOptions().FallbackEncoding)!;

    public string Name => ExtractorName;

    public ExtractedFields Extract(byte[] html, Uri? url)
    {
        try
        {
            var text = HtmlDecoder.Decode(html, contentType: null, Fallback).Text;
            var article = new SmartReader.Reader(url?.AbsoluteUri ?? PlaceholderUrl, text).GetArticle();
            var body = article.TextContent ?? string.Empty;
            return new ExtractedFields
            {
                Body = body,
                Title = article.Title,
                Byline = article.Byline,
                Published = article.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null,
                Failed = string.IsNullOrWhiteSpace(body),
            };
        }
#pragma warning disable CA1031 // A baseline crash is a measured failure, not a reason to stop the run.
        catch (Exception)
#pragma warning restore CA1031
        {
            return ExtractedFields.Failure;
        }
    }
}
