namespace ArticleExtract.Text;

/// <summary>Allocation-free questions about what characters a text holds, shared by the stages.</summary>
internal static class TextScan
{
    /// <summary>Whether <paramref name="text"/> holds a letter of any script.</summary>
    public static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds a letter or a digit of any script.</summary>
    public static bool ContainsLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a common CJK ideograph or kana: scripts that write words without spaces between
    /// them, so that counting words by spaces undercounts them.
    /// </summary>
    public static bool IsIdeographOrKana(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3040' and <= '\u30FF');

    /// <summary>Whether <paramref name="text"/> holds an ASCII digit.</summary>
    public static bool ContainsAsciiDigit(ReadOnlySpan<char> text) => text.ContainsAnyInRange('0', '9');

    /// <summary>Whether <paramref name="text"/> holds any of <paramref name="words"/>, compared as <paramref name="comparison"/> says.</summary>
    public static bool ContainsAny(string text, string[] words, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, comparison))
            {
                return true;
            }
        }

        return false;
    }
}
