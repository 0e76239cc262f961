using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ArticleExtract.Integration.Tests.Support;
using ArticleExtract.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace ArticleExtract.Integration.Tests.WebService;

/// <summary>The web sample, hosted in memory by <see cref="WebApplicationFactory{TEntryPoint}"/>.</summary>
public sealed class WebServiceTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_extract_answers_the_article_json_of_the_cli_contract()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            "/extract?url=" + Uri.EscapeDataString("https://news.example/2025/04/11/floods"), Html(SamplePages.Story), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync(Ct);
        var expected = new ArticleExtractor().Extract(SamplePages.Story, new Uri("https://news.example/2025/04/11/floods"));
        Assert.Equal(ArticleJson.Serialize(expected), json);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(SamplePages.Headline, root.GetProperty("headline").GetString());
        Assert.Equal("2025-04-11T16:54:43+09:00", root.GetProperty("published").GetString());
        Assert.Equal("AP", root.GetProperty("dateline").GetProperty("agency").GetString());
        Assert.Equal(3, root.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("failure").ValueKind);
        Assert.Equal(
            ["headline", "dateline", "published", "modified", "byline", "authors", "paragraphs", "text", "siteName", "language",
             "canonicalUrl", "description", "leadImage", "failure"],
            root.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_request_charset_is_honoured()
    {
        using var client = factory.CreateClient();
        using var body = new ByteArrayContent(SamplePages.CyrillicStory());
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("text/html; charset=windows-1251");

        using var response = await client.PostAsync("/extract", body, Ct);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(SamplePages.CyrillicHeadline, document.RootElement.GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("", "emptyInput")]
    [InlineData(SamplePages.NoStory, "noArticleFound")]
    public async Task A_page_without_an_article_is_422_with_the_reason(string html, string reason)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/extract", Html(html), Ct);

        var problem = await Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_body_over_the_default_16_MiB_is_413()
    {
        using var client = factory.CreateClient();
        var page = new byte[(16 * 1024 * 1024) + 1];
        page.AsSpan().Fill((byte)'a');
        using var body = new ByteArrayContent(page);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/html");

        using var response = await client.PostAsync("/extract", body, Ct);

        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(16 * 1024 * 1024, problem.GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task A_body_without_a_length_is_cut_off_at_the_configured_limit()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("WebService:MaxRequestBodyBytes", "1000"));
        using var client = small.CreateClient();
        using var body = new StreamContent(new CountingStream(length: 5000));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        body.Headers.ContentLength = null;

        using var response = await client.PostAsync("/extract", body, Ct);

        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(1000, problem.GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task A_body_under_the_configured_limit_is_extracted()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("WebService:MaxRequestBodyBytes", "100000"));
        using var client = small.CreateClient();

        using var response = await client.PostAsync("/extract", Html(SamplePages.Story), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_a_page_is_415()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/extract", new StringContent("{}", Encoding.UTF8, "application/json"), Ct);

        await Problem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://files.example/a.html")]
    public async Task An_invalid_url_is_400(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/extract?url=" + Uri.EscapeDataString(url), Html(SamplePages.Story), Ct);

        await Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_root_serves_the_page()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("connect-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<textarea id=\"html\"", html, StringComparison.Ordinal);
        Assert.Contains("fetch(\"extract\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_extract_is_a_problem_too()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/extract", Ct);

        await Problem(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public void Invalid_extractor_settings_stop_the_service_at_start_up()
    {
        using var broken = factory.WithWebHostBuilder(b => b.UseSetting("ArticleExtractor:MaxNodes", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => broken.CreateClient());

        Assert.Contains("MaxNodes", error.Message, StringComparison.Ordinal);
    }

    private static ByteArrayContent Html(string html)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(html));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/html; charset=utf-8");
        return content;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal((int)status, document.RootElement.GetProperty("status").GetInt32());
        return document.RootElement.Clone();
    }
}
