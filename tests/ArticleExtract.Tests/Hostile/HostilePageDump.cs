using ArticleExtract.Tests.Cli;
using Xunit;

namespace ArticleExtract.Tests.Hostile;

/// <summary>
/// Writes every hostile page to the folder named by the HOSTILE_DUMP_DIR environment variable, so the CLI's time
/// and peak memory can be measured on each (<c>/usr/bin/time -v articleextract extract FILE</c>). Does nothing
/// when the variable is not set.
/// </summary>
public sealed class HostilePageDump
{
    [Fact]
    public void Dumps_the_pages_when_asked()
    {
        var folder = Environment.GetEnvironmentVariable("HOSTILE_DUMP_DIR");
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var page in HostilePages.All())
        {
            File.WriteAllBytes(Path.Combine(folder, page.Name + ".html"), page.Bytes);
        }

        File.WriteAllBytes(Path.Combine(folder, "huge-80mb.html"), HostilePages.Huge(80 * 1024 * 1024));
        GzipBomb.Write(Path.Combine(folder, "gzip-bomb-4gb.html.gz"), 4096);
        Assert.NotEmpty(Directory.GetFiles(folder));
    }
}
