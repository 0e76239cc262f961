using System.Buffers;
using System.Globalization;
using System.Text;

namespace ArticleExtract.Evaluation.Metrics;

/// <summary>
/// Splits text into maximal runs of word characters, matching Python's <c>\w</c> on <c>str</c>:
/// letters (L*), numbers (Nd, Nl, No) and '_'. Combining marks (Mn, Mc, Me) are not word characters,
/// so a decomposed accent splits a word; that mirrors the reference tooling rather than hiding it.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Whether one code point is a word character.</summary>
    public static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return true;
            default:
                return false;
        }
    }

    /// <summary>The positions of the word tokens in <paramref name="text"/>.</summary>
    public static List<WordToken> Locate(string? text)
    {
        var tokens = new List<WordToken>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            // A lone surrogate decodes as an error and counts as a separator.
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var isWord = status == OperationStatus.Done && IsWordRune(rune);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add(new WordToken(start, i - start));
                start = -1;
            }

            i += Math.Max(consumed, 1);
        }

        if (start >= 0)
        {
            tokens.Add(new WordToken(start, text.Length - start));
        }

        return tokens;
    }

    /// <summary>The word tokens of <paramref name="text"/> as strings, case kept.</summary>
    public static List<string> Tokenize(string? text)
    {
        var located = Locate(text);
        var tokens = new List<string>(located.Count);
        foreach (var token in located)
        {
            tokens.Add(text!.Substring(token.Start, token.Length));
        }

        return tokens;
    }
}
