using System.Diagnostics;
using ArticleExtract.Evaluation.Corpus;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Reporting;

namespace ArticleExtract.Evaluation;

/// <summary>Runs ArticleExtract and SmartReader over every corpus and writes the reports.</summary>
internal static class EvaluationRunner
{
    public static EvaluationReport Run(EvaluationOptions options, TextWriter output, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var wall = Stopwatch.StartNew();
        var evaluator = new CorpusEvaluator([new ArticleExtractEvaluated(), new SmartReaderEvaluated()], progress);
        var corpora = new List<CorpusReport>(options.Corpora.Count);
        foreach (var directory in options.Corpora)
        {
            var entries = ManifestReader.ReadCorpus(directory);
            var pages = PageSelection.Select(entries, options.Limit, options.Sample, options.Seed);
            var corpus = evaluator.Evaluate(directory, pages, measureSpeed: true);
            corpora.Add(corpus);
            MarkdownReportWriter.WriteTable(output, corpus);
            output.WriteLine();
        }

        var report = new EvaluationReport(corpora, wall.Elapsed);
        Directory.CreateDirectory(options.ReportDirectory);
        using (var json = File.Create(Path.Combine(options.ReportDirectory, "report.json")))
        {
            JsonReportWriter.Write(json, report);
        }

        using (var markdown = new StreamWriter(Path.Combine(options.ReportDirectory, "report.md")))
        {
            MarkdownReportWriter.Write(markdown, report);
        }

        output.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"Wall time {report.WallTime.TotalSeconds:F1} s; reports in {Path.GetFullPath(options.ReportDirectory)}"));
        return report;
    }
}
