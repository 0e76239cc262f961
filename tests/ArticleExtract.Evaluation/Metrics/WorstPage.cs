namespace ArticleExtract.Evaluation.Metrics;

/// <summary>A badly extracted page for the report.</summary>
/// <param name="Id">The page id.</param>
/// <param name="Score">Body F1 when the ranking is by F1, otherwise the number of snippet misses.</param>
/// <param name="Leaked">The longest predicted passage that should not be there (at most 200 characters).</param>
/// <param name="Missed">The longest expected passage that is missing (at most 200 characters).</param>
internal sealed record WorstPage(string Id, double Score, string Leaked, string Missed);
