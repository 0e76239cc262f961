namespace ArticleExtract;

/// <summary>
/// A news article extracted from a web page: its headline, dateline, dates, byline and body.
/// </summary>
/// <remarks>
/// Every property is <see langword="null"/> (or empty, for lists) when the page does not state it.
/// Instances are immutable and safe to share between threads. Text is in Unicode normalisation form C, whatever form
/// the page used.
/// </remarks>
public sealed record Article
{
    /// <summary>The story's own headline, without site-name prefixes or suffixes.</summary>
    public string? Headline { get; init; }

    /// <summary>The wire-style dateline that opens the story (for example <c>SEOUL, South Korea (AP) —</c>).</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>When the story was first published, at the precision the page gives.</summary>
    public ArticleDate? Published { get; init; }

    /// <summary>When the story was last modified, at the precision the page gives.</summary>
    public ArticleDate? Modified { get; init; }

    /// <summary>
    /// The author line, cleaned of "By", dates and job titles (for example <c>Jane Doe and John Roe</c>). Where the page
    /// credits a news agency or its newsroom and no person, that credit as printed (<c>EFE</c>, <c>Redacción</c>), while
    /// <see cref="Authors"/> stays empty.
    /// </summary>
    public string? Byline { get; init; }

    /// <summary>The individual authors' names, people only, in the order the page gives them.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>
    /// The story's blocks in reading order (paragraphs, headings, list items, quotes), whitespace-normalised,
    /// none empty. The first paragraph does not include the dateline.
    /// </summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>
    /// The body as plain text: the dateline exactly as printed, then the paragraphs joined by a blank line.
    /// </summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The name of the publishing site.</summary>
    public string? SiteName { get; init; }

    /// <summary>The document language as a BCP 47 tag (for example <c>en</c> or <c>de-DE</c>).</summary>
    public string? Language { get; init; }

    /// <summary>The canonical address of the page, made absolute.</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>The page's own summary of the story.</summary>
    public string? Description { get; init; }

    /// <summary>The address of the story's lead image, made absolute.</summary>
    public Uri? LeadImage { get; init; }
}
