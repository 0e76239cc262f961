using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Keeps the story's own lists through the readability pass, which weighs a list by its class and drops it when the
/// name reads as chrome: La Nación names every block of its stories "com-…" ("com-paragraph", "com-unordered-list"),
/// and "com-" is one of the pass's negative words, so a list of three sentences between two paragraphs went while the
/// paragraphs stayed. A list set between two prose paragraphs, whose items are unlinked sentences, is the story's:
/// its class and id are dropped, also when an ad slot, a "related" box or a subheading stands between the list and the
/// next paragraph. A share bar, a tag list or a "Related" box has links or only short items.
/// </summary>
internal static partial class StoryLists
{
    private static readonly ISelector NamedLists = ParsedSelector.Of("ul[class], ol[class], ul[id], ol[id]");

    private const int MinItemChars = 20;
    private const int MaxItems = 40;

    // How many blocks (an ad slot, a "related" box, a subheading) may stand between the list and the prose after it.
    private const int MaxBlocksBeforeProse = 3;

    public static void Protect(IElement body)
    {
        List<IElement>? renamed = null;
        foreach (var list in body.ChildNodes.QuerySelectorAll(NamedLists))
        {
            if (ReadsAsChrome(list) && IsBetweenProse(list) && HoldsSentences(list))
            {
                (renamed ??= []).Add(list);
            }
        }

        foreach (var list in renamed ?? [])
        {
            list.RemoveAttribute("class");
            list.RemoveAttribute("id");
        }
    }

    private static bool ReadsAsChrome(IElement list) =>
        NegativeGate.IsMatch(list.GetAttribute("class") ?? string.Empty) || NegativeGate.IsMatch(list.GetAttribute("id") ?? string.Empty);

    // The story goes on after the list, though an inserted box may stand first: La Nación sets its "Otras noticias"
    // box and then a subheading between a list and the next paragraph.
    private static bool IsBetweenProse(IElement list) =>
        ProseParagraphs.Is(list.PreviousElementSibling) && ProseParagraphs.Within(list, MaxBlocksBeforeProse + 1, forward: true);

    private static bool HoldsSentences(IElement list)
    {
        var items = 0;
        foreach (var child in list.Children)
        {
            if (child.LocalName != "li" || ++items > MaxItems || child.GetElementsByTagName("a").Length > 0 ||
                NodeText.CollapsedLength(child) < MinItemChars)
            {
                return false;
            }
        }

        return items > 0;
    }

    // The pass's negative words, matched as it matches them: anywhere in the name, in any case.
    [GeneratedRegex(
        @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    private static readonly LiteralGate NegativeGate = new(Negative());
}
