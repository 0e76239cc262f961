using System.Collections.Frozen;
using System.Text;

namespace ArticleExtract.Parsing;

/// <summary>
/// Maps charset labels to encodings as the WHATWG Encoding Standard's "get an encoding" does: the label is
/// trimmed of ASCII white space and matched ASCII case-insensitively. Every encoding returned decodes invalid
/// bytes to U+FFFD and never throws.
/// </summary>
/// <remarks>
/// Deviations from the standard, all in favour of getting text out of a page: x-user-defined decodes as
/// windows-1252; iso-2022-kr and hz-gb-2312, which the standard decodes to a lone U+FFFD ("replacement"),
/// decode with .NET's real decoders; iso-2022-cn(-ext) and "replacement" are unknown (null) so detection moves
/// on. The code-page encodings come straight from <see cref="CodePagesEncodingProvider.Instance"/>, so nothing
/// process-wide is registered.
/// </remarks>
internal static class EncodingNames
{
    // Labels longer than this match nothing; it bounds the stack copy of a byte label.
    private const int MaxLabelLength = 64;

    /// <summary>UTF-8 without a BOM preamble, decoding invalid bytes to U+FFFD.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>UTF-16LE, decoding lone surrogates and odd trailing bytes to U+FFFD.</summary>
    public static readonly Encoding Utf16LE = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>UTF-16BE, decoding lone surrogates and odd trailing bytes to U+FFFD.</summary>
    public static readonly Encoding Utf16BE = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>windows-1252, what the standard decodes latin1, iso-8859-1 and us-ascii as.</summary>
    public static readonly Encoding Windows1252 = SingleByte(1252, "windows-1252");

    private static readonly FrozenDictionary<string, Encoding> ByLabel = Build();

#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, Encoding>.AlternateLookup<ReadOnlySpan<char>> ByLabelSpan =
        ByLabel.GetAlternateLookup<ReadOnlySpan<char>>();
#else
    // .NET 8 has no span lookup on a dictionary of strings: the stand-in copies the (short, bounded) label.
    private static readonly Compat.SpanKeyLookup<Encoding> ByLabelSpan = new(ByLabel);
#endif

    /// <summary>Every label known, for tests and diagnostics.</summary>
    public static IEnumerable<string> Labels => ByLabel.Keys;

    /// <summary>Gets the encoding a label names.</summary>
    /// <param name="label">A charset label such as <c>utf-8</c>, <c>Latin1</c> or <c>" Shift_JIS "</c>.</param>
    /// <returns>The encoding, or null when the label is null or unknown.</returns>
    public static Encoding? TryGet(string? label) => label is null ? null : TryGet(label.AsSpan());

    /// <summary>Gets the encoding a label names.</summary>
    /// <param name="label">A charset label.</param>
    /// <returns>The encoding, or null when the label is unknown.</returns>
    public static Encoding? TryGet(ReadOnlySpan<char> label)
    {
        // OrdinalIgnoreCase never folds a non-ASCII character to an ASCII one, so this is the standard's
        // ASCII case-insensitive match.
        label = label.Trim(AsciiWhitespace.Chars);
        if (label.IsEmpty || label.Length > MaxLabelLength)
        {
            return null;
        }

        return ByLabelSpan.TryGetValue(label, out Encoding? encoding) ? encoding : null;
    }

    /// <summary>Gets the encoding a label taken from raw page bytes names (bytes read as Latin-1).</summary>
    /// <param name="label">The label's bytes.</param>
    /// <returns>The encoding, or null when the label is unknown.</returns>
    public static Encoding? TryGetAscii(ReadOnlySpan<byte> label)
    {
        label = label.Trim(AsciiWhitespace.Bytes);
        if (label.IsEmpty || label.Length > MaxLabelLength || label.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E))
        {
            return null;
        }

        Span<char> chars = stackalloc char[MaxLabelLength];
        Ascii.ToUtf16(label, chars, out int written);
        return TryGet(chars[..written]);
    }

    private static FrozenDictionary<string, Encoding> Build()
    {
        var map = new Dictionary<string, Encoding>(StringComparer.OrdinalIgnoreCase);

        Add(map, Utf8, "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8");
        Add(map, SingleByte(866, "ibm866"), "866", "cp866", "csibm866", "ibm866");
        Add(map, SingleByte(28592, "iso-8859-2"),
            "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2");
        Add(map, SingleByte(28593, "iso-8859-3"),
            "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3");
        Add(map, SingleByte(28594, "iso-8859-4"),
            "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4");
        Add(map, SingleByte(28595, "iso-8859-5"),
            "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988");
        Add(map, SingleByte(28596, "iso-8859-6"),
            "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e",
            "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987");
        Add(map, SingleByte(28597, "iso-8859-7"),
            "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597",
            "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek");
        Add(map, SingleByte(28598, "iso-8859-8"),
            "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598",
            "iso_8859-8", "iso_8859-8:1988", "visual");
        Add(map, SingleByte(38598, "iso-8859-8-i"), "csiso88598i", "iso-8859-8-i", "logical");
        Add(map, new SingleByteEncoding(28600, "iso-8859-10", Iso8859Tables.Iso8859Part10),
            "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6");
        Add(map, SingleByte(28603, "iso-8859-13"), "iso-8859-13", "iso8859-13", "iso885913");
        Add(map, new SingleByteEncoding(28604, "iso-8859-14", Iso8859Tables.Iso8859Part14),
            "iso-8859-14", "iso8859-14", "iso885914");
        Add(map, SingleByte(28605, "iso-8859-15"), "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9");
        Add(map, new SingleByteEncoding(28606, "iso-8859-16", Iso8859Tables.Iso8859Part16), "iso-8859-16");
        Add(map, SingleByte(20866, "koi8-r"), "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r");
        Add(map, SingleByte(21866, "koi8-u"), "koi8-ru", "koi8-u");
        // 0xF0 of Mac Roman really is U+F8FF (the Apple logo), not an undefined byte.
        Add(map, SingleByte(10000, "macintosh", keepPrivateUse: 0xF0), "csmacintosh", "mac", "macintosh", "x-mac-roman");
        Add(map, SingleByte(874, "windows-874"), "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874");
        Add(map, SingleByte(1250, "windows-1250"), "cp1250", "windows-1250", "x-cp1250");
        Add(map, SingleByte(1251, "windows-1251"), "cp1251", "windows-1251", "x-cp1251");
        Add(map, Windows1252,
            "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
            "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
            "x-user-defined");
        Add(map, SingleByte(1253, "windows-1253"), "cp1253", "windows-1253", "x-cp1253");
        Add(map, SingleByte(1254, "windows-1254"),
            "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5",
            "latin5", "windows-1254", "x-cp1254");
        Add(map, SingleByte(1255, "windows-1255"), "cp1255", "windows-1255", "x-cp1255");
        Add(map, SingleByte(1256, "windows-1256"), "cp1256", "windows-1256", "x-cp1256");
        Add(map, SingleByte(1257, "windows-1257"), "cp1257", "windows-1257", "x-cp1257");
        Add(map, SingleByte(1258, "windows-1258"), "cp1258", "windows-1258", "x-cp1258");
        // The standard's x-mac-cyrillic is the Mac Ukrainian variant.
        Add(map, SingleByte(10017, "x-mac-cyrillic"), "x-mac-cyrillic", "x-mac-ukrainian");

        // The standard decodes GBK with the gb18030 decoder, a superset.
        Encoding? gb18030 = CodePage(54936);
        Add(map, gb18030,
            "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk", "gb18030");
        Add(map, CodePage(950), "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
        Add(map, CodePage(51932), "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp");
        Add(map, CodePage(50220), "csiso2022jp", "iso-2022-jp");
        Add(map, CodePage(932), "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis");
        Add(map, CodePage(949),
            "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
            "ksc_5601", "windows-949");
        Add(map, CodePage(50225), "csiso2022kr", "iso-2022-kr");
        Add(map, CodePage(52936), "hz-gb-2312");

        Add(map, Utf16BE, "unicodefffe", "utf-16be");
        Add(map, Utf16LE, "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le");

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, Encoding> map, Encoding? encoding, params string[] labels)
    {
        // A code page missing from the provider leaves its labels unknown rather than failing type initialisation.
        if (encoding is null)
        {
            return;
        }

        foreach (string label in labels)
        {
            map[label] = encoding;
        }
    }

    private static SingleByteEncoding SingleByte(int codePage, string webName, int keepPrivateUse = -1) =>
        SingleByteEncoding.FromCodePage(codePage, webName, keepPrivateUse)
        ?? throw new InvalidOperationException($"Code page {codePage} is missing from CodePagesEncodingProvider.");

    private static Encoding? CodePage(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(
            codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
}
