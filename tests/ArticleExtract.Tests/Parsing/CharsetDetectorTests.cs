using System.Text;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Parsing;

public sealed class CharsetDetectorTests
{
    private static readonly Encoding Fallback = EncodingNames.Windows1252;

    private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    private static DetectedCharset Detect(string markup, string? contentType = null) =>
        CharsetDetector.Detect(Latin1(markup), contentType, Fallback);

    [Fact]
    public void Utf8_BOM_wins_over_content_type_and_meta()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<meta charset=koi8-r><p>é</p>")];

        DetectedCharset detected = CharsetDetector.Detect(bytes, "text/html; charset=windows-1251", Fallback);

        Assert.Equal(new DetectedCharset(EncodingNames.Utf8, CharsetSource.ByteOrderMark, 3), detected);
    }

    [Fact]
    public void Utf16_BOMs_are_recognised()
    {
        byte[] little = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<p>Привет</p>")];
        byte[] big = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("<p>Привет</p>")];

        Assert.Equal(new DetectedCharset(EncodingNames.Utf16LE, CharsetSource.ByteOrderMark, 2), CharsetDetector.Detect(little, null, Fallback));
        Assert.Equal(new DetectedCharset(EncodingNames.Utf16BE, CharsetSource.ByteOrderMark, 2), CharsetDetector.Detect(big, "text/html; charset=utf-8", Fallback));
    }

    [Fact]
    public void Content_type_charset_wins_over_meta()
    {
        DetectedCharset detected = Detect("<meta charset=\"utf-8\"><p>x</p>", "text/html; charset=KOI8-R");

        Assert.Equal(CharsetSource.ContentType, detected.Source);
        Assert.Equal(20866, detected.Encoding.CodePage);
        Assert.Equal(0, detected.BomLength);
    }

    [Theory]
    [InlineData("text/html; charset=\"Shift_JIS\"", 932)]
    [InlineData("text/html;charset=shift_jis", 932)]
    [InlineData("text/html; CHARSET = x; charset=gbk", 54936)]
    [InlineData("text/html; foo=\"a;charset=utf-8\"; charset=gbk", 54936)]
    [InlineData("text/html; charset=\"win\\dows-1251\"", 1251)]
    [InlineData("text/html; charset=windows-1251 ; format=flowed", 1251)]
    [InlineData("text/html; charset=gbk; charset=utf-8", 54936)]
    public void Content_type_parameters_are_parsed_like_MIME_types(string contentType, int codePage)
    {
        DetectedCharset detected = Detect("<p>x</p>", contentType);

        Assert.Equal(CharsetSource.ContentType, detected.Source);
        Assert.Equal(codePage, detected.Encoding.CodePage);
    }

    [Theory]
    [InlineData("text/html; charset=klingon")]
    [InlineData("text/html")]
    [InlineData("charset=utf-8")]
    [InlineData("text/html; charset=")]
    [InlineData("text/html; charset=\"\"")]
    public void Unusable_content_type_falls_through_to_meta(string contentType)
    {
        DetectedCharset detected = Detect("<meta charset=windows-1251>", contentType);

        Assert.Equal(CharsetSource.MetaTag, detected.Source);
        Assert.Equal(1251, detected.Encoding.CodePage);
    }

    [Fact]
    public void Unterminated_quoted_content_type_charset_still_counts()
    {
        // The MIME parser takes an unterminated quoted string up to the end.
        Assert.Equal(20866, Detect("<p>x</p>", "text/html; charset=\"koi8-r").Encoding.CodePage);
    }

    [Theory]
    [InlineData("<meta charset=\"koi8-r\">")]
    [InlineData("<meta charset=koi8-r>")]
    [InlineData("<meta charset='koi8-r'>")]
    [InlineData("<META CHARSET=KOI8-R>")]
    [InlineData("<meta charset = \" koi8-r \" >")]
    [InlineData("<meta/charset=\"koi8-r\"/>")]
    [InlineData("<html><head><title>x</title><meta name=viewport content=\"width=device-width\"><meta charset=koi8-r></head>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">")]
    [InlineData("<meta content=\"text/html; charset=koi8-r\" http-equiv=\"content-type\">")]
    [InlineData("<meta http-equiv=content-type content='text/html;charset=\"koi8-r\"'>")]
    [InlineData("<meta http-equiv='CONTENT-TYPE' content='text/html; CharSet = koi8-r;foo'>")]
    [InlineData("<meta content='charsetx; charset=koi8-r' http-equiv=Content-Type>")]
    [InlineData("<meta charset=\"koi8-r\" charset=\"utf-8\">")]
    [InlineData("<!DOCTYPE html><!-- note --><?php x ?><meta charset=koi8-r>")]
    [InlineData("<!--><meta charset=koi8-r>")]
    public void Meta_declarations_are_found_in_any_form(string markup)
    {
        DetectedCharset detected = Detect(markup + "<p>x</p>");

        Assert.Equal(CharsetSource.MetaTag, detected.Source);
        Assert.Equal(20866, detected.Encoding.CodePage);
    }

    [Theory]
    [InlineData("<!-- <meta charset=\"koi8-r\"> --><p>x</p>")]
    [InlineData("<div title='<meta charset=\"koi8-r\">'><p>x</p>")]
    [InlineData("<meta content=\"text/html; charset=koi8-r\"><p>x</p>")]
    [InlineData("<meta name=\"description\" content=\"charset=koi8-r\"><p>x</p>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"text/html; charset=koi8-r\"><p>x</p>")]
    [InlineData("<metacharset=koi8-r><p>x</p>")]
    [InlineData("<meta charset=\"bogus\" http-equiv=\"content-type\" content=\"text/html; charset=koi8-r\"><p>x</p>")]
    [InlineData("<meta charset=\"koi8-r\"")]
    [InlineData("<meta charset=koi8-r")]
    [InlineData("<!-- unterminated <meta charset=koi8-r>")]
    public void Meta_that_does_not_count_falls_back(string markup)
    {
        DetectedCharset detected = Detect(markup);

        Assert.Equal(new DetectedCharset(Fallback, CharsetSource.Fallback, 0), detected);
    }

    [Fact]
    public void A_meta_after_the_first_1024_bytes_is_found_by_the_late_prescan_up_to_64_KiB()
    {
        // Browsers switch to a <meta charset> the parser meets after the prescan window (and reparse).
        const string Meta = "<meta charset=koi8-r>";
        string fits = new string(' ', CharsetDetector.PrescanLength - Meta.Length) + Meta + "<p>x</p>";
        string afterScripts = "<head><script>" + new string('a', 4000) + "</script>" + Meta + "<p>x</p>";
        string tooLate = "<p>" + new string('a', CharsetDetector.LatePrescanLength) + "</p>" + Meta;

        Assert.Equal(CharsetSource.MetaTag, Detect(fits).Source);
        Assert.Equal(20866, Detect(afterScripts).Encoding.CodePage);
        Assert.Equal(CharsetSource.Fallback, Detect(tooLate).Source);
    }

    [Fact]
    public void Non_ASCII_after_64_KiB_of_ASCII_still_counts_for_the_UTF8_sniff()
    {
        byte[] bytes = [.. Latin1("<p>" + new string('a', 100_000)), .. Encoding.UTF8.GetBytes("“Burned”</p>")];

        Assert.Same(EncodingNames.Utf8, CharsetDetector.Detect(bytes, null, Fallback).Encoding);
    }

    [Theory]
    [InlineData("<meta charset=\"utf-16\">", 65001)]
    [InlineData("<meta charset=\"UTF-16BE\">", 65001)]
    [InlineData("<meta http-equiv=content-type content=\"text/html; charset=utf-16le\">", 65001)]
    [InlineData("<meta charset=\"x-user-defined\">", 1252)]
    public void Meta_naming_utf16_means_utf8(string markup, int codePage)
    {
        DetectedCharset detected = Detect(markup);

        Assert.Equal(CharsetSource.MetaTag, detected.Source);
        Assert.Equal(codePage, detected.Encoding.CodePage);
    }

    [Fact]
    public void Content_type_naming_utf16_is_taken_as_is()
    {
        Assert.Same(EncodingNames.Utf16LE, Detect("<p>x</p>", "text/html; charset=utf-16").Encoding);
    }

    [Fact]
    public void XML_declaration_counts_when_no_meta_does()
    {
        DetectedCharset fromXml = Detect("<?xml version=\"1.0\" encoding='ISO-8859-2'?><html><p>x</p>");
        DetectedCharset metaWins = Detect("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><meta charset=koi8-r>");

        Assert.Equal(CharsetSource.MetaTag, fromXml.Source);
        Assert.Equal(28592, fromXml.Encoding.CodePage);
        Assert.Equal(20866, metaWins.Encoding.CodePage);
    }

    [Fact]
    public void UTF16_XML_declaration_without_BOM_is_recognised()
    {
        byte[] little = Encoding.Unicode.GetBytes("<?xml version=\"1.0\"?><p>x</p>");
        byte[] big = Encoding.BigEndianUnicode.GetBytes("<?xml version=\"1.0\"?><p>x</p>");

        Assert.Same(EncodingNames.Utf16LE, CharsetDetector.Detect(little, null, Fallback).Encoding);
        Assert.Same(EncodingNames.Utf16BE, CharsetDetector.Detect(big, null, Fallback).Encoding);
    }

    [Fact]
    public void Unknown_meta_charset_falls_back_to_the_callers_encoding()
    {
        Encoding fallback = EncodingNames.TryGet("windows-1251")!;

        DetectedCharset detected = CharsetDetector.Detect(Latin1("<meta charset=\"klingon\"><p>x</p>"), null, fallback);

        Assert.Equal(new DetectedCharset(fallback, CharsetSource.Fallback, 0), detected);
    }

    [Fact]
    public void Undeclared_valid_utf8_is_detected()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("<html><p>Zürich – Déjà vu, 東京</p></html>");

        DetectedCharset detected = CharsetDetector.Detect(bytes, null, Fallback);

        Assert.Equal(new DetectedCharset(EncodingNames.Utf8, CharsetSource.Fallback, 0), detected);
    }

    [Fact]
    public void Undeclared_ascii_or_legacy_bytes_use_the_fallback()
    {
        byte[] ascii = Latin1("<html><p>plain</p></html>");
        byte[] cyrillic = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes("<p>Новости дня</p>");

        Assert.Same(Fallback, CharsetDetector.Detect(ascii, null, Fallback).Encoding);
        Assert.Same(Fallback, CharsetDetector.Detect(cyrillic, null, Fallback).Encoding);
    }

    [Fact]
    public void A_utf8_sequence_cut_by_the_window_or_the_input_end_is_ignored()
    {
        byte[] start = Encoding.UTF8.GetBytes("<p>é");
        byte[] acrossWindow = [.. start, .. Latin1(new string('a', CharsetDetector.Utf8SniffLength - 1 - start.Length)), 0xC3, 0xA9, .. "<p>"u8];
        byte[] truncated = [.. Encoding.UTF8.GetBytes("<p>déjà "), 0xE6, 0x9D];
        byte[] brokenInside = [.. Encoding.UTF8.GetBytes("<p>déjà "), 0xE6, 0x9D, .. "<p>"u8];

        Assert.Same(EncodingNames.Utf8, CharsetDetector.Detect(acrossWindow, null, Fallback).Encoding);
        Assert.Same(EncodingNames.Utf8, CharsetDetector.Detect(truncated, null, Fallback).Encoding);
        Assert.Same(Fallback, CharsetDetector.Detect(brokenInside, null, Fallback).Encoding);
    }

    [Fact]
    public void A_null_fallback_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CharsetDetector.Detect([], null, null!));
    }

    [Fact]
    public void A_page_resaved_as_UTF8_under_a_legacy_meta_is_read_as_UTF8()
    {
        var text = "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"><p>" + string.Concat(Enumerable.Repeat("人工智能迈上新台阶。", 4)) + "</p>";

        DetectedCharset detected = CharsetDetector.Detect(Encoding.UTF8.GetBytes(text), null, Fallback);

        Assert.Equal(CharsetSource.Utf8OverMetaTag, detected.Source);
        Assert.Equal(Encoding.UTF8.CodePage, detected.Encoding.CodePage);
    }

    [Fact]
    public void A_few_UTF8_like_bytes_do_not_override_a_legacy_meta()
    {
        // "Ã©" in windows-1252 is the valid UTF-8 sequence for "é": one such pair must not outvote the declaration.
        DetectedCharset detected = Detect("<meta charset=windows-1252><p>Caf\u00C3\u00A9</p>");

        Assert.Equal(CharsetSource.MetaTag, detected.Source);
        Assert.Equal(1252, detected.Encoding.CodePage);
    }

    [Fact]
    public void A_legacy_page_under_its_own_meta_keeps_it()
    {
        var gbk = EncodingNames.TryGet("gbk")!;
        var bytes = gbk.GetBytes("<meta charset=gbk><p>" + string.Concat(Enumerable.Repeat("人工智能迈上新台阶。", 8)) + "</p>");

        DetectedCharset detected = CharsetDetector.Detect(bytes, null, Fallback);

        Assert.Equal(CharsetSource.MetaTag, detected.Source);
        Assert.Equal(gbk.CodePage, detected.Encoding.CodePage);
    }
}
