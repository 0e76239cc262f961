using ArticleExtract.Evaluation.Corpus;

namespace ArticleExtract.Evaluation.Metrics;

/// <summary>
/// Keeps the worst pages of one extractor in bounded memory: by body F1 where pages have full body text,
/// else by snippet and prefix misses.
/// </summary>
internal sealed class WorstPageTracker
{
    private readonly int _capacity;
    private readonly List<WorstPage> _byF1 = [];
    private readonly List<WorstPage> _byMisses = [];

    public WorstPageTracker(int capacity = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>Whether the list ranks by body F1 (otherwise by snippet misses).</summary>
    public bool RankedByF1 => _byF1.Count > 0;

    /// <summary>The worst pages, worst first.</summary>
    public IReadOnlyList<WorstPage> Pages => RankedByF1 ? _byF1 : _byMisses;

    public void Offer(ManifestEntry entry, string predictedBody, PageScore score)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(score);
        if (score.Body is { } body)
        {
            if (Admits(_byF1, body.F1, lowerIsWorse: true))
            {
                var expected = entry.Expected.BodyText;
                Insert(_byF1, new WorstPage(
                    entry.Id,
                    body.F1,
                    PassageFinder.LongestUnshared(predictedBody, expected),
                    PassageFinder.LongestUnshared(expected, predictedBody)), lowerIsWorse: true);
            }

            return;
        }

        if (score.HasSnippets && score.SnippetMisses > 0 && Admits(_byMisses, score.SnippetMisses, lowerIsWorse: false))
        {
            Insert(_byMisses, SnippetPage(entry, predictedBody, score.SnippetMisses), lowerIsWorse: false);
        }
    }

    private static WorstPage SnippetPage(ManifestEntry entry, string predictedBody, int misses)
    {
        var matcher = new SnippetMatcher(predictedBody);
        var leaked = string.Empty;
        foreach (var snippet in entry.Expected.Without ?? [])
        {
            if (snippet.Length > leaked.Length && matcher.Contains(snippet))
            {
                leaked = snippet;
            }
        }

        var missed = string.Empty;
        foreach (var snippet in entry.Expected.With ?? [])
        {
            if (snippet.Length > missed.Length && !matcher.Contains(snippet))
            {
                missed = snippet;
            }
        }

        if (entry.Expected.BodyPrefix is { } prefix && prefix.Length > missed.Length && !matcher.StartsWith(prefix))
        {
            missed = prefix;
        }

        return new WorstPage(entry.Id, misses, PassageFinder.Truncate(leaked), PassageFinder.Truncate(missed));
    }

    private bool Admits(List<WorstPage> list, double score, bool lowerIsWorse) =>
        list.Count < _capacity || (lowerIsWorse ? score < list[^1].Score : score > list[^1].Score);

    private void Insert(List<WorstPage> list, WorstPage page, bool lowerIsWorse)
    {
        // Stable: among equal scores the earlier page stays ahead.
        var index = list.Count;
        while (index > 0 && (lowerIsWorse ? page.Score < list[index - 1].Score : page.Score > list[index - 1].Score))
        {
            index--;
        }

        list.Insert(index, page);
        if (list.Count > _capacity)
        {
            list.RemoveAt(list.Count - 1);
        }
    }
}
