namespace ArticleExtract.Text;

/// <summary>Lower-cased runs of letters and digits: what a reader would count as the same words.</summary>
internal static class WordRuns
{
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
