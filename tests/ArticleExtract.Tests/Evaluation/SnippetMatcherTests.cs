using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class SnippetMatcherTests
{
    [Fact]
    public void No_break_and_other_unicode_spaces_match_a_plain_space()
    {
        var matcher = new SnippetMatcher("Der\u00A0Bundestag hat\u2009am\n\n  Montag beschlossen.");
        Assert.True(matcher.Contains("Bundestag hat am Montag"));
        Assert.True(matcher.Contains("Der Bundestag"));
    }

    [Fact]
    public void Whitespace_in_the_snippet_is_collapsed_too()
    {
        var matcher = new SnippetMatcher("one two three");
        Assert.True(matcher.Contains("  one\u00A0\u00A0two\n"));
    }

    [Fact]
    public void Matching_is_case_sensitive_and_ordinal()
    {
        var matcher = new SnippetMatcher("Straße in Köln");
        Assert.False(matcher.Contains("straße"));
        Assert.False(matcher.Contains("Strasse"));
        Assert.True(matcher.Contains("ße in K"));
    }

    [Fact]
    public void Prefix_is_tested_after_trimming_leading_space()
    {
        var matcher = new SnippetMatcher("\n\u00A0 Washington (CNN) -- Democrats pledged");
        Assert.True(matcher.StartsWith("Washington (CNN) --"));
        Assert.False(matcher.StartsWith("Democrats"));
    }

    [Fact]
    public void Collapse_keeps_zero_width_characters_which_are_not_white_space()
    {
        Assert.Equal("a\u200Bb c", TextNormalization.CollapseWhitespace(" a\u200Bb\u3000\u202F c "));
    }

    [Fact]
    public void Invisible_characters_are_dropped_before_comparing()
    {
        Assert.Equal("Klimawandel und mehr", TextNormalization.WithoutInvisibles("Kli\u00ADma\u00ADwan\u200Bdel und\uFEFF mehr"));
        Assert.Equal(string.Empty, TextNormalization.WithoutInvisibles(null));
        const string Plain = "nothing to drop";
        Assert.Same(Plain, TextNormalization.WithoutInvisibles(Plain));
    }
}
