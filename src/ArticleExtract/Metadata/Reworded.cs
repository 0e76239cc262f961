using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// A heading that says what a metadata title says in nearly the same words, reordered or with a word dropped or added
/// ("Wellaflex – Schnell aufgefrischtes Haar … mit dem 10-in-1 Trockenshampoo" against the title tag's "The Insiders -
/// Schnell aufgefrischtes Haar … mit dem neuen Wellaflex 10-in-1 Trockenshampoo - Info"): the same story's title,
/// which no exact test of parts or affixes finds, as readers see it.
/// </summary>
internal static class Reworded
{
    private const int MinWords = 4;

    // Nearly every word of the heading is in the title: one stray word in five is allowed.
    private const double MinShare = 0.8;

    /// <summary>
    /// Whether the heading words one of <paramref name="titles"/> nearly alike while no title, stripped of its affixes,
    /// lies whole inside it: a heading that holds a title and more ("Politics | …", "… :") adds a kicker or a mark, and
    /// the title is the cleaner choice.
    /// </summary>
    public static bool IsAnyOf(string heading, List<string> titles, List<string> stripped)
    {
        var words = Words(heading);
        if (words.Count < MinWords)
        {
            return false;
        }

        var own = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (var title in stripped)
        {
            if (own.IsSupersetOf(Words(title)))
            {
                return false;
            }
        }

        foreach (var title in titles)
        {
            var known = new HashSet<string>(Words(title), StringComparer.Ordinal);
            var found = 0;
            foreach (var word in words)
            {
                if (known.Contains(word))
                {
                    found++;
                }
            }

            if (found >= MinShare * words.Count)
            {
                return true;
            }
        }

        return false;
    }

    // Folded runs of letters and digits: case, quotes and punctuation do not tell two wordings apart.
    private static List<string> Words(string text) => [.. WordRuns.Of(SiteAffix.Fold(text))];
}
