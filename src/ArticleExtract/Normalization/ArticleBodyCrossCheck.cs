using ArticleExtract.Text;

namespace ArticleExtract.Normalization;

/// <summary>
/// Compares the extracted story with the JSON-LD <c>articleBody</c> the page states. When the page states a long
/// body and the extracted blocks hold little of it, the readability pass chose the wrong container (a teaser list,
/// a comment thread, a sidebar), and the stated body is the better story.
/// </summary>
internal static class ArticleBodyCrossCheck
{
    // Short bodies are teasers or descriptions; the check needs a real story to compare against.
    private const int MinArticleBodyWords = 120;

    // Below this share of the stated body's words, the extraction missed the story.
    private const double MinCoverage = 0.5;

    public static bool PrefersArticleBody(List<string> blocks, string articleBody)
    {
        var stated = new Dictionary<string, int>(StringComparer.Ordinal);
        var statedTotal = Count(ArticleBodySplitter.PlainText(articleBody), stated);
        if (statedTotal < MinArticleBodyWords)
        {
            return false;
        }

        var extracted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            Count(block, extracted);
        }

        var covered = 0;
        foreach (var (word, count) in stated)
        {
            covered += Math.Min(count, extracted.GetValueOrDefault(word));
        }

        return covered < statedTotal * MinCoverage;
    }

    // Adds the words of the text to the counts; returns how many there were.
    private static int Count(string text, Dictionary<string, int> counts)
    {
        var total = 0;
        foreach (var word in WordRuns.Of(text))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
            total++;
        }

        return total;
    }
}
