using System.Text;

namespace ArticleExtract.Parsing;

/// <summary>Turns a page's raw bytes into text: detects the charset, skips the BOM and decodes.</summary>
internal static class HtmlDecoder
{
    /// <summary>Decodes a page.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="contentType">The HTTP Content-Type, if known.</param>
    /// <param name="fallback">The encoding to use when nothing else decides.</param>
    /// <returns>The text and the encoding used. Invalid bytes become U+FFFD; this never throws for bad input.</returns>
    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes, string? contentType, Encoding fallback)
    {
        DetectedCharset detected = CharsetDetector.Detect(bytes, contentType, fallback);
        Encoding encoding = WithReplacement(detected.Encoding);
        ReadOnlySpan<byte> payload = bytes[detected.BomLength..];
        string text = encoding is SingleByteEncoding singleByte ? singleByte.Decode(payload) : encoding.GetString(payload);
        return new DecodedHtml(text, encoding, detected.Source);
    }

    /// <summary>
    /// Our own encodings already replace with U+FFFD; a caller's fallback might throw on invalid bytes (or
    /// replace with '?'), so it is cloned with a U+FFFD replacement fallback instead.
    /// </summary>
    private static Encoding WithReplacement(Encoding encoding)
    {
        if (encoding.DecoderFallback is DecoderReplacementFallback { DefaultString: "\uFFFD" })
        {
            return encoding;
        }

        var clone = (Encoding)encoding.Clone();
        clone.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return clone;
    }
}
