using System.Text;
using ArticleExtract.Parsing;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// Decodes a page for SmartReader alone, so the baseline pays for decoding as ArticleExtract does and reads the
/// same text (the evaluation harness gives SmartReader the library's own decoding).
/// </summary>
internal static class BaselineText
{
    private static readonly Encoding Fallback = EncodingNames.TryGet(new ArticleExtractorOptions().FallbackEncoding)!;

    /// <summary>The library's charset detection and decoding, exactly as the harness runs it.</summary>
    public static string Decode(byte[] html) => HtmlDecoder.Decode(html, contentType: null, Fallback).Text;
}
