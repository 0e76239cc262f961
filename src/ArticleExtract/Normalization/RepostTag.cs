using System.Text.RegularExpressions;

namespace ArticleExtract.Normalization;

/// <summary>
/// "(MENAFN- AFP) Paris (AFP) - France will …": an aggregator reposting a wire story tags its first paragraph with its
/// own name and the source's, in parentheses, before the wire's dateline.
/// </summary>
internal static partial class RepostTag
{
    private const int MaxBlockChars = 20_000;

    /// <summary>The paragraph from the dateline on, when a repost tag stands before a dateline that parses.</summary>
    public static string? Strip(string block)
    {
        if (block.Length > MaxBlockChars || Tag().Match(block) is not { Success: true } match)
        {
            return null;
        }

        var rest = block[match.Length..];
        return DatelineParser.TryParse(rest) is not null ? rest : null;
    }

    // The aggregator's name (a capitalised word), a dash, the source: "(MENAFN- AFP)", "(MENAFN - Jordan Times)".
    [GeneratedRegex(@"^\(\p{Lu}[\p{L}\d]{1,20}\s?[-–]\s?[^()\s][^()]{0,60}\)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
