using System.Text;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Parsing;

public sealed class BinarySnifferTests
{
    private static byte[] WithTextTail(byte[] head) => [.. head, .. "<html><body><p>hello</p></body></html>"u8];

    [Theory]
    [InlineData("89504E470D0A1A0A")] // PNG
    [InlineData("474946383961")] // GIF89a
    [InlineData("474946383761")] // GIF87a
    [InlineData("FFD8FFE0")] // JPEG
    [InlineData("255044462D312E37")] // %PDF-1.7
    [InlineData("504B0304")] // ZIP, docx
    [InlineData("504B0506")] // empty ZIP
    [InlineData("1F8B08")] // gzip
    [InlineData("377ABCAF271C")] // 7z
    [InlineData("526172211A07")] // RAR
    [InlineData("FD377A585A00")] // xz
    [InlineData("28B52FFD")] // zstd
    [InlineData("524946461A00000057454250")] // RIFF....WEBP
    [InlineData("0000001866747970")] // MP4 ....ftyp
    [InlineData("7F454C46")] // ELF
    [InlineData("4D5A90000300")] // PE "MZ" header with zero fields
    [InlineData("0061736D")] // WASM
    public void Known_binary_signatures_are_binary(string hex)
    {
        Assert.True(BinarySniffer.LooksBinary(WithTextTail(Convert.FromHexString(hex))));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>News</title></head><body><p>Story</p></body></html>")]
    [InlineData("   \r\n\t<html lang=\"en\">")]
    [InlineData("Plain text story.\nSecond line.\f")]
    [InlineData("MZ Tech announces new phone, the company said on Monday.")]
    [InlineData("RIFF raff and WAVE riders: a story")]
    [InlineData("GIF: a story")]
    public void Text_is_not_binary(string text)
    {
        Assert.False(BinarySniffer.LooksBinary(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Empty_input_is_not_binary()
    {
        Assert.False(BinarySniffer.LooksBinary([]));
    }

    [Fact]
    public void Utf16_text_with_or_without_BOM_is_not_binary()
    {
        const string Page = "<html><body><p>Story text here</p></body></html>";

        Assert.False(BinarySniffer.LooksBinary([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Page)]));
        Assert.False(BinarySniffer.LooksBinary([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Page)]));
        Assert.False(BinarySniffer.LooksBinary(Encoding.Unicode.GetBytes(Page)));
        Assert.False(BinarySniffer.LooksBinary(Encoding.BigEndianUnicode.GetBytes("Plain story text in UTF-16.")));
    }

    [Fact]
    public void A_NUL_in_text_that_does_not_look_like_html_is_binary()
    {
        Assert.True(BinarySniffer.LooksBinary("hello\0world, this is some text"u8.ToArray()));
    }

    [Fact]
    public void A_few_stray_NULs_in_an_html_page_are_tolerated()
    {
        string page = "\uFEFF <html><body><p>" + new string('a', 300) + "\0" + new string('b', 300) + "\0\0</p>";

        Assert.False(BinarySniffer.LooksBinary(Encoding.UTF8.GetBytes(page)));
    }

    [Fact]
    public void Html_start_followed_by_mostly_control_bytes_is_binary()
    {
        byte[] bytes = [.. "<x"u8, .. Enumerable.Repeat((byte)0x01, 200), .. Enumerable.Repeat((byte)'a', 200)];

        Assert.True(BinarySniffer.LooksBinary(bytes));
    }

    [Fact]
    public void More_than_ten_percent_control_bytes_is_binary()
    {
        byte[] many = [.. Enumerable.Repeat((byte)'a', 85), .. Enumerable.Repeat((byte)0x02, 15)];
        byte[] few = [.. Enumerable.Repeat((byte)'a', 95), .. Enumerable.Repeat((byte)0x02, 5)];

        Assert.True(BinarySniffer.LooksBinary(many));
        Assert.False(BinarySniffer.LooksBinary(few));
    }

    [Fact]
    public void Iso_2022_jp_escape_sequences_are_not_control_noise()
    {
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(50220)!.GetBytes("日本a語b東c京d大e阪f");

        Assert.Contains((byte)0x1B, bytes);
        Assert.False(BinarySniffer.LooksBinary(bytes));
    }

    [Fact]
    public void Only_the_first_1024_bytes_are_examined()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)'a', BinarySniffer.SniffLength), 0, 1, 2, 3];

        Assert.False(BinarySniffer.LooksBinary(bytes));
    }
}
