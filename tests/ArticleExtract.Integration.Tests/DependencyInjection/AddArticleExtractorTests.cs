using ArticleExtract.Integration.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace ArticleExtract.Integration.Tests.DependencyInjection;

public sealed class AddArticleExtractorTests
{
    [Fact]
    public void Resolves_one_shared_extractor_that_extracts_a_page()
    {
        using var provider = new ServiceCollection().AddArticleExtractor().BuildServiceProvider(validateScopes: true);

        var extractor = provider.GetRequiredService<IArticleExtractor>();
        Assert.Same(extractor, provider.GetRequiredService<IArticleExtractor>());

        var result = extractor.Extract(SamplePages.Story);
        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(SamplePages.Headline, result.Article.Headline);
    }

    [Fact]
    public void Configure_changes_the_settings_the_extractor_is_built_with()
    {
        using var provider = new ServiceCollection().AddArticleExtractor(o => o.MaxNodes = 8).BuildServiceProvider();

        var extractor = (ArticleExtractor)provider.GetRequiredService<IArticleExtractor>();

        Assert.Equal(8, extractor.Options.MaxNodes);
        Assert.Equal(FailureReason.TooManyNodes, extractor.Extract(SamplePages.Story).Failure?.Reason);
    }

    [Fact]
    public void Settings_bind_from_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ArticleExtractor:MaxNodes"] = "12345",
                ["ArticleExtractor:MaxInputBytes"] = "1048576",
                ["ArticleExtractor:TimeBudget"] = "00:00:05",
                ["ArticleExtractor:FallbackEncoding"] = "windows-1251",
            })
            .Build();

        using var provider = new ServiceCollection()
            .AddArticleExtractor(configuration.GetSection("ArticleExtractor"))
            .BuildServiceProvider();
        var options = ((ArticleExtractor)provider.GetRequiredService<IArticleExtractor>()).Options;

        Assert.Equal(12345, options.MaxNodes);
        Assert.Equal(1048576, options.MaxInputBytes);
        Assert.Equal(TimeSpan.FromSeconds(5), options.TimeBudget);
        Assert.Equal("windows-1251", options.FallbackEncoding);
        Assert.Equal(ArticleExtractorOptions.Default.MaxDepth, options.MaxDepth);
    }

    [Fact]
    public async Task Invalid_settings_stop_the_host_at_start_up()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddArticleExtractor(o => o.MaxDepth = 0);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("MaxDepth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_settings_throw_when_resolved_without_a_host()
    {
        using var provider = new ServiceCollection()
            .AddArticleExtractor(o => o.FallbackEncoding = "no-such-charset")
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IArticleExtractor>());

        Assert.Contains("no-such-charset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_twice_registers_one_extractor_and_applies_both_configurations()
    {
        var services = new ServiceCollection()
            .AddArticleExtractor(o => o.MaxNodes = 1000)
            .AddArticleExtractor(o => o.MaxDepth = 100);

        Assert.Single(services, d => d.ServiceType == typeof(IArticleExtractor));
        using var provider = services.BuildServiceProvider();
        var options = ((ArticleExtractor)provider.GetRequiredService<IArticleExtractor>()).Options;
        Assert.Equal(1000, options.MaxNodes);
        Assert.Equal(100, options.MaxDepth);
    }

    [Fact]
    public void An_extractor_registered_before_is_kept()
    {
        var mine = new ArticleExtractor(new ArticleExtractorOptions { MaxNodes = 77 });
        using var provider = new ServiceCollection()
            .AddSingleton<IArticleExtractor>(mine)
            .AddArticleExtractor()
            .BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<IArticleExtractor>());
    }

    [Fact]
    public void Settable_options_cannot_change_a_built_extractor_or_the_defaults()
    {
        var options = new ArticleExtractorOptions { MaxNodes = 1000 };
        var extractor = new ArticleExtractor(options);

        options.MaxNodes = 1;
        extractor.Options.MaxNodes = 1;
        ArticleExtractorOptions.Default.MaxNodes = 1;

        Assert.Equal(1000, extractor.Options.MaxNodes);
        Assert.Equal(200_000, ArticleExtractorOptions.Default.MaxNodes);
        Assert.True(extractor.Extract(SamplePages.Story).Succeeded);
    }
}
