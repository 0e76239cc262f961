using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Normalization;

/// <summary>
/// Turns the story element into its blocks in reading order — paragraphs, headings, list items, quotes —
/// whitespace-normalised, none empty. Text held in bare <c>div</c>s or split by <c>&lt;br&gt;&lt;br&gt;</c> becomes
/// paragraphs too.
/// </summary>
internal static class BlockCollector
{
    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "section", "article", "header", "footer", "main", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "figure", "address", "hr", "center", "details", "summary", "form", "fieldset", "body", "html",
        "aside", "nav", "hgroup", "legend",
    ]);

    private static readonly FrozenSet<string> SkippedTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "script", "style", "noscript", "template", "svg", "annotation", "annotation-xml", "button", "select", "option", "textarea", "input",
        "iframe", "object", "embed", "video", "audio", "canvas", "figcaption", "head", "title", "meta", "link",
    ]);

    // Elements that hold blocks rather than being one: the blocks sharing the nearest of them make one box (a contact box
    // with its heading, a donation appeal with its title). Lists and table rows are parts of a box, not boxes.
    private static readonly FrozenSet<string> BoxTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "div", "section", "article", "header", "footer", "main", "figure", "address", "center", "details", "form", "fieldset", "body",
        "html", "aside", "nav", "td", "th",
    ]);

    // Marks a <br> in the running text (a private-use character, so source newlines are not mistaken for it);
    // two in a row end a paragraph.
    private const char LineBreak = '\uE000';

    /// <param name="root">The story element.</param>
    /// <param name="page">The page's address, if known: links to its host are links within the site.</param>
    public static List<StoryBlock> Collect(IElement root, Uri? page = null)
    {
        var state = new State();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                if (node is IElement { LocalName: "a" })
                {
                    state.LinkDepth--;
                }
                else if (node is IElement { LocalName: "strong" or "b" })
                {
                    state.BoldDepth--;
                }
                else
                {
                    if (!state.IsRowCell((IElement)node))
                    {
                        state.Flush();
                    }

                    state.Kinds.Pop();
                    if (BoxTags.Contains(((IElement)node).LocalName))
                    {
                        state.Boxes.Pop();
                    }
                }

                continue;
            }

            switch (node)
            {
                case IText textNode:
                    state.Append(textNode.Data);
                    break;
                case IElement element:
                    var tag = element.LocalName;
                    if (SkippedTags.Contains(tag))
                    {
                        break;
                    }

                    if (tag == "br")
                    {
                        state.Text.Append(LineBreak);
                        break;
                    }

                    if (BlockTags.Contains(tag))
                    {
                        if (state.IsRowCell(element))
                        {
                            state.NextCell();
                        }
                        else
                        {
                            state.Flush();
                        }

                        state.Kinds.Push(KindOf(tag) ?? state.Kind);
                        if (BoxTags.Contains(tag))
                        {
                            state.Boxes.Push(++state.BoxCount);
                        }

                        stack.Push((element, true));
                    }
                    else if (tag == "a" && element.GetAttribute("href") is { } href)
                    {
                        if (state.LinkDepth == 0)
                        {
                            state.LinkWithinSite = IsWithinSite(href, page);
                        }

                        state.LinkDepth++;
                        stack.Push((element, true));
                    }
                    else if (tag is "strong" or "b")
                    {
                        state.BoldDepth++;
                        stack.Push((element, true));
                    }
                    else if (tag is "img" && state.Text.Length > 0)
                    {
                        state.Text.Append(' ');
                    }

                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, false));
                    }

                    break;
            }
        }

        state.Flush();
        return state.Blocks;
    }

    private const int MaxDataCellChars = 1000;

    private static bool IsDataRow(IElement row)
    {
        foreach (var cell in row.Children)
        {
            if (cell.LocalName is "td" or "th" && NodeText.Of(cell).Length > MaxDataCellChars)
            {
                return false;
            }
        }

        return true;
    }

    // The kind a block element gives the text inside it; null when it takes its container's (a p inside a list item
    // is still a list item).
    private static BlockKind? KindOf(string tag) => tag switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "tr" or "td" or "th" => BlockKind.TableCell,
        "pre" => BlockKind.Preformatted,
        _ => null,
    };

    /// <summary>The running text of the open block, where links sit in it, and the blocks so far.</summary>
    private sealed class State
    {
        // Where link text sits in Text, as [start, end) ranges in order, and whether each link stays on the site.
        private readonly List<(int Start, int End, bool WithinSite)> links = [];

        // Where bold text sits in Text, as [start, end) ranges in order.
        private readonly List<(int Start, int End)> bolds = [];

        private const string CellSeparator = " | ";

        // Whether the running block holds visible text, and letters or digits, and whether a new cell began after it.
        private bool rowHasText;
        private bool rowHasWords;
        private bool cellPending;

        public StringBuilder Text { get; } = new();

        public Stack<BlockKind> Kinds { get; } = new();

        public List<StoryBlock> Blocks { get; } = [];

        /// <summary>The boxes open around the running text, innermost on top, each by its number in document order.</summary>
        public Stack<int> Boxes { get; } = new();

        public int BoxCount { get; set; }

        public int LinkDepth { get; set; }

        public int BoldDepth { get; set; }

        public bool LinkWithinSite { get; set; }

        public BlockKind Kind => Kinds.Count > 0 ? Kinds.Peek() : BlockKind.Paragraph;

        // The row last judged, and whether it is a data table's: each of its cells asks on entry and exit.
        private IElement? row;
        private bool rowIsData;

        /// <summary>
        /// A cell of a data table's row reads with the rest of its row ("Noel Grandin | 238711 | 12.2%"): alone, a
        /// number or a percentage means nothing and is dropped as chrome. A layout table's row (the story in one cell,
        /// links in the next) keeps its cells apart, and block content inside a cell still makes blocks of its own.
        /// </summary>
        public bool IsRowCell(IElement element)
        {
            if (element.LocalName is not ("td" or "th") || element.ParentElement is not { LocalName: "tr" } parent)
            {
                return false;
            }

            if (!ReferenceEquals(parent, row))
            {
                row = parent;
                rowIsData = IsDataRow(parent);
            }

            return rowIsData;
        }

        /// <summary>A new cell of the running row: a separator goes before its text, once the row has some.</summary>
        public void NextCell() => cellPending = rowHasText;

        public void Append(string data)
        {
            if (!TextNormalizer.IsBlank(data))
            {
                if (cellPending)
                {
                    // A cell of only a quote mark or a bullet leads into the next one's text.
                    Text.Append(rowHasWords ? CellSeparator : " ");
                    cellPending = false;
                }

                rowHasText = true;
                rowHasWords |= TextScan.ContainsLetterOrDigit(data);
            }

            var start = Text.Length;
            Text.Append(data);
            if (BoldDepth > 0 && data.Length > 0)
            {
                if (bolds.Count > 0 && bolds[^1].End == start)
                {
                    bolds[^1] = (bolds[^1].Start, Text.Length);
                }
                else
                {
                    bolds.Add((start, Text.Length));
                }
            }

            if (LinkDepth <= 0 || data.Length == 0)
            {
                return;
            }

            if (links.Count > 0 && links[^1].End == start && links[^1].WithinSite == LinkWithinSite)
            {
                links[^1] = (links[^1].Start, Text.Length, LinkWithinSite);
            }
            else
            {
                links.Add((start, Text.Length, LinkWithinSite));
            }
        }

        /// <summary>Ends the running block; two line breaks with only white space between split it into paragraphs.</summary>
        public void Flush()
        {
            rowHasText = false;
            rowHasWords = false;
            cellPending = false;
            if (Text.Length == 0)
            {
                return;
            }

            var raw = Text.ToString();
            Text.Clear();
            var bulleted = CountLines(raw, StartsWithBullet) >= MinBulletedLines;
            var dashed = CountLines(raw, StartsWithDash) >= MinBulletedLines;
            var start = 0;
            var i = 0;
            while (i < raw.Length)
            {
                if (raw[i] == LineBreak && NextBreak(raw, i + 1) is var second && second > 0)
                {
                    Emit(raw, start, i, bulleted);
                    start = i = second + 1;
                    continue;
                }

                // "<b>Other decisions</b><br>The committee also approved …": a bold line opening the run, set on a
                // line of its own over prose, is the run's sub-heading, as loose-text templates print them.
                if (raw[i] == LineBreak && IsSubheadingLine(raw, start, i))
                {
                    Emit(raw, start, i, bulleted);
                    start = ++i;
                    continue;
                }

                // A list typed as lines ("…instructed that:<br>• Tokens at every centre.<br>• Five bags a farmer.")
                // is a list: each bulleted line is an item.
                if (bulleted && raw[i] == LineBreak && StartsWithBullet(raw, i + 1))
                {
                    Emit(raw, start, i, bulleted);
                    start = ++i;
                    continue;
                }

                // "… следующие улицы:<br>- ул. Ахунбаева …;<br>- ул. Фучика …": lines opened by a hyphen are a list's
                // items too, each a line of its own. The hyphen stays: it may open a turn of dialogue.
                if (dashed && raw[i] == LineBreak && StartsWithDash(raw, i + 1))
                {
                    Emit(raw, start, i, bulleted);
                    start = ++i;
                    continue;
                }

                i++;
            }

            Emit(raw, start, raw.Length, bulleted);
            links.Clear();
            bolds.Clear();
        }

        private void Emit(string raw, int start, int end, bool bulleted)
        {
            var piece = TextNormalizer.Collapse(raw[start..end].Replace(LineBreak, ' '));

            // The typed bullet is the list's marker, as an item's is, not its text.
            var kind = Kind;
            if (bulleted && piece.Length > 2 && IsBullet(piece[0]) && piece[1] == ' ')
            {
                piece = piece[2..];
                kind = BlockKind.ListItem;
            }

            if (piece.Length > 0)
            {
                var (share, withinSite) = Links(raw, start, end);
                Blocks.Add(new StoryBlock(piece, kind, share, withinSite, AllBold(raw, start, end), Boxes.Count > 0 ? Boxes.Peek() : 0));
            }
        }

        private const int MaxSubheadingChars = 100;

        // The bold line [start, end) closed by a single break: short, no sentence or label, and a sentence after it.
        private bool IsSubheadingLine(string raw, int start, int end)
        {
            var line = raw.AsSpan(start, end - start).Trim();
            // A label ending in a colon ("Hintergrund:") runs into what it labels.
            if (line.Length is 0 or > MaxSubheadingChars || line[^1] is '.' or '!' or '?' or ':' or '：' || !AllBold(raw, start, end))
            {
                return false;
            }

            var next = end + 1;
            while (next < raw.Length && TextNormalizer.IsSpace(raw[next]))
            {
                next++;
            }

            if (next >= raw.Length || raw[next] == LineBreak)
            {
                return false;
            }

            // The next line is prose: a sentence not in bold. A sign-off's name over its desk ("<b>JANE ROE</b><br>
            // Redacción Bogotá") stays one line.
            var lineEnd = raw.IndexOf(LineBreak, next);
            if (lineEnd < 0)
            {
                lineEnd = raw.Length;
            }

            // A line introducing a list ends in a colon ("Les tarifs ont été votés à l'unanimité :").
            var following = raw.AsSpan(next, lineEnd - next).TrimEnd();
            return (SentenceEnd.Ends(following) || (following.Length > 0 && following[^1] is ':' && following.Contains(' '))) && !AllBold(raw, next, lineEnd);
        }

        // Whether every letter or digit in [start, end) sits in bold.
        private bool AllBold(string raw, int start, int end)
        {
            if (bolds.Count == 0)
            {
                return false;
            }

            var next = 0;
            var any = false;
            for (var i = start; i < end; i++)
            {
                if (!char.IsLetterOrDigit(raw[i]))
                {
                    continue;
                }

                while (next < bolds.Count && bolds[next].End <= i)
                {
                    next++;
                }

                if (next == bolds.Count || bolds[next].Start > i)
                {
                    return false;
                }

                any = true;
            }

            return any;
        }

        // The share of the visible characters in [start, end) that sit inside links, and whether all those links stay
        // on the site.
        private (double Share, bool WithinSite) Links(string raw, int start, int end)
        {
            if (links.Count == 0)
            {
                return (0, false);
            }

            var visible = 0;
            var linked = 0;
            var withinSite = true;
            var next = 0;
            for (var i = start; i < end; i++)
            {
                if (TextNormalizer.IsSpace(raw[i]) || raw[i] == LineBreak)
                {
                    continue;
                }

                visible++;
                while (next < links.Count && links[next].End <= i)
                {
                    next++;
                }

                if (next < links.Count && links[next].Start <= i)
                {
                    linked++;
                    withinSite &= links[next].WithinSite;
                }
            }

            return visible == 0 ? (0, false) : ((double)linked / visible, linked > 0 && withinSite);
        }
    }

    /// <summary>
    /// Whether a link leads to another page of the same site: a relative address, or one on the page's host. In-page
    /// anchors, mail and script links do not.
    /// </summary>
    internal static bool IsWithinSite(string href, Uri? page)
    {
        var trimmed = href.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed[0] == '#' || trimmed[0] == '?')
        {
            return false;
        }

        // Checked before Uri parsing: on Unix "/path" parses as an absolute file URI.
        if (trimmed[0] == '/' && (trimmed.Length == 1 || trimmed[1] != '/'))
        {
            return true;
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return page is not null && Uri.TryCreate(page.Scheme + ":" + trimmed.ToString(), UriKind.Absolute, out var other) &&
                   SameHost(other, page);
        }

        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOf('/');
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            // No scheme: a path relative to the page.
            return true;
        }

        return page is not null && Uri.TryCreate(trimmed.ToString(), UriKind.Absolute, out var absolute) &&
               absolute.Scheme is "http" or "https" && SameHost(absolute, page);
    }

    private static bool SameHost(Uri link, Uri page) =>
        string.Equals(WithoutWww(link.Host), WithoutWww(page.Host), StringComparison.OrdinalIgnoreCase);

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    // Two bulleted lines make a typed list; one could be a stray symbol.
    private const int MinBulletedLines = 2;

    // Symbols that open a typed list item. The hyphen and dashes are left out here: they open dialogue and quoted speech, so
    // their lines are split but keep the mark.
    private static bool IsBullet(char c) => c is '•' or '●' or '▪' or '◦' or '‣' or '►' or '▸' or '➤' or '➢' or '◆' or '✓' or '✔';

    // Whether the text after a line break opens with a bullet and a space.
    private static bool StartsWithBullet(string raw, int from) => OpensWith(raw, from, IsBullet);

    // Whether the text after a line break opens with a hyphen or an en dash and a space.
    private static bool StartsWithDash(string raw, int from) => OpensWith(raw, from, static c => c is '-' or '–');

    // Whether the line from [from] opens, after white space, with a marker and a space.
    private static bool OpensWith(string raw, int from, Func<char, bool> marker)
    {
        var j = from;
        while (j < raw.Length && TextNormalizer.IsSpace(raw[j]))
        {
            j++;
        }

        return j + 1 < raw.Length && marker(raw[j]) && TextNormalizer.IsSpace(raw[j + 1]);
    }

    private static int CountLines(string raw, Func<string, int, bool> opens)
    {
        // The run's first line counts too: "- 업무협약…<br>- 임대료 감면" is two dashed lines.
        var count = opens(raw, 0) ? 1 : 0;
        for (var i = raw.IndexOf(LineBreak); i >= 0; i = raw.IndexOf(LineBreak, i + 1))
        {
            if (opens(raw, i + 1))
            {
                count++;
            }
        }

        return count;
    }

    // Index of the second line break when only white space separates it from the first; otherwise -1.
    private static int NextBreak(string raw, int from)
    {
        for (var j = from; j < raw.Length; j++)
        {
            if (raw[j] == LineBreak)
            {
                return j;
            }

            if (!TextNormalizer.IsSpace(raw[j]))
            {
                return -1;
            }
        }

        return -1;
    }
}
