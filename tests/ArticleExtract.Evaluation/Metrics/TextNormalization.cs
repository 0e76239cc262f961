using System.Buffers;
using System.Text;

namespace ArticleExtract.Evaluation.Metrics;

/// <summary>Whitespace normalisation shared by every string comparison of the harness.</summary>
internal static class TextNormalization
{
    // Soft hyphen, zero-width space, non-joiner and joiner, word joiner, BOM.
    private static readonly SearchValues<char> Invisibles = SearchValues.Create("\u00AD\u200B\u200C\u200D\u2060\uFEFF");

    /// <summary>
    /// Collapses every run of white space (including no-break and other Unicode spaces) to one space and trims.
    /// </summary>
    public static string CollapseWhitespace(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Drops the characters a reader never sees: soft hyphens, zero-width spaces and joiners, word joiners and the
    /// BOM. Labels copied from page source keep them ("Klima\u00ADwandel"), extractors may not; both sides are
    /// compared without them so the metrics count words, not invisible hyphenation hints.
    /// </summary>
    public static string WithoutInvisibles(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny(Invisibles) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Invisibles.Contains(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
