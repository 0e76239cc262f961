using ArticleExtract.Cleaning;
using ArticleExtract.Metadata;
using ArticleExtract.Normalization;
using ArticleExtract.Parsing;
using ArticleExtract.Readability;

namespace ArticleExtract;

/// <summary>
/// The stages in order, on one parsed document: parse → metadata → page cleaning → readability → story cleaning →
/// blocks → normalisation.
/// </summary>
internal static class ExtractionPipeline
{
    public static ExtractionResult Run(string html, Uri? url, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return ExtractionResult.Fail(FailureReason.EmptyInput, "The input is empty or only white space.");
        }

        var document = DocumentParser.Parse(html);
        ct.ThrowIfCancellationRequested();

        // Metadata first: the readability pass rewrites the DOM it reads.
        var metadata = MetadataReader.Read(document, url, DateTimeOffset.UtcNow);
        ct.ThrowIfCancellationRequested();

        PageCleaner.Clean(document);
        var story = StoryLocator.Locate(document, url);
        ct.ThrowIfCancellationRequested();

        var blocks = new List<string>();
        if (story is not null)
        {
            ContentCleaner.Clean(story);
            blocks = BlockFilter.Filter(BlockCollector.Collect(story), metadata);
        }

        if (blocks.Count == 0 && metadata.ArticleBody is { } articleBody)
        {
            // The page hid its story from the DOM (rendered by script) but stated it in JSON-LD.
            blocks = BlockFilter.Filter(ArticleBodySplitter.Split(articleBody), metadata);
        }

        if (blocks.Count == 0)
        {
            return ExtractionResult.Fail(FailureReason.NoArticleFound, "The page holds no story text.");
        }

        return ExtractionResult.Success(ArticleAssembler.Build(metadata, blocks));
    }
}
