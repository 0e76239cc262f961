using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A live blog sets each entry's title in the entry's own header, beside its time stamp and share links
/// (<c>&lt;article&gt;&lt;header&gt;&lt;time&gt;12.20 GMT&lt;/time&gt;&lt;h2&gt;Rail services suspended&lt;/h2&gt;&lt;/header&gt;&lt;div&gt;…</c>):
/// a header is chrome, and the titles went with it. The title, unlinked, is moved out to stand before the entry's
/// text; the rest of the header is left to the cleaning. The header around the page's headline is not touched.
/// </summary>
internal static class EntryHeadings
{
    private static readonly ISelector Links = ParsedSelector.Of("a");

    private const int MinEntryChars = 80;
    private const int MaxLinkAncestors = 3;
    private const int MinEntries = 3;

    public static void Release(IElement body, IElement? headline)
    {
        List<(IElement Heading, IElement Header)>? moves = null;
        var walk = new ElementWalk(body);
        while (walk.Next() is { } element)
        {
            if (element.LocalName == "header" && EntryTitle(element, headline) is { } title)
            {
                (moves ??= []).Add((title, element));
            }
        }

        // A live blog has entries; a lone article's header titles the story itself. The walk must not see the tree change.
        if (moves is null || moves.Count < MinEntries)
        {
            return;
        }

        foreach (var (heading, header) in moves)
        {
            header.Parent?.InsertBefore(heading, header.NextSibling);
        }
    }

    private static IElement? EntryTitle(IElement header, IElement? headline)
    {
        // An entry is an article or a list item with its text after the header.
        if (header.ParentElement is not { LocalName: "article" or "li" } ||
            (headline is not null && (header.Contains(headline) || headline.Contains(header))) ||
            header.NextElementSibling is not { } text || NodeText.CollapsedLength(text) < MinEntryChars)
        {
            return null;
        }

        IElement? title = null;
        var walk = new ElementWalk(header);
        while (walk.Next() is { } element)
        {
            if (element.LocalName is "h1" or "h2" or "h3" or "h4")
            {
                // One title, in words, and no link: a linked title is a teaser's.
                if (title is not null || NodeText.IsBlank(element) || element.ChildNodes.QuerySelector(Links) is not null || LinkAncestor.Find(element, MaxLinkAncestors) is not null)
                {
                    return null;
                }

                title = element;
            }
        }

        return title;
    }
}
