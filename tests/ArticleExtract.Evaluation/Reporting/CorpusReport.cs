using ArticleExtract.Evaluation.Metrics;

namespace ArticleExtract.Evaluation.Reporting;

/// <summary>The results of every extractor on one corpus.</summary>
internal sealed record CorpusReport
{
    /// <summary>The corpus folder's name.</summary>
    public required string Name { get; init; }

    /// <summary>How many pages were evaluated.</summary>
    public required int Pages { get; init; }

    public required IReadOnlyList<ExtractorReport> Extractors { get; init; }

    /// <summary>The worst pages of the first extractor (ArticleExtract), worst first.</summary>
    public IReadOnlyList<WorstPage> WorstPages { get; init; } = [];

    /// <summary>Whether <see cref="WorstPages"/> is ranked by body F1 (otherwise by snippet misses).</summary>
    public bool WorstRankedByF1 { get; init; }

    /// <summary>Wall time of the whole corpus run (both passes).</summary>
    public TimeSpan WallTime { get; init; }
}
