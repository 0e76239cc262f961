using System.Text.RegularExpressions;

namespace ArticleExtract.Normalization;

/// <summary>
/// "By HYUNG-JIN KIM Associated Press SEOUL, South Korea (AP) — …": a reposting site that flattens the wire's header
/// lines glues the byline and the agency's name before the dateline, in one paragraph.
/// </summary>
internal static partial class GluedByline
{
    private const int MaxBlockChars = 20_000;

    /// <summary>The byline's names as printed and the paragraph from the dateline on (the remainder), when the dateline parses there.</summary>
    public static (string Names, string Remainder)? Split(string block)
    {
        if (block.Length > MaxBlockChars || Header().Match(block) is not { Success: true } match)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value;
        return DatelineParser.TryParse(rest) is not null ? (match.Groups["names"].Value, rest) : null;
    }

    // "By", two to six capitalised words, the agency that sent the story, then the rest of the paragraph.
    [GeneratedRegex(
        @"^By\s+(?<names>\p{Lu}[\p{L}\p{M}.'’\-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}.'’\-]*){1,5}?)\s*,?\s+(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg|CNN|Xinhua|Yonhap|dpa|EFE|ANSA|Kyodo)\s+(?<rest>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Header();
}
