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

    // Not a component mark, a class or an id, so nothing in the pass or the cleaning reads it. Only the headline and
    // its ancestors carry it: a dozen elements, most with attributes already, where marking what precedes them would
    // give hundreds of elements their first attribute.
    internal const string Attribute = "data-articleextract-headline-path";

    private const int MaxChars = 500;
    private const int MaxProseParagraphs = 1;
    private const int MinProseChars = 80;

    /// <summary>Marks <paramref name="headline"/> and its ancestors below the body.</summary>
    public static void Mark(IElement? headline)
    {
        for (var node = headline; node is { LocalName: not ("body" or "html") }; node = node.ParentElement)
        {
            node.SetAttribute(Attribute, string.Empty);
        }
    }

    /// <summary>
    /// Removes what precedes the headline's path inside <paramref name="story"/> when it is a few short lines; returns
    /// how many nodes went.
    /// </summary>
    public static int Remove(IElement story)
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
            return 0;
        }

        foreach (var node in above)
        {
            node.RemoveFromParent();
        }

        return above.Count;
    }
}
