using System.Text.Json;

namespace ArticleExtract.Cli;

/// <summary>
/// The pages listed in a manifest.jsonl: one JSON object per line with <c>id</c>, <c>html</c> (relative to the
/// manifest's folder) and optionally <c>url</c>; other keys are ignored. Read line by line, never whole.
/// </summary>
internal static class ManifestInput
{
    public static IEnumerable<BatchItem> Enumerate(string manifestPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? string.Empty;
        using var reader = new StreamReader(manifestPath, detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line, folder, manifestPath, lineNumber);
        }
    }

    internal static BatchItem ParseLine(string line, string folder, string manifestPath, int lineNumber)
    {
        string where = $"{manifestPath} line {lineNumber}";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{where}: not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{where}: expected a JSON object");
            }

            var id = RequiredString(root, "id", where);
            var html = RequiredString(root, "html", where);
            Uri? url = null;
            if (root.TryGetProperty("url", out var urlElement) && urlElement.ValueKind != JsonValueKind.Null)
            {
                var urlText = urlElement.ValueKind == JsonValueKind.String ? urlElement.GetString() : null;
                url = PageUrl.TryParse(urlText) ??
                      throw new UsageException($"{where}: \"url\" must be an absolute http or https address");
            }

            return new BatchItem(id, Path.GetFullPath(html, folder), url);
        }
    }

    private static string RequiredString(JsonElement root, string name, string where)
    {
        if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String &&
            element.GetString() is { Length: > 0 } value)
        {
            return value;
        }

        throw new UsageException($"{where}: \"{name}\" must be a non-empty string");
    }
}
