using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Readability;

/// <summary>
/// Takes off the small link boxes the readability pass appended after the story. The pass joins the chosen container's
/// siblings whose score passes a threshold, and a class that merely names the page's layout ("Page-below",
/// "post-content-after") scores like story: a box of one teaser under the story ("Test Your News I.Q." over "Think you
/// know what happened this week? Take our quiz.") then rides along. Such a sibling comes after the part with the story's
/// prose, is not a paragraph itself, holds a link to another page and only a line or two of text. A longer sibling
/// goes when it is a row of teaser cards ("More from Economy": each card a linked headline over its summary), whose
/// summaries are prose enough to pass the threshold.
/// </summary>
internal static class AppendedTeasers
{
    private static readonly ISelector Headings = ParsedSelector.Of("h2, h3, h4, h5, h6");
    private static readonly ISelector Links = ParsedSelector.Of("a[href]");

    private const string PageId = "readability-page-1";

    // A teaser's headline and its one-line summary; a story's own closing block of this size is a paragraph.
    private const int MaxTeaserChars = 200;

    /// <summary>Removes the trailing teaser boxes beside the story's main part; returns how many went.</summary>
    public static int Remove(IElement story)
    {
        var page = story.Id == PageId ? story : story.QuerySelector("#" + PageId) ?? story;

        // The page's own wrapper ("site-container") may hold the story and what follows it: only whole briefs are
        // judged there, as the teaser boxes' sizes tell nothing once inside.
        var wrapped = page;
        while (wrapped.ChildElementCount == 1)
        {
            wrapped = wrapped.FirstElementChild!;
        }

        // The part with most prose is the container the pass chose; what it appended after that is judged.
        return wrapped != page ? RemoveAfterMainPart(wrapped, briefsOnly: true) : RemoveAfterMainPart(page, briefsOnly: false);
    }

    private static int RemoveAfterMainPart(IElement parent, bool briefsOnly)
    {
        if (parent.ChildElementCount < 2)
        {
            return 0;
        }

        var children = parent.Children.ToArray();
        var main = MainPart(children);
        var removed = 0;
        for (var i = main + 1; i < children.Length; i++)
        {
            var box = children[i];
            if (IsRowOf(box, IsBrief) || (!briefsOnly && (IsTeaserBox(box) || IsCardRow(box))))
            {
                box.Remove();
                removed++;
            }
        }

        return removed;
    }

    // Other stories set whole under the story ("More local news": each an <article> of its own, its headline a link
    // to its page over its byline and paragraphs): a row of them after the part with most prose.
    private const int MaxBriefChars = 2_000;

    // A row: two items or more, perhaps under the row's heading, and nothing else.
    private static bool IsRowOf(IElement row, Func<IElement, bool> isItem)
    {
        var items = 0;
        foreach (var child in row.Children)
        {
            if (IsHeading(child) && items == 0)
            {
                continue;
            }

            if (!isItem(child))
            {
                return false;
            }

            items++;
        }

        return items >= 2;
    }

    private static bool IsBrief(IElement brief) =>
        brief.LocalName == "article" && NodeText.CollapsedLength(brief) <= MaxBriefChars &&
        brief.FirstElementChild is { } top && IsHeading(top) && top.ChildNodes.QuerySelector(Links) is { } link &&
        LinksElsewhere(link) && !HasTextBefore(top, link);

    private static int MainPart(IElement[] children)
    {
        var main = 0;
        var mainLength = -1;
        for (var i = 0; i < children.Length; i++)
        {
            var length = ProseText.Length(children[i]);
            if (length > mainLength)
            {
                main = i;
                mainLength = length;
            }
        }

        return main;
    }

    // A card is short: a headline and a sentence or two of summary, with a date or a label.
    private const int MaxCardChars = 400;

    private static bool IsCardRow(IElement box)
    {
        if (box.LocalName is "p" or "blockquote" or "table" or "pre")
        {
            return false;
        }

        // Cards may sit one level down, under the row's own heading ("More from Economy") in a wrapper.
        var row = box;
        while (row.ChildElementCount == 1 || (row.ChildElementCount == 2 && IsHeading(row.FirstElementChild!)))
        {
            row = row.LastElementChild!;
        }

        return IsRowOf(row, IsCard);
    }

    // The card opens with its link to another page, which holds the card's headline; what follows is its summary.
    private static bool IsCard(IElement card)
    {
        if (card.LocalName is "p" || NodeText.CollapsedLength(card) > MaxCardChars)
        {
            return false;
        }

        var first = card.FirstElementChild;
        while (first is not null && first.LocalName != "a" && first.ChildElementCount > 0 && !HasOwnText(first))
        {
            first = first.FirstElementChild;
        }

        return first is { LocalName: "a" } link && !HasTextBefore(card, link) && LinksElsewhere(link) &&
            (link.ChildNodes.QuerySelector(Headings) is not null || link.NextElementSibling is { LocalName: "p" or "div" });
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";

    private static bool HasOwnText(IElement element) =>
        element.ChildNodes.Any(node => node.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(NodeText.Of(node)));

    private static bool HasTextBefore(IElement card, IElement link)
    {
        for (var node = card.FirstChild; node is not null && node != link; node = node.NextSibling)
        {
            if (node.Contains(link))
            {
                return HasTextBefore((IElement)node, link);
            }

            if (!string.IsNullOrWhiteSpace(NodeText.Of(node)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTeaserBox(IElement box) =>
        box.LocalName is not ("p" or "blockquote" or "ul" or "ol" or "table" or "pre") &&
        NodeText.CollapsedLength(box) <= MaxTeaserChars &&
        box.ChildNodes.QuerySelectorAll(Links).Any(LinksElsewhere);

    // A link to another page, not to a place on this one ("#top").
    private static bool LinksElsewhere(IElement link) =>
        link.GetAttribute("href") is { } href && !href.TrimStart().StartsWith('#');
}
