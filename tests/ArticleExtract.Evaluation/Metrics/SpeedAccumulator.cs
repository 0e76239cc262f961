using System.Diagnostics;

namespace ArticleExtract.Evaluation.Metrics;

/// <summary>Collects one extractor's per-page timings and allocations during the timed pass.</summary>
internal sealed class SpeedAccumulator
{
    private readonly List<double> _milliseconds = [];
    private long _ticks;
    private long _allocatedBytes;

    public int Pages => _milliseconds.Count;

    /// <summary>Records one page from <see cref="Stopwatch"/> ticks and an allocation delta.</summary>
    public void Add(long elapsedTicks, long allocatedBytes)
    {
        _ticks += elapsedTicks;
        _allocatedBytes += allocatedBytes;
        _milliseconds.Add(elapsedTicks * 1000.0 / Stopwatch.Frequency);
    }

    /// <summary>The speed metrics in report order; empty when nothing was timed.</summary>
    public List<KeyValuePair<string, double>> ToMetrics()
    {
        var metrics = new List<KeyValuePair<string, double>>();
        if (Pages == 0)
        {
            return metrics;
        }

        var seconds = (double)_ticks / Stopwatch.Frequency;
        var sorted = _milliseconds.ToArray();
        Array.Sort(sorted);
        metrics.Add(new(MetricNames.PagesPerSecond, seconds > 0 ? Pages / seconds : 0));
        metrics.Add(new(MetricNames.AllocatedBytesPerPage, (double)_allocatedBytes / Pages));
        metrics.Add(new(MetricNames.P50Ms, Percentile(sorted, 0.50)));
        metrics.Add(new(MetricNames.P95Ms, Percentile(sorted, 0.95)));
        return metrics;
    }

    /// <summary>Nearest-rank percentile of ascending values.</summary>
    public static double Percentile(IReadOnlyList<double> ascending, double fraction)
    {
        ArgumentNullException.ThrowIfNull(ascending);
        if (ascending.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(fraction * ascending.Count);
        return ascending[Math.Clamp(rank - 1, 0, ascending.Count - 1)];
    }
}
