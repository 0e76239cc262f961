using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Finds an unmarked byline printed as a short line near the headline: "By Alex Bozarjian", "von Daniela Obers",
/// "Text von Christian Seiler", "Par Sébastien Farcis".
/// </summary>
internal static class BylineLine
{
    private const int MaxLineChars = 90;
    private const int MaxBlocksAfter = 40;
    private const int MaxBlocksBefore = 10;
    private const int MaxNodes = 4_000;

    private static readonly string[] Openers =
    [
        "by ", "von ", "text von ", "text: ", "text und fotos von ", "par ", "por ", "door ", "di ", "av ", "af ",
        "written by ", "words by ", "story by ", "reported by ", "ein beitrag von ", "autor: ", "autorin: ", "author: ",
        "ein artikel von ", "verfasst von ", "verfasst von: ", "geschrieben von ", "posted by ", "publié par ", "escrito por ",
        "scritto da ", "napisane przez ",
    ];

    public static List<string>? Find(IHtmlDocument document, IElement? anchor, IReadOnlyList<string> siteNames)
    {
        if (anchor is null)
        {
            return null;
        }

        var blocks = 0;
        var nodes = 0;
        for (var node = NodeOrder.NextSkippingChildren(anchor); node is not null && blocks < MaxBlocksAfter && ++nodes < MaxNodes; node = NodeOrder.Next(node))
        {
            if (TryLine(node, siteNames, ref blocks) is { } names)
            {
                return names;
            }
        }

        blocks = 0;
        nodes = 0;
        for (var node = NodeOrder.Previous(anchor); node is not null && blocks < MaxBlocksBefore && ++nodes < MaxNodes; node = NodeOrder.Previous(node))
        {
            if (TryLine(node, siteNames, ref blocks) is { } names)
            {
                return names;
            }
        }

        return null;
    }

    private static List<string>? TryLine(INode node, IReadOnlyList<string> siteNames, ref int blocks)
    {
        if (node.NodeType != NodeType.Text || node.Parent is not IElement parent ||
            parent.LocalName is "script" or "style" or "noscript" or "template" or "option")
        {
            return null;
        }

        var text = TextNormalizer.Collapse(node.TextContent);
        if (text.Length == 0)
        {
            return null;
        }

        blocks++;

        // The opener and the name often sit in sibling elements ("<i>von <a>Daniela Obers</a></i>"): read the parent.
        // Its length is counted first, stopping past the limit: the parent may hold the whole page.
        var line = ProseText.TextLengthUpTo(parent, MaxLineChars) <= MaxLineChars ? FirstLine(parent) : text;

        // An opener alone in its element ("<span>By</span><span><a>Alex Bozarjian</a></span>"): the line is the
        // nearest ancestor that holds more.
        for (var up = parent.ParentElement; IsOpenerAlone(line) && up is not null && up.LocalName != "body"; up = up.ParentElement)
        {
            if (ProseText.TextLengthUpTo(up, MaxLineChars) > MaxLineChars)
            {
                break;
            }

            // Spans side by side carry no space between them: "By" + "Alex Bozarjian".
            var wider = FirstLine(up);
            line = wider.Length > line.Length && wider.StartsWith(line, StringComparison.Ordinal) && char.IsLetter(wider[line.Length])
                ? string.Concat(line, " ", wider.AsSpan(line.Length))
                : wider;
        }

        if (line.Length > MaxLineChars || !(StartsWithOpener(line) || BylineNormalizer.IsNameWithAgency(line)) ||
            BylineResolver.IsInTeaserLink(parent))
        {
            return null;
        }

        var names = BylineNormalizer.Names(line, siteNames);
        return names.Count > 0 ? names : null;
    }

    // The element's text up to its first line break after the name: "By: Patti Domm<br>CNBC Executive News Editor".
    private static string FirstLine(IElement element)
    {
        var builder = new StringBuilder();
        for (var node = element.FirstChild; node is not null; node = NodeOrder.Next(node, element))
        {
            if (node.NodeType == NodeType.Text)
            {
                builder.Append(node.TextContent);
            }
            else if (node is IElement { LocalName: "br" })
            {
                var sofar = TextNormalizer.Collapse(builder.ToString());
                if (sofar.Length > 0 && !IsOpenerAlone(sofar))
                {
                    return sofar;
                }

                builder.Append(' ');
            }
        }

        return TextNormalizer.Collapse(builder.ToString());
    }

    private static bool IsOpenerAlone(string line)
    {
        // Alone, "Di", "Av" and "Af" are more often a weekday or an abbreviation ("Di Dienstag") than an opener.
        var bare = line.AsSpan().TrimEnd(':').TrimEnd();
        if (bare.Length < 3 && !bare.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var opener in Openers)
        {
            if (opener.AsSpan().TrimEnd().TrimEnd(':').Equals(bare, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithOpener(string line)
    {
        foreach (var opener in Openers)
        {
            if (line.Length > opener.Length + 2 && line.StartsWith(opener, StringComparison.OrdinalIgnoreCase) &&
                char.IsUpper(line[opener.Length]))
            {
                return true;
            }

            // "By: Jane Doe", "Von: Daniela Obers".
            var word = opener.AsSpan(0, opener.Length - 1);
            if (word[^1] != ':' && line.Length > opener.Length + 3 && line.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase) &&
                line[word.Length] == ':' && line[word.Length + 1] == ' ' && char.IsUpper(line[word.Length + 2]))
            {
                return true;
            }
        }

        return false;
    }
}
