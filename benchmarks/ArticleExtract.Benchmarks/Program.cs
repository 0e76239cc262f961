using BenchmarkDotNet.Running;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- [--quick] [BenchmarkDotNet options]</c>;
/// <c>-- --stages [--corpus NAME]</c> prints the per-stage time and allocation split instead (when built with the
/// library's internals); <c>-- --loop [--corpus NAME] [--rounds N]</c> runs the public Extract over a corpus for a
/// profiler. Commands and results: docs/performance.md.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var quick = false;
        var stages = false;
        var loop = false;
        var rest = new List<string>(args.Length);
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--quick":
                    quick = true;
                    break;
                case "--stages":
                    stages = true;
                    break;
                case "--loop":
                    loop = true;
                    break;
                default:
                    rest.Add(arg);
                    break;
            }
        }

        string corpora;
        try
        {
            corpora = CorpusLocation.Find();
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine("ArticleExtract.Benchmarks: " + e.Message);
            return 2;
        }

        if (stages)
        {
            return RunStages(corpora, rest);
        }

        if (loop)
        {
            return CorpusLoop.Run(corpora, rest);
        }

        Console.WriteLine($"Corpora: {corpora}");
        Console.WriteLine(BenchmarkPages.Describe());
        var artifacts = Path.Combine(Path.GetTempPath(), "ArticleExtract.Benchmarks");
        var summary = BenchmarkRunner.Run<ExtractBenchmarks>(BenchmarkConfig.Create(quick, artifacts), [.. rest]);
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }

    private static int RunStages(string corpora, List<string> rest) => Stages.StageProfiler.Run(corpora, rest);
}
