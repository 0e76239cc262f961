using System.Globalization;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// The three benchmark pages, all news stories from the trafilatura corpus, chosen by uncompressed size over all
/// 2,343 shared-corpus pages (2026-11): small 25 KB (8th percentile), typical 93 KB (49th; the median is 96 KB),
/// large 1.6 MB (only four pages are larger). All are UTF-8 and say so.
/// </summary>
internal static class BenchmarkPages
{
    private const string Corpus = "trafilatura";

    /// <summary>The page names and their manifest ids, in benchmark order.</summary>
    public static readonly IReadOnlyList<(string Name, string Id)> All =
    [
        ("small", "eishockeynews.de-halbfinale"),
        ("typical", "rnz.de.witzel"),
        ("large", "nymag.com.polarization"),
    ];

    /// <summary>Loads a page by name from the shared corpora.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="All"/>.</exception>
    public static CorpusPage Load(string name)
    {
        foreach (var (pageName, id) in All)
        {
            if (pageName == name)
            {
                return CorpusPage.Read(CorpusLocation.Find(), Corpus, id);
            }
        }

        throw new ArgumentException($"No benchmark page is named '{name}'.", nameof(name));
    }

    /// <summary>One line per page: name, corpus id and size, for the log and docs/performance.md.</summary>
    public static string Describe()
    {
        var lines = new List<string>(All.Count);
        foreach (var (name, _) in All)
        {
            var page = Load(name);
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-8} {page.Corpus}/{page.Id} ({page.Bytes.Length / 1024.0:F1} KiB)"));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
