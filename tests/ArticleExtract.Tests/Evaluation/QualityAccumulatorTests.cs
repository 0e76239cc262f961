using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class QualityAccumulatorTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Body_means_use_only_pages_where_each_ratio_is_defined()
    {
        var accumulator = new QualityAccumulator();
        // Page 1: precision 1/2, recall 2/3.  Page 2: nothing predicted (recall 0, precision undefined).
        // Page 3: perfect.
        accumulator.Add(new PageScore { Body = ShingleMetric.Score("a b c d e f", "a b c d e x y") });
        accumulator.Add(new PageScore { Body = ShingleMetric.Score("a b c d", ""), Failed = true });
        accumulator.Add(new PageScore { Body = ShingleMetric.Score("p q r s", "p q r s") });

        var metrics = ToDictionary(accumulator.ToMetrics());

        var precision = (0.5 + 1.0) / 2;
        var recall = ((2.0 / 3) + 0 + 1.0) / 3;
        Assert.Equal(precision, metrics[MetricNames.BodyPrecision], Tolerance);
        Assert.Equal(recall, metrics[MetricNames.BodyRecall], Tolerance);
        Assert.Equal(2 * precision * recall / (precision + recall), metrics[MetricNames.BodyF1], Tolerance);
        Assert.Equal(1.0 / 3, metrics[MetricNames.BodyExact], Tolerance);
        Assert.Equal(1, metrics[MetricNames.Failures]);
    }

    [Fact]
    public void Snippet_rates_pool_snippets_and_other_rates_pool_pages()
    {
        var accumulator = new QualityAccumulator();
        accumulator.Add(new PageScore { WithTotal = 3, WithFound = 3, WithoutTotal = 1, WithoutAbsent = 0, TitleMatch = true });
        accumulator.Add(new PageScore { WithTotal = 1, WithFound = 0, WithoutTotal = 3, WithoutAbsent = 3, TitleMatch = false, PrefixMatch = true });

        var metrics = ToDictionary(accumulator.ToMetrics());

        Assert.Equal(0.75, metrics[MetricNames.WithRate], Tolerance);
        Assert.Equal(0.75, metrics[MetricNames.WithoutRate], Tolerance);
        Assert.Equal(0.5, metrics[MetricNames.TitleExact], Tolerance);
        Assert.Equal(1.0, metrics[MetricNames.PrefixRate], Tolerance);
    }

    [Fact]
    public void Metrics_without_gold_are_omitted_and_order_follows_the_report()
    {
        var accumulator = new QualityAccumulator();
        accumulator.Add(new PageScore { PublishedMatch = true });
        accumulator.Add(new PageScore { PublishedMatch = false });

        var keys = accumulator.ToMetrics().Select(m => m.Key).ToList();

        Assert.Equal([MetricNames.PublishedDay, MetricNames.Failures], keys);
    }

    private static Dictionary<string, double> ToDictionary(List<KeyValuePair<string, double>> metrics) =>
        metrics.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
}
