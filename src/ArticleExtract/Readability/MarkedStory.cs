using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Readability;

/// <summary>
/// The element the page marks as its story (schema.org <c>itemprop="articleBody"</c>), taken over the readability
/// pass's choice when the pass took a box inside it (a table of addresses, a fact box) and left the story's paragraphs
/// behind.
/// </summary>
internal static class MarkedStory
{
    private static readonly ISelector ArticleBodies = ParsedSelector.Of(StoryMarks.ArticleBodySelector);

    private const int MinProseChars = 80;
    private const int MaxParagraphsCounted = 400;

    /// <summary>The marked story if it still holds more prose paragraphs than the chosen one; otherwise the chosen one.</summary>
    public static IElement Prefer(IHtmlDocument document, IElement chosen)
    {
        if (document.Body is not { } body)
        {
            return chosen;
        }

        IElement? marked = null;
        var markedProse = 0;
        foreach (var element in body.ChildNodes.QuerySelectorAll(ArticleBodies))
        {
            // The pass moves what it chose out of the page: what is left in a marked element was not chosen.
            if (!element.Contains(chosen) && ProseParagraphs(element) is var count && count > markedProse)
            {
                marked = element;
                markedProse = count;
            }
        }

        return marked is not null && markedProse > ProseParagraphs(chosen) ? marked : chosen;
    }

    private static int ProseParagraphs(IElement root)
    {
        var count = 0;
        var seen = 0;
        foreach (var paragraph in root.GetElementsByTagName("p"))
        {
            if (++seen > MaxParagraphsCounted)
            {
                break;
            }

            var text = TextNormalizer.Collapse(NodeText.Of(paragraph));
            if (text.Length >= MinProseChars && SentenceEnd.Ends(text))
            {
                count++;
            }
        }

        return count;
    }
}
