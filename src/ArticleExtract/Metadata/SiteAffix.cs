using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Removes a site name that a page glues before or after its title ("… -Wealth Nexus Pro", "… | Reuters",
/// "Site: …"), without cutting titles that merely contain a dash or a colon.
/// </summary>
internal static class SiteAffix
{
    private const int MaxAffixWords = 5;
    private const int MinHeadWords = 4;

    /// <summary>The title without its site affix, and the affix removed (or null when nothing was removed).</summary>
    public static (string Title, string? Affix) Strip(string title, IReadOnlyList<string> siteNames, IReadOnlyList<string> otherTitles)
    {
        // "National Rail Enquiries -": a separator left dangling by a template with an empty part.
        title = title.Trim().TrimEnd('|', '-', '\u2013', '\u2014', ':', '/', '\u00BB', ' ').TrimStart('|', '-', '\u2013', '\u2014', '/', ' ');
        if (title.Length == 0)
        {
            return (title, null);
        }

        // "… - Ledger - AMP": the accelerated copy's mark after the site's name.
        title = WithoutAmpMark(title);

        // Suffix: the last separator first, since site names end titles far more often than they start them.
        for (var i = title.Length - 1; i > 0; i--)
        {
            if (!IsSeparatorAt(title, i, out var length, out var strong))
            {
                continue;
            }

            var head = title[..i].TrimEnd();
            var tail = title[(i + length)..].Trim();
            if (head.Length == 0 || tail.Length == 0)
            {
                continue;
            }

            if (MatchesAny(tail, siteNames) || MatchesAny(head, otherTitles) ||
                (strong && IsShortAffix(tail) && CountWords(head) >= MinHeadWords && !MatchesAny(head, siteNames)))
            {
                return title[i] == '_' ? WithoutChannel(head, tail) : (WithoutCrumb(WithoutSections(head, title[i], otherTitles)), tail);
            }
        }

        // Prefix: "Site | Title" or "Site: Title", only when the head is known to be the site.
        for (var i = 1; i < title.Length - 1; i++)
        {
            if (!IsSeparatorAt(title, i, out var length, out _) && title[i] != ':')
            {
                continue;
            }

            // A colon alone is one character; "::" keeps both.
            length = title[i] == ':' && !(i + 1 < title.Length && title[i + 1] == ':') ? 1 : length;
            var head = title[..i].Trim();
            var tail = title[(i + length)..].Trim();
            if (head.Length > 0 && tail.Length > 0 && (MatchesAny(head, siteNames) || MatchesAny(tail, otherTitles)))
            {
                return (MatchesAny(tail, otherTitles) ? tail : WithoutLeadingSections(tail, title[i]), head);
            }
        }

        return (title, null);
    }

    private const int MaxSectionWords = 3;
    private const int MaxCrumbWords = 2;

    // "부산항 … 역대 최대 > 뉴스 | 핫이슈모아": the section a breadcrumb mark sets after the title, before the site's name; a
    // word or two without figures ("Revenue > $1bn" is a title).
    private static string WithoutCrumb(string head)
    {
        var mark = head.LastIndexOf(" > ", StringComparison.Ordinal);
        if (mark <= 0)
        {
            return head;
        }

        var crumb = head[(mark + 3)..].Trim();
        var rest = head[..mark].TrimEnd();
        return crumb.Length > 0 && CountWords(crumb) <= MaxCrumbWords && !TextScan.ContainsAsciiDigit(crumb) && CountWords(rest) >= MinHeadWords
            ? rest
            : head;
    }

    // "Title | World | Asia | Ledger": sections between the title and the site, joined by the same bar. Each goes while
    // it is short and what stays before it is a title; never a part another title of the page holds. A title that is
    // itself a list of short parts ("Letters: Coddling criminals | Undermining road | Tax dollars") keeps them all.
    private static string WithoutSections(string head, char separator, IReadOnlyList<string> otherTitles)
    {
        var first = head.IndexOf(separator);
        if (first <= 0 || CountWords(head[..first]) < MinHeadWords)
        {
            return head;
        }

        while (!MatchesAny(head, otherTitles) && CutsSection(head, separator, atEnd: true, out var rest))
        {
            head = rest;
        }

        return head;
    }

    // "Site :: World :: Title", "Site | News | Title": the sections between the site and the title, joined by the same
    // separator as the site. Each goes while it is short and what stays after it is a title.
    private static string WithoutLeadingSections(string tail, char separator)
    {
        while (CutsSection(tail, separator, atEnd: false, out var rest))
        {
            tail = rest;
        }

        return tail;
    }

    // One short section cut from the end or the start of a title at the separator, a strong one; what stays must
    // still read as a title.
    private static bool CutsSection(string text, char separator, bool atEnd, out string rest)
    {
        rest = text;
        var cut = atEnd ? text.LastIndexOf(separator) : text.IndexOf(separator);
        if (cut <= 0 || !IsSeparatorAt(text, cut, out var length, out var strong) || !strong)
        {
            return false;
        }

        var section = (atEnd ? text[(cut + length)..] : text[..cut]).Trim();
        var remaining = (atEnd ? text[..cut] : text[(cut + length)..]).Trim();
        if (section.Length == 0 || CountWords(section) > MaxSectionWords || CountWords(remaining) < MinHeadWords)
        {
            return false;
        }

        rest = remaining;
        return true;
    }

    private static string WithoutAmpMark(string title)
    {
        var trimmed = title.AsSpan().TrimEnd();
        if (trimmed.Length > 6 && trimmed.EndsWith("AMP", StringComparison.Ordinal))
        {
            var before = trimmed[..^3].TrimEnd();
            if (before.Length > 0 && before[^1] is '-' or '|' or '\u2013' or '\u2014')
            {
                return before[..^1].TrimEnd().ToString();
            }
        }

        return title;
    }

    // "标题_教育频道_中国青年网", "标题_科技_腾讯网": portals name the channel between the title and the site, with the
    // same underscore. The channel goes; the site stays the affix, which names the site.
    private static (string Title, string? Affix) WithoutChannel(string head, string site)
    {
        var underscore = head.LastIndexOf('_');
        if (underscore <= 0 || !IsSeparatorAt(head, underscore, out _, out _))
        {
            return (head, site);
        }

        var title = head[..underscore].TrimEnd();
        var channel = head[(underscore + 1)..].Trim();
        return channel.Length > 0 && CountWords(channel) <= MaxAffixWords && CountWords(title) >= MinHeadWords
            ? (title, site)
            : (head, site);
    }

    /// <summary>Whether <paramref name="text"/> is the same text as any of <paramref name="candidates"/> (see <see cref="SameText"/>).</summary>
    public static bool SameAsAny(string text, IReadOnlyList<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (SameText(text, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two titles are the same text, ignoring case, white space and quote styles.</summary>
    public static bool SameText(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        // Compared in place, character by character: this runs for every heading against every title.
        var x = TextNormalizer.Collapse(a);
        var y = TextNormalizer.Collapse(b);
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (FoldChar(x[i]) != FoldChar(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Folds case, spaces and typographic quotes so titles from different sources compare equal.</summary>
    public static string Fold(string text)
    {
        var collapsed = TextNormalizer.Collapse(text);
        return string.Create(collapsed.Length, collapsed, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    /// <summary>One character as <see cref="Fold"/> maps it.</summary>
    public static char FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Whether <paramref name="text"/> names one of <paramref name="candidates"/>: the same words, the same letters without spaces, or its domain.</summary>
    public static bool MatchesAny(string text, IReadOnlyList<string> candidates)
    {
        var folded = Fold(text);
        foreach (var candidate in candidates)
        {
            var other = Fold(candidate);
            if (other.Length == 0)
            {
                continue;
            }

            if (string.Equals(folded, other, StringComparison.Ordinal) || SameIgnoringSpaces(folded, other) || IsDomainOf(folded, other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameIgnoringSpaces(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i] != b[j])
            {
                return false;
            }

            i++;
            j++;
        }
    }

    // "reuters.com" names the site "Reuters".
    private static bool IsDomainOf(string text, string siteName)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var host = text.StartsWith("www.", StringComparison.Ordinal) ? text[4..] : text;
        dot = host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && SameIgnoringSpaces(host[..dot], siteName);
    }

    /// <summary>
    /// Whether a title separator starts at <paramref name="i"/>. A dash separates only with a space on at least one
    /// side ("drills -Wealth"), never inside a word ("US-South"); <paramref name="strong"/> marks the separators that
    /// sites use for their name (a bar, or a dash with spaces) as against a colon.
    /// </summary>
    private static bool IsSeparatorAt(string title, int i, out int length, out bool strong)
    {
        length = 1;
        strong = false;
        var c = title[i];
        var spaceBefore = i > 0 && title[i - 1] == ' ';
        var spaceAfter = i + 1 < title.Length && title[i + 1] == ' ';
        switch (c)
        {
            case '|' or '\u00B7' or '\u00BB' or '\u203A' or '\u2022' or '\u00A6' or '\uFF5C' or '\u2502':
                strong = true;
                return true;
            case '-' or '\u2013' or '\u2014':
                if (i + 1 < title.Length && title[i + 1] == c)
                {
                    // "Title--Site" as older templates glue them: weak without a space, as "word--word" is a dash in
                    // a sentence too.
                    length = 2;
                    strong = spaceBefore || (i + 2 < title.Length && title[i + 2] == ' ');
                    return true;
                }

                // Chinese and Japanese titles set no spaces: "…的城！-新华网".
                strong = spaceBefore || (i > 0 && (IsCjk(title[i - 1]) || title[i - 1] is >= '\uFF00' and <= '\uFFEF'));
                return strong;
            case '/':
                if (i + 1 < title.Length && title[i + 1] == '/')
                {
                    // "mediaarchitecture.de // Jens Weber"
                    length = 2;
                    strong = true;
                    return spaceBefore && i + 2 < title.Length && title[i + 2] == ' ';
                }

                return spaceBefore && spaceAfter;
            case ':' when i + 2 < title.Length && title[i + 1] == ':' && spaceBefore && title[i + 2] == ' ':
                // "Title :: Site", as older templates join them.
                length = 2;
                strong = true;
                return true;
            case ':':
                // Weak: stripped only when one side is known to be the site or the other side a known title ("Title :
                // Site" as French typography and older templates set it, too).
                return spaceAfter;
            case '~':
                // "Title ~ Site".
                strong = spaceBefore && spaceAfter;
                return strong;
            case '_':
                // Chinese and Korean portals join title and site with an underscore ("标题_新浪网").
                strong = true;
                return i > 0 && !char.IsAsciiLetterOrDigit(title[i - 1]);
            default:
                return false;
        }
    }

    /// <summary>
    /// Words in <paramref name="text"/>; each Chinese, Japanese or Korean character counts as one, a lone separator
    /// ("»", "-") as none.
    /// </summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        var counted = false;
        foreach (var c in text)
        {
            // Chinese, Japanese and Korean write no spaces: count each character as a word.
            if (IsCjk(c))
            {
                count++;
                inWord = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                counted = false;
            }

            if (!counted && char.IsLetterOrDigit(c))
            {
                count++;
                counted = true;
            }
        }

        return count;
    }

    private const int MaxCjkAffixChars = 10;

    // A site name of a few words, or of a few Chinese, Japanese or Korean characters after a title in another script
    // ("… JCS - 东北亚资讯网"), where each character counts as a word and six make a name, not a title.
    private static bool IsShortAffix(string tail)
    {
        if (CountWords(tail) <= MaxAffixWords)
        {
            return true;
        }

        foreach (var c in tail)
        {
            if (!IsCjk(c))
            {
                return false;
            }
        }

        return tail.Length <= MaxCjkAffixChars;
    }

    private static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');
}
