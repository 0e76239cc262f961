using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Text;

namespace ArticleExtract.Readability;

/// <summary>
/// Takes off the small link boxes the readability pass appended after the story. The pass joins the chosen container's
/// siblings whose score passes a threshold, and a class that merely names the page's layout ("Page-below",
/// "post-content-after") scores like story: a box of one teaser under the story ("Test Your News I.Q." over "Think you
/// know what happened this week? Take our quiz.") then rides along. Such a sibling comes after the part with the story's
/// prose, is not a paragraph itself, holds a link to another page and only a line or two of text.
/// </summary>
internal static class AppendedTeasers
{
    private const string PageId = "readability-page-1";

    // A teaser's headline and its one-line summary; a story's own closing block of this size is a paragraph.
    private const int MaxTeaserChars = 200;

    /// <summary>Removes the trailing teaser boxes beside the story's main part; returns how many went.</summary>
    public static int Remove(IElement story)
    {
        var page = story.Id == PageId ? story : story.QuerySelector("#" + PageId) ?? story;
        if (page.ChildElementCount < 2)
        {
            return 0;
        }

        // The part with most prose is the container the pass chose; what it appended after that is judged.
        var children = page.Children.ToArray();
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

        var removed = 0;
        for (var i = main + 1; i < children.Length; i++)
        {
            if (IsTeaserBox(children[i]))
            {
                children[i].Remove();
                removed++;
            }
        }

        return removed;
    }

    private static bool IsTeaserBox(IElement box) =>
        box.LocalName is not ("p" or "blockquote" or "ul" or "ol" or "table" or "pre") &&
        TextNormalizer.CollapsedLength(box.TextContent) <= MaxTeaserChars &&
        box.QuerySelectorAll("a[href]").Any(link => link.GetAttribute("href") is { } href && !href.TrimStart().StartsWith('#'));
}
