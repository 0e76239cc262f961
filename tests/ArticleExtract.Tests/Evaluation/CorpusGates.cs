using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>Locates the shared corpora and reads the minimum metric values of <c>gates.json</c>.</summary>
internal static class CorpusGates
{
    public const string SolutionFile = "ArticleExtract.sln";

    /// <summary>
    /// The folder holding <see cref="SolutionFile"/>, found by walking up from the test binaries. Builds with an
    /// artifacts path outside the repository put the binaries elsewhere, so the working directory and this
    /// source file's compile-time location are tried next.
    /// </summary>
    /// <exception cref="InvalidOperationException">No candidate has the solution above it.</exception>
    public static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        string?[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile)];
        foreach (var start in starts)
        {
            if (string.IsNullOrEmpty(start))
            {
                continue;
            }

            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No folder above '{AppContext.BaseDirectory}', the working directory or '{sourceFile}' contains " +
            $"{SolutionFile}; cannot locate the repository root.");
    }

    /// <summary>The shared corpora folder: <c>&lt;repo root&gt;/../shared/corpora</c> (it may not exist).</summary>
    public static string CorporaDirectory() =>
        Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpora"));

    /// <summary>The gates file in the source tree.</summary>
    public static string GatesFile() =>
        Path.Combine(RepositoryRoot(), "tests", "ArticleExtract.Tests", "Evaluation", "gates.json");

    /// <summary>Corpus name to (metric key to minimum value), in file order.</summary>
    /// <exception cref="FormatException">The file is not an object of objects of numbers.</exception>
    public static IReadOnlyList<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, double>>>> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{path}: expected {{\"corpus\": {{\"metric\": minValue}}}}.");
        }

        var gates = new List<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, double>>>>();
        foreach (var corpus in document.RootElement.EnumerateObject())
        {
            if (corpus.Value.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{path}: the gates of '{corpus.Name}' must be an object of metric minimums.");
            }

            var minimums = new List<KeyValuePair<string, double>>();
            foreach (var metric in corpus.Value.EnumerateObject())
            {
                if (metric.Value.ValueKind != JsonValueKind.Number)
                {
                    throw new FormatException($"{path}: '{corpus.Name}.{metric.Name}' must be a number.");
                }

                minimums.Add(new(metric.Name, metric.Value.GetDouble()));
            }

            gates.Add(new(corpus.Name, minimums));
        }

        return gates;
    }
}
