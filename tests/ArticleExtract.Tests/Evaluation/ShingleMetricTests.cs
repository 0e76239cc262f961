using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class ShingleMetricTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Identical_texts_score_perfectly()
    {
        var score = ShingleMetric.Score("One two three four five.\n\nSix seven.", "One two three four five.\n\nSix seven.");
        Assert.Equal(1.0, score.TruePositive, Tolerance);
        Assert.Equal(0.0, score.FalsePositive);
        Assert.Equal(0.0, score.FalseNegative);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.F1);
        Assert.True(score.TokensEqual);
    }

    [Fact]
    public void Whitespace_and_punctuation_differences_do_not_matter_but_case_does()
    {
        Assert.True(ShingleMetric.Score("one, two three", "one two\n\nthree").TokensEqual);
        var score = ShingleMetric.Score("One two three", "one two three");
        Assert.False(score.TokensEqual);
        Assert.Equal(0.0, score.F1);
    }

    [Theory]
    [InlineData("alpha")]
    [InlineData("alpha beta")]
    [InlineData("alpha beta gamma")]
    public void A_text_of_one_to_three_tokens_is_one_shingle(string text)
    {
        var shingles = ShingleMetric.Shingles(WordTokenizer.Tokenize(text));
        Assert.Single(shingles);
        Assert.Equal(1, shingles[text]);
    }

    [Fact]
    public void Short_texts_match_only_as_a_whole()
    {
        // "a b c" is one shingle and "a b" another: nothing shared, one each side.
        var score = ShingleMetric.Score("a b c", "a b");
        Assert.Equal(0.0, score.TruePositive);
        Assert.Equal(0.5, score.FalsePositive, Tolerance);
        Assert.Equal(0.5, score.FalseNegative, Tolerance);
        Assert.Equal(0.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
    }

    [Fact]
    public void Four_tokens_make_one_shingle_and_five_make_two()
    {
        Assert.Single(ShingleMetric.Shingles(["a", "b", "c", "d"]));
        Assert.Equal(2, ShingleMetric.Shingles(["a", "b", "c", "d", "e"]).Count);
    }

    [Fact]
    public void Empty_prediction_has_zero_recall_and_undefined_precision()
    {
        var score = ShingleMetric.Score("a b c d e", "");
        Assert.False(score.HasPredicted);
        Assert.True(score.HasExpected);
        Assert.Null(score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(1.0, score.FalseNegative, Tolerance);
        Assert.Equal(0.0, score.F1);
        Assert.False(score.TokensEqual);
    }

    [Fact]
    public void Empty_expectation_has_zero_precision_and_undefined_recall()
    {
        var score = ShingleMetric.Score("  ", "a b c d e");
        Assert.True(score.HasPredicted);
        Assert.False(score.HasExpected);
        Assert.Equal(0.0, score.Precision);
        Assert.Null(score.Recall);
        Assert.Equal(1.0, score.FalsePositive, Tolerance);
    }

    [Fact]
    public void Both_empty_is_perfect_but_counts_in_neither_mean()
    {
        var score = ShingleMetric.Score("", "—");
        Assert.Equal(0.0, score.TruePositive);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.F1);
        Assert.False(score.HasPredicted);
        Assert.False(score.HasExpected);
        Assert.True(score.TokensEqual);
    }

    [Fact]
    public void Repeated_shingles_count_as_a_multiset()
    {
        // Expected "x y z w x y z w": xyzw ×2, yzwx, zwxy, wxyz (5 shingles).
        // Predicted "x y z w": xyzw ×1. tp = min(2, 1) = 1, fp = 0, fn = 4.
        var score = ShingleMetric.Score("x y z w x y z w", "x y z w");
        Assert.Equal(0.2, score.TruePositive, Tolerance);
        Assert.Equal(0.0, score.FalsePositive, Tolerance);
        Assert.Equal(0.8, score.FalseNegative, Tolerance);
        Assert.Equal(1.0, score.Precision!.Value, Tolerance);
        Assert.Equal(0.2, score.Recall!.Value, Tolerance);

        // Predicted three times (12 tokens, 9 shingles): xyzw ×3, yzwx ×2, zwxy ×2, wxyz ×2.
        // tp = min(3,2) + 1 + 1 + 1 = 5, fp = 4, fn = 0.
        var repeated = ShingleMetric.Score("x y z w x y z w", "x y z w x y z w x y z w");
        Assert.Equal(5.0 / 9, repeated.Precision!.Value, Tolerance);
        Assert.Equal(1.0, repeated.Recall!.Value, Tolerance);
        Assert.Equal(4.0 / 9, repeated.FalsePositive, Tolerance);
    }

    [Fact]
    public void Partial_overlap_matches_hand_computed_counts()
    {
        // Expected "a b c d e f": abcd, bcde, cdef.  Predicted "a b c d e x y": abcd, bcde, cdex, dexy.
        // tp = 2, fp = 2, fn = 1; normalised by 5.
        var score = ShingleMetric.Score("a b c d e f", "a b c d e x y");
        Assert.Equal(0.4, score.TruePositive, Tolerance);
        Assert.Equal(0.4, score.FalsePositive, Tolerance);
        Assert.Equal(0.2, score.FalseNegative, Tolerance);
        Assert.Equal(0.5, score.Precision!.Value, Tolerance);
        Assert.Equal(2.0 / 3, score.Recall!.Value, Tolerance);
        Assert.Equal(4.0 / 7, score.F1, Tolerance);
        Assert.False(score.TokensEqual);
    }
}
