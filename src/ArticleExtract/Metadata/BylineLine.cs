using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Metadata.Dates;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Finds an unmarked byline printed as a short line near the headline: "By Alex Bozarjian", "von Daniela Obers",
/// "Text von Christian Seiler", "Par Sébastien Farcis".
/// </summary>
internal static partial class BylineLine
{
    private const int MaxLineChars = 90;
    private const int MaxBlocksAfter = 40;
    private const int MaxBlocksBefore = 10;
    private const int MaxNodes = 4_000;
    private const int MaxLabelBlocksAfter = 400;
    private const int MaxLabelNodes = 16_000;

    private static readonly string[] Openers =
    [
        "by ", "von ", "text von ", "text: ", "text und fotos von ", "par ", "por ", "door ", "di ", "av ", "af ",
        "written by ", "words by ", "story by ", "reported by ", "ein beitrag von ", "autor: ", "autorin: ", "author: ",
        "ein artikel von ", "beitrag von ", "blog beitrag von ", "blogbeitrag von ", "gastbeitrag von ", "autor ", "autorin ", "autoren ", "autorinnen ", "authors: ", "verfasst von ", "verfasst von: ", "geschrieben von ", "posted by ", "publié par ", "escrito por ",
        "scritto da ", "napisane przez ", "texte : ", "texte: ", "contributor: ", "contributors: ", "ein bericht von ",
        "eine analyse von ", "eine reportage von ", "ein kommentar von ", "ein interview von ",
        "propos recueillis par ", "redacción: ", "reportagem: ", "reportaje: ", "texto: ", "texto de ", "textos: ",
        // "Reporter Kim Min-su", "Reporter: Zhang Wei": the trade as the label, as Korean and Chinese sites print it.
        "reporter ", "staff reporter ", "correspondent: ", "writer: ",
        // Indonesian credit lines: "Pewarta: Willi Irawan", "Penulis: …", "Laporan: …", "Reporter: …" (the editor named after
        // them is none).
        "pewarta: ", "penulis: ", "wartawan: ", "laporan: ",
        // Azerbaijani and Uzbek "author" ("Müəllif: Elnur Məmmədov").
        "müəllif: ", "muallif: ",
        // Tagalog and Cebuano "by" ("Ni Kenneth Ladera").
        "ni ",
        // Vietnamese, Czech and Slovak "text and photos" credits closing a story ("Bài, ảnh: PHẠM LINH", "Tin và ảnh: Hoàng
        // Long", "Text a foto: Miroslav Hudec"); Greek "writes" with the writer's article ("Γράφει η Μαρία Σταυρακάκη").
        "bài, ảnh: ", "bài và ảnh: ", "tin, ảnh: ", "tin và ảnh: ", "text a foto: ", "γράφει ο ", "γράφει η ",
        // Persian, Arabic and Urdu labels with their colon ("خبرنگار: محمدحسین نوروزی"); their names have no capitals.
        "خبرنگار: ", "گزارشگر: ", "نویسنده: ", "كتب: ", "كتبت: ", "رپورٹر: ", "تحریر: ",
    ];

    /// <summary>The names on the byline line nearest the headline, or in a labelled author box further down.</summary>
    /// <param name="document">The page.</param>
    /// <param name="anchor">The headline element the search starts from.</param>
    /// <param name="siteNames">Names of the site, never an author.</param>
    /// <param name="titleAffix">What the title carries after the headline: a meta line's bare name that matches it is the site's.</param>
    /// <param name="pastNewsrooms">Whether a line naming only a newsroom ("By Voice Newsroom") is passed over for the next one.</param>
    public static List<string>? Find(IHtmlDocument document, IElement? anchor, IReadOnlyList<string> siteNames, string? titleAffix = null, bool pastNewsrooms = false)
    {
        if (anchor is null)
        {
            return null;
        }

        var blocks = 0;
        var nodes = 0;
        for (var node = NodeOrder.NextSkippingChildren(anchor); node is not null && blocks < MaxBlocksAfter && ++nodes < MaxNodes; node = NodeOrder.Next(node))
        {
            if (TryLine(node, siteNames, titleAffix, ref blocks) is { } names && !(pastNewsrooms && BylineNormalizer.IsNewsroomOnly(names)))
            {
                return names;
            }
        }

        blocks = 0;
        nodes = 0;
        for (var node = NodeOrder.Previous(anchor); node is not null && blocks < MaxBlocksBefore && ++nodes < MaxNodes; node = NodeOrder.Previous(node))
        {
            if (TryLine(node, siteNames, titleAffix, ref blocks) is { } names && !(pastNewsrooms && BylineNormalizer.IsNewsroomOnly(names)))
            {
                return names;
            }
        }

        // An author label in its own element ("<h4>Autor</h4><p>Nikolai Huke</p>") says what it is wherever it stands:
        // in a box under a long interview, far below the headline.
        blocks = 0;
        nodes = 0;
        for (var node = NodeOrder.NextSkippingChildren(anchor); node is not null && blocks < MaxLabelBlocksAfter && ++nodes < MaxLabelNodes; node = NodeOrder.Next(node))
        {
            if (TryLine(node, siteNames, titleAffix, ref blocks, labelOnly: true) is { } names)
            {
                return names;
            }
        }

        return null;
    }

    // Table layouts indent their cells' text deeply: the line is measured collapsed, after a bounded count of the raw text
    // (the element may hold the whole page).
    private const int MaxRawLineChars = 4 * MaxLineChars;

    private static bool FitsLine(IElement element) =>
        ProseText.TextLengthUpTo(element, MaxRawLineChars) <= MaxRawLineChars && NodeText.CollapsedLength(element) <= MaxLineChars;

    private static List<string>? TryLine(INode node, IReadOnlyList<string> siteNames, string? titleAffix, ref int blocks, bool labelOnly = false)
    {
        if (node.NodeType != NodeType.Text || node.Parent is not IElement parent ||
            parent.LocalName is "script" or "style" or "noscript" or "template" or "option")
        {
            return null;
        }

        var text = TextNormalizer.Collapse(NodeText.Of(node));
        if (text.Length == 0)
        {
            return null;
        }

        blocks++;
        if ((labelOnly && !IsAuthorNoun(WithoutLeadingMark(text))) || PhotoCredit.IsInCaption(parent))
        {
            return null;
        }

        // The opener and the name often sit in sibling elements ("<i>von <a>Daniela Obers</a></i>"): read the parent.
        // Its length is counted first, stopping past the limit: the parent may hold the whole page.
        var whole = FitsLine(parent);
        var line = WithoutLeadingMark(whole ? FirstLine(parent) : text);
        // A link is no label: "<a href='/autoren/'>Autoren</a>" in a footer leads to the staff, the next link is no name.
        var labelElement = whole && IsOpenerAlone(line) && IsOpenerAlone(WithoutLeadingMark(TextNormalizer.Collapse(NodeText.Of(parent)))) &&
                           parent.Closest("a") is null;

        // Far from the headline only a label box counts, so the climb below is not needed to reject the rest.
        if (labelOnly && !(labelElement && IsLabelBox(parent)))
        {
            return null;
        }

        // An opener alone in its element ("<span>By</span><span><a>Alex Bozarjian</a></span>"): the line is the
        // nearest ancestor that holds more.
        for (var up = parent.ParentElement; IsOpenerAlone(line) && up is not null && up.LocalName != "body"; up = up.ParentElement)
        {
            if (!FitsLine(up))
            {
                break;
            }

            // The ancestor's first line is another one ("Datum: 19.11.2021<br><span>Autor:</span> Fritz Imhof").
            var wider = WithoutLeadingMark(FirstLine(up));
            if (!wider.StartsWith(line, StringComparison.Ordinal))
            {
                break;
            }

            // Spans side by side carry no space between them: "By" + "Alex Bozarjian".
            line = wider.Length > line.Length && char.IsLetter(wider[line.Length])
                ? string.Concat(line, " ", wider.AsSpan(line.Length))
                : wider;
        }

        // Names alone in their element, the date in the next ("<span>Zeynep Ateş, Burak Demirci</span><span>|03.12.2025</span>"):
        // the line is the parent that holds both. Without an opener, each must start with a given name ("Bilim
        // Teknoloji" over the date is a section).
        if (whole && !labelOnly && IsBareNameList(line, givenNamesFirst: true) && parent.ParentElement is { } holder &&
            FitsLine(holder) &&
            WithoutLeadingMark(FirstLine(holder)) is var both && both.StartsWith(line, StringComparison.Ordinal) && BeforeTrailingDate(both) is not null)
        {
            line = both;
        }

        // A label element with the name as the text after it: "<span>Autor:</span> Fritz Imhof<br>",
        // "<h4>Autor</h4><p><a>Nikolai Huke</a></p>".
        if (labelElement && IsOpenerAlone(line) && TextAfter(parent) is { Length: > 0 } after)
        {
            line = string.Concat(line, " ", after);
        }

        // "2025-03-14 14:42  Source: Reuters  Author: Marta Lindqvist  Hits: 3482": a meta line's author field.
        if (!StartsWithOpener(line) && LabelledAuthorGate.Match(line) is { Success: true } field)
        {
            line = field.Groups["field"].Value;
        }

        if (line.Length <= MaxLineChars && !StartsWithOpener(line) && AfterLeadingDate(line) is { } afterDate)
        {
            // "25.10.2022 - Reiner Nagel", "04.02.2022 | 13:10 Uhr | Uta Helkenberg": the date, then who wrote it.
            if (!StartsWithOpener(afterDate) && !IsBareName(afterDate))
            {
                return null;
            }

            line = afterDate;
        }
        else if (line.Length <= MaxLineChars && !StartsWithOpener(line) && BeforeTrailingDate(line) is { } name)
        {
            // "Handball Schweiz • 02.02.2022" under "… - Handball Schweiz": the site dates its own post.
            if (titleAffix is not null && SiteAffix.MatchesAny(name, [titleAffix]))
            {
                return null;
            }

            line = name;
        }
        else if (line.Length > MaxLineChars || !(StartsWithOpener(line) || BylineNormalizer.IsNameWithAgency(line)))
        {
            return null;
        }

        if (BylineResolver.IsInTeaserLink(parent))
        {
            return null;
        }

        var names = BylineNormalizer.Names(line, siteNames, lenient: BylineNormalizer.OpensWithLabelOverCaselessName(line));

        // Far from the headline, one word under "Autor" is a sidebar's link to the about page ("Über-Ich").
        return names.Count > 0 && !(labelOnly && names.Exists(name => !name.Contains(' ', StringComparison.Ordinal))) ? names : null;
    }

    // Far from the headline only a label that names what follows counts: "von" alone there signs a comment
    // ("Kommentar <small>von</small> <cite>Mareike</cite>") or a book's author.
    private static readonly string[] AuthorNouns = ["autor", "autorin", "autoren", "autorinnen", "author", "authors", "auteur", "autore"];

    // A heading or a styled label ("<h4 class='news__meta-title'>Autor</h4>"), not an underlined word in a book's
    // fact list inside a review ("<u>Autorin:</u> Alys Arden").
    private static bool IsLabelBox(IElement label) =>
        label.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" or "dt" or "th" || label.HasAttribute("class");

    private static bool IsAuthorNoun(string text)
    {
        var bare = text.AsSpan().TrimEnd(':').TrimEnd();
        foreach (var noun in AuthorNouns)
        {
            if (bare.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The element's text up to its first line break after the name: "By: Patti Domm<br>CNBC Executive News Editor".
    private static string FirstLine(IElement element)
    {
        var builder = new StringBuilder();
        for (var node = element.FirstChild; node is not null; node = NodeOrder.Next(node, element))
        {
            if (node.NodeType == NodeType.Text)
            {
                builder.Append(NodeText.Of(node));
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

    private const int MaxNodesAfter = 40;

    // The text after the element up to the end of the next line: a line break, or a block's start or end once some
    // text is in.
    private const int MaxFieldLabelChars = 24;

    // An inline element holding a label alone: "<small>Click:</small>", "<span>Datum:</span>".
    private static bool IsFieldLabel(IElement element) =>
        element.ChildElementCount == 0 && TextNormalizer.Collapse(NodeText.Of(element)) is { Length: > 1 and <= MaxFieldLabelChars } label &&
        label[^1] is ':' or '：' && TextScan.ContainsLetter(label);

    private static string TextAfter(IElement element)
    {
        var builder = new StringBuilder();
        var letters = false;
        var nodes = 0;
        for (var node = NodeOrder.NextSkippingChildren(element); node is not null && ++nodes < MaxNodesAfter; node = NodeOrder.Next(node))
        {
            if (node is IElement inner)
            {
                if (inner.LocalName is "br" || IsBlock(inner))
                {
                    if (letters)
                    {
                        break;
                    }

                    builder.Append(' ');
                }
                else if (letters && IsFieldLabel(inner))
                {
                    // "<small>Author:</small>Wang Lei<small>Click:</small>": the next field's label ends the name, though
                    // no space parts them.
                    break;
                }
            }
            else if (node.NodeType == NodeType.Text && node.Parent is IElement { LocalName: not ("script" or "style" or "noscript" or "template") })
            {
                builder.Append(NodeText.Of(node));
                letters = letters || TextScan.ContainsLetter(NodeText.Of(node));
                if (builder.Length > MaxLineChars * 2)
                {
                    break;
                }
            }

            // Leaving a block ends the line as entering one does.
            if (node.NextSibling is null && node.Parent is IElement parent && IsBlock(parent) && letters)
            {
                break;
            }
        }

        return TextNormalizer.Collapse(builder.ToString());
    }

    // A numeric or written date, perhaps labelled ("Posted on", "Updated:"), an optional time ("| 13:10 Uhr"), a separator or an
    // opener ("… 2020 by Adi Tzlil"), then the rest of the line.
    private const string DatePattern =
        @"(?:(?:posted|published|updated|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)(?:\s(?:on|am|le|el))?:?\s)?(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.?\s(?<month>\p{L}{3,10})\.?\s\d{4}|(?<month>\p{L}{3,10})\.?\s\d{1,2},?\s\d{4})";

    [GeneratedRegex(
        "^" + DatePattern +
        @"(?:\s*[|,•·]?\s*(?:um\s)?\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h|am|pm))?)?(?:\s*[-–—|•·]\s*|\s+(?=(?:by|von|par|por)\s))(?<rest>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    // The label inside the line, then the name up to the next label ("Hits:"), bar or bracket; after a slash it
    // credits a picture ("Londyn / autor: Pixabay").
    [GeneratedRegex(@"(?<!/)\s(?<field>(?:author|autor|autorin|auteur|reporter|writer)\s?:\s*[^:|\[\]]{3,60}?)(?=\s+\p{L}+\s?:|\s*[|\[]|\s*$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelledAuthor();

    private static readonly LiteralGate LabelledAuthorGate = new(LabelledAuthor());

    // "Jane Doe | April 11, 2025 | 3 min read": a name alone, then the date, as blog templates print their meta line;
    // perhaps with the job or the outlet's initials between ("Devon Carter | Staff Writer | February 18, 2026").
    [GeneratedRegex(@"^(?<name>[^|•·]{3,60}?)\s*[|•·]\s*(?:(?<job>[^|•·\d]{3,40}?)\s*[|•·]\s*)?" + DatePattern + @"(?:$|[\s|,•·])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameThenDate();

    private static string? BeforeTrailingDate(string line) =>
        NameThenDate().Match(line) is { Success: true } match &&
        (!match.Groups["month"].Success || MonthNames.TryGetMonth(match.Groups["month"].ValueSpan, out _)) &&
        (!match.Groups["job"].Success || BylineNormalizer.IsJobTitle(match.Groups["job"].Value.Trim()) || IsOutletInitials(match.Groups["job"].Value.Trim())) &&
        IsBareNameList(match.Groups["name"].Value.Trim())
            ? match.Groups["name"].Value.Trim()
            : null;

    private const int MaxOutletInitials = 6;

    // "Tama Rāwiri | RNZ | March 3, 2026": the wire or broadcaster the writer filed for, by its initials, where others
    // print the trade.
    private static bool IsOutletInitials(string text) =>
        text.Length is >= 2 and <= MaxOutletInitials && text.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0;

    private const int MaxNamesInList = 3;

    // "Zeynep Ateş, Burak Demirci", "Ana Ruiz y Luis Gómez": two or three bare names, each standing as one would alone,
    // and when asked, each opening with a given name.
    private static bool IsBareNameList(string text, bool givenNamesFirst = false)
    {
        var names = NameListSeparator().Split(text);
        return names.Length <= MaxNamesInList &&
               Array.TrueForAll(names, name => IsBareName(name) && (!givenNamesFirst || GivenNames.Contains(name.Split(' ')[0])));
    }

    // The line is collapsed: single spaces only, so the pattern needs no unbounded runs.
    [GeneratedRegex(@",[ ]?|[ ](?:and|und|et|y|e|ve|en|och|og)[ ]", RegexOptions.CultureInvariant)]
    private static partial Regex NameListSeparator();

    private static string? AfterLeadingDate(string line)
    {
        if (line.Length == 0 || !(char.IsDigit(line[0]) || char.IsLetter(line[0])) || LeadingDate().Match(line) is not { Success: true } match)
        {
            return null;
        }

        return !match.Groups["month"].Success || MonthNames.TryGetMonth(match.Groups["month"].ValueSpan, out _) ? match.Groups["rest"].Value : null;
    }

    // "El Mundo Política | octubre 7, 2020": a section's name opens with an article, a person's does not.
    private static readonly string[] Articles = ["The", "El", "La", "Los", "Las", "Les", "Il", "Der", "Die", "Das", "Het"];

    // Two or three capitalised words of letters: a name standing alone after the date, with no opener before it.
    private static bool IsBareName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || Array.IndexOf(Articles, words[0]) >= 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[^1]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c != '-' && c != '.')
                {
                    return false;
                }
            }
        }

        return true;
    }

    // "| By ": a separator printed before the opener, often in a label meant for screen readers.
    private static string WithoutLeadingMark(string line) =>
        line.Length > 0 && line[0] is '|' or '•' or '·' or '/' ? line.TrimStart('|', '•', '·', '/', ' ') : line;

    private static bool IsBlock(IElement element) => element.LocalName is
        "p" or "div" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or
        "td" or "th" or "tr" or "table" or "section" or "article" or "header" or "footer" or "aside" or "nav" or "figure" or
        "blockquote" or "form" or "main";

    internal static bool IsOpenerAlone(string line)
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

    /// <summary>Whether the line opens with "By", "Von", "Text:" or another opener, then a capital.</summary>
    internal static bool StartsWithOpener(string line)
    {
        foreach (var opener in Openers)
        {
            if (line.Length > opener.Length + 2 && line.StartsWith(opener, StringComparison.OrdinalIgnoreCase) &&
                (char.IsUpper(line[opener.Length]) || (TextScan.IsCaselessLetter(opener[0]) && TextScan.IsCaselessLetter(line[opener.Length]))))
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
