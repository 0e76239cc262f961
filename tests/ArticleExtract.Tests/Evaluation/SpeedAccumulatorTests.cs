using System.Diagnostics;
using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class SpeedAccumulatorTests
{
    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
        Assert.Equal(10, SpeedAccumulator.Percentile(values, 0.50));
        Assert.Equal(19, SpeedAccumulator.Percentile(values, 0.95));
        Assert.Equal(7, SpeedAccumulator.Percentile([7], 0.95));
    }

    [Fact]
    public void Rates_come_from_total_time_and_allocation()
    {
        var speed = new SpeedAccumulator();
        speed.Add(Stopwatch.Frequency / 10, 1000); // 100 ms
        speed.Add(Stopwatch.Frequency / 10 * 3, 3000); // 300 ms

        var metrics = speed.ToMetrics().ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

        Assert.Equal(5.0, metrics[MetricNames.PagesPerSecond], 1e-9);
        Assert.Equal(2000.0, metrics[MetricNames.AllocatedBytesPerPage]);
        Assert.Equal(100.0, metrics[MetricNames.P50Ms], 1e-9);
        Assert.Equal(300.0, metrics[MetricNames.P95Ms], 1e-9);
        Assert.Empty(new SpeedAccumulator().ToMetrics());
    }
}
