using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
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
        "script", "style", "noscript", "template", "svg", "math", "button", "select", "option", "textarea", "input",
        "iframe", "object", "embed", "video", "audio", "canvas", "figcaption", "head", "title", "meta", "link",
    ]);

    // Marks a <br> in the running text (a private-use character, so source newlines are not mistaken for it);
    // two in a row end a paragraph.
    private const char LineBreak = '\uE000';

    public static List<string> Collect(IElement root)
    {
        var blocks = new List<string>();
        var text = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                Flush(text, blocks);
                continue;
            }

            switch (node)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement element:
                    var tag = element.LocalName;
                    if (SkippedTags.Contains(tag))
                    {
                        break;
                    }

                    if (tag == "br")
                    {
                        text.Append(LineBreak);
                        break;
                    }

                    var block = BlockTags.Contains(tag);
                    if (block)
                    {
                        Flush(text, blocks);
                        stack.Push((element, true));
                    }
                    else if (tag is "img" && text.Length > 0)
                    {
                        text.Append(' ');
                    }

                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, false));
                    }

                    break;
            }
        }

        Flush(text, blocks);
        return blocks;
    }

    /// <summary>Ends the running block; two line breaks with only white space between split it into paragraphs.</summary>
    private static void Flush(StringBuilder text, List<string> blocks)
    {
        if (text.Length == 0)
        {
            return;
        }

        var raw = text.ToString();
        text.Clear();
        var start = 0;
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] == LineBreak && NextBreak(raw, i + 1) is var second && second > 0)
            {
                Emit(raw, start, i, blocks);
                start = i = second + 1;
                continue;
            }

            i++;
        }

        Emit(raw, start, raw.Length, blocks);
    }

    private static void Emit(string raw, int start, int end, List<string> blocks)
    {
        var piece = TextNormalizer.Collapse(raw[start..end].Replace(LineBreak, ' '));
        if (piece.Length > 0)
        {
            blocks.Add(piece);
        }
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
