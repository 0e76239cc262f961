using System.Collections.Frozen;
using System.Text;

namespace ArticleExtract.Cleaning;

/// <summary>Splits class and id values into lower-case words: "relatedPosts sidebar-widget_2" → related, posts, sidebar, widget.</summary>
internal static class ClassTokens
{
    private const int MaxChars = 512;

    /// <summary>Whether the class or id value names chrome, by a single token or an adjacent pair.</summary>
    public static bool NamesChrome(string? value, StringBuilder scratch) => Classify(value, scratch) != ChromeName.None;

    /// <summary>
    /// How strongly the class or id value names chrome: the strongest word wins. BEM modifiers (the part of a
    /// class name after "--") are skipped: "section--ads" and "field--label-hidden" say how a block looks, not
    /// what it is.
    /// </summary>
    public static ChromeName Classify(string? value, StringBuilder scratch)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ChromeName.None;
        }

        // Long values are generated hashes or abuse; the first few hundred characters say all that matters.
        var span = value.AsSpan(0, Math.Min(value.Length, MaxChars));
        var result = ChromeName.None;
        string? previous = null;
        var inModifier = false;
        scratch.Clear();
        for (var i = 0; i <= span.Length; i++)
        {
            var c = i < span.Length ? span[i] : ' ';
            if (char.IsWhiteSpace(c))
            {
                inModifier = false;
            }
            else if (c == '-' && i + 1 < span.Length && span[i + 1] == '-')
            {
                inModifier = true;
            }

            var boundary = !char.IsLetterOrDigit(c) ||
                           (char.IsUpper(c) && scratch.Length > 0 && char.IsLower(span[i - 1]));
            if (boundary && scratch.Length > 0)
            {
                var token = scratch.ToString();
                scratch.Clear();
                if (previous is "no" or "non" or "without")
                {
                    // "no_caption", "non-sidebar": the word is negated.
                }
                else if (ChromeVocabulary.ClassTokens.Contains(token))
                {
                    if (!ChromeVocabulary.WeakClassTokens.Contains(token))
                    {
                        return ChromeName.Strong;
                    }

                    result = ChromeName.Weak;
                }
                else if (previous is not null && ChromeVocabulary.ClassBigrams.Contains(previous + " " + token))
                {
                    return ChromeName.Strong;
                }

                // A space starts another class name: pairs do not cross it.
                previous = char.IsWhiteSpace(c) ? null : token;
            }

            if (char.IsLetterOrDigit(c) && !inModifier)
            {
                scratch.Append(char.ToLowerInvariant(c));
            }
        }

        return result;
    }

    /// <summary>Whether any word of the class or id value is in <paramref name="words"/>.</summary>
    public static bool NamesAny(string? value, FrozenSet<string> words, StringBuilder scratch)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var span = value.AsSpan(0, Math.Min(value.Length, MaxChars));
        scratch.Clear();
        for (var i = 0; i <= span.Length; i++)
        {
            var c = i < span.Length ? span[i] : ' ';
            var boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && scratch.Length > 0 && char.IsLower(span[i - 1]));
            if (boundary && scratch.Length > 0)
            {
                if (words.Contains(scratch.ToString()))
                {
                    return true;
                }

                scratch.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                scratch.Append(char.ToLowerInvariant(c));
            }
        }

        return false;
    }

    /// <summary>The stronger of what the class and the id say.</summary>
    public static ChromeName Classify(string? className, string? id, StringBuilder scratch)
    {
        var byClass = Classify(className, scratch);
        if (byClass == ChromeName.Strong || IsHeadingSlug(id))
        {
            return byClass;
        }

        return (ChromeName)Math.Max((int)byClass, (int)Classify(id, scratch));
    }

    /// <summary>
    /// Ids made from a heading's words ("sharing-with-a-single-developer") are text, not names: four or more words,
    /// one of them a function word.
    /// </summary>
    internal static bool IsHeadingSlug(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxChars)
        {
            return false;
        }

        var words = 0;
        var functionWord = false;
        foreach (var range in id.AsSpan().SplitAny("-_ "))
        {
            var word = id.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            functionWord |= ChromeVocabulary.SlugFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }

        return words >= 4 && functionWord;
    }
}
