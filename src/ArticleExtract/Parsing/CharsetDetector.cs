using System.Text;
using System.Text.Unicode;

namespace ArticleExtract.Parsing;

/// <summary>
/// Chooses the encoding of a page's bytes as the HTML Standard's encoding sniffing algorithm does: byte order
/// mark, then the transport's Content-Type charset, then a prescan of the first 1024 bytes for a
/// <c>&lt;meta&gt;</c> declaration, then the fallback. A label naming no known encoding is passed over.
/// </summary>
/// <remarks>
/// Deviation: before the fallback, bytes that hold non-ASCII and are valid UTF-8 (checked over the first 16 MiB,
/// ignoring a sequence cut at the end of that window) are taken as UTF-8, as browsers' own autodetection
/// mostly does. Many real pages are UTF-8 without saying so, and legacy-encoded text is almost never valid
/// UTF-8 by accident. This choice is reported as <see cref="CharsetSource.Fallback"/>. For the same reason many
/// valid multi-byte UTF-8 sequences override a legacy <c>&lt;meta&gt;</c> declaration (<see cref="CharsetSource.Utf8OverMetaTag"/>).
/// </remarks>
internal static class CharsetDetector
{
    /// <summary>How many bytes the meta prescan reads, as the HTML Standard advises.</summary>
    public const int PrescanLength = 1024;

    /// <summary>How far a second prescan looks for a <c>&lt;meta&gt;</c> set after long scripts in the head.</summary>
    public const int LatePrescanLength = 64 * 1024;

    /// <summary>How many bytes the UTF-8 validity check reads (validation is vectorised: a few microseconds per MiB).</summary>
    public const int Utf8SniffLength = 16 * 1024 * 1024;

    /// <summary>Chooses the encoding.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="contentType">The HTTP Content-Type, if known.</param>
    /// <param name="fallback">The encoding to use when nothing else decides.</param>
    /// <returns>The encoding, where it came from and how many BOM bytes to skip.</returns>
    public static DetectedCharset Detect(ReadOnlySpan<byte> bytes, string? contentType, Encoding fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);

        if (bytes.StartsWith("\uFEFF"u8))
        {
            return new DetectedCharset(EncodingNames.Utf8, CharsetSource.ByteOrderMark, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DetectedCharset(EncodingNames.Utf16BE, CharsetSource.ByteOrderMark, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DetectedCharset(EncodingNames.Utf16LE, CharsetSource.ByteOrderMark, 2);
        }

        Encoding? declared = ContentTypeCharset.GetEncoding(contentType);
        if (declared is not null)
        {
            return new DetectedCharset(declared, CharsetSource.ContentType, 0);
        }

        // Browsers prescan 1024 bytes, then switch encodings when the parser meets a later <meta charset> and
        // reparse; a longer prescan gets the same answer without a second parse.
        declared = MetaCharsetPrescanner.Prescan(bytes.Length > PrescanLength ? bytes[..PrescanLength] : bytes) ??
                   (bytes.Length > PrescanLength
                       ? MetaCharsetPrescanner.Prescan(bytes.Length > LatePrescanLength ? bytes[..LatePrescanLength] : bytes)
                       : null);
        if (declared is not null)
        {
            // Scraped pages are often re-saved as UTF-8 and keep their old <meta> (gb2312, windows-1251, ...); long
            // legacy-encoded text is practically never valid UTF-8 by accident, so many valid multi-byte sequences win.
            return declared.CodePage != EncodingNames.Utf8.CodePage && CountsAsUtf8(bytes, MinUtf8SequencesOverMeta)
                ? new DetectedCharset(EncodingNames.Utf8, CharsetSource.Utf8OverMetaTag, 0)
                : new DetectedCharset(declared, CharsetSource.MetaTag, 0);
        }

        if (LooksLikeUtf8(bytes))
        {
            return new DetectedCharset(EncodingNames.Utf8, CharsetSource.Fallback, 0);
        }

        return new DetectedCharset(fallback, CharsetSource.Fallback, 0);
    }

    /// <summary>Whether the start of the bytes holds non-ASCII and is valid UTF-8.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>True when the first 16 MiB contain non-ASCII and no invalid UTF-8.</returns>
    public static bool LooksLikeUtf8(ReadOnlySpan<byte> bytes) => CountsAsUtf8(bytes, 1);

    /// <summary>Multi-byte UTF-8 sequences needed before valid UTF-8 overrides a declared legacy charset.</summary>
    internal const int MinUtf8SequencesOverMeta = 16;

    private static bool CountsAsUtf8(ReadOnlySpan<byte> bytes, int minSequences)
    {
        ReadOnlySpan<byte> window = bytes.Length > Utf8SniffLength ? bytes[..Utf8SniffLength] : bytes;
        int firstNonAscii = window.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (firstNonAscii < 0)
        {
            return false;
        }

        window = WithoutCutSequence(window);
        if (firstNonAscii >= window.Length || !Utf8.IsValid(window[firstNonAscii..]))
        {
            return false;
        }

        // Lead bytes (0xC2-0xF4) count the sequences; valid UTF-8 was checked above.
        int sequences = 0;
        foreach (byte b in window[firstNonAscii..])
        {
            if (b >= 0xC0 && ++sequences >= minSequences)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops a multi-byte sequence the window's end cut short (its lead byte and continuations).</summary>
    private static ReadOnlySpan<byte> WithoutCutSequence(ReadOnlySpan<byte> window)
    {
        for (int back = 1; back <= 3 && back <= window.Length; back++)
        {
            byte b = window[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            if (b < 0xC0)
            {
                return window;
            }

            int expected = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            return expected > back ? window[..^back] : window;
        }

        return window;
    }
}
