using System.IO.Compression;
using System.Text;
using ArticleExtract.Evaluation;
using ArticleExtract.Evaluation.Corpus;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class CorpusEvaluatorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ae-eval-" + Guid.NewGuid().ToString("N"), "tiny");

    public CorpusEvaluatorTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "html"));
        WritePage("html/a.html.gz", "alpha beta gamma delta");
        WritePage("html/b.html.gz", "one two three four five");
        File.WriteAllText(
            Path.Combine(_directory, ManifestReader.FileName),
            """
            {"id": "a", "html": "html/a.html.gz", "expected": {"body_text": "alpha beta gamma delta", "title": "A"}}
            {"id": "b", "html": "html/b.html.gz", "url": "https://news.test/b", "expected": {"body_text": "one two three four five six"}}
            """);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_directory)!, recursive: true);

    [Fact]
    public void Scores_each_extractor_on_the_decompressed_pages_and_times_them()
    {
        var echo = new EchoExtractor();
        var evaluator = new CorpusEvaluator([echo, new EmptyExtractor()]);

        var report = evaluator.Evaluate(_directory, ManifestReader.ReadCorpus(_directory), measureSpeed: true);

        Assert.Equal("tiny", report.Name);
        Assert.Equal(2, report.Pages);
        Assert.Equal(["echo", "empty"], report.Extractors.Select(e => e.Name));
        var first = report.Extractors[0];
        Assert.Equal(1.0, first.Get(MetricNames.BodyPrecision));
        // Page b: predicted 2 shingles of the expected 3.
        Assert.Equal((1.0 + (2.0 / 3)) / 2, first.Get(MetricNames.BodyRecall)!.Value, 1e-12);
        Assert.Equal(0.5, first.Get(MetricNames.BodyExact));
        Assert.Equal(0.0, first.Get(MetricNames.TitleExact));
        Assert.True(first.Get(MetricNames.PagesPerSecond) > 0);
        Assert.NotNull(first.Get(MetricNames.P95Ms));
        Assert.Equal(0, first.Get(MetricNames.Failures));
        Assert.Equal(2, report.Extractors[1].Get(MetricNames.Failures));
        Assert.Null(report.Extractors[1].Get(MetricNames.BodyPrecision));
        Assert.Equal(0.0, report.Extractors[1].Get(MetricNames.BodyRecall));
        Assert.Equal(["b", "a"], report.WorstPages.Select(p => p.Id));
        Assert.Equal(new Uri("https://news.test/b"), echo.LastUrl);
        Assert.Equal(4, echo.Calls); // two pages, quality pass and timed pass
    }

    [Fact]
    public void Without_timing_no_speed_metrics_are_reported()
    {
        var report = new CorpusEvaluator([new EchoExtractor()]).Evaluate(_directory, ManifestReader.ReadCorpus(_directory), measureSpeed: false);
        Assert.Null(report.Extractors[0].Get(MetricNames.PagesPerSecond));
        Assert.NotNull(report.Extractors[0].Get(MetricNames.BodyF1));
    }

    [Fact]
    public void Parallel_quality_pass_pools_the_same_results()
    {
        var pages = ManifestReader.ReadCorpus(_directory);
        var sequential = new CorpusEvaluator([new TruncatingExtractor()]).Evaluate(_directory, pages, measureSpeed: false);
        var parallel = new CorpusEvaluator([new TruncatingExtractor()]).Evaluate(_directory, pages, measureSpeed: false, parallelism: 3);

        Assert.Equal(sequential.Extractors[0].Metrics, parallel.Extractors[0].Metrics);
        Assert.Equal(sequential.WorstPages, parallel.WorstPages);
        Assert.Equal((1.0 + (1.0 / 3)) / 2, parallel.Extractors[0].Get(MetricNames.BodyRecall)!.Value, 1e-12);
    }

    private void WritePage(string relativePath, string text)
    {
        using var file = File.Create(Path.Combine(_directory, relativePath));
        using var gzip = new GZipStream(file, CompressionMode.Compress);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }

    private sealed class EchoExtractor : IEvaluatedExtractor
    {
        public string Name => "echo";

        public int Calls { get; private set; }

        public Uri? LastUrl { get; private set; }

        public ExtractedFields Extract(byte[] html, Uri? url)
        {
            Calls++;
            LastUrl = url ?? LastUrl;
            return new ExtractedFields { Body = Encoding.UTF8.GetString(html), Title = "not A" };
        }
    }

    private sealed class TruncatingExtractor : IEvaluatedExtractor
    {
        public string Name => "truncating";

        // Keeps the first four words: all of page a (recall 1), one of the three expected shingles of page b.
        public ExtractedFields Extract(byte[] html, Uri? url) =>
            new() { Body = string.Join(' ', Encoding.UTF8.GetString(html).Split(' ').Take(4)) };
    }

    private sealed class EmptyExtractor : IEvaluatedExtractor
    {
        public string Name => "empty";

        public ExtractedFields Extract(byte[] html, Uri? url) => ExtractedFields.Failure;
    }
}
