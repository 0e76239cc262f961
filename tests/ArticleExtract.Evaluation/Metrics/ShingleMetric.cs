namespace ArticleExtract.Evaluation.Metrics;

/// <summary>
/// Body-text overlap as multisets of 4-token shingles. A text of one to three tokens forms one shingle of all
/// its tokens; a text without tokens has none.
/// </summary>
internal static class ShingleMetric
{
    public const int Width = 4;

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="expected"/>.</summary>
    public static ShingleScore Score(string? expected, string? predicted)
    {
        var expectedTokens = WordTokenizer.Tokenize(expected);
        var predictedTokens = WordTokenizer.Tokenize(predicted);
        var expectedShingles = Shingles(expectedTokens);
        var predictedShingles = Shingles(predictedTokens);

        long tp = 0;
        long predictedTotal = 0;
        foreach (var (shingle, count) in predictedShingles)
        {
            predictedTotal += count;
            if (expectedShingles.TryGetValue(shingle, out var expectedCount))
            {
                tp += Math.Min(count, expectedCount);
            }
        }

        long expectedTotal = 0;
        foreach (var count in expectedShingles.Values)
        {
            expectedTotal += count;
        }

        double fp = predictedTotal - tp;
        double fn = expectedTotal - tp;
        double tpd = tp;
        var sum = tpd + fp + fn;
        if (sum > 0)
        {
            tpd /= sum;
            fp /= sum;
            fn /= sum;
        }

        return new ShingleScore(tpd, fp, fn, expectedTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal));
    }

    /// <summary>The shingle multiset of a token list: each shingle (tokens joined by a space) with its count.</summary>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        if (tokens.Count < Width)
        {
            shingles[Join(tokens, 0, tokens.Count)] = 1;
            return shingles;
        }

        for (var i = 0; i + Width <= tokens.Count; i++)
        {
            var key = Join(tokens, i, Width);
            shingles[key] = shingles.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        return shingles;
    }

    // Tokens never hold a space, so a space-joined key cannot collide.
    private static string Join(IReadOnlyList<string> tokens, int start, int count)
    {
        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = tokens[start + i];
        }

        return string.Join(' ', parts);
    }
}
