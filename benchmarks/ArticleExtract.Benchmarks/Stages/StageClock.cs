using System.Diagnostics;

namespace ArticleExtract.Benchmarks.Stages;

/// <summary>Charges the time and bytes since the last lap to a stage.</summary>
internal struct StageClock(StageTotals totals)
{
    private long _start = Stopwatch.GetTimestamp();
    private long _bytes = GC.GetAllocatedBytesForCurrentThread();

    public void Lap(int stage)
    {
        var now = Stopwatch.GetTimestamp();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        totals.Ticks[stage] += now - _start;
        totals.Bytes[stage] += bytes - _bytes;
        _start = now;
        _bytes = bytes;
    }
}
