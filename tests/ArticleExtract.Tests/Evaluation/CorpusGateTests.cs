using System.Globalization;
using System.Text;
using ArticleExtract.Evaluation;
using ArticleExtract.Evaluation.Corpus;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>
/// Quality gates: ArticleExtract alone over a fixed sample of each shared corpus, measured with the harness's
/// own metric code, must reach the minimums in <c>gates.json</c>.
/// </summary>
public sealed class CorpusGateTests
{
    /// <summary>Corpora up to this size are evaluated whole.</summary>
    private const int SmallCorpusPages = 150;

    /// <summary>Larger corpora are thinned to every k-th page to give about this many.</summary>
    private const int TargetPages = 250;

    public static TheoryData<string> GatedCorpora()
    {
        var data = new TheoryData<string>();
        foreach (var (corpus, _) in CorpusGates.Load(CorpusGates.GatesFile()))
        {
            data.Add(corpus);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GatedCorpora))]
    public void Corpus_sample_meets_its_gates(string corpus)
    {
        var corpora = CorpusGates.CorporaDirectory();
        if (!Directory.Exists(corpora))
        {
            Assert.Fail(
                $"The shared corpora folder '{corpora}' does not exist. The corpus gates need the development corpora " +
                $"at <repo root>/../shared/corpora (one folder per corpus with a {ManifestReader.FileName}).");
        }

        var directory = Path.Combine(corpora, corpus);
        if (!File.Exists(Path.Combine(directory, ManifestReader.FileName)))
        {
            Assert.Fail($"gates.json names corpus '{corpus}', but '{directory}' has no {ManifestReader.FileName}.");
        }

        var pages = PageSelection.EveryKth(ManifestReader.ReadCorpus(directory), SmallCorpusPages, TargetPages);
        // No time budget: under a loaded CI machine a slow page must not turn into a failure and move the figures.
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = Timeout.InfiniteTimeSpan });
        var report = new CorpusEvaluator([new ArticleExtractEvaluated(extractor)])
            .Evaluate(directory, pages, measureSpeed: false, parallelism: Environment.ProcessorCount);
        var measured = report.Extractors[0];

        var gates = CorpusGates.Load(CorpusGates.GatesFile()).Single(g => string.Equals(g.Key, corpus, StringComparison.Ordinal)).Value;
        var failures = new StringBuilder();
        foreach (var (metric, minimum) in gates)
        {
            var value = measured.Get(metric);
            if (value is null)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"{metric}: not measurable on this corpus (gate {minimum:F3})");
            }
            else if (value < minimum)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"{metric}: {value:F3} < gate {minimum:F3}");
            }
        }

        var all = string.Join(", ", measured.Metrics.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key}={m.Value:F3}")));
        Assert.True(
            failures.Length == 0,
            $"Corpus '{corpus}' ({report.Pages} pages) misses its gates:\n{failures}All metrics: {all}");
    }
}
