using System.Text;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Parsing;

public sealed class SingleByteEncodingTests
{
    private const string Russian = "Президент заявил в понедельник, что реформа «продолжится».";

    [Fact]
    public void Decoding_matches_the_code_page_for_mapped_bytes()
    {
        Encoding reference = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        byte[] bytes = reference.GetBytes(Russian);

        var encoding = (SingleByteEncoding)EncodingNames.TryGet("windows-1251")!;

        Assert.Equal(Russian, encoding.Decode(bytes));
        Assert.Equal(Russian, encoding.GetString(bytes));
        Assert.Equal(Russian, encoding.GetString(bytes, 0, bytes.Length));
    }

    [Fact]
    public void Encoding_matches_the_code_page_and_replaces_unmappable_characters()
    {
        Encoding reference = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        Encoding encoding = EncodingNames.TryGet("windows-1251")!;

        Assert.Equal(reference.GetBytes(Russian), encoding.GetBytes(Russian));
        Assert.Equal("a?b"u8.ToArray(), encoding.GetBytes("a\u4E2Db"));
    }

    [Fact]
    public void Long_mixed_runs_decode_correctly()
    {
        // ASCII runs longer than a vector, interleaved with high bytes, exercise both decode paths.
        Encoding reference = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        string text = string.Concat(Enumerable.Repeat("The café’s “menu” lists crème brûlée — €4. ", 200));
        byte[] bytes = reference.GetBytes(text);

        Assert.Equal(text, ((SingleByteEncoding)EncodingNames.Windows1252).Decode(bytes));
    }

    [Fact]
    public void Windows_1252_keeps_undefined_C1_bytes_as_controls_like_browsers()
    {
        Assert.Equal("\u0081\u20AC", EncodingNames.Windows1252.GetString([0x81, 0x80]));
    }

    [Fact]
    public void Names_and_counts_are_reported()
    {
        Encoding encoding = EncodingNames.TryGet("iso-8859-16")!;

        Assert.Equal("iso-8859-16", encoding.WebName);
        Assert.True(encoding.IsSingleByte);
        Assert.Equal(5, encoding.GetMaxCharCount(5));
        Assert.Equal(5, encoding.GetMaxByteCount(5));
        Assert.Equal(3, encoding.GetCharCount([1, 200, 3]));
    }

    [Fact]
    public void A_table_of_the_wrong_size_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SingleByteEncoding(1, "x", "abc"));
    }
}
