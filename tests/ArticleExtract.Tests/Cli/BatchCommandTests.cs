using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleExtract.Tests.Cli;

public sealed class BatchCommandTests
{
    [Fact]
    public void A_directory_batch_keeps_ordinal_path_order_uses_relative_ids_and_survives_bad_pages()
    {
        using var dir = new TempDirectory();
        var input = Path.Combine(dir.Path, "in");
        dir.Write("in/b/story.html", SeedPages.Bytes("wire-service"));
        dir.Write("in/a-empty.html", []);
        dir.Write("in/c-broken.htm.gz", Encoding.ASCII.GetBytes("not gzip"));
        dir.Write("in/notes.txt", Encoding.ASCII.GetBytes("ignored"));
        var output = dir["out/results.jsonl"];

        var run = CliRun.Of(["batch", input, "--out", output]);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(["a-empty.html", "b/story.html", "c-broken.htm.gz"], lines.Select(Id).ToArray());
        Assert.Equal("emptyInput", Reason(lines[0]));
        Assert.Null(Reason(lines[1]));
        Assert.Equal(SeedPages.DirectJson(SeedPages.Bytes("wire-service"), id: "b/story.html"), lines[1]);
        Assert.Equal("unreadable", Reason(lines[2]));
        var summary = Assert.Single(run.StderrLines);
        Assert.Contains("3 pages", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_output_line_is_compact_json_starting_with_the_id_and_non_ascii_stays_literal()
    {
        using var dir = new TempDirectory();
        dir.Write("in/page.html", SeedPages.Bytes("modern-jsonld"));

        var run = CliRun.Of(["batch", dir["in"], "--out", dir["out.jsonl"]]);

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(dir["out.jsonl"], Encoding.UTF8);
        Assert.StartsWith("{\"id\":\"page.html\",\"headline\":", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Korea’s", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_batch_in_parallel_keeps_manifest_order_and_matches_single_extraction()
    {
        using var dir = new TempDirectory();
        var names = new[] { "wire-service", "div-soup", "modern-jsonld", "table-cms" };
        var manifest = new StringBuilder();
        var expected = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var name = names[i % names.Length];
            var id = $"page-{11 - i:00}";
            var bytes = SeedPages.Bytes(name);
            dir.WriteGzip($"corpus/html/{id}.html.gz", bytes);
            var url = $"https://news.example.org/2024/0{(i % 9) + 1}/0{(i % 7) + 1}/{name}.html";
            manifest.Append(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["id"] = id,
                ["html"] = $"html/{id}.html.gz",
                ["url"] = url,
                ["expected"] = new Dictionary<string, string> { ["title"] = "ignored" },
            })).Append('\n');
            expected.Add(SeedPages.DirectJson(bytes, new Uri(url), id));
        }

        dir.Write("corpus/manifest.jsonl", Encoding.UTF8.GetBytes(manifest.ToString()));

        var run = CliRun.Of(["batch", dir["corpus/manifest.jsonl"], "--out", dir["out.jsonl"], "--parallel", "2"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, File.ReadAllLines(dir["out.jsonl"]));
    }

    [Fact]
    public void A_manifest_page_that_is_missing_gets_an_unreadable_line_and_the_run_goes_on()
    {
        using var dir = new TempDirectory();
        dir.Write("m/ok.html", SeedPages.Bytes("wire-service"));
        dir.Write(
            "m/manifest.jsonl",
            Encoding.UTF8.GetBytes("{\"id\":\"gone\",\"html\":\"missing.html\"}\n\n{\"id\":\"ok\",\"html\":\"ok.html\",\"url\":null}\n"));

        var run = CliRun.Of(["batch", dir["m/manifest.jsonl"], "--out", dir["out.jsonl"]]);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(dir["out.jsonl"]);
        Assert.Equal(["gone", "ok"], lines.Select(Id).ToArray());
        Assert.Equal("unreadable", Reason(lines[0]));
        Assert.Null(Reason(lines[1]));
        using var failure = JsonDocument.Parse(lines[0]);
        Assert.Equal(JsonValueKind.Null, failure.RootElement.GetProperty("headline").ValueKind);
        Assert.Equal(0, failure.RootElement.GetProperty("authors").GetArrayLength());
    }

    [Fact]
    public void A_gzip_bomb_fails_with_input_too_large_and_the_other_page_still_succeeds()
    {
        using var dir = new TempDirectory();
        var options = new ArticleExtractorOptions { MaxInputBytes = 64 * 1024 };

        // 8 MiB of HTML that compresses to a few KiB: far over the 64 KiB limit once inflated.
        var bomb = Encoding.ASCII.GetBytes("<html><body><p>" + new string('a', 8 * 1024 * 1024) + "</p></body></html>");
        dir.WriteGzip("in/a-bomb.html.gz", bomb);
        dir.Write("in/b-story.html", SeedPages.Bytes("wire-service"));
        Assert.True(new FileInfo(dir["in/a-bomb.html.gz"]).Length < 64 * 1024);

        var run = CliRun.Of(["batch", dir["in"], "--out", dir["out.jsonl"], "--parallel", "2"], options: options);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(dir["out.jsonl"]);
        Assert.Equal(["a-bomb.html.gz", "b-story.html"], lines.Select(Id).ToArray());
        Assert.Equal("inputTooLarge", Reason(lines[0]));
        Assert.Null(Reason(lines[1]));
    }

    [Fact]
    public void Many_pages_with_many_workers_come_out_in_input_order()
    {
        using var dir = new TempDirectory();
        var expected = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            // Page sizes vary so workers finish out of order.
            var id = $"p{i:000}.html";
            var body = string.Concat(Enumerable.Repeat($"<p>Paragraph of page {i} with enough words to be a story.</p>", 1 + (i * 7 % 13)));
            dir.Write("in/" + id, CliRun.Page($"<html><body><article><h1>Page {i}</h1>{body}</article></body></html>"));
            expected.Add(id);
        }

        var run = CliRun.Of(["batch", dir["in"], "--out", "-", "--parallel", "8"]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, lines.Select(Id).ToArray());
    }

    [Fact]
    public void Progress_is_drawn_only_when_stderr_is_a_terminal()
    {
        using var dir = new TempDirectory();
        dir.Write("in/a.html", SeedPages.Bytes("wire-service"));
        dir.Write("in/b.html", SeedPages.Bytes("div-soup"));

        var quiet = CliRun.Of(["batch", dir["in"], "--out", dir["q.jsonl"]], showProgress: false);
        var shown = CliRun.Of(["batch", dir["in"], "--out", dir["s.jsonl"]], showProgress: true);

        Assert.DoesNotContain("\r", quiet.Stderr, StringComparison.Ordinal);
        Assert.Contains("\r2/2", shown.Stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(dir["q.jsonl"]), File.ReadAllText(dir["s.jsonl"]));
    }

    public static TheoryData<string[]> BadArguments => new()
    {
        new[] { "batch" },
        new[] { "batch", "IN" },
        new[] { "batch", "IN", "--out" },
        new[] { "batch", "IN", "--out", "OUT", "--parallel", "0" },
        new[] { "batch", "IN", "--out", "OUT", "--parallel", "two" },
        new[] { "batch", "IN", "--out", "OUT", "--parallel", "-3" },
        new[] { "batch", "MISSING", "--out", "OUT" },
        new[] { "batch", "IN", "IN", "--out", "OUT" },
        new[] { "batch", "PAGE", "--out", "OUT" },
        new[] { "batch", "IN", "--out", "OUT", "--url", "https://example.com/" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_arguments_exit_2_with_one_stderr_line_and_write_nothing(string[] args)
    {
        using var dir = new TempDirectory();
        dir.Write("in/a.html", SeedPages.Bytes("wire-service"));
        var resolved = args.Select(a => a switch
        {
            "IN" => dir["in"],
            "OUT" => dir["out.jsonl"],
            "MISSING" => dir["missing"],
            "PAGE" => dir["in/a.html"],
            _ => a,
        }).ToArray();

        var run = CliRun.Of(resolved);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.StderrLines);
        Assert.False(File.Exists(dir["out.jsonl"]));
    }

    [Fact]
    public void A_bad_manifest_line_is_a_usage_error_before_anything_is_written()
    {
        using var dir = new TempDirectory();
        dir.Write("ok.html", SeedPages.Bytes("wire-service"));
        dir.Write("manifest.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"ok\",\"html\":\"ok.html\"}\n{\"id\":\"bad\"}\n"));

        var run = CliRun.Of(["batch", dir["manifest.jsonl"], "--out", dir["out.jsonl"]]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("line 2", line, StringComparison.Ordinal);
        Assert.False(File.Exists(dir["out.jsonl"]));
    }

    private static string? Id(string line)
    {
        using var json = JsonDocument.Parse(line);
        var first = json.RootElement.EnumerateObject().First();
        Assert.Equal("id", first.Name);
        return first.Value.GetString();
    }

    private static string? Reason(string line)
    {
        using var json = JsonDocument.Parse(line);
        var failure = json.RootElement.GetProperty("failure");
        return failure.ValueKind == JsonValueKind.Null ? null : failure.GetProperty("reason").GetString();
    }
}
