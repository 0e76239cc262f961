using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleExtract.Serialization;
using Xunit;

namespace ArticleExtract.Tests.Serialization;

public sealed class ArticleJsonTests
{
    private static readonly string[] ContractKeys =
    [
        "headline", "dateline", "published", "modified", "byline", "authors", "paragraphs", "text", "siteName",
        "language", "canonicalUrl", "description", "leadImage", "failure",
    ];

    private static Article FullArticle => new()
    {
        Headline = "Kim orders more missiles",
        Dateline = new Dateline("SEOUL, South Korea (AP) —", "SEOUL, South Korea", "AP"),
        Published = new ArticleDate(new DateOnly(2025, 4, 11), new TimeOnly(16, 54, 43), TimeSpan.FromHours(8), DateSource.JsonLd),
        Modified = new ArticleDate(new DateOnly(2025, 4, 12), null, null, DateSource.MetaTag),
        Byline = "Jane Doe and John Roe",
        Authors = ["Jane Doe", "John Roe"],
        Paragraphs = ["First paragraph.", "Second paragraph."],
        Text = "SEOUL, South Korea (AP) — First paragraph.\n\nSecond paragraph.",
        SiteName = "AP News",
        Language = "en-US",
        CanonicalUrl = new Uri("https://apnews.example/article/kim"),
        Description = "A summary.",
        LeadImage = new Uri("https://apnews.example/img/kim.jpg"),
    };

    [Fact]
    public void A_success_has_every_contract_key_in_order_and_a_null_failure()
    {
        using var json = JsonDocument.Parse(ArticleJson.Serialize(ExtractionResult.Success(FullArticle)));
        var root = json.RootElement;

        Assert.Equal(ContractKeys, root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("Kim orders more missiles", root.GetProperty("headline").GetString());
        Assert.Equal(["text", "location", "agency"], root.GetProperty("dateline").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("SEOUL, South Korea", root.GetProperty("dateline").GetProperty("location").GetString());
        Assert.Equal("AP", root.GetProperty("dateline").GetProperty("agency").GetString());
        Assert.Equal("2025-04-11T16:54:43+08:00", root.GetProperty("published").GetString());
        Assert.Equal("2025-04-12", root.GetProperty("modified").GetString());
        Assert.Equal(["Jane Doe", "John Roe"], root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).ToArray());
        Assert.Equal(2, root.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(FullArticle.Text, root.GetProperty("text").GetString());
        Assert.Equal("AP News", root.GetProperty("siteName").GetString());
        Assert.Equal("en-US", root.GetProperty("language").GetString());
        Assert.Equal("https://apnews.example/article/kim", root.GetProperty("canonicalUrl").GetString());
        Assert.Equal("A summary.", root.GetProperty("description").GetString());
        Assert.Equal("https://apnews.example/img/kim.jpg", root.GetProperty("leadImage").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("failure").ValueKind);
    }

    [Fact]
    public void Unknown_values_are_written_as_null_not_left_out()
    {
        var text = ArticleJson.Serialize(ExtractionResult.Success(new Article { Text = "Body." }));

        Assert.Equal(
            """{"headline":null,"dateline":null,"published":null,"modified":null,"byline":null,"authors":[],"paragraphs":[],"text":"Body.","siteName":null,"language":null,"canonicalUrl":null,"description":null,"leadImage":null,"failure":null}""",
            text);
    }

    [Fact]
    public void A_dateline_without_location_or_agency_keeps_them_as_null()
    {
        var article = new Article { Text = "x", Dateline = new Dateline("LONDON —", null, null) };

        var text = ArticleJson.Serialize(ExtractionResult.Success(article));

        Assert.Contains("\"dateline\":{\"text\":\"LONDON —\",\"location\":null,\"agency\":null}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FailureReason.EmptyInput, "emptyInput")]
    [InlineData(FailureReason.BinaryInput, "binaryInput")]
    [InlineData(FailureReason.InputTooLarge, "inputTooLarge")]
    [InlineData(FailureReason.NoArticleFound, "noArticleFound")]
    public void A_failure_nulls_every_article_field_and_names_the_reason_in_camel_case(FailureReason reason, string name)
    {
        var text = ArticleJson.Serialize(ExtractionResult.Fail(reason, "Why it failed."));

        Assert.Equal(
            "{\"headline\":null,\"dateline\":null,\"published\":null,\"modified\":null,\"byline\":null,\"authors\":[],\"paragraphs\":[],\"text\":null,\"siteName\":null,\"language\":null,\"canonicalUrl\":null,\"description\":null,\"leadImage\":null,\"failure\":{\"reason\":\"" +
            name + "\",\"message\":\"Why it failed.\"}}",
            text);
    }

    [Fact]
    public void A_failure_with_a_partial_article_writes_its_metadata_but_no_text()
    {
        var result = new ArticleExtractor().Extract(
            "<html><head><title>Watch: the launch</title><meta name='author' content='Jane Roe'></head>" +
            "<body><nav><a href='/'>Home</a></nav></body></html>");

        var text = ArticleJson.Serialize(result);

        Assert.StartsWith("{\"headline\":\"Watch: the launch\",", text, StringComparison.Ordinal);
        Assert.Contains("\"byline\":\"Jane Roe\",\"authors\":[\"Jane Roe\"],\"paragraphs\":[],\"text\":null,", text, StringComparison.Ordinal);
        Assert.EndsWith("\"failure\":{\"reason\":\"noArticleFound\",\"message\":\"The page holds no story text.\"}}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_failure_reason_has_a_camel_case_name()
    {
        foreach (var reason in Enum.GetValues<FailureReason>())
        {
            var name = ArticleJson.ReasonName(reason);
            Assert.True(char.IsLower(name[0]), name);
            Assert.Equal(reason.ToString(), char.ToUpperInvariant(name[0]) + name[1..]);
        }
    }

    [Fact]
    public void Non_ascii_is_written_literally_while_json_syntax_is_still_escaped()
    {
        var headline = "Größe „zählt“ — 北朝鮮 \"quoted\" <b>&</b>\nline";
        var text = ArticleJson.Serialize(ExtractionResult.Success(new Article { Headline = headline, Text = "é" }));

        Assert.Contains("Größe „zählt“ — 北朝鮮", text, StringComparison.Ordinal);
        Assert.Contains("<b>&</b>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(headline, json.RootElement.GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData(2025, 4, 11, null, null, "2025-04-11")]
    [InlineData(2025, 4, 11, "16:54:43", null, "2025-04-11T16:54:43")]
    [InlineData(2025, 4, 11, "16:54:43", 8.0, "2025-04-11T16:54:43+08:00")]
    [InlineData(2025, 4, 11, "16:54:43", 0.0, "2025-04-11T16:54:43Z")]
    [InlineData(2001, 1, 2, "03:04:05", -5.5, "2001-01-02T03:04:05-05:30")]
    public void Dates_are_iso_8601_at_the_precision_found(int y, int m, int d, string? time, double? offsetHours, string expected)
    {
        var date = new ArticleDate(
            new DateOnly(y, m, d),
            time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            offsetHours is null ? null : TimeSpan.FromHours(offsetHours.Value),
            DateSource.MetaTag);

        using var json = JsonDocument.Parse(ArticleJson.Serialize(ExtractionResult.Success(new Article { Text = "x", Published = date, Modified = date })));

        Assert.Equal(expected, json.RootElement.GetProperty("published").GetString());
        Assert.Equal(expected, json.RootElement.GetProperty("modified").GetString());
    }

    [Fact]
    public void Indented_output_holds_the_same_json_over_several_lines()
    {
        var result = ExtractionResult.Success(FullArticle);

        var compact = ArticleJson.Serialize(result);
        var indented = ArticleJson.Serialize(result, indented: true);

        Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
        Assert.StartsWith("{" + Environment.NewLine + "  \"headline\": ", indented, StringComparison.Ordinal);
        Assert.Contains("—", indented, StringComparison.Ordinal);
        using var a = JsonDocument.Parse(compact);
        using var b = JsonDocument.Parse(indented);
        Assert.True(JsonElement.DeepEquals(a.RootElement, b.RootElement));
    }

    [Fact]
    public void Write_puts_the_id_first_when_given_and_leaves_it_out_otherwise()
    {
        var result = ExtractionResult.Success(FullArticle);

        var withId = WriteToString(writer => ArticleJson.Write(writer, result, "page-1"));
        var withoutId = WriteToString(writer => ArticleJson.Write(writer, result));

        Assert.StartsWith("{\"id\":\"page-1\",\"headline\":", withId, StringComparison.Ordinal);
        Assert.Equal(ArticleJson.Serialize(result), withoutId);
        Assert.Equal("{" + withId[(withId.IndexOf(',', StringComparison.Ordinal) + 1)..], withoutId);
    }

    [Fact]
    public void Write_follows_the_writers_options()
    {
        var result = ExtractionResult.Success(new Article { Headline = "Größe", Text = "x" });

        var strict = WriteToString(writer => ArticleJson.Write(writer, result), new JsonWriterOptions());

        Assert.Contains("Gr\\u00F6\\u00DFe", strict, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteFailure_writes_the_same_shape_with_a_custom_reason()
    {
        var text = WriteToString(writer => ArticleJson.WriteFailure(writer, "unreadable", "Could not find file 'x'.", "x.html"));

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(["id", .. ContractKeys], root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("unreadable", root.GetProperty("failure").GetProperty("reason").GetString());
        Assert.Equal("Could not find file 'x'.", root.GetProperty("failure").GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("text").ValueKind);
        Assert.Equal(0, root.GetProperty("authors").GetArrayLength());
    }

    [Fact]
    public void Arguments_are_checked()
    {
        using var writer = new Utf8JsonWriter(new ArrayBufferWriter<byte>());

        Assert.Throws<ArgumentNullException>(() => ArticleJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => ArticleJson.Write(null!, ExtractionResult.Fail(FailureReason.EmptyInput, "m")));
        Assert.Throws<ArgumentNullException>(() => ArticleJson.Write(writer, null!));
        Assert.Throws<ArgumentException>(() => ArticleJson.WriteFailure(writer, " ", "m"));
    }

    [Fact]
    public void Urls_are_written_in_their_escaped_absolute_form()
    {
        var article = new Article { Text = "x", CanonicalUrl = new Uri("https://Example.ORG/a b/ü?q=1"), LeadImage = new Uri("img/x.jpg", UriKind.Relative) };

        using var json = JsonDocument.Parse(ArticleJson.Serialize(ExtractionResult.Success(article)));

        Assert.Equal("https://example.org/a%20b/%C3%BC?q=1", json.RootElement.GetProperty("canonicalUrl").GetString());
        Assert.Equal("img/x.jpg", json.RootElement.GetProperty("leadImage").GetString());
    }

    private static string WriteToString(Action<Utf8JsonWriter> write, JsonWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options ?? new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
