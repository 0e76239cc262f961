namespace ArticleExtract.Metadata.Dates;

/// <summary>Allocation-free span helpers shared by the date scanners.</summary>
internal static class CharScan
{
    /// <summary>The value of a decimal digit of any script (ASCII, full-width, Arabic-Indic, Persian, Devanagari, Bengali, …), or -1.</summary>
    /// <remarks>
    /// CJK pages often write dates with full-width digits (２０２４年), Arabic and Persian pages with their own (۱۴۰۴),
    /// Bengali and Hindi pages with theirs ("২০ নভেম্বর ২০২৫"). Every Unicode decimal digit has a value from 0 to 9.
    /// </remarks>
    public static int DigitValue(char c) =>
        c is >= '0' and <= '9' ? c - '0' :
        c > '\u007F' && char.IsDigit(c) ? (int)char.GetNumericValue(c) : -1;

    /// <summary>Whether <paramref name="c"/> is a decimal digit of any script.</summary>
    public static bool IsDigit(char c) => DigitValue(c) >= 0;

    /// <summary>Whether <paramref name="s"/> holds a decimal digit of any script; ASCII digits are looked for first.</summary>
    public static bool ContainsDigit(ReadOnlySpan<char> s)
    {
        if (s.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        foreach (var c in s)
        {
            if (IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="i"/> exists and is a digit.</summary>
    public static bool IsDigitAt(ReadOnlySpan<char> s, int i) => (uint)i < (uint)s.Length && IsDigit(s[i]);

    /// <summary>Whether the character at <paramref name="i"/> exists and is a letter.</summary>
    public static bool IsLetterAt(ReadOnlySpan<char> s, int i) => (uint)i < (uint)s.Length && char.IsLetter(s[i]);

    /// <summary>
    /// Letters of scripts that separate words with spaces (Latin, Greek, Cyrillic). A digit glued to one of these
    /// ("v2", "A4") is part of a code, not a date; a digit after a CJK character is not.
    /// </summary>
    public static bool IsSpacedScriptLetter(char c) => c < '\u0530' && char.IsLetter(c);

    /// <summary>Whether <paramref name="c"/> belongs to a word: a letter or a combining mark.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The end (exclusive) of the word that starts at <paramref name="start"/>.</summary>
    public static int WordEnd(ReadOnlySpan<char> s, int start)
    {
        var i = start;
        while (i < s.Length && IsWordChar(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Reads the whole run of digits at <paramref name="i"/> and succeeds only when its length lies within
    /// [<paramref name="minDigits"/>, <paramref name="maxDigits"/>]; on success <paramref name="i"/> moves past it.
    /// </summary>
    public static bool TryReadNumber(ReadOnlySpan<char> s, ref int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var j = i;
        while (j < s.Length)
        {
            var d = DigitValue(s[j]);
            if (d < 0)
            {
                break;
            }

            // Only the first nine digits can matter (callers accept at most eight); this keeps the int from overflowing.
            if (j - i < 9)
            {
                value = (value * 10) + d;
            }

            j++;
        }

        var length = j - i;
        if (length < minDigits || length > maxDigits)
        {
            value = 0;
            return false;
        }

        i = j;
        return true;
    }

    /// <summary>The length of the digit run at <paramref name="i"/>.</summary>
    public static int DigitRunLength(ReadOnlySpan<char> s, int i)
    {
        var j = i;
        while (j < s.Length && IsDigit(s[j]))
        {
            j++;
        }

        return j - i;
    }

    /// <summary>Parses exactly <paramref name="count"/> digits at <paramref name="start"/> (the caller checked they are digits).</summary>
    public static int FixedNumber(ReadOnlySpan<char> s, int start, int count)
    {
        var value = 0;
        for (var k = start; k < start + count; k++)
        {
            value = (value * 10) + DigitValue(s[k]);
        }

        return value;
    }

    /// <summary>Skips at most <paramref name="max"/> white-space characters.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> s, int i, int max)
    {
        var end = i;
        while (end < s.Length && end - i < max && char.IsWhiteSpace(s[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether the ASCII word at <paramref name="start"/> equals <paramref name="word"/> (any case) and ends there.</summary>
    public static bool IsWordIgnoreCase(ReadOnlySpan<char> s, int start, string word, out int end)
    {
        end = start + word.Length;
        if (start < 0 || end > s.Length || IsLetterAt(s, end) ||
            !s.Slice(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            end = start;
            return false;
        }

        return true;
    }
}
