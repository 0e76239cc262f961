namespace ArticleExtract.Evaluation.Reporting;

/// <summary>The results of one harness run.</summary>
/// <param name="Corpora">One entry per corpus, in command-line order.</param>
/// <param name="WallTime">Wall time of the whole run.</param>
internal sealed record EvaluationReport(IReadOnlyList<CorpusReport> Corpora, TimeSpan WallTime);
