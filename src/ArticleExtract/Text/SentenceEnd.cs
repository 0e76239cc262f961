namespace ArticleExtract.Text;

/// <summary>Whether a block reads as finished prose rather than a label, heading or link title.</summary>
internal static class SentenceEnd
{
    /// <summary>
    /// Whether <paramref name="text"/> ends with a full stop, question or exclamation mark or an ellipsis (Latin, CJK,
    /// Devanagari's danda, Arabic's question mark, Urdu's, Burmese, Khmer, Ethiopic and Armenian full stops), after
    /// closing quotes (CJK corner brackets too: "…退休。」") and brackets. Thai sets no stop: a long run of Thai text ending in a letter is a sentence.
    /// </summary>
    public static bool Ends(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd("\"”’') »」』");
        return end.Length > 0 &&
               (end[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '।' or '॥' or '؟' or '۔' or '။' or '។' or '።' or '։' ||
                (IsThai(end[^1]) && CountThai(end) >= MinThaiSentenceChars));
    }

    // Thai headlines run to a hundred characters; paragraphs of story text are longer.
    private const int MinThaiSentenceChars = 120;

    private static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E5B';

    private static int CountThai(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsThai(c))
            {
                count++;
            }
        }

        return count;
    }
}
