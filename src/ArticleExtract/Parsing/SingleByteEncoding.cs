using System.Collections.Frozen;
using System.Text;

namespace ArticleExtract.Parsing;

/// <summary>
/// A table-driven single-byte encoding whose bytes 0x00–0x7F are ASCII, as every single-byte encoding of the
/// WHATWG Encoding Standard is. Unmapped bytes decode to U+FFFD; characters without a byte encode to '?'.
/// </summary>
/// <remarks>
/// Why not the code-page encodings as they are: .NET maps the bytes a code page leaves undefined (for example
/// 0xAA in windows-1253) to private-use characters, where browsers show U+FFFD; and .NET has no ISO-8859-10, -14
/// or -16 at all. The table also gives a fast decode path (vectorised ASCII runs) for the common fallback.
/// Encoding works per UTF-16 code unit: a surrogate pair becomes two '?' bytes.
/// </remarks>
internal sealed class SingleByteEncoding : Encoding
{
    private const char Replacement = '\uFFFD';
    private const byte Unmappable = (byte)'?';

    // Characters for bytes 0x80..0xFF.
    private readonly string _upperHalf;
    private readonly FrozenDictionary<char, byte> _reverse;
    private readonly string _webName;

    /// <summary>Creates the encoding from its upper half.</summary>
    /// <param name="codePage">The Windows code page number that names the encoding.</param>
    /// <param name="webName">The WHATWG name.</param>
    /// <param name="upperHalf">128 characters for bytes 0x80–0xFF; U+FFFD marks an unmapped byte.</param>
    public SingleByteEncoding(int codePage, string webName, string upperHalf)
        : base(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
    {
        ArgumentException.ThrowIfNullOrEmpty(webName);
        ArgumentNullException.ThrowIfNull(upperHalf);
        if (upperHalf.Length != 128)
        {
            throw new ArgumentException("The upper half must hold 128 characters.", nameof(upperHalf));
        }

        _upperHalf = upperHalf;
        _webName = webName;
        var reverse = new Dictionary<char, byte>(128);
        for (int i = 0; i < 128; i++)
        {
            char c = upperHalf[i];
            if (c != Replacement)
            {
                reverse.TryAdd(c, (byte)(0x80 + i));
            }
        }

        _reverse = reverse.ToFrozenDictionary();
    }

    /// <summary>
    /// Builds the table of a code page from <see cref="CodePagesEncodingProvider"/>, turning the private-use
    /// characters it gives undefined bytes into U+FFFD.
    /// </summary>
    /// <param name="codePage">The code page.</param>
    /// <param name="webName">The WHATWG name.</param>
    /// <param name="keepPrivateUse">A byte whose private-use character is a real mapping (0xF0 in macintosh: U+F8FF).</param>
    /// <returns>The encoding, or null when the provider lacks the code page.</returns>
    public static SingleByteEncoding? FromCodePage(int codePage, string webName, int keepPrivateUse = -1)
    {
        Encoding? source = CodePagesEncodingProvider.Instance.GetEncoding(
            codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        if (source is null || !source.IsSingleByte)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[128];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0x80 + i);
        }

        Span<char> chars = stackalloc char[128];
        if (source.GetChars(bytes, chars) != 128)
        {
            return null;
        }

        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\uE000' and <= '\uF8FF' && 0x80 + i != keepPrivateUse)
            {
                chars[i] = Replacement;
            }
        }

        return new SingleByteEncoding(codePage, webName, new string(chars));
    }

    /// <inheritdoc/>
    public override string WebName => _webName;

    /// <inheritdoc/>
    public override string EncodingName => _webName;

    /// <inheritdoc/>
    public override string HeaderName => _webName;

    /// <inheritdoc/>
    public override string BodyName => _webName;

    /// <inheritdoc/>
    public override bool IsSingleByte => true;

    /// <summary>Decodes bytes to a string without the intermediate copies of the base pointer overloads.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text; never throws for any input.</returns>
    public string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

#if NET9_0_OR_GREATER
        return string.Create(bytes.Length, new DecodeState(bytes, _upperHalf), static (destination, state) =>
            DecodeInto(state.Bytes, destination, state.UpperHalf));
#else
        // .NET 8's string.Create takes no ref struct state: decode into a pooled buffer and copy it once.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            DecodeInto(bytes, buffer.AsSpan(0, bytes.Length), _upperHalf);
            return new string(buffer, 0, bytes.Length);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
#endif
    }

    /// <inheritdoc/>
    public override int GetByteCount(char[] chars, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, chars.Length - count);
        return count;
    }

    /// <inheritdoc/>
    public override int GetByteCount(ReadOnlySpan<char> chars) => chars.Length;

    /// <inheritdoc/>
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfNegative(charIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(charCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(charIndex, chars.Length - charCount);
        ArgumentOutOfRangeException.ThrowIfNegative(byteIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(byteIndex, bytes.Length);
        return GetBytes(chars.AsSpan(charIndex, charCount), bytes.AsSpan(byteIndex));
    }

    /// <inheritdoc/>
    public override int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        if (bytes.Length < chars.Length)
        {
            throw new ArgumentException("The byte buffer is too small.", nameof(bytes));
        }

        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c < 0x80)
            {
                bytes[i] = (byte)c;
            }
            else
            {
                bytes[i] = _reverse.TryGetValue(c, out byte b) ? b : Unmappable;
            }
        }

        return chars.Length;
    }

    /// <inheritdoc/>
    public override int GetCharCount(byte[] bytes, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, bytes.Length - count);
        return count;
    }

    /// <inheritdoc/>
    public override int GetCharCount(ReadOnlySpan<byte> bytes) => bytes.Length;

    /// <inheritdoc/>
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentOutOfRangeException.ThrowIfNegative(byteIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(byteCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(byteIndex, bytes.Length - byteCount);
        ArgumentOutOfRangeException.ThrowIfNegative(charIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(charIndex, chars.Length);
        return GetChars(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));
    }

    /// <inheritdoc/>
    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (chars.Length < bytes.Length)
        {
            throw new ArgumentException("The char buffer is too small.", nameof(chars));
        }

        DecodeInto(bytes, chars, _upperHalf);
        return bytes.Length;
    }

    /// <inheritdoc/>
    public override string GetString(byte[] bytes, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, bytes.Length - count);
        return Decode(bytes.AsSpan(index, count));
    }

    /// <inheritdoc/>
    public override int GetMaxByteCount(int charCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(charCount);
        return charCount;
    }

    /// <inheritdoc/>
    public override int GetMaxCharCount(int byteCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(byteCount);
        return byteCount;
    }

    private static void DecodeInto(ReadOnlySpan<byte> source, Span<char> destination, string upperHalf)
    {
        int i = 0;
        while (i < source.Length)
        {
            // Markup is mostly ASCII: widen whole runs at once, then map the bytes above 0x7F one by one.
            int asciiRun = source[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (asciiRun < 0)
            {
                asciiRun = source.Length - i;
            }

            if (asciiRun > 0)
            {
                Ascii.ToUtf16(source.Slice(i, asciiRun), destination.Slice(i, asciiRun), out _);
                i += asciiRun;
            }

            while (i < source.Length && source[i] >= 0x80)
            {
                destination[i] = upperHalf[source[i] - 0x80];
                i++;
            }
        }
    }

#if NET9_0_OR_GREATER
    private readonly ref struct DecodeState(ReadOnlySpan<byte> bytes, string upperHalf)
    {
        public ReadOnlySpan<byte> Bytes { get; } = bytes;

        public string UpperHalf { get; } = upperHalf;
    }
#endif
}
