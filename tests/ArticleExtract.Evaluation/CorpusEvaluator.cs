using System.Diagnostics;
using ArticleExtract.Evaluation.Corpus;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Metrics;
using ArticleExtract.Evaluation.Reporting;

namespace ArticleExtract.Evaluation;

/// <summary>
/// Runs extractors over the pages of one corpus, one page in memory at a time: a quality pass that scores
/// every extractor on every page (and warms them up), then optionally a timed pass.
/// </summary>
internal sealed class CorpusEvaluator
{
    private readonly IReadOnlyList<IEvaluatedExtractor> _extractors;
    private readonly TextWriter? _progress;

    /// <param name="extractors">The extractors; the first one's worst pages are reported.</param>
    /// <param name="progress">Where to write progress lines, if anywhere.</param>
    public CorpusEvaluator(IReadOnlyList<IEvaluatedExtractor> extractors, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        ArgumentOutOfRangeException.ThrowIfZero(extractors.Count);
        _extractors = extractors;
        _progress = progress;
    }

    /// <summary>The corpus name used in reports: the folder's own name.</summary>
    public static string CorpusName(string corpusDirectory) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusDirectory)));

    /// <summary>Evaluates <paramref name="pages"/> of the corpus in <paramref name="corpusDirectory"/>.</summary>
    /// <param name="corpusDirectory">The corpus folder (its name becomes the report's name).</param>
    /// <param name="pages">The manifest entries to evaluate.</param>
    /// <param name="measureSpeed">Whether to run the timed pass after the quality pass.</param>
    /// <param name="parallelism">
    /// Pages scored at once in the quality pass. 1 (the harness) keeps one page in memory; the gate tests use
    /// more. Results do not depend on it: pages are pooled in manifest order.
    /// </param>
    public CorpusReport Evaluate(string corpusDirectory, IReadOnlyList<ManifestEntry> pages, bool measureSpeed, int parallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parallelism);
        var wall = Stopwatch.StartNew();
        var name = CorpusName(corpusDirectory);
        var quality = new QualityAccumulator[_extractors.Count];
        for (var i = 0; i < quality.Length; i++)
        {
            quality[i] = new QualityAccumulator();
        }

        var worst = new WorstPageTracker();
        var batch = new PageResult[parallelism];
        for (var first = 0; first < pages.Count; first += parallelism)
        {
            var count = Math.Min(parallelism, pages.Count - first);
            if (count == 1)
            {
                batch[0] = ScorePage(corpusDirectory, pages[first]);
            }
            else
            {
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, j =>
                    batch[j] = ScorePage(corpusDirectory, pages[first + j]));
            }

            for (var j = 0; j < count; j++)
            {
                var result = batch[j];
                for (var i = 0; i < _extractors.Count; i++)
                {
                    quality[i].Add(result.Scores[i]);
                }

                worst.Offer(pages[first + j], result.FirstBody, result.Scores[0]);
                batch[j] = default;
                Progress(name, "quality", first + j + 1, pages.Count);
            }
        }

        var speed = new SpeedAccumulator[_extractors.Count];
        for (var i = 0; i < speed.Length; i++)
        {
            speed[i] = new SpeedAccumulator();
        }

        if (measureSpeed)
        {
            for (var p = 0; p < pages.Count; p++)
            {
                var entry = pages[p];
                var html = PageLoader.Load(corpusDirectory, entry);
                for (var i = 0; i < _extractors.Count; i++)
                {
                    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                    var start = Stopwatch.GetTimestamp();
                    _extractors[i].Extract(html, entry.Url);
                    var elapsed = Stopwatch.GetTimestamp() - start;
                    speed[i].Add(elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
                }

                Progress(name, "speed", p + 1, pages.Count);
            }
        }

        var extractors = new List<ExtractorReport>(_extractors.Count);
        for (var i = 0; i < _extractors.Count; i++)
        {
            extractors.Add(new ExtractorReport(_extractors[i].Name, Merge(quality[i].ToMetrics(), speed[i].ToMetrics())));
        }

        return new CorpusReport
        {
            Name = name,
            Pages = pages.Count,
            Extractors = extractors,
            WorstPages = worst.Pages,
            WorstRankedByF1 = worst.RankedByF1,
            WallTime = wall.Elapsed,
        };
    }

    private PageResult ScorePage(string corpusDirectory, ManifestEntry entry)
    {
        var html = PageLoader.Load(corpusDirectory, entry);
        var scores = new PageScore[_extractors.Count];
        var firstBody = string.Empty;
        for (var i = 0; i < _extractors.Count; i++)
        {
            var fields = _extractors[i].Extract(html, entry.Url);
            scores[i] = PageScorer.Score(entry.Expected, fields);
            if (i == 0)
            {
                firstBody = fields.Body;
            }
        }

        return new PageResult(scores, firstBody);
    }

    // Report order is MetricNames.All, whichever accumulator produced a metric.
    private static List<KeyValuePair<string, double>> Merge(List<KeyValuePair<string, double>> quality, List<KeyValuePair<string, double>> speed)
    {
        var all = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in quality)
        {
            all[key] = value;
        }

        foreach (var (key, value) in speed)
        {
            all[key] = value;
        }

        var ordered = new List<KeyValuePair<string, double>>(all.Count);
        foreach (var key in MetricNames.All)
        {
            if (all.TryGetValue(key, out var value))
            {
                ordered.Add(new(key, value));
            }
        }

        return ordered;
    }

    private void Progress(string corpus, string pass, int done, int total)
    {
        if (_progress is not null && (done % 100 == 0 || done == total))
        {
            _progress.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{corpus}: {pass} pass {done}/{total}"));
        }
    }

    private readonly record struct PageResult(PageScore[] Scores, string FirstBody);
}
