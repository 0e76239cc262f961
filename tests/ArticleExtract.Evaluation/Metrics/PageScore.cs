namespace ArticleExtract.Evaluation.Metrics;

/// <summary>One extractor's result on one page; a field is <see langword="null"/> when the page has no gold for it.</summary>
internal sealed record PageScore
{
    public ShingleScore? Body { get; init; }

    public int WithTotal { get; init; }

    public int WithFound { get; init; }

    public int WithoutTotal { get; init; }

    public int WithoutAbsent { get; init; }

    public bool? PrefixMatch { get; init; }

    public bool? TitleMatch { get; init; }

    public bool? PublishedMatch { get; init; }

    public bool? BylineMatch { get; init; }

    public bool Failed { get; init; }

    /// <summary>Snippet and prefix misses: used to rank pages that have no full body text.</summary>
    public int SnippetMisses => (WithTotal - WithFound) + (WithoutTotal - WithoutAbsent) + (PrefixMatch == false ? 1 : 0);

    /// <summary>Whether the page has any snippet or prefix expectation.</summary>
    public bool HasSnippets => WithTotal > 0 || WithoutTotal > 0 || PrefixMatch is not null;
}
