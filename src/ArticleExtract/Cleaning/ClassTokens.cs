using System.Text;

namespace ArticleExtract.Cleaning;

/// <summary>Splits class and id values into lower-case words: "relatedPosts sidebar-widget_2" → related, posts, sidebar, widget.</summary>
internal static class ClassTokens
{
    private const int MaxChars = 512;

    /// <summary>Whether the class or id value names chrome, by a single token or an adjacent pair.</summary>
    public static bool NamesChrome(string? value, StringBuilder scratch)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        // Long values are generated hashes or abuse; the first few hundred characters say all that matters.
        var span = value.AsSpan(0, Math.Min(value.Length, MaxChars));
        string? previous = null;
        scratch.Clear();
        for (var i = 0; i <= span.Length; i++)
        {
            var c = i < span.Length ? span[i] : ' ';
            var boundary = !char.IsLetterOrDigit(c) ||
                           (char.IsUpper(c) && scratch.Length > 0 && char.IsLower(span[i - 1]));
            if (boundary && scratch.Length > 0)
            {
                var token = scratch.ToString();
                scratch.Clear();
                if (ChromeVocabulary.ClassTokens.Contains(token) ||
                    (previous is not null && ChromeVocabulary.ClassBigrams.Contains(previous + " " + token)))
                {
                    return true;
                }

                previous = token;
                if (!char.IsLetterOrDigit(c) && char.IsWhiteSpace(c))
                {
                    // A space starts another class name: pairs do not cross it.
                    previous = null;
                }
            }

            if (char.IsLetterOrDigit(c))
            {
                scratch.Append(char.ToLowerInvariant(c));
            }
        }

        return false;
    }
}
