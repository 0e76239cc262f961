using System.Globalization;
using System.Text.RegularExpressions;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// The block that signs a story under its last paragraph, the writer's name over the desk and the paper, set with line
/// breaks that whitespace normalisation joins: "CAMILO ANDRÉS RUIZ Redacción Bogotá EL TIEMPO", "Aminata Sawadogo
/// Lefaso.net". A name alone or a "By" line is read elsewhere; this is the name followed only by who it writes for.
/// </summary>
internal static partial class SignOff
{
    private const int MaxChars = 90;
    private const int MaxNameWords = 4;
    private const int MaxSiteNameWords = 4;

    // The desk's place after its newsroom word: "Redacción Bogotá", "Rédaction Centrale".
    private const int MaxDeskPlaceWords = 2;

    /// <summary>The signer's name, when <paramref name="block"/> is a name followed only by a newsroom desk and/or the site's name.</summary>
    public static string? Signer(string block, IReadOnlyList<string> siteNames)
    {
        // "… Redacción Medellín En X: @marianaospinac": the signer's handle closes the block.
        if (SignerHandleGate.Match(block) is { Success: true } handle)
        {
            block = block[..handle.Index];
        }

        // "Jasur Qodirov tayyorladi.", "Подготовила Анна Петрова": the writer named with the verb "prepared".
        if (block.Length <= MaxChars && PreparedByGate.Match(block) is { Success: true } prepared)
        {
            return AsName(prepared.Groups["name"].Value, siteNames);
        }

        if (block.Length > MaxChars || block.Length == 0 || block[^1] is '.' or '!' or '?' or ':' or ',' or ';')
        {
            return null;
        }

        var words = block.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(MaxNameWords, words.Length - 1); n >= 2; n--)
        {
            // The affiliation is the evidence here, so the name need not start with a known given name ("Aminata").
            if (IsAffiliation(words.AsSpan(n), siteNames) && AsName(string.Join(' ', words, 0, n), siteNames) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"^(?:(?<name>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){1,3})\s(?:tayyorladi|тайёрлади)|(?:подготовил|подготовила|подготовили|підготував|підготувала|opracował|opracowała|připravil|připravila|pripravil|pripravila)\s?:?\s(?<name>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){1,3}))\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PreparedBy();

    private static readonly LiteralGate PreparedByGate = new(PreparedBy());

    [GeneratedRegex(@"\s(?:(?:en|on|sur|auf|no|na|em|su)\s)?(?:(?:x|twitter|instagram|threads|bluesky)\s?:\s?)?@\w{2,30}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignerHandle();

    private static readonly LiteralGate SignerHandleGate = new(SignerHandle());

    /// <summary>The words as one person's name, an upper-case signature ("CAMILO ANDRÉS RUIZ") set in title case first.</summary>
    private static string? AsName(string text, IReadOnlyList<string> siteNames)
    {
        var upper = true;
        foreach (var c in text)
        {
            upper &= !char.IsLower(c);
        }

        if (upper)
        {
            text = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
        }

        return BylineNormalizer.Names("By " + text, siteNames) is [var name] && string.Equals(name, text, StringComparison.Ordinal) ? name : null;
    }

    /// <summary>
    /// Whether the words after the name are only the site's name, a newsroom desk ("Redacción Bogotá"), or the desk and
    /// then the site's name.
    /// </summary>
    private static bool IsAffiliation(ReadOnlySpan<string> tail, IReadOnlyList<string> siteNames)
    {
        // The site's name last, one to four words: "EL TIEMPO", "Lefaso.net".
        var end = tail.Length;
        for (var start = Math.Max(0, tail.Length - MaxSiteNameWords); start < tail.Length; start++)
        {
            if (SiteAffix.MatchesAny(string.Join(' ', tail[start..].ToArray()), siteNames))
            {
                end = start;
                break;
            }
        }

        var desk = tail[..end];
        if (desk.Length == 0)
        {
            return end < tail.Length;
        }

        if (desk.Length > 1 + MaxDeskPlaceWords || !BylineNormalizer.IsNewsroomOnly([desk[0]]))
        {
            return false;
        }

        foreach (var word in desk[1..])
        {
            if (!char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }
}
