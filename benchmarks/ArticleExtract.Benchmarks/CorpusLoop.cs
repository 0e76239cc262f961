using System.Diagnostics;
using System.Globalization;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// <c>--loop [--corpus NAME] [--rounds N]</c>: the public <see cref="ArticleExtractor.Extract(byte[], Uri?, string?)"/>
/// over every page of a corpus, round after round, single-threaded, printing pages/s and GC counts per round.
/// A steady workload to attach a profiler to (see docs/performance.md); the first round includes JIT warm-up.
/// </summary>
internal static class CorpusLoop
{
    public static int Run(string corpora, List<string> args)
    {
        var corpus = "trafilatura";
        var rounds = 3;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--corpus" && i + 1 < args.Count)
            {
                corpus = args[++i];
            }
            else if (args[i] == "--rounds" && i + 1 < args.Count &&
                     int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) && rounds > 0)
            {
                i++;
            }
            else
            {
                Console.Error.WriteLine($"ArticleExtract.Benchmarks --loop: unexpected argument '{args[i]}' (expected --corpus NAME, --rounds N)");
                return 2;
            }
        }

        var pages = new List<CorpusPage>(CorpusPage.ReadAll(corpora, corpus));
        var extractor = new ArticleExtractor();
        for (var round = 1; round <= rounds; round++)
        {
            var gc0 = GC.CollectionCount(0);
            var gc1 = GC.CollectionCount(1);
            var gc2 = GC.CollectionCount(2);
            var bytes = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            foreach (var page in pages)
            {
                _ = extractor.Extract(page.Bytes, page.Url);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: {pages.Count} pages in {seconds:F1} s = {pages.Count / seconds:F1} pages/s, " +
                $"{(GC.GetTotalAllocatedBytes() - bytes) / 1024.0 / pages.Count:F0} KB allocated/page, GCs gen0 " +
                $"{GC.CollectionCount(0) - gc0} gen1 {GC.CollectionCount(1) - gc1} gen2 {GC.CollectionCount(2) - gc2}"));
        }

        return 0;
    }
}
