using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Keeps the words of a sentence through the readability pass, which drops any element whose class or id holds one of
/// its "unlikely" words anywhere, even inside another word: PR Newswire prints the dateline of every release as
/// <c>&lt;span class="legendSpanClass"&gt;&lt;span class="xn-location"&gt;SAN FRANCISCO&lt;/span&gt;&lt;/span&gt;</c>, and
/// "legendS…" reads as "legends", so the place and the day went and the paragraph began ", /PRNewswire/ --". An
/// inline element set inside a paragraph's prose is part of the sentence, whatever its name says: its class and id
/// are dropped. Chrome set inline (a share button, a "Related" teaser) is what the cleaning already took out, or
/// stands in a paragraph of its own.
/// </summary>
internal static partial class InlineNames
{
    private const int MinProseAround = 80;

    private static readonly FrozenSet<string> InlineTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "span", "em", "strong", "b", "i", "u", "small", "time", "abbr", "mark", "cite", "q", "sub", "sup", "font", "dfn",
    ]);

    public static void Protect(IElement body)
    {
        List<IElement>? renamed = null;
        var walk = new ElementWalk(body);
        while (walk.Next() is { } element)
        {
            if (InlineTags.Contains(element.LocalName) && ReadsAsUnlikely(element) && InProse(element))
            {
                (renamed ??= []).Add(element);
            }
        }

        // The walk must not see the tree change.
        if (renamed is null)
        {
            return;
        }

        foreach (var element in renamed)
        {
            element.RemoveAttribute("class");
            element.RemoveAttribute("id");
        }
    }

    // The pass reads the class and the id joined by a space; apart, they match alike, and nothing is built per element.
    private static bool ReadsAsUnlikely(IElement element)
    {
        var classes = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        return (IsUnlikely(classes) || IsUnlikely(id)) && !IsMaybeStory(classes) && !IsMaybeStory(id);
    }

    private static bool IsUnlikely(string? name) => !string.IsNullOrEmpty(name) && UnlikelyGate.IsMatch(name);

    private static bool IsMaybeStory(string? name) => !string.IsNullOrEmpty(name) && MaybeStory().IsMatch(name);

    // Inside a paragraph whose prose goes on around the element: "SAN FRANCISCO, March 5, 2026 /PRNewswire/ -- …".
    private static bool InProse(IElement element)
    {
        var paragraph = element.ParentElement;
        while (paragraph is not null && InlineTags.Contains(paragraph.LocalName))
        {
            paragraph = paragraph.ParentElement;
        }

        if (paragraph is not { LocalName: "p" })
        {
            return false;
        }

        return NodeText.CollapsedLength(paragraph) - NodeText.CollapsedLength(element) >= MinProseAround;
    }

    // The readability pass's own words, matched as it matches them: anywhere in the names, in any case.
    [GeneratedRegex(
        "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|reacties|commentaires|kommentare|comentarios",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    private static readonly LiteralGate UnlikelyGate = new(Unlikely());

    [GeneratedRegex("and|article|body|column|content|main|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeStory();
}
