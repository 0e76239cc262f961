using System.Globalization;
using System.Text.Json;

namespace ArticleExtract.Evaluation.Corpus;

/// <summary>Reads a corpus's <c>manifest.jsonl</c> (one JSON object per line).</summary>
internal static class ManifestReader
{
    public const string FileName = "manifest.jsonl";

    /// <summary>Reads every entry of the manifest in <paramref name="corpusDirectory"/>, in file order.</summary>
    /// <exception cref="FileNotFoundException">The folder has no manifest.</exception>
    /// <exception cref="FormatException">A line is not a valid manifest entry.</exception>
    public static IReadOnlyList<ManifestEntry> ReadCorpus(string corpusDirectory)
    {
        var path = Path.Combine(corpusDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No {FileName} in corpus folder '{corpusDirectory}'.", path);
        }

        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads manifest lines; blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is not a valid manifest entry.</exception>
    public static IReadOnlyList<ManifestEntry> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<ManifestEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                entries.Add(ParseLine(line));
            }
            catch (JsonException ex)
            {
                throw new FormatException(
                    string.Create(CultureInfo.InvariantCulture, $"Manifest line {lineNumber} is not valid JSON: {ex.Message}"), ex);
            }
            catch (FormatException ex)
            {
                throw new FormatException(
                    string.Create(CultureInfo.InvariantCulture, $"Manifest line {lineNumber}: {ex.Message}"), ex);
            }
        }

        return entries;
    }

    /// <summary>Parses one manifest line.</summary>
    /// <exception cref="FormatException">The id or html path is missing.</exception>
    public static ManifestEntry ParseLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The line is not a JSON object.");
        }

        var id = GetString(root, "id") ?? throw new FormatException("The entry has no 'id'.");
        var html = GetString(root, "html") ?? throw new FormatException($"Entry '{id}' has no 'html' path.");
        Uri? url = null;
        if (GetString(root, "url") is { } urlText && Uri.TryCreate(urlText, UriKind.Absolute, out var parsed))
        {
            url = parsed;
        }

        var expected = ExpectedValues.None;
        if (root.TryGetProperty("expected", out var e) && e.ValueKind == JsonValueKind.Object)
        {
            expected = new ExpectedValues
            {
                Title = GetString(e, "title"),
                Byline = GetString(e, "byline"),
                Authors = GetStrings(e, "authors"),
                Published = GetString(e, "published"),
                BodyText = GetString(e, "body_text"),
                BodyPrefix = GetString(e, "body_prefix"),
                With = GetStrings(e, "with"),
                Without = GetStrings(e, "without"),
            };
        }

        return new ManifestEntry(id, html, url, expected);
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string>? GetStrings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { } s)
            {
                list.Add(s);
            }
        }

        return list;
    }
}
