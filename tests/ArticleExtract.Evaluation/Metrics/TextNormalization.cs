using System.Text;

namespace ArticleExtract.Evaluation.Metrics;

/// <summary>Whitespace normalisation shared by every string comparison of the harness.</summary>
internal static class TextNormalization
{
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
}
