using ArticleExtract.Parsing;
using Microsoft.Extensions.Logging;

namespace ArticleExtract.Logging;

/// <summary>
/// The extractor's log messages, source-generated so a disabled level costs one check and no formatting.
/// Every message is <see cref="LogLevel.Debug"/>: they explain a decision, they never report an error (bad pages
/// are results, not errors).
/// </summary>
internal static partial class ExtractorLog
{
    [LoggerMessage(EventId = 1, EventName = "ExtractionFailed", Level = LogLevel.Debug,
        Message = "No article from {Url}: {Reason}: {FailureMessage}")]
    public static partial void ExtractionFailed(ILogger logger, Uri? url, FailureReason reason, string failureMessage);

    [LoggerMessage(EventId = 2, EventName = "ArticleExtracted", Level = LogLevel.Debug,
        Message = "Article from {Url}: {ParagraphCount} paragraphs, headline found: {HeadlineFound}, byline found: {BylineFound}")]
    public static partial void ArticleExtracted(ILogger logger, Uri? url, int paragraphCount, bool headlineFound, bool bylineFound);

    [LoggerMessage(EventId = 3, EventName = "PublishedDateFound", Level = LogLevel.Debug,
        Message = "Published date {Published} taken from {DateSource} ({SourceDetail})")]
    public static partial void PublishedDateFound(ILogger logger, ArticleDate published, DateSource dateSource, string? sourceDetail);

    [LoggerMessage(EventId = 4, EventName = "NoPublishedDate", Level = LogLevel.Debug,
        Message = "No published date found")]
    public static partial void NoPublishedDate(ILogger logger);

    [LoggerMessage(EventId = 5, EventName = "Decoded", Level = LogLevel.Debug,
        Message = "Decoded {ByteCount} bytes as {Charset}, chosen from the {CharsetSource}")]
    public static partial void Decoded(ILogger logger, int byteCount, string charset, CharsetSource charsetSource);

    [LoggerMessage(EventId = 6, EventName = "StoryContainerFound", Level = LogLevel.Debug,
        Message = "Story container {Container} kept {BlockCount} blocks")]
    public static partial void StoryContainerFound(ILogger logger, ElementDescription container, int blockCount);

    [LoggerMessage(EventId = 7, EventName = "NoStoryContainer", Level = LogLevel.Debug,
        Message = "The readability pass found no story container")]
    public static partial void NoStoryContainer(ILogger logger);

    [LoggerMessage(EventId = 8, EventName = "ArticleBodyFallback", Level = LogLevel.Debug,
        Message = "The page's story text is taken from its JSON-LD articleBody ({BlockCount} blocks)")]
    public static partial void ArticleBodyFallback(ILogger logger, int blockCount);

    [LoggerMessage(EventId = 9, EventName = "ParagraphsRestored", Level = LogLevel.Debug,
        Message = "Put back {ParagraphCount} story paragraphs the readability pass dropped from the story's own container")]
    public static partial void ParagraphsRestored(ILogger logger, int paragraphCount);
}
