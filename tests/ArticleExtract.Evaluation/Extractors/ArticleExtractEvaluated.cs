namespace ArticleExtract.Evaluation.Extractors;

/// <summary>ArticleExtract with default options, fed the raw bytes so its own charset detection runs.</summary>
internal sealed class ArticleExtractEvaluated : IEvaluatedExtractor
{
    public const string ExtractorName = "ArticleExtract";

    private readonly IArticleExtractor _extractor;

    public ArticleExtractEvaluated()
        : this(new ArticleExtractor())
    {
    }

    public ArticleExtractEvaluated(IArticleExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
    }

    public string Name => ExtractorName;

    public ExtractedFields Extract(byte[] html, Uri? url)
    {
        ExtractionResult result;
        try
        {
            result = _extractor.Extract(html, url, null);
        }
#pragma warning disable CA1031 // The library promises not to throw; if it does, the page counts as a failure and the run goes on.
        catch (Exception)
#pragma warning restore CA1031
        {
            return ExtractedFields.Failure;
        }

        if (result.Partial is { } partial)
        {
            // No body, but the metadata the page stated still counts for the metadata fields.
            return ExtractedFields.Failure with
            {
                Title = partial.Headline,
                Byline = partial.Byline,
                Authors = partial.Authors,
                Published = partial.Published?.Date,
            };
        }

        if (!result.Succeeded)
        {
            return ExtractedFields.Failure;
        }

        var article = result.Article;
        return new ExtractedFields
        {
            Body = article.Text,
            Title = article.Headline,
            Byline = article.Byline,
            Authors = article.Authors,
            Published = article.Published?.Date,
        };
    }
}
