using System.Diagnostics;
using System.Globalization;
using ArticleExtract.Cleaning;
using ArticleExtract.Metadata;
using ArticleExtract.Normalization;
using ArticleExtract.Parsing;
using ArticleExtract.Readability;

namespace ArticleExtract.Benchmarks.Stages;

/// <summary>
/// Single-threaded time and allocation per pipeline stage over whole corpora, next to SmartReader alone on the
/// same pages. It calls the stages in the order of ExtractionPipeline.RunStages (keep the two in step); every page
/// is run once to warm up, then once measured.
/// </summary>
internal static class StageProfiler
{
    private static readonly string[] Names =
    [
        "decode (charset + text)", "parse (prescan + AngleSharp + limits)", "metadata", "page cleaning",
        "readability (SmartReader on our DOM)", "story cleaning", "blocks (collect + filter)", "assemble",
    ];

    /// <summary>Profiles the corpora named by <c>--corpus NAME</c> (default trafilatura) and prints the tables.</summary>
    public static int Run(string corpora, List<string> args)
    {
        var names = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--corpus" && i + 1 < args.Count)
            {
                names.Add(args[++i]);
            }
            else
            {
                Console.Error.WriteLine($"ArticleExtract.Benchmarks --stages: unknown argument '{args[i]}' (expected --corpus NAME)");
                return 2;
            }
        }

        if (names.Count == 0)
        {
            names.Add("trafilatura");
        }

        var pages = new List<CorpusPage>();
        foreach (var name in names)
        {
            pages.AddRange(CorpusPage.ReadAll(corpora, name));
        }

        var options = new ArticleExtractorOptions();
        var fallback = EncodingNames.TryGet(options.FallbackEncoding)!;
        var extractor = new ArticleExtractor(options);

        // Warm-up: every code path JIT-compiled and tiered up before anything is measured.
        var warm = new StageTotals(Names.Length);
        foreach (var page in pages)
        {
            RunStages(page, options, fallback, warm);
            RunSmartReader(page, fallback, warm);
            _ = extractor.Extract(page.Bytes, page.Url);
        }

        var totals = new StageTotals(Names.Length);
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pauseBefore = GC.GetTotalPauseDuration();
        foreach (var page in pages)
        {
            RunStages(page, options, fallback, totals);
            RunSmartReader(page, fallback, totals);
            totals.RecordPublic(Measure(() => extractor.Extract(page.Bytes, page.Url)));
        }

        var gcAfter = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        Print(string.Join("+", names), pages.Count, totals, Console.Out);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"GC during the measured pass: gen0 {gcAfter.Item1 - gcBefore.Item1}, gen1 {gcAfter.Item2 - gcBefore.Item2}, " +
            $"gen2 {gcAfter.Item3 - gcBefore.Item3}, pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms " +
            $"(server GC: {System.Runtime.GCSettings.IsServerGC})"));
        return 0;
    }

    private static void RunStages(CorpusPage page, ArticleExtractorOptions options, System.Text.Encoding fallback, StageTotals totals)
    {
        var clock = new StageClock(totals);
        if (BinarySniffer.LooksBinary(page.Bytes))
        {
            return;
        }

        var text = HtmlDecoder.Decode(page.Bytes, null, fallback).Text;
        clock.Lap(0);
        var parsed = DocumentParser.Parse(text, options, CancellationToken.None);
        clock.Lap(1);
        if (parsed.Document is not { } document)
        {
            return;
        }

        var metadata = MetadataReader.Read(document, page.Url, DateTimeOffset.UtcNow);
        clock.Lap(2);
        PageCleaner.Clean(document);
        clock.Lap(3);
        var story = StoryLocator.Locate(document, page.Url, out var address);
        clock.Lap(4);
        var blocks = new List<string>();
        if (story is not null)
        {
            ContentCleaner.Clean(story);
            clock.Lap(5);
            blocks = BlockFilter.Filter(BlockCollector.Collect(story, address), metadata);
            clock.Lap(6);
        }

        if (blocks.Count == 0 && metadata.ArticleBody is { } articleBody)
        {
            blocks = BlockFilter.Filter(ArticleBodySplitter.Split(articleBody), metadata);
            clock.Lap(6);
        }

        if (blocks.Count > 0)
        {
            _ = ArticleAssembler.Build(metadata, blocks);
            clock.Lap(7);
        }

        totals.Pages++;
    }

    private static void RunSmartReader(CorpusPage page, System.Text.Encoding fallback, StageTotals totals)
    {
        totals.RecordSmartReader(Measure(() =>
        {
            try
            {
                var text = HtmlDecoder.Decode(page.Bytes, null, fallback).Text;
                return new SmartReader.Reader(page.Url?.AbsoluteUri ?? "https://localhost/", text).GetArticle().TextContent;
            }
#pragma warning disable CA1031 // As in the harness: a baseline crash is a measured failure.
            catch (Exception)
#pragma warning restore CA1031
            {
                return null;
            }
        }));
    }

    private static (long Ticks, long Bytes) Measure<T>(Func<T> run)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        GC.KeepAlive(run());
        return (Stopwatch.GetTimestamp() - start, GC.GetAllocatedBytesForCurrentThread() - bytes);
    }

    private static void Print(string corpus, int pageCount, StageTotals totals, TextWriter output)
    {
        var ticks = 0L;
        var bytes = 0L;
        for (var i = 0; i < Names.Length; i++)
        {
            ticks += totals.Ticks[i];
            bytes += totals.Bytes[i];
        }

        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Stage profile, {corpus}: {pageCount} pages, single thread, one warm-up pass then one measured pass"));
        output.WriteLine();
        output.WriteLine("| stage | time (s) | share | ms/page | allocated (MB) | share | KB/page |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < Names.Length; i++)
        {
            output.WriteLine(string.Create(inv,
                $"| {Names[i]} | {Seconds(totals.Ticks[i]):F2} | {100.0 * totals.Ticks[i] / ticks:F1} % | " +
                $"{1000 * Seconds(totals.Ticks[i]) / pageCount:F2} | {totals.Bytes[i] / 1e6:F0} | " +
                $"{100.0 * totals.Bytes[i] / bytes:F1} % | {totals.Bytes[i] / 1024.0 / pageCount:F0} |"));
        }

        output.WriteLine(string.Create(inv,
            $"| **all stages** | {Seconds(ticks):F2} | 100 % | {1000 * Seconds(ticks) / pageCount:F2} | {bytes / 1e6:F0} | 100 % | {bytes / 1024.0 / pageCount:F0} |"));
        output.WriteLine();
        output.WriteLine("| extractor (public call, same pass) | pages/s | mean ms | median ms | p95 ms | max ms | KB allocated/page |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        output.WriteLine(Row("ArticleExtract.Extract(bytes)", totals.PublicTicks, totals.PublicBytes));
        output.WriteLine(Row("SmartReader alone (decode + GetArticle)", totals.SmartReaderTicks, totals.SmartReaderBytes));
        output.WriteLine();
        output.WriteLine(string.Create(inv,
            $"Ratios: pages/s ArticleExtract / SmartReader = {Sum(totals.SmartReaderTicks) / (double)Sum(totals.PublicTicks):F2}; " +
            $"allocated bytes ArticleExtract / SmartReader = {Sum(totals.PublicBytes) / (double)Sum(totals.SmartReaderBytes):F2}"));

        string Row(string name, List<long> pageTicks, List<long> pageBytes)
        {
            var sorted = pageTicks.Select(t => 1000 * Seconds(t)).Order().ToArray();
            var total = Seconds(Sum(pageTicks));
            return string.Create(inv,
                $"| {name} | {sorted.Length / total:F1} | {1000 * total / sorted.Length:F2} | {sorted[sorted.Length / 2]:F2} | " +
                $"{sorted[(int)(sorted.Length * 0.95)]:F2} | {sorted[^1]:F1} | {Sum(pageBytes) / 1024.0 / pageBytes.Count:F0} |");
        }
    }

    private static long Sum(List<long> values)
    {
        var sum = 0L;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;
}
