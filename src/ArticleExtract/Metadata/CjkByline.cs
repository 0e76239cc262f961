using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Bylines in Chinese and Japanese, whose names have no capitals for the Latin rules to find: a role label, then the
/// names ("作者：张三", "记者 张三 李四", "（记者张三）", "文・山田太郎", "责任编辑：焦鹏").
/// </summary>
internal static partial class CjkByline
{
    private const int MaxLineChars = 80;

    // The mark between a label and its names: a colon, slash, equals sign, middle dot or bar, half or full width.
    private const string Mark = "[：:／/＝=・︱丨|]";
    private const int MaxNodes = 20_000;
    private const int MinNameChars = 2;
    private const int MaxNameChars = 8;

    // A role before the names: reporter and author roles name who wrote the story, the editor's only who put it up.
    // A reporter's label may carry its outlet ("本报记者", "新华社记者"); a label is a word of its own, not the end
    // of one ("告诉半月谈记者" in a sentence is no label: the line is a paragraph, too long to be read).
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:" +
        // A reporter's label, perhaps with its outlet; the name may follow with no mark between ("本报记者张三",
        // "（记者张三 李四）", "記者林宸誼／即時報導"), and must then open with a surname: "记者会上，…" is a sentence.
        @"(?<author>\p{IsCJKUnifiedIdeographs}{0,4}?(?:记者|記者|通讯员|通訊員))(?:\s*(?<mark>" + Mark + @")\s*|\s+|(?=[\p{IsCJKUnifiedIdeographs}·]{2,6}(?:[\s、，,／/）)]|$)))" +
        @"|(?<author>作者|撰文|撰稿|执笔|執筆|筆者|著者)(?:\s*(?<mark>" + Mark + @")\s*|\s+)" +
        // "报道：陈嘉怡": Malaysian Chinese papers label the reporter "report:", a colon required.
        @"|(?<author>报道|報導)\s*(?<mark>[：:])\s*" +
        @"|(?<author>文(?:[・/／](?:写真|撮影|图|圖))?)\s*(?<mark>" + Mark + @")\s*" +
        @"|(?<editor>责任编辑|責任編輯|责编|責編|编辑|編輯)\s*(?<mark>" + Mark + @")\s*)" +
        @"(?<names>[^\s：:／/＝=︱丨|\[\]【】（）()]+(?:[\s、，,／/]+[^\s：:／/＝=︱丨|\[\]【】（）()、，,]+)*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleLine();

    // "新华社杭州3月5日电（记者王晓明、李华）", "中新网北京3月5日电 (记者 张三)": the agency, place and day, "电" (cabled), and the
    // reporters in brackets.
    // "〔記者陳怡君／台北報導〕…": a Taiwanese paper's opening credit, set in brackets before the first sentence.
    // "（中央社記者王小明台北20日電）": the reporters inside the wire's own bracket, before the place.
    [GeneratedRegex(@"^[^（(。]{2,24}电\s*[（(](?<credit>[^）)]{3,40})[）)]|^[（(]\p{IsCJKUnifiedIdeographs}{1,5}?社(?<credit>(?:記者|记者)\p{IsCJKUnifiedIdeographs}{2,3}(?:、\p{IsCJKUnifiedIdeographs}{2,3})*)\p{IsCJKUnifiedIdeographs}{2,8}?(?:\d{1,2}月)?\d{1,2}日[電电][）)]|^[〔［\[【](?<credit>(?:記者|记者)[^〔〕［］\[\]【】]{2,30})[〕］\]】]", RegexOptions.CultureInvariant)]
    private static partial Regex WireOpeningCredit();

    // Reporters' names closing a paragraph after its last sentence: "…決める。【山田太郎、佐藤花子】".
    [GeneratedRegex(@"。【(?<names>\p{IsCJKUnifiedIdeographs}{2,5}(?:、\p{IsCJKUnifiedIdeographs}{2,5}){0,3})】$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingReporters();

    // Words that end a name where the page runs the next field on without a space: "张三来源：新华网".
    private static readonly string[] FieldWords =
    [
        "责任编辑", "責任編輯", "来源", "來源", "出处", "出處", "编辑", "編輯", "责编", "責編", "时间", "時間", "日期", "发布", "發布", "字号", "字號",
        "点击", "點擊", "浏览", "瀏覽", "记者", "記者", "作者",
    ];

    // What follows a reporter's name: "报道" (reports), "发自" (from); "摄" marks a photographer's credit instead.
    private static readonly string[] ReportSuffixes = ["报道", "報導", "报导", "发自", "發自"];
    private static readonly string[] PhotoSuffixes = ["摄影", "攝影", "摄", "攝", "图", "圖"];

    // Roles printed before a name inside the names: "作者： 记者王敬照", "通讯员 李四".
    private static readonly string[] RolePrefixes = ["特约记者", "见习记者", "实习记者", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生"];

    // "홍길동 기자 hong@yna.co.kr", "김철수·이영희 기자", "박영서 이슬기 기자": a Korean paper's reporter line, the name before the word for
    // reporter, under the story, over it or in its author field; a correspondent's city before a slash ("베이징/송지우
    // 특파원") says where the report was filed. The field's label may precede it ("기자명 이서연 기자", "reporter's name"), and
    // a paper prints its own name before the reporter's in brackets ("[호반일보=이서연 기자]").
    [GeneratedRegex(
        @"^(?:(?:기자명|작성자)\s?[:：]?\s?|\[\p{IsHangulSyllables}{2,10}=\s?(?=[^\[\]]+\]$))?(?:\p{IsHangulSyllables}{2,6}\s?/\s?)?(?<names>\p{IsHangulSyllables}{2,4}(?:(?:\s?[·,]\s?|\s)\p{IsHangulSyllables}{2,4}){0,3})\s?(?:기자|특파원|객원기자|인턴기자|선임기자|전문기자)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\]?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanReporter();

    /// <summary>The reporters a Korean reporter line names, or null when the line is none.</summary>
    public static List<string>? KoreanReporters(string line) =>
        KoreanReporter().Match(line.Trim()) is { Success: true } reporter
            ? [.. reporter.Groups["names"].Value.Split(['·', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : null;

    /// <summary>A Korean personal name: two to four Hangul syllables.</summary>
    public static bool IsKoreanName(string name) => KoreanName().IsMatch(name);

    [GeneratedRegex(@"^\p{IsHangulSyllables}{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanName();

    /// <summary>Whether the text holds CJK ideographs, kana or Hangul, whose names the Latin rules cannot read.</summary>
    public static bool HasCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The names in an author field or line: after a role label when there is one, else the names alone ("张三",
    /// "张三、李四"). An editor's label gives names only when no author's does.
    /// </summary>
    /// <param name="text">The field's or line's text.</param>
    /// <param name="siteNames">Names of the site, never an author.</param>
    /// <param name="oneName">The text is a field that holds one author: a space inside it parts a Japanese name's two halves.</param>
    public static List<string> Names(string text, IReadOnlyList<string> siteNames, bool oneName = false)
    {
        if (KoreanReporters(text) is { } reporters)
        {
            return reporters;
        }

        // "기자 페이지", "기자 구독": a Korean paper's link to the reporter's page or subscription, no name.
        if (text.Contains("페이지", StringComparison.Ordinal) || text.Contains("구독", StringComparison.Ordinal))
        {
            return [];
        }

        var labelled = FromLabels(text, siteNames, out var editors);
        if (labelled.Count > 0)
        {
            return labelled;
        }

        if (editors.Count > 0)
        {
            return editors;
        }

        var names = new List<string>();
        if (!AddNames(names, text, siteNames, oneName ? NameForm.Field : NameForm.Bare))
        {
            names.Clear();
        }

        return names;
    }

    /// <summary>
    /// The names on the first short line of the page that labels its author or reporter; failing that, its editor's
    /// (Chinese news pages often print only "责任编辑：…" under the story).
    /// </summary>
    public static List<string>? Find(IHtmlDocument document, IReadOnlyList<string> siteNames) =>
        Scan(document, siteNames, untilEditors: false, out var editors) ?? editors;

    /// <summary>
    /// The names on the first short line of the page that labels its author or reporter, or null;
    /// <paramref name="editors"/> gets the names the first editor's label gives, if any, wherever it stands.
    /// </summary>
    public static List<string>? Reporters(IHtmlDocument document, IReadOnlyList<string> siteNames, out List<string>? editors) =>
        Scan(document, siteNames, untilEditors: true, out editors);

    // The first reporters; the first editors as well when asked, else those before the reporters' line.
    private static List<string>? Scan(IHtmlDocument document, IReadOnlyList<string> siteNames, bool untilEditors, out List<string>? editors)
    {
        editors = null;
        if (document.Body is not { } body)
        {
            return null;
        }

        List<string>? reporters = null;
        var nodes = 0;
        for (var node = body.FirstChild; node is not null && ++nodes < MaxNodes && (reporters is null || (untilEditors && editors is null)); node = NodeOrder.Next(node, body))
        {
            if (node.NodeType != NodeType.Text || node.Parent is not IElement parent ||
                parent.LocalName is "script" or "style" or "noscript" or "template" or "option" or "textarea" ||
                !HasCjk(NodeText.Of(node)))
            {
                continue;
            }

            // The label and the name often sit in sibling elements ("<span>作者：</span><a>张三</a>"): read the parent.
            var line = ProseText.TextLengthUpTo(parent, MaxLineChars) <= MaxLineChars
                ? TextNormalizer.Collapse(NodeText.Of(parent))
                : TextNormalizer.Collapse(NodeText.Of(node));
            // A label inside a link is a link's text ("<a>キャリア採用 記者募集</a>"), not a byline.
            if (InLink(parent))
            {
                continue;
            }

            // A wire story's opening credits its reporters in brackets after the dateline ("新华社杭州3月5日电（记者王晓明、李华）"), a
            // Taiwanese paper's before its first sentence ("〔記者陳怡君／台北報導〕"); a short first paragraph is read so too.
            if (reporters is null && WireOpeningCredit().Match(line) is { Success: true } credit &&
                FromLabels(credit.Groups["credit"].Value, siteNames, out _) is { Count: > 0 } credited)
            {
                reporters = credited;
                continue;
            }

            // "…年度内にも対象や条件を決める。【山田太郎、佐藤花子】": a Japanese paper names its reporters in brackets closing
            // the story's first paragraph; a label in the same brackets ("【速報】") opens a line, never ends a sentence's.
            if (reporters is null && line.EndsWith('】') && HasKana(line) && ClosingReporters().Match(line) is { Success: true } closing)
            {
                var closingNames = new List<string>();
                if (AddNames(closingNames, closing.Groups["names"].Value, siteNames, NameForm.Labelled))
                {
                    reporters = closingNames;
                    continue;
                }
            }

            if (line.Length > MaxLineChars)
            {
                continue;
            }

            if (reporters is null && KoreanReporters(line) is { } korean)
            {
                reporters = korean;
                continue;
            }

            var names = FromLabels(line, siteNames, out var editorNames);
            if (names.Count > 0)
            {
                reporters ??= names;
            }

            editors ??= editorNames.Count > 0 ? editorNames : null;
        }

        return reporters;
    }

    private static bool InLink(IElement element)
    {
        for (IElement? up = element; up is not null; up = up.ParentElement)
        {
            if (up.LocalName == "a")
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> FromLabels(string text, IReadOnlyList<string> siteNames, out List<string> editors)
    {
        var names = new List<string>();
        editors = [];
        var start = 0;
        while (start < text.Length && RoleLine().Match(text, start) is { Success: true } match)
        {
            var target = match.Groups["author"].Success ? names : editors;
            var form = match.Groups["mark"].Success ? NameForm.Labelled : NameForm.Bare;
            var found = AddNames(target, match.Groups["names"].Value, siteNames, form);

            // "作者：责任编辑：肖春芳": an empty label followed by another one; read on from the label's end.
            var role = match.Groups["author"].Success ? match.Groups["author"] : match.Groups["editor"];
            start = found ? match.Index + match.Length : role.Index + role.Length;
            if (names.Count > 0)
            {
                return names;
            }
        }

        return names;
    }

    // How sure the text around the names is that they are names.
    private enum NameForm
    {
        // A field that holds only its author ("青网校园崔宁宁" in a meta tag): any run of ideographs is taken.
        Field,

        // After a label and its mark ("作者：…"): a name's length is enough.
        Labelled,

        // With no mark, or no label at all: every part must open with a common surname, or none is a name.
        Bare,
    }

    private const int MaxChineseNameChars = 5;

    // Adds the names in a run of names separated by spaces, "、", commas or slashes; false when there were none.
    private static bool AddNames(List<string> names, string run, IReadOnlyList<string> siteNames, NameForm form)
    {
        // Japanese writes a name's two parts with a space ("山田 太郎"); Chinese separates names with one.
        var separators = form == NameForm.Field || HasKana(run) ? FieldSeparators : LineSeparators;
        var added = new List<string>();
        foreach (var part in run.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "記者林宸誼／台北報導": after the names, where or how the reporter reported.
            if (added.Count > 0 && EndsWithAny(part, ReportSuffixes))
            {
                break;
            }

            var name = CleanName(part, out var photo);
            if (photo)
            {
                // "新华社记者 才扬 摄": a photographer's credit; the names before it were the photographer's too.
                return false;
            }

            if (name is null || !Fits(name, form))
            {
                // "发表在 痞客邦 留言": words of a meta line, not names.
                if (form == NameForm.Bare && IsName(part))
                {
                    return false;
                }

                continue;
            }

            if (!SiteAffix.SameAsAny(name, siteNames) && !added.Contains(name, StringComparer.Ordinal))
            {
                added.Add(name);
            }
        }

        foreach (var name in added)
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return added.Count > 0;
    }

    private static readonly char[] FieldSeparators = ['、', '，', ',', '/', '／'];
    private static readonly char[] LineSeparators = [' ', '\u3000', '、', '，', ',', '/', '／'];

    private static bool Fits(string name, NameForm form)
    {
        var dotted = name.Contains('·', StringComparison.Ordinal) || name.Contains('・', StringComparison.Ordinal);
        return form switch
        {
            NameForm.Field => true,
            NameForm.Labelled => dotted || HasKana(name) || name.Length <= MaxChineseNameChars,
            _ => !dotted && name.Length <= MaxChineseNameChars - 1 && ChineseSurnames.Opens(name),
        };
    }

    private static string? CleanName(string part, out bool photo)
    {
        photo = false;
        var name = part.Trim('[', ']', '【', '】', '(', ')', '（', '）', '"', '“', '”', '「', '」', ' ', '.', '。');
        foreach (var prefix in RolePrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
                break;
            }

            // "文/北京青年报记者 林小溪": the outlet before the role is no name; the name, if any, follows the role.
            if (name.IndexOf(prefix, StringComparison.Ordinal) is var at and > 0)
            {
                name = name[(at + prefix.Length)..];
                if (name.Length == 0)
                {
                    return null;
                }

                break;
            }
        }

        foreach (var field in FieldWords)
        {
            var at = name.IndexOf(field, StringComparison.Ordinal);
            if (at >= 0)
            {
                name = name[..at];
            }
        }

        foreach (var suffix in PhotoSuffixes)
        {
            if (name.Equals(suffix, StringComparison.Ordinal) || (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= MinNameChars))
            {
                photo = true;
                return null;
            }
        }

        foreach (var suffix in ReportSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return IsName(name) ? name : null;
    }

    // Two to eight ideographs or kana, perhaps parts joined by a middle dot or a space ("阿卜杜拉·艾哈迈德"); a Latin name in a
    // Chinese line ("alonliu") is an account, not a byline this reads.
    private static bool IsName(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            // A space parts a Japanese name's halves in a field that holds one name; elsewhere spaces split names first.
            if (c is '·' or '・' or '•' or ' ' or '\u3000')
            {
                continue;
            }

            if (!IsCjk(c))
            {
                return false;
            }

            letters++;
        }

        return letters >= MinNameChars && (letters <= MaxNameChars || name.Contains('·', StringComparison.Ordinal) || name.Contains('・', StringComparison.Ordinal));
    }

    private static bool EndsWithAny(string text, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Rarer ideographs (extension A) and Hangul besides: names are read in them too.
    private static bool IsCjk(char c) => TextScan.IsIdeographOrKana(c) || c is (>= '\u3400' and <= '\u4DBF') or (>= '\uAC00' and <= '\uD7A3');

    private static bool HasKana(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF' and not '・')
            {
                return true;
            }
        }

        return false;
    }
}
