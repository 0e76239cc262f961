using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ArticleExtract.Benchmarks;

/// <summary>The BenchmarkDotNet configuration: in-process runs, memory diagnoser, ratios against the baseline.</summary>
internal static class BenchmarkConfig
{
    /// <summary>Builds the configuration.</summary>
    /// <param name="quick">Few iterations (about a minute in all) instead of BenchmarkDotNet's statistical default.</param>
    /// <param name="artifacts">Where BenchmarkDotNet writes its logs and result tables.</param>
    public static IConfig Create(bool quick, string artifacts)
    {
        // In-process: BenchmarkDotNet's default rebuilds this project from its .csproj, which it looks for above the
        // binaries; builds with --artifacts-path put them outside the repository, where it is not found. The
        // benchmarked calls take milliseconds, so the in-process harness costs nothing measurable.
        var job = (quick ? Job.ShortRun.WithWarmupCount(2).WithIterationCount(5) : Job.Default)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId(quick ? "quick" : "default");

        return ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.JoinSummary);
    }
}
