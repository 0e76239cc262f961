namespace ArticleExtract.Evaluation.Corpus;

/// <summary>The gold values of one page; a field is <see langword="null"/> when the manifest does not give it.</summary>
internal sealed record ExpectedValues
{
    public static ExpectedValues None { get; } = new();

    public string? Title { get; init; }

    public string? Byline { get; init; }

    public IReadOnlyList<string>? Authors { get; init; }

    public string? Published { get; init; }

    public string? BodyText { get; init; }

    public string? BodyPrefix { get; init; }

    public IReadOnlyList<string>? With { get; init; }

    public IReadOnlyList<string>? Without { get; init; }
}
