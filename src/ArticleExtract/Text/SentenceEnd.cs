namespace ArticleExtract.Text;

/// <summary>Whether a block reads as finished prose rather than a label, heading or link title.</summary>
internal static class SentenceEnd
{
    /// <summary>
    /// Whether <paramref name="text"/> ends with a full stop, question or exclamation mark or an ellipsis (Latin, CJK,
    /// Devanagari's danda, Arabic's question mark), after closing quotes and brackets.
    /// </summary>
    public static bool Ends(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd("\"”’') »");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '।' or '॥' or '؟';
    }
}
