namespace ArticleExtract.Evaluation.Extractors;

/// <summary>What an extractor produced for one page, in the shape the metrics compare.</summary>
internal sealed record ExtractedFields
{
    /// <summary>A failed extraction: no body and no fields.</summary>
    public static ExtractedFields Failure { get; } = new() { Failed = true };

    public string Body { get; init; } = string.Empty;

    public string? Title { get; init; }

    public string? Byline { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Published { get; init; }

    /// <summary>Whether the extractor reported a failure (or threw).</summary>
    public bool Failed { get; init; }
}
