using System.IO.Compression;

namespace ArticleExtract.Cli;

/// <summary>Opens page files, decompressing <c>.gz</c> ones on the fly.</summary>
internal static class PageFile
{
    /// <summary>
    /// Opens <paramref name="path"/> for reading. A <c>.gz</c> file is returned as a decompressing stream, so the
    /// extractor's bounded read (at most <see cref="ArticleExtractorOptions.MaxInputBytes"/> plus one byte)
    /// stops a gzip bomb before it is inflated whole.
    /// </summary>
    /// <exception cref="IOException">The file is missing or cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return IsGzip(path) ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: false) : file;
    }

    /// <summary>Whether the name says the file is gzip-compressed.</summary>
    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an exception means the page could not be read (as opposed to a bug).</summary>
    public static bool IsReadError(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException;
}
