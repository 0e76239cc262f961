using System.Net;
using ArticleExtract;
using ArticleExtract.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ArticleExtract HTTP fetcher with a <see cref="IServiceCollection"/>.</summary>
public static class ArticleExtractHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IArticleFetcher"/> as a typed <see cref="HttpClient"/>, and <see cref="IArticleExtractor"/>
    /// with its defaults unless <c>AddArticleExtractor</c> registered it already.
    /// </summary>
    /// <remarks>
    /// The client's primary handler does not follow redirects (the fetcher does, within
    /// <see cref="ArticleFetcherOptions.MaxRedirects"/>) and decodes gzip, deflate and brotli; its own
    /// <see cref="HttpClient.Timeout"/> is off, since <see cref="ArticleFetcherOptions.Timeout"/> covers the whole fetch.
    /// The settings are validated when the host starts.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the settings, for example <c>o =&gt; o.UserAgent = "MyCrawler/1.0"</c>.</param>
    /// <returns>The client's builder, to add handlers (resilience, logging) or change the primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IHttpClientBuilder AddArticleExtractorHttp(
        this IServiceCollection services, Action<ArticleFetcherOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = AddCore(services, out var options);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>
    /// Registers <see cref="IArticleFetcher"/> as
    /// <see cref="AddArticleExtractorHttp(IServiceCollection, Action{ArticleFetcherOptions}?)"/> does, with the settings
    /// bound from a configuration section (keys: the property names of <see cref="ArticleFetcherOptions"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind, such as <c>builder.Configuration.GetSection("ArticleFetcher")</c>.</param>
    /// <returns>The client's builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IHttpClientBuilder AddArticleExtractorHttp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = AddCore(services, out var options);
        options.Bind(configuration);
        return builder;
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, out OptionsBuilder<ArticleFetcherOptions> options)
    {
        services.AddArticleExtractor();
        options = services.AddOptions<ArticleFetcherOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ArticleFetcherOptions>, ArticleFetcherOptionsValidator>());
        return services
            .AddHttpClient<IArticleFetcher, ArticleFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
            });
    }
}
