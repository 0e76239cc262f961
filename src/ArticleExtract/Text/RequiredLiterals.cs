using System.Text;
using System.Text.RegularExpressions;

namespace ArticleExtract.Text;

/// <summary>
/// Reads a regular expression's pattern for literal strings one of which every match must contain (its "required
/// factors"): for <c>\bsponsored by\b|^advertisement$</c>, "sponsored by" or "advertisement". Text holding none of them
/// cannot match, so one vectorised phrase search can stand in front of a long alternation that would otherwise be tried
/// at every position of every block. The reading is conservative: what it does not read as literals (long or negated
/// classes, escapes standing for classes, optional parts, negative look-arounds) only breaks a literal run; a construct
/// it cannot reason about at all (conditionals, pattern whitespace) gives no literals, and the regex then runs ungated.
/// </summary>
internal static class RequiredLiterals
{
    /// <summary>
    /// What every match of <paramref name="regex"/> holds, branch by branch of its top-level alternation: a branch
    /// anchored at the start ("^after the promotion$") gives the literals the text must open with, any other the literals
    /// it must contain; or <see langword="null"/> when some branch gives neither. Compared as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> does.
    /// </summary>
    public static Requirement? Of(Regex regex)
    {
        if ((regex.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return null;
        }

        var pattern = regex.ToString();
        var anchored = (regex.Options & RegexOptions.Multiline) == 0 && !SetsMultiline(pattern);
        var prefixes = new List<LeadingLiteral>();
        var anywhere = new List<string>();
        try
        {
            foreach (var branch in TopLevelBranches(pattern))
            {
                // A branch anchored at the start gives its openings, each with what the branch must also hold: "the"
                // alone opens a tenth of all paragraphs, "the" with "video" or "audio" in the line almost none.
                var contained = Contained(branch);
                if (anchored && branch.StartsWith('^') && Leading(branch, 1) is { } leading)
                {
                    prefixes.AddRange(leading.Distinct(StringComparer.OrdinalIgnoreCase).Select(text => new LeadingLiteral(text, contained)));
                }
                else if (contained is not null)
                {
                    anywhere.AddRange(contained);
                }
                else
                {
                    return null;
                }
            }
        }
        catch (NotSupportedException)
        {
            return null;
        }

        return new Requirement(prefixes, anywhere.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    // Whether an inline option group turns multi-line mode on ("(?m)", "(?im:"), where '^' also follows a line break.
    private static bool SetsMultiline(string pattern)
    {
        for (var at = pattern.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?", at + 2, StringComparison.Ordinal))
        {
            for (var i = at + 2; i < pattern.Length && pattern[i] is 'i' or 'm' or 'n' or 's' or 'x'; i++)
            {
                if (pattern[i] == 'm' && (at == 0 || pattern[at - 1] != '\\'))
                {
                    return true;
                }
            }
        }

        return false;
    }


    // The literals one of which a whole branch must contain.
    private static List<string>? Contained(string branch)
    {
        var reader = new Reader(branch);
        var literals = reader.Alternation();
        return reader.AtEnd ? literals : null;
    }

    // The literals one of which the text at <paramref name="at"/> must start with: a run of literal characters, the
    // characters of a short class or digit escape, or a group each of whose branches opens with one (and, when the group
    // may be skipped, what follows it).
    private static List<string>? Leading(string pattern, int at)
    {
        var reader = new Reader(pattern, at);
        var run = reader.LiteralRun();
        if (run.Length > 0)
        {
            return char.IsSurrogate(run[0]) ? null : [run];
        }

        if (reader.Position != at)
        {
            // An optional first character ("a?b"): the text may open with what follows it instead.
            return null;
        }

        if (reader.AtCharacterSet() is { } first)
        {
            return first;
        }

        if (reader.Position != at)
        {
            // An optional class ("[請请]?繼續"): the text may open with what follows it.
            return null;
        }

        if (!reader.AtGroup(out var content, out var optional, out var after))
        {
            return null;
        }

        var all = new List<string>();
        foreach (var branch in TopLevelBranches(content))
        {
            if (Leading(branch, 0) is not { } leading)
            {
                return null;
            }

            all.AddRange(leading);
        }

        if (optional)
        {
            // "(?:«\s*)?(?:previous|next)": the group's openings or, without it, what follows.
            if (Leading(pattern, after) is not { } rest)
            {
                return null;
            }

            all.AddRange(rest);
        }

        return all;
    }

    // The pattern's branches at the top level: '|' outside groups and classes.
    private static List<string> TopLevelBranches(string pattern)
    {
        var branches = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = Reader.ClassEnd(pattern, i) - 1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    branches.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        branches.Add(pattern[start..]);
        return branches;
    }

    /// <summary>What a match needs: to open as one of the branches anchored at the start does, or to hold a literal of another.</summary>
    /// <param name="Prefixes">The anchored branches' openings.</param>
    /// <param name="Anywhere">Literals from the other branches: the text must contain one of these.</param>
    public sealed record Requirement(IReadOnlyList<LeadingLiteral> Prefixes, IReadOnlyList<string> Anywhere);

    /// <summary>An anchored branch's opening literal and, when its pattern gives them, literals the rest must hold.</summary>
    /// <param name="Text">What the text opens with.</param>
    /// <param name="AlsoContains">Literals one of which the text must also hold, or null.</param>
    public sealed record LeadingLiteral(string Text, IReadOnlyList<string>? AlsoContains);

    // A recursive-descent reading of .NET's pattern syntax that keeps, for each sequence, its best mandatory factor.
    private sealed class Reader(string pattern, int start = 0)
    {
        private int _at = start;

        public bool AtEnd => _at >= pattern.Length;

        public int Position => _at;

        // Branches separated by '|' up to the closing ')' or the end: each must give literals, and any one will do.
        public List<string>? Alternation()
        {
            var all = new List<string>();
            var complete = true;
            while (true)
            {
                var branch = Sequence();
                if (branch is null)
                {
                    complete = false;
                }
                else
                {
                    all.AddRange(branch);
                }

                if (_at < pattern.Length && pattern[_at] == '|')
                {
                    _at++;
                    continue;
                }

                return complete ? all : null;
            }
        }

        // Atoms in a row: runs of literal characters and mandatory groups are candidates; the one whose shortest
        // literal is longest (fewest literals on a tie) is the sequence's requirement.
        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new StringBuilder();

            void Offer(List<string> candidate)
            {
                if (candidate.Count == 0 || candidate.Exists(string.IsNullOrEmpty))
                {
                    return;
                }

                if (best is null || Better(candidate, best))
                {
                    best = candidate;
                }
            }

            void EndRun()
            {
                if (run.Length > 0)
                {
                    Offer([run.ToString()]);
                    run.Clear();
                }
            }

            while (_at < pattern.Length && pattern[_at] is not ('|' or ')'))
            {
                var c = pattern[_at];
                switch (c)
                {
                    case '\\':
                        if (EscapedLiteral() is { } literal)
                        {
                            AppendLiteral(run, literal, EndRun);
                        }
                        else
                        {
                            EndRun();
                            SkipQuantifier();
                        }

                        break;
                    case '[':
                        EndRun();
                        var from = _at;
                        if (AtCharacterSet() is { } characters)
                        {
                            // "[★☆✩✭⭐]{2,}": a short class of plain characters is a set of one-character literals.
                            Offer(characters);
                        }
                        else
                        {
                            _at = from;
                            SkipClass();
                            SkipQuantifier();
                        }

                        break;
                    case '(':
                        EndRun();
                        if (Group() is { } inner)
                        {
                            Offer(inner);
                        }

                        break;
                    case '.' or '^' or '$':
                        EndRun();
                        _at++;
                        SkipQuantifier();
                        break;
                    case '*' or '+' or '?':
                        // A quantifier with nothing before it to bind to is outside what this reader follows.
                        throw new NotSupportedException();
                    default:
                        _at++;
                        AppendLiteral(run, c, EndRun);
                        break;
                }
            }

            EndRun();
            return best;
        }

        // The literal characters at the cursor, up to the first that is not one or is optional; a repeated one
        // ends the run after it.
        public string LiteralRun()
        {
            var run = new StringBuilder();
            while (_at < pattern.Length)
            {
                var c = pattern[_at];
                char literal;
                if (c == '\\')
                {
                    var from = _at;
                    if (EscapedLiteral() is not { } escaped)
                    {
                        _at = from;
                        break;
                    }

                    literal = escaped;
                }
                else if (c is '[' or '(' or ')' or '|' or '.' or '^' or '$' or '*' or '+' or '?')
                {
                    break;
                }
                else
                {
                    _at++;
                    literal = c;
                }

                var (min, present) = Quantifier();
                if (present)
                {
                    if (min > 0)
                    {
                        run.Append(literal);
                    }

                    break;
                }

                run.Append(literal);
            }

            return run.ToString();
        }

        // Whether a non-capturing, capturing or option-setting group ("(?:", "(", "(?-i:") stands at the cursor: its
        // content, whether its quantifier lets it be skipped, and where the pattern goes on after it.
        public bool AtGroup(out string content, out bool optional, out int after)
        {
            content = string.Empty;
            optional = false;
            after = _at;
            if (_at >= pattern.Length || pattern[_at] != '(')
            {
                return false;
            }

            var open = _at + 1;
            if (open < pattern.Length && pattern[open] == '?')
            {
                var colon = open + 1;
                while (colon < pattern.Length && pattern[colon] is 'i' or 'm' or 'n' or 's' or '-')
                {
                    colon++;
                }

                if (colon >= pattern.Length || pattern[colon] != ':')
                {
                    return false;
                }

                open = colon + 1;
            }

            var close = GroupEnd(pattern, _at);
            content = pattern[open..close];
            _at = close + 1;
            var (min, present) = Quantifier();
            optional = present && min == 0;
            after = _at;
            return true;
        }

        // The characters one of which the text at the cursor must start with, when a digit escape or a short class of
        // plain characters ("[$€£]", "[-–—]") stands there and is not optional.
        public List<string>? AtCharacterSet()
        {
            var chars = new List<char>();
            if (_at + 1 < pattern.Length && pattern[_at] == '\\' && pattern[_at + 1] == 'd')
            {
                chars.AddRange("0123456789");
                _at += 2;
            }
            else if (_at < pattern.Length && pattern[_at] == '[')
            {
                var end = ClassEnd(pattern, _at) - 1;
                for (var i = _at + 1; i < end; i++)
                {
                    var c = pattern[i];
                    if ((c == '^' && i == _at + 1) || c == '[' || (c == '-' && i > _at + 1 && i < end - 1))
                    {
                        // Negated classes, subtractions and ranges stand for more than a short list.
                        return null;
                    }

                    if (c == '\\')
                    {
                        var escaped = pattern[++i];
                        if (escaped == 'd')
                        {
                            chars.AddRange("0123456789");
                        }
                        else if (char.IsAsciiLetterOrDigit(escaped))
                        {
                            return null;
                        }
                        else
                        {
                            chars.Add(escaped);
                        }

                        continue;
                    }

                    chars.Add(c);
                }

                _at = end + 1;
            }
            else
            {
                return null;
            }

            var (min, present) = Quantifier();
            return chars.Count == 0 || chars.Count > MaxLeadingChars || (present && min == 0) || chars.Exists(char.IsSurrogate)
                ? null
                : chars.ConvertAll(c => c.ToString());
        }

        private const int MaxLeadingChars = 16;

        // The index of the ')' that closes the group opening at <paramref name="at"/>.
        private static int GroupEnd(string pattern, int at)
        {
            var depth = 0;
            for (var i = at; i < pattern.Length; i++)
            {
                switch (pattern[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '[':
                        i = ClassEnd(pattern, i) - 1;
                        break;
                    case '(':
                        depth++;
                        break;
                    case ')' when --depth == 0:
                        return i;
                }
            }

            throw new NotSupportedException();
        }

        // The index just after the class opening at <paramref name="at"/>.
        public static int ClassEnd(string pattern, int at)
        {
            var reader = new Reader(pattern, at);
            reader.SkipClass();
            return reader._at;
        }

        private static bool Better(List<string> candidate, List<string> best)
        {
            var shortest = candidate.Min(s => s.Length);
            var bestShortest = best.Min(s => s.Length);
            return shortest > bestShortest || (shortest == bestShortest && candidate.Count < best.Count);
        }

        // A literal character and whatever quantifier follows it: optional, it leaves the run; repeated, it ends it.
        private void AppendLiteral(StringBuilder run, char c, Action endRun)
        {
            var (min, present) = Quantifier();
            if (!present)
            {
                run.Append(c);
                return;
            }

            if (min > 0)
            {
                run.Append(c);
            }

            endRun();
        }

        // An escape that stands for one literal character ("\.", "\-", "\ ", "\n"), or null for a class, an anchor or
        // a back-reference, which the cursor is moved past.
        private char? EscapedLiteral()
        {
            _at++;
            if (_at >= pattern.Length)
            {
                throw new NotSupportedException();
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 'p' or 'P':
                    SkipPast('}');
                    return null;
                case 'k':
                    SkipPast(pattern[_at] == '<' ? '>' : '\'');
                    return null;
                case 'u':
                    _at += 4;
                    return null;
                case 'x':
                    _at += 2;
                    return null;
                case 'c':
                    _at += 1;
                    return null;
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                default:
                    if (char.IsAsciiDigit(c))
                    {
                        while (_at < pattern.Length && char.IsAsciiDigit(pattern[_at]))
                        {
                            _at++;
                        }

                        return null;
                    }

                    return char.IsAsciiLetter(c) ? null : c;
            }
        }

        // A group and its quantifier. Returns the literals its content requires when the group itself is mandatory.
        private List<string>? Group()
        {
            _at++;
            var mandatory = true;
            if (_at < pattern.Length && pattern[_at] == '?')
            {
                _at++;
                var kind = _at < pattern.Length ? pattern[_at] : '\0';
                switch (kind)
                {
                    case ':' or '>' or '=':
                        _at++;
                        break;
                    case '!':
                        _at++;
                        mandatory = false;
                        break;
                    case '<' when _at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!':
                        mandatory = pattern[_at + 1] == '=';
                        _at += 2;
                        break;
                    case '<' or '\'':
                        SkipPast(kind == '<' ? '>' : '\'');
                        break;
                    case '#':
                        SkipPast(')');
                        return null;
                    case '(':
                        throw new NotSupportedException();
                    default:
                        // Inline options: "(?-i:" opens a group, "(?i)" sets them for the rest of the sequence.
                        var start = _at;
                        while (_at < pattern.Length && pattern[_at] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
                        {
                            _at++;
                        }

                        if (pattern.AsSpan(start, _at - start).Contains('x') || _at >= pattern.Length)
                        {
                            throw new NotSupportedException();
                        }

                        if (pattern[_at] == ')')
                        {
                            _at++;
                            return null;
                        }

                        if (pattern[_at] != ':')
                        {
                            throw new NotSupportedException();
                        }

                        _at++;
                        break;
                }
            }

            var inner = Alternation();
            if (_at >= pattern.Length || pattern[_at] != ')')
            {
                throw new NotSupportedException();
            }

            _at++;
            var (min, present) = Quantifier();
            return mandatory && (!present || min > 0) ? inner : null;
        }

        private void SkipClass()
        {
            _at++;
            if (_at < pattern.Length && pattern[_at] == '^')
            {
                _at++;
            }

            if (_at < pattern.Length && pattern[_at] == ']')
            {
                _at++;
            }

            while (_at < pattern.Length && pattern[_at] != ']')
            {
                if (pattern[_at] == '\\')
                {
                    _at++;
                }
                else if (pattern[_at] == '[')
                {
                    // Class subtraction ("[a-z-[aeiou]]") is outside what this reader follows.
                    throw new NotSupportedException();
                }

                _at++;
            }

            if (_at >= pattern.Length)
            {
                throw new NotSupportedException();
            }

            _at++;
        }

        private void SkipQuantifier() => Quantifier();

        // Reads a quantifier if one stands at the cursor: its minimum count, and whether there was one.
        private (int Min, bool Present) Quantifier()
        {
            if (_at >= pattern.Length)
            {
                return (1, false);
            }

            int min;
            switch (pattern[_at])
            {
                case '*' or '?':
                    min = 0;
                    _at++;
                    break;
                case '+':
                    min = 1;
                    _at++;
                    break;
                case '{' when BoundedMinimum() is { } bounded:
                    min = bounded;
                    break;
                default:
                    return (1, false);
            }

            if (_at < pattern.Length && pattern[_at] == '?')
            {
                _at++;
            }

            return (min, true);
        }

        // "{2}", "{0,3}", "{1,}": the minimum, the cursor moved past; null when the brace is a literal one.
        private int? BoundedMinimum()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return null;
            }

            var body = pattern.AsSpan(_at + 1, close - _at - 1);
            var comma = body.IndexOf(',');
            var first = comma < 0 ? body : body[..comma];
            if (first.Length == 0 || !int.TryParse(first, out var min) || (comma >= 0 && body[(comma + 1)..] is { Length: > 0 } rest && !int.TryParse(rest, out _)))
            {
                return null;
            }

            _at = close + 1;
            return min;
        }

        private void SkipPast(char end)
        {
            var close = pattern.IndexOf(end, _at);
            if (close < 0)
            {
                throw new NotSupportedException();
            }

            _at = close + 1;
        }
    }
}
