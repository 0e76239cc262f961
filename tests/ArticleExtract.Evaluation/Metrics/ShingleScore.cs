namespace ArticleExtract.Evaluation.Metrics;

/// <summary>
/// One page's shingle overlap. The three counts are divided by their sum so every page weighs the same when
/// pooled; precision and recall are ratios and do not change.
/// </summary>
/// <param name="TruePositive">Shared shingles (multiset intersection), normalised.</param>
/// <param name="FalsePositive">Predicted shingles beyond the expected ones, normalised.</param>
/// <param name="FalseNegative">Expected shingles beyond the predicted ones, normalised.</param>
/// <param name="TokensEqual">Whether both texts have exactly the same token list.</param>
internal readonly record struct ShingleScore(double TruePositive, double FalsePositive, double FalseNegative, bool TokensEqual)
{
    private bool Perfect => FalsePositive == 0 && FalseNegative == 0;

    /// <summary>Whether the prediction has any shingle, so its precision counts in the mean.</summary>
    public bool HasPredicted => TruePositive + FalsePositive > 0;

    /// <summary>Whether the expectation has any shingle, so recall counts in the mean.</summary>
    public bool HasExpected => TruePositive + FalseNegative > 0;

    /// <summary>tp/(tp+fp); 1 when nothing is wrong; <see langword="null"/> when undefined.</summary>
    public double? Precision => Perfect ? 1.0 : HasPredicted ? TruePositive / (TruePositive + FalsePositive) : null;

    /// <summary>tp/(tp+fn); 1 when nothing is wrong; <see langword="null"/> when undefined.</summary>
    public double? Recall => Perfect ? 1.0 : HasExpected ? TruePositive / (TruePositive + FalseNegative) : null;

    /// <summary>The page's own F1 (2tp/(2tp+fp+fn)); 1 when nothing is wrong.</summary>
    public double F1 => Perfect ? 1.0 : 2 * TruePositive / ((2 * TruePositive) + FalsePositive + FalseNegative);
}
