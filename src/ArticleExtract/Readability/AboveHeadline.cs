using System.Collections.Frozen;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Readability;

/// <summary>
/// What the page prints above its headline, outside the headline's own containers: a cookie note, a strip with the
/// day, the weather and exchange rates, a breaking-news bar. The readability pass may climb far above the story (a deck
/// scored as prose beside it lifts the score of every container around it) and take these bars with it. They are
/// marked before the pass, as the pass may start again from the page's HTML, and taken out of its choice after it
/// while they are a few short lines: more is a story the page's headline element does not head.
/// </summary>
internal static class AboveHeadline
{
    private static readonly ISelector PathElements = ParsedSelector.Of($"[{Attribute}]");
    private static readonly ISelector HeadlineElement = ParsedSelector.Of($"[{Attribute}='{HeadlineValue}']");

    // The headline's own mark, telling it from its ancestors'.
    private const string HeadlineValue = "headline";

    // Not a component mark, a class or an id, so nothing in the pass or the cleaning reads it. Only the headline and
    // its ancestors carry it: a dozen elements, most with attributes already, where marking what precedes them would
    // give hundreds of elements their first attribute.
    internal const string Attribute = "data-articleextract-headline-path";

    private const int MaxChars = 500;
    private const int MaxProseParagraphs = 1;
    private const int MinProseChars = 80;

    private static readonly FrozenSet<string> InlineNames = FrozenSet.Create(StringComparer.Ordinal,
        "a", "span", "strong", "b", "em", "i", "u", "small", "time", "abbr", "font", "label", "sup", "sub", "mark", "cite", "q");

    // How far into the story the headline's earlier siblings are looked for, in elements.
    private const int MaxElementsToSiblings = 40;

    /// <summary>
    /// Marks <paramref name="headline"/> and its ancestors below the body; returns the texts of the headline's own earlier
    /// siblings that are no sentence (a kicker, the header's row of stamps and counters). The pass may drop the headline
    /// as a repeat of the title and rebuild those siblings as paragraphs without their attributes: their text is what
    /// still says where they stood.
    /// </summary>
    public static string[] Mark(IElement? headline)
    {
        for (var node = headline; node is { LocalName: not ("body" or "html") }; node = node.ParentElement)
        {
            node.SetAttribute(Attribute, ReferenceEquals(node, headline) ? HeadlineValue : string.Empty);
        }

        List<string>? texts = null;
        var chars = 0;
        for (var sibling = headline?.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
        {
            var text = TextNormalizer.Collapse(NodeText.Of(sibling));
            chars += text.Length;
            if (chars > MaxChars)
            {
                return [];
            }

            // Only lines that are no sentence (a kicker, a row of stamps): a sentence printed over the headline may be the
            // story's own opening, which the pass kept without the headline.
            if (text.Length > 0 && !SentenceEnd.Ends(text))
            {
                (texts ??= []).Add(text);
            }
        }

        return texts is null ? [] : [.. texts];
    }

    /// <summary>
    /// Removes what precedes the headline's path inside <paramref name="story"/> when it is a few short lines, or, where
    /// the headline itself is gone from it, the elements near its top that print <paramref name="siblingTexts"/>; returns
    /// how many nodes went.
    /// </summary>
    public static int Remove(IElement story, string[] siblingTexts)
    {
        List<INode>? above = null;
        var chars = 0;
        var prose = 0;
        foreach (var onPath in story.ChildNodes.QuerySelectorAll(PathElements))
        {
            // Bare text too: a server's warning printed before the page's markup lands at the body's start.
            for (var before = onPath.PreviousSibling; before is not null; before = before.PreviousSibling)
            {
                if (before.NodeType is not (NodeType.Element or NodeType.Text))
                {
                    continue;
                }

                var text = TextNormalizer.Collapse(NodeText.Of(before));
                chars += text.Length;
                if (text.Length >= MinProseChars && SentenceEnd.Ends(text))
                {
                    prose++;
                }

                if (chars > MaxChars || prose > MaxProseParagraphs)
                {
                    return 0;
                }

                (above ??= []).Add(before);
            }
        }

        if (above is null)
        {
            return siblingTexts.Length > 0 && !HoldsHeadline(story) ? RemoveSiblings(story, siblingTexts) : 0;
        }

        foreach (var node in above)
        {
            node.RemoveFromParent();
        }

        return above.Count;
    }

    // Whether the headline itself is in the story.
    private static bool HoldsHeadline(IElement story) => story.ChildNodes.QuerySelector(HeadlineElement) is not null;

    // The first elements of the story whose whole text is one of the headline's earlier siblings', each the outermost
    // that prints it, among the story's first few elements.
    private static int RemoveSiblings(IElement story, string[] siblingTexts)
    {
        List<IElement>? found = null;
        var seen = 0;
        var node = story.FirstChild;
        while (node is not null && seen < MaxElementsToSiblings)
        {
            if (node is not IElement element)
            {
                node = NodeOrder.Next(node, story);
                continue;
            }

            seen++;

            // A phrase set inline at a paragraph's start ("<strong>Kristen Wiig</strong> has had …") is the paragraph's,
            // whatever the kicker over the headline said: only whole blocks are taken.
            var text = InlineNames.Contains(element.LocalName) ? string.Empty : TextNormalizer.Collapse(NodeText.Of(element));
            if (text.Length > 0 && Array.IndexOf(siblingTexts, text) >= 0)
            {
                (found ??= []).Add(element);
                node = NodeOrder.NextSkippingChildren(element, story);
                continue;
            }

            node = NodeOrder.Next(element, story);
        }

        if (found is null)
        {
            return 0;
        }

        foreach (var sibling in found)
        {
            sibling.RemoveFromParent();
        }

        return found.Count;
    }
}
