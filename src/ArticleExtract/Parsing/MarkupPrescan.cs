using System.Collections.Frozen;

namespace ArticleExtract.Parsing;

/// <summary>
/// One linear pass over the markup, before parsing, that counts elements and comments and follows the nesting
/// of open elements, stopping as soon as either passes its limit. The HTML parser slows down with the square of
/// the open elements (300,000 nested <c>div</c>s take it many minutes) and builds a node per tag, so plainly
/// hostile markup is refused here in milliseconds.
/// </summary>
/// <remarks>
/// The nesting follows the tree-construction rules only roughly: void and raw-text elements, end tags that close
/// everything above their element, and the common implied end tags (<c>p</c>, <c>li</c>, <c>dd</c>/<c>dt</c>,
/// table parts, <c>option</c>, <c>a</c>). Where it errs it closes too much, so it underestimates the depth of
/// real pages rather than refusing them; the parsed document is checked exactly afterwards.
/// </remarks>
internal static class MarkupPrescan
{
    // Tag names longer than this are compared by their first characters only; real names are far shorter.
    private const int MaxNameChars = 32;

    private static readonly FrozenSet<string> VoidTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    ]);

    // Their content is text up to their own end tag; plaintext runs to the end of the input.
    private static readonly FrozenSet<string> RawTextTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    ]);

    // The parser merges these into the one element it has, so they never nest.
    private static readonly FrozenSet<string> SingletonTags = FrozenSet.Create(StringComparer.Ordinal, ["html", "head", "body"]);

    // Outside a table the parser drops these tags.
    private static readonly FrozenSet<string> TableParts = FrozenSet.Create(StringComparer.Ordinal,
    [
        "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr",
    ]);

    // A start tag of one of these closes an open p.
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "listing",
        "main", "menu", "nav", "ol", "p", "pre", "search", "section", "summary", "table", "ul", "li", "dd", "dt",
    ]);

    // A start tag of the key closes the nearest open element named in its value, with everything above it.
    private static readonly FrozenDictionary<string, string[]> ImpliedEnds = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["li"] = ["li"],
        ["dd"] = ["dd", "dt"],
        ["dt"] = ["dd", "dt"],
        ["option"] = ["option"],
        ["optgroup"] = ["optgroup", "option"],
        ["tr"] = ["tr"],
        ["td"] = ["td", "th"],
        ["th"] = ["td", "th"],
        ["thead"] = ["thead", "tbody", "tfoot"],
        ["tbody"] = ["thead", "tbody", "tfoot"],
        ["tfoot"] = ["thead", "tbody", "tfoot"],
        ["a"] = ["a"],
        ["nobr"] = ["nobr"],
        ["button"] = ["button"],
        ["select"] = ["select"],
        ["form"] = ["form"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Scans <paramref name="html"/>, stopping early once a limit is passed.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="maxNodes">The most elements and comments accepted.</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <param name="ct">Checked every so often, so a time budget also covers the scan.</param>
    public static MarkupShape Scan(string html, int maxNodes, int maxDepth, CancellationToken ct)
    {
        var scan = new Scanner(html, maxNodes, maxDepth);
        scan.Run(ct);
        return new MarkupShape(scan.Nodes, scan.MaxDepthSeen);
    }

    /// <summary>The scan's state: a position, the stack of open element names and how many of each are open.</summary>
    private sealed class Scanner(string html, int maxNodes, int maxDepth)
    {
        // How many tags pass between two looks at the cancellation token.
        private const int CheckEvery = 4096;

        private readonly List<string> _open = [];
        private readonly Dictionary<string, int> _openCounts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private int _position;

        public int Nodes { get; private set; }

        public int MaxDepthSeen { get; private set; }

        private bool Exceeded => Nodes > maxNodes || MaxDepthSeen > maxDepth;

        public void Run(CancellationToken ct)
        {
            var tags = 0;
            while (!Exceeded && _position < html.Length)
            {
                var lt = html.IndexOf('<', _position);
                if (lt < 0 || lt + 1 >= html.Length)
                {
                    return;
                }

                if (++tags % CheckEvery == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                _position = lt + 1;
                var next = html[_position];
                if (next == '!' || next == '?')
                {
                    SkipComment();
                }
                else if (next == '/')
                {
                    _position++;
                    if (_position < html.Length && char.IsAsciiLetter(html[_position]))
                    {
                        var name = ReadName();
                        SkipTagRest();
                        Close(name);
                    }
                    else
                    {
                        // "</>" and "</ x>" are dropped or become comments; either way nothing nests.
                        SkipPast('>');
                    }
                }
                else if (char.IsAsciiLetter(next))
                {
                    var name = ReadName();
                    var selfClosing = SkipTagRest();
                    Open(name, selfClosing);
                }
            }
        }

        private void SkipComment()
        {
            Nodes++;
            if (string.CompareOrdinal(html, _position, "!--", 0, 3) == 0)
            {
                var end = html.IndexOf("-->", _position + 3, StringComparison.Ordinal);
                _position = end < 0 ? html.Length : end + 3;
                return;
            }

            SkipPast('>');
        }

        private void SkipPast(char c)
        {
            var end = html.IndexOf(c, _position);
            _position = end < 0 ? html.Length : end + 1;
        }

        /// <summary>Reads a tag name at the position, lower-cased, reusing one string per distinct name.</summary>
        private string ReadName()
        {
            var start = _position;
            while (_position < html.Length && !IsNameEnd(html[_position]))
            {
                _position++;
            }

            var raw = html.AsSpan(start, Math.Min(_position - start, MaxNameChars));
            Span<char> lower = stackalloc char[MaxNameChars];
            var length = raw.ToLowerInvariant(lower);
            var key = lower[..length];
#if NET9_0_OR_GREATER
            var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(key, out var name))
            {
                name = key.ToString();
                lookup[key] = name;
            }

            return name;
#else
            // .NET 8 has no span lookup on a dictionary: one string per tag read, as names are short (MaxNameChars).
            var name = key.ToString();
            if (!_names.TryAdd(name, name))
            {
                name = _names[name];
            }

            return name;
#endif
        }

        private static bool IsNameEnd(char c) => c is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f';

        /// <summary>Skips attributes to the end of the tag, honouring quoted values; true for <c>/&gt;</c>.</summary>
        private bool SkipTagRest()
        {
            var afterEquals = false;
            while (_position < html.Length)
            {
                var c = html[_position];
                if (c == '>')
                {
                    _position++;
                    return html[_position - 2] == '/';
                }

                if (afterEquals && c is '"' or '\'')
                {
                    var end = html.IndexOf(c, _position + 1);
                    _position = end < 0 ? html.Length : end + 1;
                    afterEquals = false;
                    continue;
                }

                if (c == '=')
                {
                    afterEquals = true;
                }
                else if (!AsciiWhitespace.Is(c))
                {
                    afterEquals = false;
                }

                _position++;
            }

            return false;
        }

        private void Open(string name, bool selfClosing)
        {
            if (SingletonTags.Contains(name) || (TableParts.Contains(name) && _openCounts.GetValueOrDefault("table") == 0))
            {
                return;
            }

            Nodes++;
            if (RawTextTags.Contains(name))
            {
                SkipRawText(name);
                return;
            }

            if (VoidTags.Contains(name) || selfClosing)
            {
                // A self-closing HTML element does stay open, but such markup is rare; assuming it closed errs low.
                return;
            }

            if (ClosesParagraph.Contains(name))
            {
                CloseNearest("p");
            }

            if (ImpliedEnds.TryGetValue(name, out var closes))
            {
                foreach (var closed in closes)
                {
                    CloseNearest(closed);
                }
            }

            _open.Add(name);
            _openCounts[name] = _openCounts.GetValueOrDefault(name) + 1;
            MaxDepthSeen = Math.Max(MaxDepthSeen, _open.Count);
        }

        private void SkipRawText(string name)
        {
            if (name == "plaintext")
            {
                _position = html.Length;
                return;
            }

            // The content ends at "</name" followed by a tag-name end, whatever the case.
            var at = _position;
            while (true)
            {
                var end = html.IndexOf("</", at, StringComparison.Ordinal);
                if (end < 0)
                {
                    _position = html.Length;
                    return;
                }

                var nameEnd = end + 2 + name.Length;
                if (nameEnd <= html.Length &&
                    html.AsSpan(end + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) &&
                    (nameEnd == html.Length || IsNameEnd(html[nameEnd])))
                {
                    _position = nameEnd;
                    SkipPast('>');
                    return;
                }

                at = end + 2;
            }
        }

        /// <summary>An end tag closes its nearest open element and everything above it; a stray one is ignored.</summary>
        private void Close(string name) => CloseNearest(name);

        private void CloseNearest(string name)
        {
            if (_openCounts.GetValueOrDefault(name) == 0)
            {
                return;
            }

            // Each element is pushed once and popped once, so all the closing together stays linear.
            while (_open.Count > 0)
            {
                var top = _open[^1];
                _open.RemoveAt(_open.Count - 1);
                _openCounts[top]--;
                if (top == name)
                {
                    return;
                }
            }
        }
    }
}
