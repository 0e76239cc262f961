using System.Text;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Parsing;

public sealed class EncodingNamesTests
{
    [Theory]
    [InlineData("utf-8", 65001)]
    [InlineData("UTF8", 65001)]
    [InlineData(" unicode-1-1-utf-8\t\n", 65001)]
    [InlineData("latin1", 1252)]
    [InlineData("ISO-8859-1", 1252)]
    [InlineData("us-ascii", 1252)]
    [InlineData("ascii", 1252)]
    [InlineData("cp1252", 1252)]
    [InlineData("x-user-defined", 1252)]
    [InlineData("iso-8859-2", 28592)]
    [InlineData("iso-8859-5", 28595)]
    [InlineData("iso-8859-9", 1254)]
    [InlineData("iso-8859-11", 874)]
    [InlineData("iso-8859-13", 28603)]
    [InlineData("iso-8859-15", 28605)]
    [InlineData("windows-1250", 1250)]
    [InlineData("windows-1251", 1251)]
    [InlineData("x-cp1251", 1251)]
    [InlineData("windows-1258", 1258)]
    [InlineData("koi8-r", 20866)]
    [InlineData("KOI8-U", 21866)]
    [InlineData("gb2312", 54936)]
    [InlineData("GBK", 54936)]
    [InlineData("x-gbk", 54936)]
    [InlineData("gb18030", 54936)]
    [InlineData("big5", 950)]
    [InlineData("shift_jis", 932)]
    [InlineData("sjis", 932)]
    [InlineData("MS_Kanji", 932)]
    [InlineData("euc-jp", 51932)]
    [InlineData("iso-2022-jp", 50220)]
    [InlineData("euc-kr", 949)]
    [InlineData("ks_c_5601-1987", 949)]
    [InlineData("utf-16", 1200)]
    [InlineData("utf-16le", 1200)]
    [InlineData("UTF-16BE", 1201)]
    public void Known_labels_map_to_the_WHATWG_encoding(string label, int codePage)
    {
        Encoding? encoding = EncodingNames.TryGet(label);

        Assert.NotNull(encoding);
        Assert.Equal(codePage, encoding.CodePage);
    }

    [Theory]
    [InlineData("iso-8859-10", 0xA1, '\u0104')]
    [InlineData("latin6", 0xFF, '\u0138')]
    [InlineData("iso-8859-14", 0xA1, '\u1E02')]
    [InlineData("iso-8859-16", 0xA4, '\u20AC')]
    [InlineData("iso-8859-16", 0xAA, '\u0218')]
    public void Iso_8859_parts_missing_from_dotnet_decode_from_their_tables(string label, int b, char expected)
    {
        Encoding encoding = EncodingNames.TryGet(label)!;

        Assert.Equal("x" + expected, encoding.GetString([(byte)'x', (byte)b]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("utf-9")]
    [InlineData("latin-1")]
    [InlineData("replacement")]
    [InlineData("iso-2022-cn")]
    [InlineData("\u017Fjis")] // LATIN SMALL LETTER LONG S: only ASCII letters match case-insensitively.
    [InlineData("utf\u00A08")]
    public void Unknown_labels_give_null(string? label)
    {
        Assert.Null(EncodingNames.TryGet(label));
    }

    [Fact]
    public void Byte_labels_are_trimmed_and_matched_case_insensitively()
    {
        Assert.Equal(20866, EncodingNames.TryGetAscii(" KOI8-R\f"u8)?.CodePage);
        Assert.Null(EncodingNames.TryGetAscii("koi8-r\u00e9"u8));
        Assert.Null(EncodingNames.TryGetAscii([]));
    }

    [Fact]
    public void Every_encoding_replaces_invalid_bytes_with_U_FFFD_and_never_throws()
    {
        var random = new Random(1234);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        byte[] allBytes = new byte[256];
        for (int i = 0; i < allBytes.Length; i++)
        {
            allBytes[i] = (byte)i;
        }

        foreach (string label in EncodingNames.Labels)
        {
            Encoding encoding = EncodingNames.TryGet(label)!;
            var fallback = Assert.IsType<DecoderReplacementFallback>(encoding.DecoderFallback);
            Assert.Equal("\uFFFD", fallback.DefaultString);

            // Neither call may throw, whatever the bytes.
            Assert.NotNull(encoding.GetString(garbage));
            Assert.NotNull(encoding.GetString(allBytes));
        }
    }

    [Theory]
    [InlineData("utf-8", new byte[] { 0x61, 0xC3, 0x28 }, "a\uFFFD(")]
    [InlineData("utf-8", new byte[] { 0xFF }, "\uFFFD")]
    [InlineData("utf-16le", new byte[] { 0x00, 0xD8, 0x61, 0x00 }, "\uFFFDa")]
    [InlineData("gb18030", new byte[] { 0x81, 0x20 }, "\uFFFD ")]
    [InlineData("windows-1253", new byte[] { 0xAA }, "\uFFFD")]
    [InlineData("windows-874", new byte[] { 0xFC }, "\uFFFD")]
    [InlineData("iso-8859-6", new byte[] { 0xA1 }, "\uFFFD")]
    public void Invalid_or_undefined_bytes_decode_to_U_FFFD(string label, byte[] bytes, string expected)
    {
        Assert.Equal(expected, EncodingNames.TryGet(label)!.GetString(bytes));
    }

    [Fact]
    public void Mac_Roman_keeps_its_one_real_private_use_mapping()
    {
        Assert.Equal("\uF8FF", EncodingNames.TryGet("macintosh")!.GetString([0xF0]));
    }

    [Fact]
    public void The_same_label_always_gives_the_same_cached_instance()
    {
        Assert.Same(EncodingNames.TryGet("gbk"), EncodingNames.TryGet("GB2312"));
        Assert.Same(EncodingNames.Windows1252, EncodingNames.TryGet("latin1"));
    }
}
