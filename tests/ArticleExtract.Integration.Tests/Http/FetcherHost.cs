using ArticleExtract.Http;
using ArticleExtract.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleExtract.Integration.Tests.Http;

/// <summary>A service provider with <c>AddArticleExtractorHttp</c> whose client talks to a <see cref="FakeHandler"/>.</summary>
internal sealed class FetcherHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public FetcherHost(FakeHandler handler, Action<ArticleFetcherOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddArticleExtractorHttp(configure).ConfigurePrimaryHttpMessageHandler(() => handler);
        _provider = services.BuildServiceProvider();
        Handler = handler;
    }

    public FakeHandler Handler { get; }

    public IArticleFetcher Fetcher => _provider.GetRequiredService<IArticleFetcher>();

    public void Dispose() => _provider.Dispose();
}
