using System.Net;
using System.Net.Http.Headers;
using ArticleExtract.Http;
using ArticleExtract.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace ArticleExtract.Integration.Tests.Http;

public sealed class ArticleFetcherTests
{
    private static readonly Uri Page = new("https://news.example/2025/04/11/floods");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetches_and_extracts_a_page()
    {
        using var host = new FetcherHost(new FakeHandler(_ => FakeHandler.Html(SamplePages.Story)));

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(SamplePages.Headline, result.Article.Headline);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(Page, result.FinalUrl);
        Assert.Equal("text/html; charset=utf-8", result.ContentType);
    }

    [Fact]
    public async Task The_response_charset_decodes_the_page()
    {
        using var host = new FetcherHost(new FakeHandler(_ => FakeHandler.Html(SamplePages.CyrillicStory(), "text/html; charset=windows-1251")));

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.True(result.Succeeded, result.Extraction?.Failure?.Message ?? result.Failure?.Message);
        Assert.Equal(SamplePages.CyrillicHeadline, result.Article.Headline);
    }

    [Fact]
    public async Task Sends_the_user_agent_and_asks_for_html()
    {
        using var host = new FetcherHost(new FakeHandler(_ => FakeHandler.Html(SamplePages.Story)), o => o.UserAgent = "TestBot/2.0 (+https://bot.example)");

        await host.Fetcher.FetchAsync(Page, Ct);

        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("TestBot/2.0 (+https://bot.example)", string.Join(' ', request.Headers.GetValues("User-Agent")));
        Assert.Contains(request.Headers.Accept, a => a.MediaType == "text/html");
    }

    [Fact]
    public async Task The_default_user_agent_names_the_package_and_its_version()
    {
        using var host = new FetcherHost(new FakeHandler(_ => FakeHandler.Html(SamplePages.Story)));

        await host.Fetcher.FetchAsync(Page, Ct);

        Assert.Matches(@"^ArticleExtract/\d+\.\d+\.\d+", string.Join(' ', host.Handler.Requests[0].Headers.GetValues("User-Agent")));
    }

    [Fact]
    public async Task An_error_status_is_a_failure_with_the_status()
    {
        using var host = new FetcherHost(new FakeHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound)));

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.False(result.Fetched);
        Assert.Equal(FetchFailureReason.HttpError, result.Failure.Reason);
        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
        Assert.Contains("404", result.Failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/pdf")]
    [InlineData("application/json; charset=utf-8")]
    public async Task A_response_that_is_not_html_is_refused(string contentType)
    {
        using var host = new FetcherHost(new FakeHandler(_ => FakeHandler.Html([1, 2, 3], contentType)));

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.Equal(FetchFailureReason.UnsupportedContentType, result.Failure?.Reason);
        Assert.Equal(contentType, result.ContentType);
    }

    [Fact]
    public async Task Xhtml_and_a_missing_content_type_are_read()
    {
        using var xhtml = new FetcherHost(new FakeHandler(_ => FakeHandler.Html(SamplePages.StoryBytes, "application/xhtml+xml")));
        using var none = new FetcherHost(new FakeHandler(_ => FakeHandler.Html(SamplePages.StoryBytes, contentType: null)));

        Assert.True((await xhtml.Fetcher.FetchAsync(Page, Ct)).Succeeded);
        Assert.True((await none.Fetcher.FetchAsync(Page, Ct)).Succeeded);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var body = new CountingStream(length: 4096);
        using var host = new FetcherHost(
            new FakeHandler(_ =>
            {
                var content = new StreamContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/html");
                content.Headers.ContentLength = 4096;
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
            }),
            o => o.MaxResponseBytes = 1000);

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.Equal(FetchFailureReason.TooLarge, result.Failure?.Reason);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task An_endless_body_is_not_read_past_the_limit()
    {
        var body = new CountingStream();
        using var host = new FetcherHost(
            new FakeHandler(_ =>
            {
                var content = new StreamContent(body, bufferSize: 4096);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/html");
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
            }),
            o => o.MaxResponseBytes = 100_000);

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.Equal(FetchFailureReason.TooLarge, result.Failure?.Reason);
        Assert.InRange(body.BytesRead, 100_001, 100_001 + 4096);
    }

    [Fact]
    public async Task Redirects_are_followed_to_the_final_address()
    {
        using var host = new FetcherHost(new FakeHandler(request => request.RequestUri!.AbsolutePath switch
        {
            "/old" => FakeHandler.Redirect(HttpStatusCode.MovedPermanently, "https://www.news.example/moved"),
            "/moved" => FakeHandler.Redirect(HttpStatusCode.Found, "/2025/04/11/floods?x=1"),
            _ => FakeHandler.Html(SamplePages.Story),
        }));

        var result = await host.Fetcher.FetchAsync(new Uri("http://news.example/old"), Ct);

        Assert.True(result.Succeeded);
        Assert.Equal(new Uri("http://news.example/old"), result.RequestedUrl);
        Assert.Equal(new Uri("https://www.news.example/2025/04/11/floods?x=1"), result.FinalUrl);
        Assert.Equal(3, host.Handler.Requests.Count);
    }

    [Fact]
    public async Task More_redirects_than_the_limit_fail()
    {
        var hops = 0;
        using var host = new FetcherHost(
            new FakeHandler(_ => FakeHandler.Redirect(HttpStatusCode.TemporaryRedirect, $"/hop{Interlocked.Increment(ref hops)}")),
            o => o.MaxRedirects = 2);

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.Equal(FetchFailureReason.TooManyRedirects, result.Failure?.Reason);
        Assert.Equal(3, host.Handler.Requests.Count);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, result.StatusCode);
    }

    [Theory]
    [InlineData("ftp://files.example/page.html")]
    [InlineData("file:///etc/passwd")]
    public async Task A_redirect_to_another_scheme_is_not_followed(string location)
    {
        using var host = new FetcherHost(new FakeHandler(_ => FakeHandler.Redirect(HttpStatusCode.Found, location)));

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.Equal(FetchFailureReason.InvalidUrl, result.Failure?.Reason);
        Assert.Single(host.Handler.Requests);
    }

    [Theory]
    [InlineData("ftp://files.example/page.html")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/page")]
    public async Task Only_absolute_http_and_https_urls_are_fetched(string url)
    {
        using var host = new FetcherHost(new FakeHandler(_ => FakeHandler.Html(SamplePages.Story)));

        var result = await host.Fetcher.FetchAsync(new Uri(url, UriKind.RelativeOrAbsolute), Ct);

        Assert.Equal(FetchFailureReason.InvalidUrl, result.Failure?.Reason);
        Assert.Empty(host.Handler.Requests);
    }

    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, FetchFailureReason.NameResolutionFailed)]
    [InlineData(HttpRequestError.ConnectionError, FetchFailureReason.ConnectionFailed)]
    [InlineData(HttpRequestError.SecureConnectionError, FetchFailureReason.ConnectionFailed)]
    public async Task Network_errors_are_failures(HttpRequestError error, FetchFailureReason expected)
    {
        using var host = new FetcherHost(new FakeHandler((_, _) => throw new HttpRequestException(error, "simulated")));

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.Equal(expected, result.Failure?.Reason);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        using var host = new FetcherHost(
            new FakeHandler(async (_, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return new HttpResponseMessage(HttpStatusCode.OK);
            }),
            o => o.Timeout = TimeSpan.FromMilliseconds(200));

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.Equal(FetchFailureReason.TimedOut, result.Failure?.Reason);
    }

    [Fact]
    public async Task Cancelling_throws_with_the_caller_s_token()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var host = new FetcherHost(new FakeHandler(async (_, ct) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Fetcher.FetchAsync(Page, cancel.Token));

        Assert.Equal(cancel.Token, error.CancellationToken);
    }

    [Fact]
    public async Task A_page_without_a_story_is_fetched_but_not_succeeded()
    {
        using var host = new FetcherHost(new FakeHandler(_ => FakeHandler.Html(SamplePages.NoStory)));

        var result = await host.Fetcher.FetchAsync(Page, Ct);

        Assert.True(result.Fetched);
        Assert.False(result.Succeeded);
        Assert.Equal(FailureReason.NoArticleFound, result.Extraction.Failure?.Reason);
    }

    [Fact]
    public void Invalid_settings_are_refused_when_the_fetcher_is_resolved()
    {
        using var host = new FetcherHost(new FakeHandler(_ => FakeHandler.Html(SamplePages.Story)), o => o.MaxRedirects = -1);

        var error = Assert.Throws<OptionsValidationException>(() => host.Fetcher);

        Assert.Contains("MaxRedirects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extractor_settings_of_AddArticleExtractor_are_kept()
    {
        var services = new ServiceCollection().AddArticleExtractor(o => o.MaxNodes = 999);
        services.AddArticleExtractorHttp();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(999, ((ArticleExtractor)provider.GetRequiredService<IArticleExtractor>()).Options.MaxNodes);
        Assert.NotNull(provider.GetRequiredService<IArticleFetcher>());
    }

    [Fact]
    public async Task Works_without_dependency_injection()
    {
        using var client = new HttpClient(new FakeHandler(_ => FakeHandler.Html(SamplePages.Story)));
        var fetcher = new ArticleFetcher(client, new ArticleExtractor());

        Assert.True((await fetcher.FetchAsync(Page, Ct)).Succeeded);
    }
}
