using System.IO.Compression;

namespace ArticleExtract.Evaluation.Corpus;

/// <summary>Loads a page's original bytes from its gzip-compressed file.</summary>
internal static class PageLoader
{
    public static byte[] Load(string corpusDirectory, ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = Path.Combine(corpusDirectory, entry.HtmlPath);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
