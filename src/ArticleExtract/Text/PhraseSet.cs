#if NET9_0_OR_GREATER
using System.Buffers;
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
    private readonly SearchValues<string> _search;
#endif

    public PhraseSet(params string[] phrases)
    {
        _phrases = phrases;
#if NET9_0_OR_GREATER
        _search = SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase);
#endif
    }

    /// <summary>The phrases, in the order given.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>Whether <paramref name="text"/> holds any of the phrases.</summary>
    public bool FoundIn(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return text.IndexOfAny(_search) >= 0;
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
}
