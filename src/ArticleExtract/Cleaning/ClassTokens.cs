using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>Splits class and id values into lower-case words: "relatedPosts sidebar-widget_2" → related, posts, sidebar, widget.</summary>
internal static class ClassTokens
{
    private const int MaxChars = 512;

#if !NET9_0_OR_GREATER
    private static readonly char[] SlugSeparators = ['-', '_', ' '];
#endif

    /// <summary>Whether the class or id value names chrome, by a single token or an adjacent pair.</summary>
    public static bool NamesChrome(string? value, StringBuilder scratch) => Classify(value, scratch) != ChromeName.None;

    /// <summary>
    /// How strongly the class or id value names chrome: the strongest word wins. BEM modifiers (the part of a
    /// class name after "--") are skipped: "section--ads" and "field--label-hidden" say how a block looks, not
    /// what it is.
    /// </summary>
    public static ChromeName Classify(string? value, StringBuilder scratch)
    {
        var result = ChromeName.None;
        string? previous = null;
        var hiddenPending = false;
        var words = new WordReader(value, scratch, skipModifiers: true);
        while (words.Next() is { } token)
        {
            if (hiddenPending)
            {
                // "hidden-xs", "hidden-print": hidden on some screens or on paper, shown on others.
                hiddenPending = false;
                if (previous is null || !ChromeVocabulary.HiddenQualifiers.Contains(token))
                {
                    result = ChromeName.Weak;
                }
            }

            if (previous is "no" or "non" or "without")
            {
                // "no_caption", "non-sidebar": the word is negated.
            }
            else if (previous is not null && ChromeVocabulary.ClassBigrams.Contains(previous + " " + token))
            {
                return ChromeName.Strong;
            }
            else if (token is "hidden" or "hide")
            {
                // "field-label-hidden": a part of the block is hidden, not the block; a qualifier may follow.
                hiddenPending = previous is null || !ChromeVocabulary.HiddenParts.Contains(previous);
            }
            else if (ChromeVocabulary.ClassTokens.Contains(token))
            {
                if (!ChromeVocabulary.WeakClassTokens.Contains(token))
                {
                    return ChromeName.Strong;
                }

                result = ChromeName.Weak;
            }

            // A space starts another class name: pairs do not cross it.
            previous = words.EndsName ? null : token;
        }

        return hiddenPending ? ChromeName.Weak : result;
    }

    private const int MinAnchorWordChars = 4;

    /// <summary>
    /// "&lt;h3 id='nav_zehntausende__0'&gt;Zehntausende Geräte erreichbar": a heading's id spelled from its own first
    /// word is the target a table of contents links to; whatever else it holds ("nav", "share") says nothing of the heading.
    /// </summary>
    private static bool IsHeadingAnchor(IElement element, string id)
    {
        if (element.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6"))
        {
            return false;
        }

        var text = NodeText.Of(element).AsSpan().Trim();
        var end = 0;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end >= MinAnchorWordChars && id.AsSpan().Contains(text[..end], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether any word of the class or id value is in <paramref name="words"/>.</summary>
    public static bool NamesAny(string? value, FrozenSet<string> words, StringBuilder scratch)
    {
        var reader = new WordReader(value, scratch, skipModifiers: false);
        while (reader.Next() is { } token)
        {
            if (words.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether any word of the class or id value is in <paramref name="words"/>, or two adjacent words of one class name are
    /// in <paramref name="pairs"/> (joined by a space): "pullquote", "pull-quote" and "PullQuoteWrapper" alike.
    /// </summary>
    public static bool NamesAny(string? value, FrozenSet<string> words, FrozenSet<string> pairs, StringBuilder scratch)
    {
        var reader = new WordReader(value, scratch, skipModifiers: false);
        string? previous = null;
        while (reader.Next() is { } token)
        {
            if (words.Contains(token) || (previous is not null && pairs.Contains(previous + " " + token)))
            {
                return true;
            }

            previous = reader.EndsName ? null : token;
        }

        return false;
    }

    /// <summary>The strongest of what the element's class, id and component marks (data-testid and kin) say.</summary>
    public static ChromeName Classify(IElement element, StringBuilder scratch)
    {
        var id = element.Id;
        if (id is not null && IsHeadingAnchor(element, id))
        {
            id = null;
        }

        var name = Classify(element.GetAttribute("class"), id, scratch);
        if (name == ChromeName.Strong)
        {
            return name;
        }

        // A custom element's name is the component's, as a class would be ("<related-articles>", "<app-storyline-ad>").
        if (element.LocalName.Contains('-'))
        {
            name = (ChromeName)Math.Max((int)name, (int)Classify(element.LocalName, scratch));
            if (name == ChromeName.Strong)
            {
                return name;
            }
        }

        if (element.Attributes.Length == 0)
        {
            return name;
        }

        foreach (var attribute in AttributeList.Of(element))
        {
            if (ComponentMarks.IsMark(attribute.LocalName))
            {
                name = (ChromeName)Math.Max((int)name, (int)Classify(attribute.Value, scratch));
                if (name == ChromeName.Strong)
                {
                    return name;
                }
            }
        }

        return name;
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
#if NET9_0_OR_GREATER
        foreach (var range in id.AsSpan().SplitAny("-_ "))
        {
            var word = id.AsSpan(range);
#else
        // .NET 8 has neither span SplitAny nor span set lookups; the id is short (MaxChars), so strings will do.
        foreach (var word in id.Split(SlugSeparators))
        {
#endif
            if (word.Length == 0)
            {
                continue;
            }

            words++;
#if NET9_0_OR_GREATER
            functionWord |= ChromeVocabulary.SlugFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
            functionWord |= ChromeVocabulary.SlugFunctionWords.Contains(word);
#endif
        }

        return words >= 4 && functionWord;
    }

    /// <summary>
    /// Reads the lower-cased words of a class or id value, splitting on punctuation and camel case, and if asked
    /// skipping BEM modifiers (from "--" to the end of the class name).
    /// </summary>
    private ref struct WordReader
    {
        private readonly ReadOnlySpan<char> _span;
        private readonly StringBuilder _scratch;
        private readonly bool _skipModifiers;
        private int _index;
        private bool _inModifier;

        public WordReader(string? value, StringBuilder scratch, bool skipModifiers)
        {
            _skipModifiers = skipModifiers;
            // Long values are generated hashes or abuse; the first few hundred characters say all that matters.
            _span = value is null ? default : value.AsSpan(0, Math.Min(value.Length, MaxChars));
            _scratch = scratch;
            _scratch.Clear();
        }

        /// <summary>Whether the last word ended its class name (a space or the end followed it).</summary>
        public bool EndsName { get; private set; }

        public string? Next()
        {
            for (; _index <= _span.Length; _index++)
            {
                var i = _index;
                var c = i < _span.Length ? _span[i] : ' ';
                if (char.IsWhiteSpace(c))
                {
                    _inModifier = false;
                }
                else if (_skipModifiers && c == '-' && i + 1 < _span.Length && _span[i + 1] == '-')
                {
                    _inModifier = true;
                }

                var boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && _scratch.Length > 0 && char.IsLower(_span[i - 1]));
                string? token = null;
                if (boundary && _scratch.Length > 0)
                {
                    token = _scratch.ToString();
                    _scratch.Clear();
                    EndsName = char.IsWhiteSpace(c);
                }

                if (char.IsLetterOrDigit(c) && !_inModifier)
                {
                    _scratch.Append(char.ToLowerInvariant(c));
                }

                if (token is not null)
                {
                    _index++;
                    return token;
                }
            }

            return null;
        }
    }
}
