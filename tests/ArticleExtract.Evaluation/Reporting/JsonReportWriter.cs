using System.Text.Json;

namespace ArticleExtract.Evaluation.Reporting;

/// <summary>
/// Writes <c>report.json</c>: <c>{"corpora":[{"name","pages","extractors":{name:{metric:value}}}]}</c>.
/// </summary>
internal static class JsonReportWriter
{
    public static void Write(Stream stream, EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("corpora");
        foreach (var corpus in report.Corpora)
        {
            json.WriteStartObject();
            json.WriteString("name", corpus.Name);
            json.WriteNumber("pages", corpus.Pages);
            json.WriteStartObject("extractors");
            foreach (var extractor in corpus.Extractors)
            {
                json.WriteStartObject(extractor.Name);
                foreach (var (metric, value) in extractor.Metrics)
                {
                    json.WriteNumber(metric, value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
