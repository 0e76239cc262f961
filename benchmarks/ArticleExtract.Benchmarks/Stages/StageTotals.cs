namespace ArticleExtract.Benchmarks.Stages;

/// <summary>Time (Stopwatch ticks) and allocated bytes summed per stage, and per page for the whole calls.</summary>
internal sealed class StageTotals(int stages)
{
    public long[] Ticks { get; } = new long[stages];

    public long[] Bytes { get; } = new long[stages];

    public int Pages { get; set; }

    public List<long> PublicTicks { get; } = [];

    public List<long> PublicBytes { get; } = [];

    public List<long> SmartReaderTicks { get; } = [];

    public List<long> SmartReaderBytes { get; } = [];

    public void RecordPublic((long Ticks, long Bytes) run)
    {
        PublicTicks.Add(run.Ticks);
        PublicBytes.Add(run.Bytes);
    }

    public void RecordSmartReader((long Ticks, long Bytes) run)
    {
        SmartReaderTicks.Add(run.Ticks);
        SmartReaderBytes.Add(run.Bytes);
    }
}
