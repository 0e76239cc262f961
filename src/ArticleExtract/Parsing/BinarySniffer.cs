namespace ArticleExtract.Parsing;

/// <summary>Tells whether input is binary (an image, archive, executable…) rather than a text page.</summary>
/// <remarks>
/// The rule, over the first 1024 bytes:
/// <list type="number">
/// <item>A known binary signature (PNG, GIF, JPEG, PDF, ZIP/docx, gzip, 7z, RAR, xz, zstd, RIFF/WebP, MP4 ftyp,
/// ELF, PE "MZ" with a NUL in its 64-byte header, WASM) means binary. "MZ" and "RIFF" need more than their
/// magic, since a text may start with those letters.</item>
/// <item>A UTF-16 byte order mark means text.</item>
/// <item>Otherwise count C0 control bytes other than TAB, LF, FF, CR and ESC (ESC starts ISO-2022-JP shifts).
/// Text that looks like BOM-less UTF-16 (NULs on one byte parity only, at least every second unit) does not
/// count its NULs. Text that starts like HTML (optional UTF-8 BOM and white space, then '&lt;') counts NULs as
/// controls, so a few stray NULs in a real page do not make it binary. Anything else is binary if it holds any
/// NUL at all. In every case more than 10% controls means binary.</item>
/// </list>
/// </remarks>
internal static class BinarySniffer
{
    /// <summary>How many leading bytes are examined.</summary>
    public const int SniffLength = 1024;

    /// <summary>Whether the bytes look binary.</summary>
    /// <param name="bytes">The input.</param>
    /// <returns>True for binary input; false for text, including empty input.</returns>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return false;
        }

        if (HasBinarySignature(bytes))
        {
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        ReadOnlySpan<byte> window = bytes.Length > SniffLength ? bytes[..SniffLength] : bytes;
        bool utf16 = LooksLikeUtf16WithoutBom(window);
        bool countNul = !utf16;
        if (!utf16 && !StartsLikeHtml(window) && window.Contains((byte)0))
        {
            return true;
        }

        int controls = 0;
        foreach (byte b in window)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B) && (b != 0 || countNul))
            {
                controls++;
            }
        }

        return controls * 10 > window.Length;
    }

    private static bool HasBinarySignature(ReadOnlySpan<byte> b)
    {
        return b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
            || b.StartsWith("GIF87a"u8)
            || b.StartsWith("GIF89a"u8)
            || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || b.StartsWith("%PDF-"u8)
            || b.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 0x03, 0x04])
            || b.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 0x05, 0x06])
            || b.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 0x07, 0x08])
            || b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08])
            || b.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C])
            || b.StartsWith((ReadOnlySpan<byte>)[(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07])
            || b.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00])
            || b.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD])
            || b.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])
            || b.StartsWith((ReadOnlySpan<byte>)[0x00, (byte)'a', (byte)'s', (byte)'m'])
            || IsRiff(b)
            || (b.Length >= 8 && b.Slice(4, 4).SequenceEqual("ftyp"u8))
            || IsPortableExecutable(b);
    }

    // RIFF (WebP, WAV, AVI): "RIFF", a little-endian size, then a four-character form type. Text that merely
    // starts with "RIFF" has printable bytes where the size is; a real size almost always has a byte that is not.
    private static bool IsRiff(ReadOnlySpan<byte> b)
    {
        if (b.Length < 12 || !b.StartsWith("RIFF"u8) || !b.Slice(4, 4).ContainsAnyExceptInRange((byte)0x20, (byte)0x7E))
        {
            return false;
        }

        foreach (byte c in b.Slice(8, 4))
        {
            if (c is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)' '))
            {
                return false;
            }
        }

        return true;
    }

    // "MZ" alone could start a text; a DOS header always holds zero fields, text never a NUL.
    private static bool IsPortableExecutable(ReadOnlySpan<byte> b) =>
        b.StartsWith("MZ"u8) && b[2..Math.Min(b.Length, 64)].Contains((byte)0);

    private static bool StartsLikeHtml(ReadOnlySpan<byte> window)
    {
        if (window.StartsWith("\uFEFF"u8))
        {
            window = window[3..];
        }

        int start = window.IndexOfAnyExcept(AsciiWhitespace.Bytes);
        return start >= 0 && window[start] == (byte)'<';
    }

    // ASCII-heavy UTF-16 has a NUL in (nearly) every high byte and none in the low bytes.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> window)
    {
        if (window.Length < 2)
        {
            return false;
        }

        int evenNuls = 0, oddNuls = 0;
        for (int i = 0; i < window.Length; i++)
        {
            if (window[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }

        int evens = (window.Length + 1) / 2, odds = window.Length / 2;
        return (evenNuls == 0 && oddNuls * 2 >= odds) || (oddNuls == 0 && evenNuls * 2 >= evens);
    }
}
