namespace ArticleExtract.Evaluation.Reporting;

/// <summary>One extractor's metrics on one corpus, in report order; metrics the corpus cannot give are absent.</summary>
/// <param name="Name">The extractor's name.</param>
/// <param name="Metrics">Metric key and value pairs.</param>
internal sealed record ExtractorReport(string Name, IReadOnlyList<KeyValuePair<string, double>> Metrics)
{
    /// <summary>The value of <paramref name="metric"/>, or <see langword="null"/> when absent.</summary>
    public double? Get(string metric)
    {
        foreach (var (key, value) in Metrics)
        {
            if (string.Equals(key, metric, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
