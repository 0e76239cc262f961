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
    // Phrases that can only be found in text holding a character beyond ASCII are searched apart, and only in such
    // text: an all-ASCII phrase list gets the vectorised (Teddy) search, where one Chinese phrase in the list would
    // send every paragraph of an English page through the slower general one.
    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _wide;
#endif

    public PhraseSet(params string[] phrases)
    {
        _phrases = phrases;
#if NET9_0_OR_GREATER
        var wide = Array.FindAll(phrases, NeedsWideText);
        var ascii = Array.FindAll(phrases, phrase => !NeedsWideText(phrase));
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null;
        _wide = wide.Length > 0 ? SearchValues.Create(wide, StringComparison.OrdinalIgnoreCase) : null;
#endif
    }

    /// <summary>The phrases, in the order given.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>Whether <paramref name="text"/> holds any of the phrases.</summary>
    public bool FoundIn(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return (_ascii is not null && text.IndexOfAny(_ascii) >= 0) ||
               (_wide is not null && text.ContainsAnyExceptInRange('\0', MaxAscii) && text.IndexOfAny(_wide) >= 0);
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
#endif
}
