using System.Text.RegularExpressions;
using ArticleExtract.Metadata;

namespace ArticleExtract.Normalization;

/// <summary>
/// The reporters a wire opener names beside the place: "(서울=연합뉴스) 홍다연 기자 =", "【ワシントン=木村健二】",
/// "中新网重庆11月18日电（记者 韩璐）" and
/// "Варна, 20 ноември /Мария Стоянова, БТА/", "БИШКЕК /24.kg, Анара Юсупова/.", "БИШКЕК, 18 ноя — 24.kg, Анара Бекова.". Where the page credits no one else, they are the story's byline.
/// </summary>
internal static partial class DatelineReporter
{
    // "(서울=연합뉴스) 홍다연 기자 =", "[부산=연합뉴스] 김선호 기자 =": what follows the place and agency, up to the closing "=".
    [GeneratedRegex(@"^(?:\([^()]{1,30}=[^()]{1,20}\)|\[[^\[\]]{1,30}=[^\[\]]{1,20}\])\s*(?<line>[^=]{2,40}?)\s*=$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanOpener();

    // "【ワシントン=木村健二】", "【北京＝田中一郎、佐藤花子】": the reporters after the place, in ideographs or kana.
    [GeneratedRegex(
        @"^【[^【】=＝]{1,15}[=＝](?<names>[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]{2,8}(?:[、，・][\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]{2,8}){0,3})】$",
        RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseOpener();

    // "中新网重庆11月18日电（记者 韩璐）", "新华社华盛顿4月10日电（记者 张三 李四）": the reporters in brackets after the wire's
    // "电" (cabled).
    [GeneratedRegex(
        @"[电電]\s?[（(](?:记者|記者)\s?(?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[ 、，]\p{IsCJKUnifiedIdeographs}{2,4}){0,3})[）)]$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChineseOpener();

    /// <summary>The reporters <paramref name="dateline"/> names, or an empty list.</summary>
    public static List<string> Names(Dateline dateline)
    {
        var text = dateline.Text.Trim();
        if (KoreanOpener().Match(text) is { Success: true } korean)
        {
            return CjkByline.KoreanReporters(korean.Groups["line"].Value) ?? [];
        }

        // An agency after the "=" ("【ロンドン=ロイター】") is the source, which the parser has named already.
        if (dateline.Agency is null && JapaneseOpener().Match(text) is { Success: true } japanese)
        {
            return [.. japanese.Groups["names"].Value.Split(['、', '，', '・'], StringSplitOptions.RemoveEmptyEntries)];
        }

        // "【ソウル木下沙織】": the name run on after the place.
        if (dateline.Agency is null && text.Length > 2 && text[0] == '【' && text[^1] == '】' &&
            ScriptDateline.PlaceRunOnName().Match(text[1..^1]) is { Success: true } runOn)
        {
            return [runOn.Groups["name"].Value];
        }

        if (ChineseOpener().Match(text) is { Success: true } chinese)
        {
            return [.. chinese.Groups["names"].Value.Split([' ', '、', '，'], StringSplitOptions.RemoveEmptyEntries)];
        }

        // "Варна, 20 ноември /Мария Стоянова, БТА/": the correspondent before the agency inside the slashes.
        if (dateline.Agency is { } agency && SlashedReporter().Match(text) is { Success: true } slashed &&
            string.Equals(slashed.Groups["agency"].Value.Trim(), agency, StringComparison.Ordinal))
        {
            return [slashed.Groups["name"].Value];
        }

        // "БИШКЕК /24.kg, Анара Юсупова/.": the correspondent after the agency inside the slashes.
        if (dateline.Agency is { } first && SlashedReporterAfter().Match(text) is { Success: true } after &&
            string.Equals(after.Groups["agency"].Value.Trim(), first, StringComparison.Ordinal))
        {
            return [after.Groups["name"].Value];
        }

        // "БИШКЕК, 18 ноя — 24.kg, Анара Бекова.": the correspondent after the agency that closes the opener.
        if (dateline.Agency is { } closing && text.EndsWith('.') && text.LastIndexOf(closing + ", ", StringComparison.Ordinal) is var at and > 0 &&
            text[(at + closing.Length + 2)..^1] is var name && DatelineParser.ReporterName().IsMatch(name))
        {
            return [name];
        }

        return [];
    }

    [GeneratedRegex(@"/(?<name>\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}[\p{L}\-]+){1,2}),[ ](?<agency>[^/]{1,30})/$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedReporter();

    [GeneratedRegex(@"/(?<agency>[^/,]{1,30}),[ ](?<name>\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}[\p{L}\-]+){1,2})/\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedReporterAfter();
}
