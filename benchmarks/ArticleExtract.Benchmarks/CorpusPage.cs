using System.IO.Compression;
using System.Text.Json;

namespace ArticleExtract.Benchmarks;

/// <summary>One page of a shared corpus: its original (still encoded) bytes and its address.</summary>
/// <param name="Corpus">The corpus folder name.</param>
/// <param name="Id">The page id in the corpus manifest.</param>
/// <param name="Bytes">The page as saved, decompressed, not decoded.</param>
/// <param name="Url">The page's address from the manifest, when it gives one.</param>
internal sealed record CorpusPage(string Corpus, string Id, byte[] Bytes, Uri? Url)
{
    /// <summary>Reads every page of a corpus's manifest, in manifest order, one page at a time.</summary>
    /// <param name="corporaDirectory">The shared corpora folder.</param>
    /// <param name="corpus">The corpus folder name, e.g. <c>trafilatura</c>.</param>
    public static IEnumerable<CorpusPage> ReadAll(string corporaDirectory, string corpus)
    {
        foreach (var (id, path, url) in Entries(corporaDirectory, corpus))
        {
            yield return new CorpusPage(corpus, id, Load(path), url);
        }
    }

    /// <summary>Reads one page of a corpus by its manifest id.</summary>
    /// <exception cref="InvalidOperationException">The manifest has no such id.</exception>
    public static CorpusPage Read(string corporaDirectory, string corpus, string id)
    {
        foreach (var (entryId, path, url) in Entries(corporaDirectory, corpus))
        {
            if (entryId == id)
            {
                return new CorpusPage(corpus, id, Load(path), url);
            }
        }

        throw new InvalidOperationException($"The '{corpus}' manifest has no page '{id}'; the benchmark pages must be re-chosen.");
    }

    private static IEnumerable<(string Id, string Path, Uri? Url)> Entries(string corporaDirectory, string corpus)
    {
        var folder = Path.Combine(corporaDirectory, corpus);
        var manifest = Path.Combine(folder, "manifest.jsonl");
        if (!File.Exists(manifest))
        {
            throw new FileNotFoundException($"The corpus '{corpus}' has no manifest at '{manifest}'.", manifest);
        }

        foreach (var line in File.ReadLines(manifest))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var entry = JsonDocument.Parse(line);
            var root = entry.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var html = root.GetProperty("html").GetString()!;
            Uri? url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String
                ? new Uri(u.GetString()!)
                : null;
            yield return (id, Path.Combine(folder, html), url);
        }
    }

    // The same reading as the harness's PageLoader: gzip → the original bytes, charset untouched.
    private static byte[] Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
