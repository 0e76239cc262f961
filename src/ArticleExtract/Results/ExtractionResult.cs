using System.Diagnostics.CodeAnalysis;

namespace ArticleExtract;

/// <summary>The outcome of one extraction: either an <see cref="ArticleExtract.Article"/> or a <see cref="ExtractionFailure"/>.</summary>
public sealed record ExtractionResult
{
    private ExtractionResult(Article? article, ExtractionFailure? failure, Article? partial = null)
    {
        Article = article;
        Failure = failure;
        Partial = partial;
    }

    /// <summary>The article, when one was found.</summary>
    public Article? Article { get; }

    /// <summary>Why no article was found, when none was.</summary>
    public ExtractionFailure? Failure { get; }

    /// <summary>
    /// When the page was read but held no story body (<see cref="FailureReason.NoArticleFound"/>), what it still
    /// stated about itself: headline, dates, byline, site name, language, canonical URL, description and lead image,
    /// with no paragraphs and an empty <see cref="Article.Text"/>. <see langword="null"/> on success and for every
    /// other failure.
    /// </summary>
    /// <remarks>
    /// Pages such as video pages, galleries or story stubs have a title and a date but no text worth extracting;
    /// callers that index them still want those.
    /// </remarks>
    public Article? Partial { get; }

    /// <summary>Whether an article was found.</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Article is not null;

    /// <summary>A result holding an article.</summary>
    /// <param name="article">The extracted article.</param>
    public static ExtractionResult Success(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ExtractionResult(article, null);
    }

    /// <summary>A result holding a failure.</summary>
    /// <param name="reason">The kind of failure.</param>
    /// <param name="message">A human-readable explanation.</param>
    public static ExtractionResult Fail(FailureReason reason, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ExtractionResult(null, new ExtractionFailure(reason, message));
    }

    /// <summary>A <see cref="FailureReason.NoArticleFound"/> result that keeps the page's metadata.</summary>
    internal static ExtractionResult NoArticle(string message, Article partial) =>
        new(null, new ExtractionFailure(FailureReason.NoArticleFound, message), partial);
}
