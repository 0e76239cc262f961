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
    /// Whether <paramref name="c"/> is a letter of a script without capitals (Arabic, Devanagari, Khmer, Chinese): neither
    /// upper nor lower case, so a name or a place in it cannot be told by its first letter.
    /// </summary>
    public static bool IsCaselessLetter(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);

    /// <summary>
    /// Whether <paramref name="c"/> is a common CJK ideograph or kana: scripts that write words without spaces between
    /// them, so that counting words by spaces undercounts them. The iteration mark 々 repeats the ideograph before it
    /// ("佐々木", "人々") and is read as one.
    /// </summary>
    public static bool IsIdeographOrKana(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3040' and <= '\u30FF') or '\u3005';

    /// <summary>How much Latin text an ideograph or kana says: a Chinese or Japanese sentence runs to about a third of the characters.</summary>
    public const int IdeographWeight = 3;

    /// <summary>
    /// The length of a text with each ideograph or kana counted as <see cref="IdeographWeight"/> characters, given the
    /// length the caller measures it by (collapsed or not).
    /// </summary>
    public static int WeightedLength(int length, ReadOnlySpan<char> text) => length + (IdeographWeight - 1) * CountIdeographsOrKana(text);

    /// <summary>How many of <paramref name="text"/>'s characters are CJK ideographs or kana (<see cref="IsIdeographOrKana"/>).</summary>
    public static int CountIdeographsOrKana(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsIdeographOrKana(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>How many of <paramref name="text"/>'s characters are hiragana or katakana: Japanese, not Chinese.</summary>
    public static int CountKana(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF')
            {
                count++;
            }
        }

        return count;
    }

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
