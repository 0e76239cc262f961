using System.Globalization;
using ArticleExtract.Evaluation.Metrics;

namespace ArticleExtract.Evaluation.Reporting;

/// <summary>Writes <c>report.md</c>: a metric table per corpus and its worst pages.</summary>
internal static class MarkdownReportWriter
{
    /// <summary>How SmartReader receives its text; stated in the report so readers can judge the comparison.</summary>
    public const string DecodingNote =
        "SmartReader gets the page as text decoded by ArticleExtract's own charset detection (BOM, `<meta>` " +
        "charset in the first 1024 bytes or later up to 64 KiB unless the bytes are plainly UTF-8, valid UTF-8, else windows-1252); " +
        "ArticleExtract gets the raw bytes and decodes them itself. Both timings include decoding.";

    public const string SpeedNote =
        "Speed: single thread, in process. The quality pass (both extractors over every page) is the warm-up; " +
        "a second pass then times only the extraction call on pages already decompressed in memory. " +
        "allocatedBytesPerPage is the per-thread allocation delta. failures counts pages without a result " +
        "(ArticleExtract: a Failure result; SmartReader: an exception or empty TextContent).";

    public static void Write(TextWriter writer, EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteLine("# ArticleExtract evaluation");
        writer.WriteLine();
        writer.WriteLine(DecodingNote);
        writer.WriteLine();
        writer.WriteLine(SpeedNote);
        writer.WriteLine();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total wall time: {report.WallTime.TotalSeconds:F1} s."));
        foreach (var corpus in report.Corpora)
        {
            writer.WriteLine();
            WriteTable(writer, corpus);
            writer.WriteLine();
            WriteWorstPages(writer, corpus);
        }
    }

    /// <summary>The heading and metric table of one corpus (also printed to the console).</summary>
    public static void WriteTable(TextWriter writer, CorpusReport corpus)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(corpus);
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"## {corpus.Name} ({corpus.Pages} pages, {corpus.WallTime.TotalSeconds:F1} s)"));
        writer.WriteLine();
        writer.Write("| metric |");
        foreach (var extractor in corpus.Extractors)
        {
            writer.Write(' ');
            writer.Write(extractor.Name);
            writer.Write(" |");
        }

        writer.WriteLine();
        writer.Write("| --- |");
        foreach (var _ in corpus.Extractors)
        {
            writer.Write(" ---: |");
        }

        writer.WriteLine();
        foreach (var metric in MetricNames.All)
        {
            if (!corpus.Extractors.Any(e => e.Get(metric) is not null))
            {
                continue;
            }

            writer.Write("| ");
            writer.Write(metric);
            writer.Write(" |");
            foreach (var extractor in corpus.Extractors)
            {
                writer.Write(' ');
                writer.Write(Format(metric, extractor.Get(metric)));
                writer.Write(" |");
            }

            writer.WriteLine();
        }
    }

    private static void WriteWorstPages(TextWriter writer, CorpusReport corpus)
    {
        if (corpus.WorstPages.Count == 0)
        {
            writer.WriteLine("No page of this corpus has body text, snippet or prefix misses to rank.");
            return;
        }

        var scoreName = corpus.WorstRankedByF1 ? "body F1" : "misses";
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"### Worst {corpus.WorstPages.Count} pages for {corpus.Extractors[0].Name} by {scoreName}"));
        writer.WriteLine();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| id | {scoreName} | longest leaked passage | longest missed passage |"));
        writer.WriteLine("| --- | ---: | --- | --- |");
        foreach (var page in corpus.WorstPages)
        {
            var score = corpus.WorstRankedByF1
                ? page.Score.ToString("F3", CultureInfo.InvariantCulture)
                : page.Score.ToString("F0", CultureInfo.InvariantCulture);
            writer.WriteLine($"| {Cell(page.Id)} | {score} | {Cell(page.Leaked)} | {Cell(page.Missed)} |");
        }
    }

    private static string Format(string metric, double? value) =>
        value is not { } v ? "–"
        : MetricNames.IsCount(metric) ? v.ToString("F0", CultureInfo.InvariantCulture)
        : v.ToString("F3", CultureInfo.InvariantCulture);

    private static string Cell(string text) =>
        text.Length == 0 ? "–" : text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
