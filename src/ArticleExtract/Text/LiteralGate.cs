using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ArticleExtract.Text;

/// <summary>
/// A regular expression behind a quick test for the literals every match must hold (<see cref="RequiredLiterals"/>):
/// one of the literals its anchored branches open with at the text's start, or one of the others' anywhere in it. The
/// block filter's long alternations of notices and prompts cost tens of microseconds a block; almost no paragraph opens
/// with or holds any of their phrases, and a vectorised search says so in well under one. Same answers as the regex
/// alone: text the test shuts out cannot match. Built once per regex, at start-up; immutable and thread-safe.
/// </summary>
internal sealed class LiteralGate
{
    // Characters that regular expressions ignoring case equate with a letter, but ordinal ignore-case comparison does
    // not (the Kelvin, Ångström and Ohm signs, the capital sharp s, and the Turkish dotted and dotless i, which a regex
    // built under a Turkish culture folds with "i"): text holding one always goes to the regex.
    private static readonly SearchValues<char> UnfoldedCase = SearchValues.Create("\u212A\u212B\u2126\u1E9E\u0130\u0131");

    private readonly Regex _regex;
    private readonly PhraseSet? _anywhere;
    private readonly FrozenDictionary<char, Opening[]>? _prefixes;

    public LiteralGate(Regex regex)
    {
        _regex = regex;
        if (RequiredLiterals.Of(regex) is not { } requirement)
        {
            return;
        }

        Gated = true;
        _anywhere = requirement.Anywhere.Count > 0 ? new PhraseSet([.. requirement.Anywhere]) : null;
        _prefixes = requirement.Prefixes.Count > 0
            ? requirement.Prefixes
                .Select(prefix => new Opening(prefix.Text, prefix.AlsoContains is { } also ? new PhraseSet([.. also]) : null))
                .GroupBy(opening => char.ToUpperInvariant(opening.Text[0]))
                .ToFrozenDictionary(group => group.Key, group => group.ToArray())
            : null;
    }

    /// <summary>Whether the pattern gave literals to test for; when not, the regex always runs.</summary>
    public bool Gated { get; }

    /// <summary>The same answer as <see cref="Regex.IsMatch(string)"/>.</summary>
    public bool IsMatch(string text) => Open(text) && _regex.IsMatch(text);

    /// <summary>The same answer as <see cref="Regex.Match(string)"/>: <see cref="Match.Empty"/> when the gate is shut.</summary>
    public Match Match(string text) => Open(text) ? _regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The same answer as <see cref="Regex.Match(string, int)"/> (whose "^" still means the text's start).</summary>
    public Match Match(string text, int startAt) => Open(text) ? _regex.Match(text, startAt) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The same answer as <see cref="Regex.Count(string)"/>.</summary>
    public int Count(string text) => Open(text) ? _regex.Count(text) : 0;

    /// <summary>The same answer as <see cref="Regex.Replace(string, string)"/>: the text itself when the gate is shut.</summary>
    public string Replace(string text, string replacement) => Open(text) ? _regex.Replace(text, replacement) : text;

    /// <summary>The same answer as <see cref="Regex.Replace(string, MatchEvaluator)"/>.</summary>
    public string Replace(string text, MatchEvaluator evaluator) => Open(text) ? _regex.Replace(text, evaluator) : text;

    /// <summary>Whether the text opens with or holds one of the literals, so that the regex may match it.</summary>
    public bool Open(string text) =>
        !Gated || OpensWithPrefix(text) || (_anywhere is not null && _anywhere.FoundIn(text)) || text.AsSpan().ContainsAny(UnfoldedCase);

    private bool OpensWithPrefix(string text)
    {
        if (_prefixes is null || text.Length == 0 || !_prefixes.TryGetValue(char.ToUpperInvariant(text[0]), out var prefixes))
        {
            return false;
        }

        foreach (var opening in prefixes)
        {
            if (text.StartsWith(opening.Text, StringComparison.OrdinalIgnoreCase) && (opening.AlsoContains is null || opening.AlsoContains.FoundIn(text)))
            {
                return true;
            }
        }

        return false;
    }

    // An anchored branch's opening, with the phrases the rest of its match holds.
    private sealed record Opening(string Text, PhraseSet? AlsoContains);
}
