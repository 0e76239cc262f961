using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class PassageFinderTests
{
    [Fact]
    public void Finds_the_longest_stretch_the_other_text_lacks()
    {
        const string predicted = "Share this! one two three four five six. Subscribe to our newsletter today, friends!";
        const string expected = "one two three four five six.";
        Assert.Equal("Subscribe to our newsletter today, friends", PassageFinder.LongestUnshared(predicted, expected));
        Assert.Equal(string.Empty, PassageFinder.LongestUnshared(expected, predicted));
    }

    [Fact]
    public void Everything_is_unshared_when_the_other_text_is_empty_and_long_passages_are_cut()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 100));
        var passage = PassageFinder.LongestUnshared(text, "");
        Assert.Equal(PassageFinder.MaxLength, passage.Length);
        Assert.EndsWith("…", passage, StringComparison.Ordinal);
    }
}
