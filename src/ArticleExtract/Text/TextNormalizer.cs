using System.Text;

namespace ArticleExtract.Text;

/// <summary>Whitespace normalisation shared by every stage.</summary>
internal static class TextNormalizer
{
    /// <summary>Collapses every run of white space (including no-break and zero-width spaces) to one space and trims.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        AppendCollapsed(builder, text);
        return builder.ToString();
    }

    /// <summary>Collapses white space in <paramref name="text"/> and trims the ends.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return IsCollapsed(text) ? text : Collapse(text.AsSpan());
    }

    /// <summary>Appends <paramref name="text"/> collapsed, without leading or trailing space.</summary>
    public static void AppendCollapsed(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var pendingSpace = false;
        var start = builder.Length;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > start;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }
    }

    /// <summary>
    /// The length <paramref name="text"/> would have after <see cref="Collapse(ReadOnlySpan{char})"/>, without
    /// building it, plus one when it starts with space that would separate it from the text before it. Indented
    /// markup puts dozens of spaces between two words; length limits are about what a reader sees.
    /// </summary>
    public static int CollapsedLength(ReadOnlySpan<char> text)
    {
        var pendingSpace = false;
        return CollapsedLength(text, ref pendingSpace);
    }

    /// <summary>
    /// The collapsed length of one piece of a longer text, <paramref name="pendingSpace"/> carrying a run of white space
    /// from one piece to the next: the pieces' lengths add up to the whole text's.
    /// </summary>
    public static int CollapsedLength(ReadOnlySpan<char> text, ref bool pendingSpace)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            length += pendingSpace ? 2 : 1;
            pendingSpace = false;
        }

        return length;
    }

    /// <summary>Whether the text is empty or only white space.</summary>
    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the character is white space, including the no-break spaces.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';

    // Zero-width spaces, word joiners, byte-order marks and soft hyphens carry no text and break token matching. The
    // zero-width non-joiner and joiner are spelling: Persian writes "راه‌آهن" with one, Indic scripts and emoji use both.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';

    private static bool IsCollapsed(string text)
    {
        if (IsSpace(text[0]) || IsSpace(text[^1]))
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                return false;
            }

            var space = IsSpace(c);
            if (space && (c != ' ' || previousSpace))
            {
                return false;
            }

            previousSpace = space;
        }

        return true;
    }
}
