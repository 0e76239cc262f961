namespace ArticleExtract.Text;

/// <summary>
/// Arabic-script labels compared without their optional marks: the same word is printed with or without its vowel
/// marks and tatweel ("اقرأ أيضًا", "اقرأ أيضاً", "اقرأ أيضا").
/// </summary>
internal static class ArabicScript
{
    private const char Tatweel = '\u0640';
    private const char FirstMark = '\u064B';
    private const char LastMark = '\u065F';
    private const char SuperscriptAlef = '\u0670';

    /// <summary>The text without Arabic vowel marks (harakat, tanwin, shadda, sukun), superscript alef and tatweel.</summary>
    public static string WithoutMarks(string text)
    {
        var first = IndexOfMark(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length - CountMarks(text, first), (text, first), static (span, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(span);
            var at = state.first;
            for (var i = state.first; i < state.text.Length; i++)
            {
                if (!IsMark(state.text[i]))
                {
                    span[at++] = state.text[i];
                }
            }
        });
    }

    private static bool IsMark(char c) => c is Tatweel or SuperscriptAlef or (>= FirstMark and <= LastMark);

    private static int IndexOfMark(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsMark(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountMarks(string text, int first)
    {
        var count = 0;
        for (var i = first; i < text.Length; i++)
        {
            if (IsMark(text[i]))
            {
                count++;
            }
        }

        return count;
    }
}
