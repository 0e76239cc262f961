#if NET9_0_OR_GREATER
using System.Buffers;
using System.Collections.Frozen;
#endif

namespace ArticleExtract.Text;

/// <summary>
/// A fixed list of phrases searched for in text, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does.
/// The block filter asks every block of every page about hundreds of phrases; on .NET 9 and later one vectorised
/// multi-phrase search (<c>SearchValues&lt;string&gt;</c>) replaces a search per phrase. On .NET 8 it is the loop.
/// Built once, at start-up; immutable and thread-safe.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
#if NET9_0_OR_GREATER
    // Phrases that can only be found in text holding a character beyond ASCII are searched apart, and only in such
    // text: an all-ASCII phrase list gets the vectorised (Teddy) search, where one Chinese phrase in the list would
    // send every paragraph of an English page through the slower general one.
    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _wide;

    // Every character beyond ASCII that the wide phrases hold, with each character ordinal ignore-case equates with
    // it: text holding none of them cannot hold a wide phrase. English text is rarely pure ASCII (curly quotes,
    // dashes), and one vectorised character test spares it the slower general search for Chinese or Polish phrases.
    private readonly SearchValues<char>? _wideChars;
#endif

    public PhraseSet(params string[] phrases)
    {
        _phrases = phrases;
#if NET9_0_OR_GREATER
        var wide = Array.FindAll(phrases, NeedsWideText);
        var ascii = Array.FindAll(phrases, phrase => !NeedsWideText(phrase));
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null;
        _wide = wide.Length > 0 ? SearchValues.Create(wide, StringComparison.OrdinalIgnoreCase) : null;
        _wideChars = wide.Length > 0 ? SearchValues.Create(CaseVariantsBeyondAscii(wide)) : null;
#endif
    }

    /// <summary>The phrases, in the order given.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>Whether <paramref name="text"/> holds any of the phrases.</summary>
    public bool FoundIn(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return (_ascii is not null && text.IndexOfAny(_ascii) >= 0) ||
               (_wide is not null && text.ContainsAny(_wideChars!) && text.IndexOfAny(_wide) >= 0);
#else
        foreach (var phrase in _phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
#endif
    }

#if NET9_0_OR_GREATER
    private const char MaxAscii = '\u007F';

    // Whether the phrase has a character beyond ASCII: ordinal ignore-case equates none of those with an ASCII
    // character (not even 'ſ' with 'S' or 'ı' with 'I'), so such a phrase can only be found in text holding one.
    private static bool NeedsWideText(string phrase) => phrase.AsSpan().ContainsAnyExceptInRange('\0', MaxAscii);

    // The phrases' characters beyond ASCII and every character with the same invariant upper case (the comparison
    // ordinal ignore-case makes): "σ" brings "Σ" and "ς".
    private static string CaseVariantsBeyondAscii(string[] phrases)
    {
        var chars = new HashSet<char>();
        foreach (var phrase in phrases)
        {
            foreach (var c in phrase)
            {
                if (c > MaxAscii)
                {
                    chars.Add(c);
                    if (CaseClasses.Of.TryGetValue(char.ToUpperInvariant(c), out var variants))
                    {
                        chars.UnionWith(variants);
                    }
                }
            }
        }

        return new string([.. chars]);
    }

    // Characters grouped by their invariant upper case, for the groups of two or more; built once, on first use.
    private static class CaseClasses
    {
        public static readonly FrozenDictionary<char, string> Of = Build();

        private static FrozenDictionary<char, string> Build()
        {
            var groups = new Dictionary<char, List<char>>();
            for (var c = (char)(MaxAscii + 1); c < char.MaxValue; c++)
            {
                var upper = char.ToUpperInvariant(c);
                if (upper != c || char.ToLowerInvariant(c) != c)
                {
                    if (!groups.TryGetValue(upper, out var group))
                    {
                        groups[upper] = group = [];
                    }

                    group.Add(c);
                }
            }

            return groups.ToFrozenDictionary(pair => pair.Key, pair => new string([.. pair.Value]));
        }
    }
#endif
}
