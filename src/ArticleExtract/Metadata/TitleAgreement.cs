using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Whether a heading on the page is the story title inside a longer metadata title: "Kicker: Heading",
/// "Heading | Site", "Blog » Archive » Heading". A heading that is only the short part of such a title (the site
/// name, a blog name above every post) does not agree.
/// </summary>
internal static class TitleAgreement
{
    private const int MinHeadingChars = 8;

    private const int MinLooseHeadingWords = 3;
    private const int MinPrefixChars = 10;

    /// <summary>
    /// Whether <paramref name="heading"/> is <paramref name="metaTitle"/> less a kicker, a site name or another
    /// short affix; when <paramref name="loose"/>, less any affix, for a heading of three words or more.
    /// </summary>
    public static bool IsPartOf(string heading, string metaTitle, IReadOnlyList<string> siteNames, bool loose = false)
    {
        // Most pairs share neither their first nor their last character: decided before anything is allocated.
        if (heading.Length < MinHeadingChars || metaTitle.Length <= heading.Length ||
            (SiteAffix.FoldChar(heading[0]) != SiteAffix.FoldChar(metaTitle[0]) &&
             SiteAffix.FoldChar(heading[^1]) != SiteAffix.FoldChar(metaTitle[^1])))
        {
            return false;
        }

        var h = SiteAffix.Fold(heading);

        // Fold maps characters one to one, so separators are read from the unfolded text at the same places
        // (Fold turns "»" into a quote).
        var original = TextNormalizer.Collapse(metaTitle);
        var m = SiteAffix.Fold(original);
        if (h.Length < MinHeadingChars || m.Length <= h.Length)
        {
            return false;
        }

        var headingWords = SiteAffix.CountWords(h);
        if (loose && headingWords < MinLooseHeadingWords)
        {
            return false;
        }
        if (m.EndsWith(h, StringComparison.Ordinal))
        {
            var before = original[..^h.Length].TrimEnd();
            if (before.Length == 0 || !IsSeparator(before[^1]))
            {
                return false;
            }

            var rest = before.TrimEnd(SeparatorChars).Trim();
            if (rest.Length == 0)
            {
                return false;
            }

            // "Chronik: Lotte Tobisch ist tot": a kicker before a colon, whatever its length.
            return loose || IsKickerColon(before) || IsSite(rest, siteNames) || SiteAffix.CountWords(rest) < headingWords;
        }

        if (m.StartsWith(h, StringComparison.Ordinal))
        {
            var after = original[h.Length..].TrimStart();
            if (after.Length == 0 || !IsSeparator(after[0]))
            {
                return false;
            }

            var rest = after.TrimStart(SeparatorChars).Trim();
            // "Heading | Site | Slogan": a bar or dash after the heading starts site affixes, however many; a colon
            // may start a subtitle, kept unless it is the shorter part.
            return rest.Length > 0 &&
                   (loose || after[0] != ':' || IsSite(rest, siteNames) || SiteAffix.CountWords(rest) < headingWords);
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="heading"/> begins <paramref name="metaTitle"/> and ends on a word boundary there
    /// ("Mandarinen-Schmand-Kuchen" in "Mandarinen-Schmand-Kuchen von jesusfreak | Chefkoch").
    /// </summary>
    public static bool IsPrefixOf(string heading, string metaTitle)
    {
        if (heading.Length < MinPrefixChars || metaTitle.Length <= heading.Length ||
            SiteAffix.FoldChar(heading[0]) != SiteAffix.FoldChar(metaTitle[0]))
        {
            return false;
        }

        var h = SiteAffix.Fold(heading);
        var m = SiteAffix.Fold(metaTitle);
        return h.Length >= MinPrefixChars && m.Length > h.Length && m.StartsWith(h, StringComparison.Ordinal) &&
               !char.IsLetterOrDigit(m[h.Length]);
    }

    private const int MaxAffixWords = 5;

    /// <summary>
    /// What <paramref name="title"/> adds beside <paramref name="heading"/> after a separator, when that is a short
    /// name: "Global Daily Post" in "Floods hit Brazil_Global Daily Post"; of several parts ("…_科技_腾讯网"), the
    /// last. Null when the title does not start with the heading and a separator.
    /// </summary>
    public static string? AffixBeside(string heading, string? title)
    {
        if (title is null || title.Length <= heading.Length)
        {
            return null;
        }

        var original = TextNormalizer.Collapse(title);
        var h = SiteAffix.Fold(heading);
        var m = SiteAffix.Fold(original);
        if (m.Length <= h.Length)
        {
            return null;
        }

        // Only what follows the heading: a part before it is as often a section or a kicker ("News - …") as a site.
        string? rest = null;
        if (m.StartsWith(h, StringComparison.Ordinal) && original[h.Length..].TrimStart() is { Length: > 0 } after && IsSeparator(after[0]))
        {
            rest = Parts(after)[^1];
        }

        return rest is { Length: > 0 } && SiteAffix.CountWords(rest) <= MaxAffixWords && TextScan.ContainsLetter(rest) ? rest : null;
    }

    // The parts of an affix between separators; a colon, slash or hyphen inside a word may belong to a name ("AC/DC").
    private static string[] Parts(string affix)
    {
        var parts = new List<string>();
        foreach (var part in affix.Replace(" - ", " | ", StringComparison.Ordinal).Split(AffixSeparators))
        {
            // "-半月谈", "Site -": a hyphen left at a part's edge is a separator too.
            if (part.Trim().Trim(SeparatorChars) is { Length: > 0 } name)
            {
                parts.Add(name);
            }
        }

        return parts.Count > 0 ? [.. parts] : [string.Empty];
    }

    private static readonly char[] AffixSeparators = ['|', '\u2013', '\u2014', '\u00BB', '\u203A', '\u00B7', '_', '\u2022', '\uFF5C', '\u00A6', ':'];

    // "Chronik:" — a colon right after a word; "… :: Site" or "Title : Site" are separators of another kind.
    private static bool IsKickerColon(string before) =>
        before.Length >= 2 && before[^1] == ':' && (char.IsLetterOrDigit(before[^2]) || before[^2] is '"' or '”' or '“' or '»' or ')');

    private static readonly char[] SeparatorChars =
        [':', '|', '-', '\u2013', '\u2014', '\u00BB', '\u203A', '\u00B7', '/', '_', '\u2022', '\uFF5C', '\u00A6', ' '];

    private static bool IsSeparator(char c) => c != ' ' && Array.IndexOf(SeparatorChars, c) >= 0;

    private static bool IsSite(string text, IReadOnlyList<string> siteNames) => SiteAffix.MatchesAny(text, siteNames);
}
