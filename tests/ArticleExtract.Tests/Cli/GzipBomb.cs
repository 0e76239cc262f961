using System.IO.Compression;

namespace ArticleExtract.Tests.Cli;

/// <summary>
/// Writes gzip bombs cheaply: one small gzip member that inflates to a mebibyte of spaces, repeated. Readers that
/// follow the format (as .NET's GZipStream does) inflate concatenated members one after another, so 4,096 copies
/// of a member of about a kilobyte make a 4 MB file that inflates to 4 GiB.
/// </summary>
internal static class GzipBomb
{
    private const int MemberBytes = 1024 * 1024;

    /// <summary>Writes a bomb that inflates to <paramref name="mebibytes"/> MiB; returns its path.</summary>
    public static string Write(string path, int mebibytes)
    {
        var member = Member();
        using var file = File.Create(path);
        for (var i = 0; i < mebibytes; i++)
        {
            file.Write(member);
        }

        return path;
    }

    private static byte[] Member()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[MemberBytes];
            Array.Fill(spaces, (byte)' ');
            gzip.Write(spaces);
        }

        return compressed.ToArray();
    }
}
