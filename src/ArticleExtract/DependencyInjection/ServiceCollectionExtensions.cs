using ArticleExtract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ArticleExtract with a <see cref="IServiceCollection"/>.</summary>
public static class ArticleExtractServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IArticleExtractor"/> as a singleton built from
    /// <see cref="IOptions{TOptions}"/> of <see cref="ArticleExtractorOptions"/>, logging through
    /// <see cref="ILogger{TCategoryName}"/> of <see cref="ArticleExtractor"/> when logging is registered.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The options are validated with <see cref="ArticleExtractorOptions.Validate"/> when the host starts
    /// (<see cref="OptionsBuilderExtensions.ValidateOnStart{TOptions}(OptionsBuilder{TOptions})"/>), or, without a
    /// host, when the extractor is first resolved; invalid settings throw <see cref="OptionsValidationException"/>.
    /// </para>
    /// <para>
    /// Calling this more than once is safe: the extractor is registered once and every <paramref name="configure"/>
    /// runs, in order. <c>services.Configure&lt;ArticleExtractorOptions&gt;(...)</c> works as well.
    /// </para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the settings, for example <c>o =&gt; o.MaxNodes = 50_000</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddArticleExtractor(
        this IServiceCollection services, Action<ArticleExtractorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = AddCore(services);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// Registers <see cref="IArticleExtractor"/> as <see cref="AddArticleExtractor(IServiceCollection, Action{ArticleExtractorOptions}?)"/>
    /// does, with the settings bound from a configuration section.
    /// </summary>
    /// <remarks>
    /// The section's keys are the property names of <see cref="ArticleExtractorOptions"/>, for example in
    /// <c>appsettings.json</c>: <c>"ArticleExtractor": { "MaxNodes": 50000, "TimeBudget": "00:00:05" }</c>.
    /// Missing keys keep their defaults; values are read again when the configuration reloads, but the singleton
    /// extractor keeps the settings it was built with.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind, such as <c>builder.Configuration.GetSection("ArticleExtractor")</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddArticleExtractor(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services).Bind(configuration);
        return services;
    }

    private static OptionsBuilder<ArticleExtractorOptions> AddCore(IServiceCollection services)
    {
        // Each step is idempotent, so a second call adds nothing but its own configuration.
        var options = services.AddOptions<ArticleExtractorOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ArticleExtractorOptions>, ArticleExtractorOptionsValidator>());
        services.TryAddSingleton<IArticleExtractor>(provider => new ArticleExtractor(
            provider.GetRequiredService<IOptions<ArticleExtractorOptions>>().Value,
            provider.GetService<ILogger<ArticleExtractor>>()));
        return options;
    }
}
