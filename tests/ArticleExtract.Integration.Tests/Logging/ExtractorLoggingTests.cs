using ArticleExtract.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ArticleExtract.Integration.Tests.Logging;

public sealed class ExtractorLoggingTests
{
    private static readonly Uri PageUrl = new("https://news.example/2025/04/11/floods");

    [Fact]
    public void Debug_messages_tell_the_charset_story_container_and_date_source()
    {
        using var logs = new ListLoggerProvider();
        var extractor = new ArticleExtractor(ArticleExtractorOptions.Default, logs.CreateLogger<ArticleExtractor>());

        Assert.True(extractor.Extract(SamplePages.StoryBytes, PageUrl).Succeeded);

        var entries = logs.Entries;
        Assert.All(entries, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.Contains(entries, e => e.EventName == "Decoded" && e.Message.Contains("as utf-8, chosen from the MetaTag", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventName == "StoryContainerFound" && e.Message.EndsWith(" kept 3 blocks", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventName == "PublishedDateFound" && e.Message.Contains("2025-04-11T16:54:43+09:00 taken from MetaTag", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventName == "ArticleExtracted" && e.Message.Contains("3 paragraphs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failure_is_logged_with_its_reason()
    {
        using var logs = new ListLoggerProvider();
        var extractor = new ArticleExtractor(ArticleExtractorOptions.Default, logs.CreateLogger<ArticleExtractor>());

        Assert.False(extractor.Extract(SamplePages.NoStory, PageUrl).Succeeded);
        Assert.False(extractor.Extract("   ").Succeeded);

        Assert.Contains(logs.Entries, e => e.EventName == "ExtractionFailed" && e.Message.Contains("NoArticleFound", StringComparison.Ordinal)
            && e.Message.Contains(PageUrl.AbsoluteUri, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.EventName == "ExtractionFailed" && e.Message.Contains("EmptyInput", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_is_logged_above_debug()
    {
        using var logs = new ListLoggerProvider(LogLevel.Information);
        var extractor = new ArticleExtractor(ArticleExtractorOptions.Default, logs.CreateLogger<ArticleExtractor>());

        extractor.Extract(SamplePages.Story);
        extractor.Extract(SamplePages.NoStory);

        Assert.Empty(logs.Entries);
    }

    [Fact]
    public void The_registered_extractor_logs_through_the_container_s_logging()
    {
        using var logs = new ListLoggerProvider();
        using var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddArticleExtractor()
            .BuildServiceProvider();

        provider.GetRequiredService<IArticleExtractor>().Extract(SamplePages.Story);

        Assert.Contains(logs.Entries, e => e.Category == "ArticleExtract.ArticleExtractor" && e.EventName == "ArticleExtracted");
    }

    [Fact]
    public void Without_a_logger_extraction_works_as_before()
    {
        var extractor = new ArticleExtractor(ArticleExtractorOptions.Default, logger: null);

        Assert.True(extractor.Extract(SamplePages.Story).Succeeded);
    }
}
