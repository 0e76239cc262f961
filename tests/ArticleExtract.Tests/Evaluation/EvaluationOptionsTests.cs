using ArticleExtract.Evaluation;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class EvaluationOptionsTests
{
    [Fact]
    public void Parses_repeated_corpora_and_options()
    {
        var options = EvaluationOptions.Parse(["--corpus", "a", "--corpus", "b", "--report", "out", "--limit", "5", "--sample", "20", "--seed", "-3"]);
        Assert.Equal(["a", "b"], options.Corpora);
        Assert.Equal("out", options.ReportDirectory);
        Assert.Equal(5, options.Limit);
        Assert.Equal(20, options.Sample);
        Assert.Equal(-3, options.Seed);
    }

    [Theory]
    [InlineData("--report out")]
    [InlineData("--corpus a")]
    [InlineData("--corpus a --report out --sample 3")]
    [InlineData("--corpus a --report out --limit 0")]
    [InlineData("--corpus a --report")]
    [InlineData("--corpus a --report out --fast 1")]
    public void Rejects_incomplete_or_malformed_arguments(string commandLine)
    {
        Assert.Throws<ArgumentException>(() => EvaluationOptions.Parse(commandLine.Split(' ')));
    }
}
