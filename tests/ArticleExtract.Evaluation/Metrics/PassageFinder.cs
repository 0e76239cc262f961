namespace ArticleExtract.Evaluation.Metrics;

/// <summary>Finds the longest stretch of one text that the other text does not share, for reports.</summary>
internal static class PassageFinder
{
    public const int MaxLength = 200;

    /// <summary>
    /// The longest run of tokens of <paramref name="source"/> not covered by any shingle that also occurs in
    /// <paramref name="other"/>, as whitespace-collapsed text of at most <see cref="MaxLength"/> characters;
    /// empty when every token is shared.
    /// </summary>
    public static string LongestUnshared(string? source, string? other)
    {
        if (string.IsNullOrEmpty(source))
        {
            return string.Empty;
        }

        var located = WordTokenizer.Locate(source);
        if (located.Count == 0)
        {
            return string.Empty;
        }

        var tokens = new List<string>(located.Count);
        foreach (var t in located)
        {
            tokens.Add(source.Substring(t.Start, t.Length));
        }

        var otherShingles = ShingleMetric.Shingles(WordTokenizer.Tokenize(other));
        var covered = new bool[tokens.Count];
        var sourceShingles = tokens.Count < ShingleMetric.Width ? 1 : tokens.Count - ShingleMetric.Width + 1;
        var width = Math.Min(ShingleMetric.Width, tokens.Count);
        for (var i = 0; i < sourceShingles; i++)
        {
            if (otherShingles.ContainsKey(string.Join(' ', tokens.GetRange(i, width))))
            {
                for (var j = i; j < i + width; j++)
                {
                    covered[j] = true;
                }
            }
        }

        var bestStart = -1;
        var bestLength = 0;
        var runStart = -1;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && !covered[i])
            {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }

            if (runStart >= 0)
            {
                var length = located[i - 1].End - located[runStart].Start;
                if (length > bestLength)
                {
                    bestLength = length;
                    bestStart = runStart;
                }

                runStart = -1;
            }
        }

        return bestStart < 0 ? string.Empty : Truncate(source.Substring(located[bestStart].Start, bestLength));
    }

    /// <summary>Collapses white space and cuts to <see cref="MaxLength"/> characters, marking a cut with '…'.</summary>
    public static string Truncate(string text)
    {
        var collapsed = TextNormalization.CollapseWhitespace(text);
        return collapsed.Length <= MaxLength ? collapsed : string.Concat(collapsed.AsSpan(0, MaxLength - 1), "…");
    }
}
