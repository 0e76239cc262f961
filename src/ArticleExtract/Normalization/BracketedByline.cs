using System.Text.RegularExpressions;
using ArticleExtract.Metadata;

namespace ArticleExtract.Normalization;

/// <summary>
/// "[뉴스엔 김명미 기자] 그룹 …", "[OSEN=이대선 기자] …", "[스포츠서울 | 김동영 기자] …": Korean papers, the entertainment
/// and sports ones above all, open the story with their own name and the reporter's in square brackets. It is a
/// byline, not a dateline (no place), and not the story's text.
/// </summary>
internal static partial class BracketedByline
{
    private const int MaxBlockChars = 20_000;

    /// <summary>The reporters the opener names and the paragraph after it, when the paragraph opens with one.</summary>
    public static (List<string> Reporters, string Remainder)? Split(string block)
    {
        if (block.Length > MaxBlockChars || Opener().Match(block) is not { Success: true } match ||
            CjkByline.KoreanReporters(match.Groups["line"].Value) is not { Count: > 0 } reporters)
        {
            return null;
        }

        // The opener leads into the story's first sentence; alone it is the byline's own element, which the
        // metadata reads.
        var rest = block[match.Length..].TrimStart();
        return rest.Length > 0 && (char.IsLetterOrDigit(rest[0]) || rest[0] is '"' or '“' or '‘' or '\'') ? (reporters, rest) : null;
    }

    // The outlet (Hangul or Latin, a dot allowed: "OSEN", "스포츠조선", "MK스포츠", "STN뉴스") then "=", "|" or a space, then
    // the reporter line as a Korean reporter field prints it ("김명미 기자", "김철수·이영희 기자").
    [GeneratedRegex(
        @"^\[[\p{IsHangulSyllables}A-Za-z\d.]{2,15}(?:\s?[=|]\s?|\s)(?<line>\p{IsHangulSyllables}{2,4}(?:(?:\s?[·,]\s?|\s)\p{IsHangulSyllables}{2,4}){0,3}\s?(?:기자|특파원|객원기자|인턴기자|선임기자|전문기자))\]",
        RegexOptions.CultureInvariant)]
    private static partial Regex Opener();
}
