using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// The text of a headline element as the story's title: without a kicker printed inside it
/// (<c>&lt;span class="dachzeile"&gt;</c>, "overline", "roofline"), text only screen readers hear, or a permalink
/// mark ("¶").
/// </summary>
internal static class HeadingText
{
    private const int MaxNodes = 400;

    // Class or id fragments of a kicker: the topic line printed above or before the title proper.
    private static readonly string[] KickerMarks =
    [
        "kicker", "roofline", "topline", "toptitle", "overline", "supertitle", "overtitle", "dachzeile", "spitzmarke",
        "titleheader", "eyebrow", "pretitle", "overhead",
    ];

    // Class fragments of a badge set before the title inside the heading ("<span class=label>LIVE</span>"): a kicker
    // only when short, as the same words may name the title's own element.
    private static readonly string[] BadgeMarks = ["badge", "label", "flag"];

    private const int MaxBadgeChars = 20;

    private static readonly string[] HiddenMarks =
    [
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "element-invisible", "screenreader", "a11y",
    ];

    /// <summary>The title text of <paramref name="heading"/>, or null when it holds none.</summary>
    public static string? Read(IElement heading)
    {
        // Most headings are plain text: nothing to skip.
        if (heading.ChildElementCount == 0)
        {
            return MetaText.Clean(Trim(TextNormalizer.Collapse(NodeText.Of(heading))));
        }

        var builder = new StringBuilder();
        var skippedKicker = false;
        var visited = 0;
        var node = heading.FirstChild;
        while (node is not null && ++visited <= MaxNodes)
        {
            if (node is IElement element)
            {
                if (IsSkipped(element, out var kicker))
                {
                    skippedKicker |= kicker;
                    node = NodeOrder.NextSkippingChildren(element, heading);
                    continue;
                }

                if (element.LocalName is "br" or "div" or "p" or "li")
                {
                    builder.Append(' ');
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                builder.Append(NodeText.Of(node));
            }

            node = NodeOrder.Next(node, heading);
        }

        var text = Trim(TextNormalizer.Collapse(builder.ToString()));
        if (text.Length == 0 && skippedKicker)
        {
            // Everything was marked as kicker: the page uses the class for the title itself.
            text = Trim(TextNormalizer.Collapse(NodeText.Of(heading)));
        }

        return MetaText.Clean(text);
    }

    /// <summary>
    /// Whether the heading is one link: inside an <c>a</c>, or wrapping one that holds nearly all its text. A teaser
    /// in a list of stories is; a story's own headline mostly is not.
    /// </summary>
    public static bool IsLink(IElement heading)
    {
        if (LinkAncestor.Find(heading, int.MaxValue) is { } enclosing && enclosing.HasAttribute("href"))
        {
            return true;
        }

        var total = NodeText.CollapsedLength(heading);
        foreach (var link in heading.GetElementsByTagName("a"))
        {
            if (link.HasAttribute("href") && NodeText.CollapsedLength(link) * 10 >= total * 9)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSkipped(IElement element, out bool kicker)
    {
        kicker = false;
        if (element.LocalName is "script" or "style" or "noscript" or "template" or "button" or "svg" or "select")
        {
            return true;
        }

        if (element.HasAttribute("hidden") ||
            string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var marks = (element.GetAttribute("class") + " " + element.GetAttribute("id")).ToLowerInvariant();
        if (marks.Length <= 1)
        {
            return false;
        }

        if (TextScan.ContainsAny(marks, KickerMarks) ||
            (TextScan.ContainsAny(marks, BadgeMarks) && TextNormalizer.Collapse(NodeText.Of(element)) is { Length: > 0 } badge &&
             (badge.Length <= MaxBadgeChars || IsSubscriberBadge(badge))))
        {
            kicker = true;
            return true;
        }

        return TextScan.ContainsAny(marks, HiddenMarks);
    }


    // "Z+ (abopflichtiger Inhalt)": the paywall's badge, its sign spelled out for screen readers, whatever its length.
    private static bool IsSubscriberBadge(string badge) =>
        Cleaning.ChromeVocabulary.SubscriberBadges.Contains(badge.Trim().TrimEnd('.', '!').ToLowerInvariant());

    // Trim(params char[]) would build its array on every call.
    private static readonly char[] KickerLeftovers = [':', '|', '-', '\u2013', '\u2014', ' '];
    private static readonly char[] PermalinkMarks = ['\u00B6', ' '];

    // A colon or dash left over from a removed kicker, a permalink pilcrow or a detached hash at the end ("C#" stays).
    private static string Trim(string text)
    {
        text = text.Trim().TrimStart(KickerLeftovers).TrimEnd(PermalinkMarks);
        return text.EndsWith(" #", StringComparison.Ordinal) ? text[..^2].TrimEnd() : text;
    }
}
