using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ArticleExtract.Tests.Hostile;
using Xunit;

namespace ArticleExtract.Tests.Cli;

/// <summary>A batch records each hostile page's failure and goes on; a gzip bomb is inflated only up to the input limit.</summary>
public sealed class HostileBatchTests
{
    private const int FourGibibytes = 4096;

    [Fact]
    public void The_bomb_really_inflates_past_the_input_limit()
    {
        using var dir = new TempDirectory();
        var bomb = GzipBomb.Write(dir["small-bomb.html.gz"], 40);

        using var gzip = new GZipStream(File.OpenRead(bomb), CompressionMode.Decompress);
        long total = 0;
        var buffer = new byte[1 << 16];
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            total += read;
        }

        Assert.Equal(40L * 1024 * 1024, total);
        Assert.True(total > ArticleExtractorOptions.Default.MaxInputBytes);
    }

    [Fact]
    public void A_four_gigabyte_gzip_bomb_beside_an_ordinary_page_records_input_too_large_and_the_run_goes_on()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir["in"]);
        GzipBomb.Write(dir["in/a-bomb.html.gz"], FourGibibytes);
        dir.Write("in/b-story.html", SeedPages.Bytes("wire-service"));
        var output = dir["out.jsonl"];
        var clock = Stopwatch.StartNew();

        var run = CliRun.Of(["batch", dir["in"], "--out", output]);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        Assert.Equal("inputTooLarge", Reason(lines[0]));
        Assert.Null(Reason(lines[1]));
    }

    [Fact]
    public void Extract_on_a_gzip_bomb_prints_the_failure_and_exits_1()
    {
        using var dir = new TempDirectory();
        var bomb = GzipBomb.Write(dir["bomb.html.gz"], 64);

        var run = CliRun.Of(["extract", bomb]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("inputTooLarge", Reason(run.Stdout));
    }

    [Fact]
    public void A_lower_input_limit_bounds_decompression_too()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir["in"]);
        GzipBomb.Write(dir["in/bomb.html.gz"], 2);
        var options = new ArticleExtractorOptions { MaxInputBytes = 1024 * 1024 };

        var run = CliRun.Of(["batch", dir["in"], "--out", dir["out.jsonl"]], options: options);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("inputTooLarge", Reason(Assert.Single(File.ReadAllLines(dir["out.jsonl"]))));
    }

    [Fact]
    public void Hostile_pages_in_a_batch_each_get_their_line_with_the_right_reason()
    {
        using var dir = new TempDirectory();
        dir.Write("in/1-deep.html", Encoding.UTF8.GetBytes(HostilePages.NestedDivs(300_000)));
        dir.WriteGzip("in/2-many.html.gz", Encoding.UTF8.GetBytes(HostilePages.TinyElements(1_000_000)));
        dir.Write("in/3-nav.html", Encoding.UTF8.GetBytes(HostilePages.NavigationOnly()));
        dir.Write("in/4-story.html", Encoding.UTF8.GetBytes(HostilePages.NulAndUnclosed()));
        dir.Write("in/5-empty.html", []);

        var run = CliRun.Of(["batch", dir["in"], "--out", dir["out.jsonl"], "--parallel", "2"]);

        Assert.Equal(0, run.ExitCode);
        var reasons = File.ReadAllLines(dir["out.jsonl"]).Select(Reason).ToArray();
        Assert.Equal(["tooDeep", "tooManyNodes", "noArticleFound", null, "emptyInput"], reasons);
    }

    private static string? Reason(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("failure") is { ValueKind: JsonValueKind.Object } failure
            ? failure.GetProperty("reason").GetString()
            : null;
    }
}
