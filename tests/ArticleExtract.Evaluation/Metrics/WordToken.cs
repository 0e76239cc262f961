namespace ArticleExtract.Evaluation.Metrics;

/// <summary>A word token's place in its text (UTF-16 offsets).</summary>
/// <param name="Start">Index of the token's first code unit.</param>
/// <param name="Length">Number of code units.</param>
internal readonly record struct WordToken(int Start, int Length)
{
    public int End => Start + Length;
}
