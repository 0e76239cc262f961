using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Cleans the story element the readability pass chose: link lists and link-dense boxes that readability keeps
/// when they sit inside the story container ("Related", "Most read"), and chrome it did not know by name.
/// </summary>
internal static class ContentCleaner
{
    private const double ListLinkDensity = 0.5;
    private const int MaxTeaserChars = 400;
    private const int MaxTeaserLabelChars = 40;
    private const double TeaserLinkDensity = 0.4;
    private const double LinkItemDensity = 0.75;
    private const double LinkItemShare = 0.6;
    private const double BoxLinkDensity = 0.65;
    private const int MaxBoxChars = 2000;
    private const double MaxNamedProseShare = 0.5;

    public static void Clean(IElement story)
    {
        var marks = StoryMarks.Collect(story, includeProseCluster: false);
        var totalProse = Math.Max(1, ProseText.Length(story));
        var scratch = new StringBuilder();
        var removals = new List<IElement>();
        INode? node = story.FirstChild;
        while (node is not null)
        {
            if (node is IElement element && !marks.Protects(element) && ShouldRemove(element, totalProse, scratch))
            {
                removals.Add(element);
                node = NodeOrder.NextSkippingChildren(node, story);
                continue;
            }

            node = NodeOrder.Next(node, story);
        }

        foreach (var element in removals)
        {
            if (element.LocalName == "a" && IsBackReference(element))
            {
                RemoveBrackets(element);
            }

            element.Remove();
        }
    }

    // "… www.zitate.net [<a href='#ref'>↩</a>]": the brackets go with the arrow they held.
    private static void RemoveBrackets(IElement link)
    {
        if (link.PreviousSibling is IText { Data: var before } opening && before.TrimEnd().EndsWith('[') &&
            link.NextSibling is IText { Data: var after } closing && after.TrimStart().StartsWith(']'))
        {
            opening.Data = before.TrimEnd()[..^1];
            closing.Data = after.TrimStart()[1..];
        }
    }

    private const int MaxBadgeChars = 40;

    /// <summary>
    /// "Réservé aux abonnés", "Subscribers only", "Tylko dla prenumeratorów": the paywall's badge beside a kicker or a
    /// headline, in an element of its own; it glues onto the kicker's words otherwise.
    /// </summary>
    private static bool IsSubscriberBadge(IElement element) =>
        element.ChildElementCount == 0 && ProseText.TextLengthUpTo(element, MaxBadgeChars) < MaxBadgeChars &&
        ChromeVocabulary.SubscriberBadges.Contains(TextNormalizer.Collapse(NodeText.Of(element)).Trim().TrimEnd('.', '!').ToLowerInvariant());

    private static bool ShouldRemove(IElement element, int totalProse, StringBuilder scratch)
    {
        var tag = element.LocalName;
        if (ChromeVocabulary.Tags.Contains(tag))
        {
            return tag != "aside" || !SummaryList.IsKeyPointsAside(element, scratch);
        }

        if (tag is "p" or "li" or "div" or "section" or "aside" or "span" && IsReadAlsoTeaser(element))
        {
            return true;
        }

        if (tag is "span" or "div" or "p" or "strong" or "em" or "small" && IsSubscriberBadge(element))
        {
            return true;
        }

        if (tag is "p" or "div" or "h2" or "h3" or "h4" or "h5" or "h6" && IsLabelOverLinkList(element))
        {
            return true;
        }

        if (tag is "p" && IsSummaryOfAnotherStory(element))
        {
            return true;
        }

        if (tag is "p" && HoldsBlocks(element))
        {
            // Parsed markup never puts a block inside a paragraph: the readability pass renamed a box of blocks. Its
            // links must lead away: an FAQ's question is a heading linked to its own answer ("href='#faq-1'").
            return IsLinkBox(element) && LeadsAway(element);
        }

        if (tag is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre")
        {
            return false;
        }

        if (tag is "table" && CalendarTable.Is(element))
        {
            return true;
        }

        var name = ChromeVocabulary.IsPhrasingInText(element)
            ? ChromeName.None
            : ClassTokens.Classify(element, scratch);
        if (name == ChromeName.Weak && !PageCleaner.WeakNameSuffices(element))
        {
            return false;
        }

        if (name != ChromeName.None)
        {
            // A name is weak evidence against the bulk of the story's prose (a "share-container" wrapping it all).
            return NodeText.Of(element).Length < MaxBoxChars * 2 &&
                   (ProseText.Length(element) < totalProse * MaxNamedProseShare || LinkDensity.Of(element) >= ListLinkDensity);
        }

        if (tag is "ul" or "ol" or "dl")
        {
            return IsLinkList(element);
        }

        if (tag is "a")
        {
            return IsLinkCard(element) || IsBackReference(element);
        }

        if (tag is "div" or "section" or "table" or "td" or "tr" or "tbody" or "center" or "font")
        {
            return IsLinkBox(element) || IsEmptiedReadAlsoBox(element);
        }

        return false;
    }

    /// <summary>
    /// "&lt;div&gt;&lt;p&gt;Още по темата&lt;/p&gt;&lt;/div&gt;" between two paragraphs: a read-also box whose links the readability pass
    /// already removed, leaving its label alone in the box. A trailing section's heading stays for the block filter,
    /// to which it marks the story's end, and so does a label with nothing after it.
    /// </summary>
    private static bool IsEmptiedReadAlsoBox(IElement box)
    {
        if (box.ChildElementCount != 1 || box.NextElementSibling is null || box.FirstElementChild is not { } only ||
            only.LocalName is not ("p" or "div" or "span" or "strong" or "b" or "h2" or "h3" or "h4" or "h5" or "h6") ||
            ProseText.TextLengthUpTo(box, MaxTeaserLabelChars + 1) > MaxTeaserLabelChars || HasLinks(box))
        {
            return false;
        }

        var label = TextNormalizer.Collapse(NodeText.Of(box)).Trim().TrimEnd(':', ' ', '.', '…').ToLowerInvariant();
        return label.Length > 0 && ChromeVocabulary.IsInStoryReadAlsoLabel(label);
    }

    private static bool IsLinkBox(IElement box) =>
        NodeText.Of(box).Length < MaxBoxChars && HasLinks(box) && LinkDensity.Of(box) >= BoxLinkDensity;

    private static bool LeadsAway(IElement box)
    {
        foreach (var link in box.GetElementsByTagName("a"))
        {
            if (LeadsElsewhere(link.GetAttribute("href")))
            {
                return true;
            }
        }

        return false;
    }

    // An address to another page: not empty, not a place on this one ("#faq-1").
    private static bool LeadsElsewhere([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? href) =>
        !string.IsNullOrWhiteSpace(href) && !href.TrimStart().StartsWith('#');

    private static bool HoldsBlocks(IElement paragraph)
    {
        for (var child = paragraph.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName is "article" or "section" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "figure")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A footnote's link back to where it is cited ("… smaller database instance. &lt;a href='#fnref:1'&gt;↩︎&lt;/a&gt;"), as
    /// Markdown generators print it: an arrow for the reader's finger, not text. Wikipedia's "^" stays, as labels keep it.
    /// </summary>
    private static bool IsBackReference(IElement link)
    {
        if (link.GetAttribute("href") is not { Length: > 1 } href || href[0] != '#')
        {
            return false;
        }

        var text = NodeText.Of(link).AsSpan().Trim();
        if (text.IsEmpty || text.Length > 3)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ('↩' or '⤴' or '\uFE0E' or '\uFE0F'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A list of links to other pages ("Related", "Most read"): most items are links and little else. A story's
    /// own list of linked sentences ("Ankush fixed <a>a bug</a> in the tab unloader") keeps its prose around the links.
    /// </summary>
    private static bool IsLinkList(IElement list)
    {
        if (LinkDensity.Of(list) < ListLinkDensity || IntroducedByItsItem(list))
        {
            return false;
        }

        var items = 0;
        var linkItems = 0;
        foreach (var child in list.Children)
        {
            if (child.LocalName is not ("li" or "dt" or "dd"))
            {
                continue;
            }

            items++;
            if (LinkDensity.Of(child) >= LinkItemDensity)
            {
                linkItems++;
            }
        }

        return items == 0 || linkItems >= items * LinkItemShare;
    }

    /// <summary>
    /// "&lt;li&gt;In progress:&lt;ul&gt;&lt;li&gt;&lt;a&gt;Bug 1677080 – Fullscreen PiP …&lt;/a&gt;…": a list of links that an item of
    /// the story's own list introduces is that item's detail. A menu's sub-list hangs under a link or a bare label,
    /// never under a line that ends with a colon.
    /// </summary>
    private static bool IntroducedByItsItem(IElement list)
    {
        if (list.ParentElement is not { LocalName: "li" } item)
        {
            return false;
        }

        string? lead = null;
        foreach (var child in item.ChildNodes)
        {
            if (child == list)
            {
                break;
            }

            if (child is IElement { LocalName: "a" or "ul" or "ol" })
            {
                return false;
            }

            lead += NodeText.Of(child);
        }

        return lead is not null && lead.TrimEnd().EndsWith(':');
    }

    /// <summary>
    /// A teaser for another story set between paragraphs: a "read also" label, a colon and a linked headline
    /// ("Lea también: …", "READ MORE: …", "Lesen Sie auch: …").
    /// </summary>
    private static bool IsReadAlsoTeaser(IElement element)
    {
        var text = NodeText.Of(element);
        if (text.Length > MaxTeaserChars || !HasLinks(element))
        {
            return false;
        }

        var trimmed = text.AsSpan().TrimStart();
        var colon = trimmed.IndexOfAny(ReadAlsoSeparators);

        // "اقرأ أيضاً.. متحف النوبة …": two full stops or an ellipsis may end the label too.
        if (trimmed.IndexOf("..", StringComparison.Ordinal) is > 0 and var stops && (colon < 0 || stops < colon))
        {
            colon = stops;
        }

        // "यह भी पढ़ें- Kanpur Metro: …": a dash may end the label too, when it comes first.
        if (trimmed.IndexOfAny(ReadAlsoDashes) is > 0 and var dash && (colon < 0 || dash < colon))
        {
            colon = dash;
        }

        if (colon > 0 && colon <= MaxTeaserLabelChars && ChromeVocabulary.IsReadAlsoLabel(trimmed[..colon].Trim().ToString().ToLowerInvariant()))
        {
            return LinkDensity.Of(element) >= TeaserLinkDensity;
        }

        // "<strong>Lire aussi</strong> <a>Grève du 12 février : le pays …</a>": the separator found may be the headline's own.
        return IsLabelledTeaserBox(element) || IsLabelBeforeLink(element);
    }

    /// <summary>
    /// "&lt;p&gt;&lt;strong&gt;อ่านข่าวที่เกี่ยวข้อง&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;…": a read-also label in a block of its own, straight over
    /// a list of links: the list goes as a link list, and its label with it. A trailing section's heading ("Related:")
    /// stays for the block filter, to which it marks the story's end.
    /// </summary>
    private static bool IsLabelOverLinkList(IElement element)
    {
        if (element.NextElementSibling is not { LocalName: "ul" or "ol" } list || HasLinks(element) || element.Children.Length > 1)
        {
            return false;
        }

        var label = TextNormalizer.Collapse(NodeText.Of(element)).TrimEnd(':', ' ', '.', '…').ToLowerInvariant();
        return label.Length is > 0 and <= MaxTeaserLabelChars && ChromeVocabulary.IsInStoryReadAlsoLabel(label) && IsLinkList(list);
    }

    /// <summary>
    /// "… टोंक रोड पर 11 एलिवेटेड स्टेशन बनाए जाएंगे। &lt;a&gt;(पढ़ें पूरी खबर)&lt;/a&gt;": a short paragraph closed by a link
    /// to the whole of a story is that story's summary, a teaser, not this story's text.
    /// </summary>
    private static bool IsSummaryOfAnotherStory(IElement paragraph)
    {
        // The cheap tests first: every paragraph of the story is asked.
        if (LastMeaningfulChild(paragraph) is not IElement { LocalName: "a" } link ||
            link.GetAttribute("href") is not { Length: > 1 } href || href[0] == '#')
        {
            return false;
        }

        var linkText = NodeText.Of(link);
        var text = TextNormalizer.Collapse(linkText).Trim('(', ')', '[', ']', ' ', '.', '…', '»', '›', '→', '>').ToLowerInvariant();
        if (!ChromeVocabulary.FullStoryLinks.Contains(text))
        {
            return false;
        }

        var whole = NodeText.Of(paragraph);
        return whole.Length <= MaxTeaserChars && ProseText.CountNonSpace(whole) > 2 * ProseText.CountNonSpace(linkText);
    }

    // The last child with visible text or an element, past trailing white space.
    private static INode? LastMeaningfulChild(IElement element)
    {
        for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
        {
            if (child is IElement || !string.IsNullOrWhiteSpace(NodeText.Of(child)))
            {
                return child;
            }
        }

        return null;
    }

    // Everything but the label is linked headlines, give or take a stray mark.
    private const double LabelledBoxLinkDensity = 0.9;

    // "LEGGI ANCHE <a>Sorteggio amaro …</a>": the label in capitals, no separator, the link right after it.
    private static bool IsLabelBeforeLink(IElement element)
    {
        var label = new StringBuilder();
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IElement { LocalName: "a" })
            {
                var text = TextNormalizer.Collapse(label.ToString()).Trim();
                return text.Length is > 0 and <= MaxTeaserLabelChars && string.Equals(text, text.ToUpperInvariant(), StringComparison.Ordinal) &&
                       ChromeVocabulary.IsReadAlsoLabel(text.ToLowerInvariant()) && LinkDensity.Of(element) >= TeaserLinkDensity;
            }

            if (node is IElement)
            {
                return false;
            }

            label.Append(NodeText.Of(node));
        }

        return false;
    }

    /// <summary>
    /// "&lt;div&gt;&lt;p&gt;Más información&lt;/p&gt;&lt;article&gt;&lt;h2&gt;&lt;a&gt;Los pueblos que pagan …&lt;/a&gt;…": the read-also label set as a
    /// block of its own, without a colon, over cards whose only text is their linked headlines, if any is left.
    /// </summary>
    private static bool IsLabelledTeaserBox(IElement box)
    {
        // The readability pass may have turned the box's division into a paragraph around the same children.
        if (box.LocalName is not ("div" or "section" or "aside" or "p") || box.FirstElementChild is not { } first || HasLinks(first) ||
            first.LocalName is "a" or "article")
        {
            return false;
        }

        var label = TextNormalizer.Collapse(NodeText.Of(first)).TrimEnd(':', '\u17D6', ' ').ToLowerInvariant();
        if (label.Length is 0 or > MaxTeaserLabelChars || !ChromeVocabulary.IsReadAlsoLabel(label))
        {
            return false;
        }

        // The cards' headings may be gone already, cleaned as headings that link away: their links remain.
        var linked = ProseText.LinkedNonSpaceLength(box, out var total);
        var rest = total - ProseText.CountNonSpace(NodeText.Of(first));
        return HasLinks(box) && linked >= LabelledBoxLinkDensity * rest;
    }

    // "Lire aussi |", "Leia também »", "អានបន្ត៖" (Khmer's colon): the marks a label ends with before the linked
    // headline; "À lire aussi« On ne va pas tenir »": the headline's opening quote, the label glued to it.
    private static readonly SearchValues<char> ReadAlsoSeparators = SearchValues.Create(":»›|«“\u17D6");
    private static readonly SearchValues<char> ReadAlsoDashes = SearchValues.Create("-–—");


    /// <summary>
    /// A card set between paragraphs that previews another page: one link around a title block and a summary block
    /// ("&lt;a href&gt;&lt;div&gt;Europe's lithium problem&lt;/div&gt;&lt;div&gt;Mining is only half the story. …&lt;/div&gt;&lt;/a&gt;").
    /// Its summary reads as prose, so only its shape tells. A link around a single block, or to a place on the same
    /// page, is not one.
    /// </summary>
    private static bool IsLinkCard(IElement link)
    {
        var href = link.GetAttribute("href");
        if (!LeadsElsewhere(href) || NodeText.Of(link).Length > MaxTeaserChars)
        {
            return false;
        }

        var blocks = 0;
        foreach (var descendant in link.Descendants<IElement>())
        {
            if (descendant.LocalName is "div" or "p" or "h2" or "h3" or "h4" or "h5" or "h6" &&
                !descendant.Children.Any(child => child.LocalName is "div" or "p") && !string.IsNullOrWhiteSpace(NodeText.Of(descendant)))
            {
                blocks++;
            }
        }

        return blocks >= 2;
    }

    private static bool HasLinks(IElement element) => element.GetElementsByTagName("a").Length > 0;
}
