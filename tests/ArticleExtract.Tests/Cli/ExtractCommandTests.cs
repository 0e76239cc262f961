using System.Text;
using System.Text.Json;
using ArticleExtract.Serialization;
using Xunit;

namespace ArticleExtract.Tests.Cli;

public sealed class ExtractCommandTests
{
    private static readonly byte[] PngHeader =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

    [Fact]
    public void A_file_prints_the_library_json_indented_and_exits_0()
    {
        using var dir = new TempDirectory();
        var page = SeedPages.Bytes("wire-service");
        var path = dir.Write("story.html", page);

        var run = CliRun.Of(["extract", path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        var expected = ArticleJson.Serialize(new ArticleExtractor().Extract(page), indented: true);
        Assert.Equal(expected + "\n", run.Stdout.ReplaceLineEndings("\n"));
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("headline").GetString()));
    }

    [Fact]
    public void A_gz_file_is_decompressed()
    {
        using var dir = new TempDirectory();
        var page = SeedPages.Bytes("modern-jsonld");
        var plain = dir.Write("story.html", page);
        var gzip = dir.WriteGzip("story.html.gz", page);

        var fromPlain = CliRun.Of(["extract", plain]);
        var fromGzip = CliRun.Of(["extract", gzip]);

        Assert.Equal(0, fromGzip.ExitCode);
        Assert.Equal(fromPlain.Stdout, fromGzip.Stdout);
    }

    [Fact]
    public void A_dash_reads_the_page_bytes_from_stdin()
    {
        var page = SeedPages.Bytes("modern-jsonld");

        var fromStdin = CliRun.Of(["extract", "-"], stdin: page);
        var fromFile = CliRun.Of(["extract", SeedPages.PathOf("modern-jsonld")]);

        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout);
    }

    [Fact]
    public void Stdin_bytes_go_through_charset_detection()
    {
        // windows-1252 bytes declared by <meta charset>: é is 0xE9, which is not valid UTF-8 on its own.
        var page = Encoding.Latin1.GetBytes(
            "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 news</title></head><body><article><h1>Caf\u00e9 opens</h1>" +
            string.Concat(Enumerable.Repeat("<p>The caf\u00e9 on the corner opened its doors to the public this morning after a long renovation of the old building.</p>", 6)) +
            "</article></body></html>");

        var run = CliRun.Of(["extract", "-", "--format", "text"], stdin: page);

        Assert.Contains("caf\u00e9 on the corner", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_text_prints_headline_blank_line_then_text()
    {
        var page = SeedPages.Bytes("wire-service");
        var article = new ArticleExtractor().Extract(page).Article!;

        var run = CliRun.Of(["extract", SeedPages.PathOf("wire-service"), "--format", "text"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(article.Headline + "\n\n" + article.Text + "\n", run.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Url_option_is_accepted_in_both_spellings_and_passed_to_the_extractor()
    {
        var page = SeedPages.Bytes("div-soup");
        const string url = "https://news.example.org/2024/03/05/story.html";
        var expected = ArticleJson.Serialize(new ArticleExtractor().Extract(page, new Uri(url)), indented: true) + "\n";

        var spaced = CliRun.Of(["extract", "--url", url, "-"], stdin: page);
        var joined = CliRun.Of(["extract", "-", "--url=" + url], stdin: page);

        Assert.Equal(expected, spaced.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(expected, joined.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_stderr_line_and_no_stdout()
    {
        using var dir = new TempDirectory();

        var run = CliRun.Of(["extract", dir["nope.html"]]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("nope.html", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_or_a_corrupt_gz_is_unreadable_input()
    {
        using var dir = new TempDirectory();
        var corrupt = dir.Write("broken.html.gz", Encoding.ASCII.GetBytes("this is not gzip data at all"));

        foreach (var input in new[] { dir.Path, corrupt })
        {
            var run = CliRun.Of(["extract", input]);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Stdout);
            var line = Assert.Single(run.StderrLines);
            Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string[]> BadArguments => new()
    {
        new[] { "extract" },
        new[] { "extract", "a.html", "b.html" },
        new[] { "extract", "PAGE", "--format", "xml" },
        new[] { "extract", "PAGE", "--url", "not a url" },
        new[] { "extract", "PAGE", "--url", "/relative/path" },
        new[] { "extract", "PAGE", "--url", "ftp://example.com/a" },
        new[] { "extract", "PAGE", "--url" },
        new[] { "extract", "PAGE", "--bogus" },
        new[] { "extract", "PAGE", "--format", "json", "--format", "text" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_arguments_exit_2_with_one_stderr_line(string[] args)
    {
        var resolved = args.Select(a => a == "PAGE" ? SeedPages.PathOf("wire-service") : a).ToArray();

        var run = CliRun.Of(resolved);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("articleextract: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_exits_1_and_prints_the_failure_json()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("empty.html", []);

        var run = CliRun.Of(["extract", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("emptyInput", root.GetProperty("failure").GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("headline").ValueKind);
        Assert.Equal(0, root.GetProperty("paragraphs").GetArrayLength());
    }

    [Fact]
    public void A_png_exits_1_with_binary_input()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("image.html", PngHeader);

        var run = CliRun.Of(["extract", path]);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("binaryInput", json.RootElement.GetProperty("failure").GetProperty("reason").GetString());
    }

    [Fact]
    public void Input_over_the_limit_exits_1_with_input_too_large()
    {
        var options = new ArticleExtractorOptions { MaxInputBytes = 1000 };
        var page = CliRun.Page("<html><body><p>" + new string('a', 5000) + "</p></body></html>");

        var run = CliRun.Of(["extract", "-"], stdin: page, options: options);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("inputTooLarge", json.RootElement.GetProperty("failure").GetProperty("reason").GetString());
    }

    [Fact]
    public void Format_text_on_failure_exits_1_with_the_reason_on_stderr_and_empty_stdout()
    {
        var run = CliRun.Of(["extract", "-", "--format", "text"], stdin: []);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("emptyInput", line, StringComparison.Ordinal);
    }
}
