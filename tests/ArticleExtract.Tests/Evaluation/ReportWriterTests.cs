using System.Text.Json;
using ArticleExtract.Evaluation.Metrics;
using ArticleExtract.Evaluation.Reporting;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class ReportWriterTests
{
    private static EvaluationReport Sample()
    {
        var metrics = MetricNames.All.Select((name, i) => new KeyValuePair<string, double>(name, MetricNames.IsCount(name) ? 3 : i + 0.5)).ToList();
        var corpus = new CorpusReport
        {
            Name = "some-corpus",
            Pages = 7,
            Extractors =
            [
                new ExtractorReport("ArticleExtract", metrics),
                new ExtractorReport("SmartReader", [new(MetricNames.TitleExact, 0.25)]),
            ],
            WorstPages = [new WorstPage("p|1", 0.125, "leaked text", "")],
            WorstRankedByF1 = true,
            WallTime = TimeSpan.FromSeconds(3),
        };
        return new EvaluationReport([corpus], TimeSpan.FromSeconds(4));
    }

    [Fact]
    public void Json_has_the_agreed_shape_and_metric_keys()
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(stream, Sample());

        using var document = JsonDocument.Parse(stream.ToArray());
        var root = document.RootElement;
        Assert.Equal(["corpora"], root.EnumerateObject().Select(p => p.Name));
        var corpus = root.GetProperty("corpora")[0];
        Assert.Equal(["name", "pages", "extractors"], corpus.EnumerateObject().Select(p => p.Name));
        Assert.Equal("some-corpus", corpus.GetProperty("name").GetString());
        Assert.Equal(7, corpus.GetProperty("pages").GetInt32());
        var extractors = corpus.GetProperty("extractors");
        Assert.Equal(["ArticleExtract", "SmartReader"], extractors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            [
                "bodyPrecision", "bodyRecall", "bodyF1", "bodyExact", "withRate", "withoutRate", "prefixRate",
                "titleExact", "publishedDay", "bylineMatch", "pagesPerSecond", "allocatedBytesPerPage", "p50Ms",
                "p95Ms", "failures",
            ],
            extractors.GetProperty("ArticleExtract").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.25, extractors.GetProperty("SmartReader").GetProperty("titleExact").GetDouble());
        Assert.Single(extractors.GetProperty("SmartReader").EnumerateObject());
    }

    [Fact]
    public void Markdown_has_a_row_per_metric_with_three_decimals_and_escapes_cells()
    {
        using var writer = new StringWriter();
        MarkdownReportWriter.Write(writer, Sample());
        var text = writer.ToString();

        Assert.Contains("## some-corpus (7 pages, 3.0 s)", text, StringComparison.Ordinal);
        Assert.Contains("| metric | ArticleExtract | SmartReader |", text, StringComparison.Ordinal);
        Assert.Contains("| titleExact | 7.500 | 0.250 |", text, StringComparison.Ordinal);
        Assert.Contains("| bodyPrecision | 0.500 | – |", text, StringComparison.Ordinal);
        Assert.Contains("| failures | 3 | – |", text, StringComparison.Ordinal);
        Assert.Contains("| p\\|1 | 0.125 | leaked text | – |", text, StringComparison.Ordinal);
    }
}
