using System.Text.Json;
using ArticleExtract.Serialization;
using Xunit;

namespace ArticleExtract.Tests.Cli;

public sealed class ProgramTests
{
    [Fact]
    public void No_arguments_prints_the_sample_page_as_indented_json_and_says_so_on_stderr()
    {
        var run = CliRun.OfDefault();

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var headline = json.RootElement.GetProperty("headline").GetString();
        Assert.Contains("Kim orders sharp increase in missile production", headline, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("failure").ValueKind);
        Assert.StartsWith("{\n  \"headline\": ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("’", run.Stdout, StringComparison.Ordinal);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("built-in sample", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_is_the_seed_page_extracted_from_bytes_without_a_url()
    {
        var run = CliRun.OfDefault();

        var expected = ArticleJson.Serialize(
            new ArticleExtractor().Extract(SeedPages.Bytes("modern-jsonld"), url: null),
            indented: true);
        Assert.Equal(expected + "\n", run.Stdout.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_prints_usage_to_stdout_and_exits_0(string flag)
    {
        var run = CliRun.OfDefault(flag);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("articleextract extract FILE|-", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("articleextract batch INPUT --out OUT.jsonl", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [InlineData("extract", "--format json|text")]
    [InlineData("batch", "--parallel N")]
    public void Command_help_prints_that_commands_usage(string command, string expected)
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            var run = CliRun.OfDefault(command, flag);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains(expected, run.Stdout, StringComparison.Ordinal);
            Assert.Empty(run.Stderr);
        }
    }

    [Fact]
    public void Version_prints_the_version_only()
    {
        var run = CliRun.OfDefault("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("page.html")]
    public void An_unknown_command_is_a_usage_error_with_one_stderr_line(string command)
    {
        var run = CliRun.OfDefault(command);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("articleextract: ", line, StringComparison.Ordinal);
        Assert.Contains(command, line, StringComparison.Ordinal);
    }
}
