using System.Text;
using ArticleExtract.Parsing;
using CsCheck;
using Xunit;

namespace ArticleExtract.Tests.Parsing;

public sealed class HtmlDecoderTests
{
    private static readonly Encoding Fallback = EncodingNames.Windows1252;

    private static Encoding CodePage(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    [Theory]
    [InlineData("gb2312", 936, "国务院总理在北京主持召开会议，研究经济形势。")]
    [InlineData("gbk", 936, "新华社北京电 记者报道")]
    [InlineData("shift_jis", 932, "東京都は月曜日、新しい計画を発表した。ニュース")]
    [InlineData("euc-jp", 51932, "日本の首相は記者会見で述べた。")]
    [InlineData("iso-2022-jp", 50220, "大阪で開かれた会議に参加した。")]
    [InlineData("big5", 950, "臺北市政府今日宣布新政策。")]
    [InlineData("euc-kr", 949, "서울에서 열린 회의에서 발표했다.")]
    [InlineData("windows-1251", 1251, "Президент заявил в понедельник, что реформа продолжится.")]
    [InlineData("koi8-r", 20866, "Москва. Правительство утвердило бюджет на будущий год.")]
    [InlineData("iso-8859-2", 28592, "Prezydent Polski ogłosił w środę nowe przepisy. Łódź, Kraków.")]
    [InlineData("windows-1253", 1253, "Η κυβέρνηση ανακοίνωσε νέα μέτρα.")]
    public void Legacy_encodings_round_trip_through_meta(string label, int codePage, string text)
    {
        Encoding encoding = CodePage(codePage);
        byte[] bytes = [.. encoding.GetBytes($"<html><head><meta charset=\"{label}\"><title>t</title></head><body><p>"),
            .. encoding.GetBytes(text), .. encoding.GetBytes("</p></body></html>")];

        DecodedHtml decoded = HtmlDecoder.Decode(bytes, null, Fallback);

        Assert.Equal(CharsetSource.MetaTag, decoded.Source);
        Assert.Contains("<p>" + text + "</p>", decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html; charset=gb2312", 936, "中华人民共和国国家统计局发布数据")]
    [InlineData("text/html; charset=Shift_JIS", 932, "日本銀行は金融政策を維持した")]
    [InlineData("text/html; charset=windows-1251", 1251, "Новости дня: Киев, Минск, Алматы")]
    [InlineData("text/html; charset=koi8-r", 20866, "Санкт-Петербург")]
    public void Legacy_encodings_round_trip_through_content_type(string contentType, int codePage, string text)
    {
        byte[] bytes = CodePage(codePage).GetBytes("<p>" + text + "</p>");

        DecodedHtml decoded = HtmlDecoder.Decode(bytes, contentType, Fallback);

        Assert.Equal(CharsetSource.ContentType, decoded.Source);
        Assert.Equal("<p>" + text + "</p>", decoded.Text);
    }

    [Fact]
    public void Invalid_utf8_under_a_utf8_declaration_decodes_with_replacement_characters()
    {
        byte[] bytes = [.. "<meta charset=utf-8><p>a"u8, 0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, .. "b</p>"u8];

        DecodedHtml decoded = HtmlDecoder.Decode(bytes, null, Fallback);

        Assert.Same(EncodingNames.Utf8, decoded.Encoding);
        Assert.EndsWith("<p>a\uFFFD(\uFFFD\uFFFD\uFFFD\uFFFDb</p>", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_BOM_is_not_part_of_the_text()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. "<p>x</p>"u8];
        byte[] utf16 = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<p>Привет, мир</p>")];
        byte[] utf16Big = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("<p>Γειά σου</p>")];

        Assert.Equal("<p>x</p>", HtmlDecoder.Decode(utf8, null, Fallback).Text);
        Assert.Equal("<p>Привет, мир</p>", HtmlDecoder.Decode(utf16, null, Fallback).Text);
        Assert.Equal("<p>Γειά σου</p>", HtmlDecoder.Decode(utf16Big, null, Fallback).Text);
    }

    [Fact]
    public void Undeclared_utf8_decodes_as_utf8()
    {
        const string Text = "<p>Zürich — «Déjà vu» 東京</p>";

        DecodedHtml decoded = HtmlDecoder.Decode(Encoding.UTF8.GetBytes(Text), null, Fallback);

        Assert.Equal(Text, decoded.Text);
        Assert.Equal(CharsetSource.Fallback, decoded.Source);
    }

    [Fact]
    public void Undeclared_legacy_bytes_decode_with_the_fallback()
    {
        byte[] bytes = CodePage(1252).GetBytes("<p>café “quoted”</p>");

        DecodedHtml decoded = HtmlDecoder.Decode(bytes, null, Fallback);

        Assert.Equal("<p>café “quoted”</p>", decoded.Text);
        Assert.Same(Fallback, decoded.Encoding);
    }

    [Fact]
    public void A_throwing_fallback_is_made_to_replace_instead()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        byte[] bytes = [.. "<p>a"u8, 0xFF, .. "</p>"u8];

        DecodedHtml decoded = HtmlDecoder.Decode(bytes, null, strict);

        Assert.Equal("<p>a\uFFFD</p>", decoded.Text);
        Assert.Equal(65001, decoded.Encoding.CodePage);
    }

    [Fact]
    public void Odd_length_utf16_and_empty_input_do_not_throw()
    {
        byte[] odd = [0xFF, 0xFE, (byte)'a', 0x00, (byte)'b'];

        Assert.Equal("a\uFFFD", HtmlDecoder.Decode(odd, null, Fallback).Text);
        Assert.Equal(string.Empty, HtmlDecoder.Decode([], null, Fallback).Text);
        Assert.Equal(string.Empty, HtmlDecoder.Decode([0xEF, 0xBB, 0xBF], null, Fallback).Text);
    }

    [Fact]
    public void Any_mix_of_markup_fragments_decodes_without_throwing()
    {
        string[] pieces =
        [
            "<meta", "<META", " ", "/", "charset", "http-equiv", "content-type", "content", "=", "\"", "'", ">", "<",
            "</", "<!", "<!--", "-->", "<?xml", "encoding", "koi8-r", "utf-16", "text/html;", "x", "\u00e9", "\0",
        ];
        Gen<byte[]> markup = Gen.OneOf(pieces).Array[0, 40]
            .Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts)));
        Gen<string?> contentType = Gen.OneOf<string?>(null, "text/html", "text/html; charset=\"", "text/html; charset=koi8-r");

        Gen.Select(markup, contentType).Sample((bytes, type) =>
        {
            DecodedHtml decoded = HtmlDecoder.Decode(bytes, type, Fallback);
            return decoded.Text is not null && Enum.IsDefined(decoded.Source);
        }, iter: 3000);
    }
}
