using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Readability;

/// <summary>
/// The first part of a story split in two containers ("&lt;td&gt;" of text runs, an ad, then "&lt;div&gt;" of
/// paragraphs): the pass keeps the part that scores higher, and the part between the headline and it is lost. Every
/// prose paragraph between the headline and the story's first kept paragraph, read backwards from it, goes back in
/// front of it, as long as the run is unbroken (no paragraph in chrome, none far from the story) and holds two at
/// least: a single paragraph there is a deck or a lead, which <see cref="RestoreLead"/> judges. The run stops at
/// another story's title and at an <c>&lt;article&gt;</c> the story is not in.
/// </summary>
internal sealed partial class StoryContinuation
{
    private const int MinEarlierParagraphs = 2;

    private static readonly ISelector Links = ParsedSelector.Of("a[href]");

    // The reading order of the first recorded paragraph below the headline; -1 while none is known.
    private int _firstOrderAfterHeadline = -1;

    // Where another story's title stood: an h1 that is not the headline (the next story of an endless page), or a
    // linked h2/h3 (a teaser's). An earlier part never reaches across one.
    private readonly List<int> _titleOrders = [];

    private void NoteTitle(IElement element, IElement? headline, int order)
    {
        if (_titleOrders.Count < MaxParagraphs && element != headline &&
            (element.LocalName == "h1" || (element.LocalName is "h2" or "h3" && element.ChildNodes.QuerySelector(Links) is not null)))
        {
            _titleOrders.Add(order);
        }
    }

    private bool TitleBetween(int fromOrder, int toOrder) => _titleOrders.Exists(order => order > fromOrder && order < toOrder);

    private void NoteHeadline(IElement paragraph, IElement? headline, int order)
    {
        if (_firstOrderAfterHeadline < 0 && headline is not null && !headline.Contains(paragraph) &&
            (headline.CompareDocumentPosition(paragraph) & DocumentPositions.Following) != 0)
        {
            _firstOrderAfterHeadline = order;
        }
    }

    private int RestoreEarlierPart(IElement story, int first)
    {
        if (_firstOrderAfterHeadline < 0 || first <= 0)
        {
            return 0;
        }

        var (anchor, firstAncestors, keptOrder) = _paragraphs[first];
        var scratch = new StringBuilder();
        var run = new List<IElement>();
        for (var i = first - 1; i >= 0; i--)
        {
            var (paragraph, ancestors, order) = _paragraphs[i];

            // A lead put back already stands in front of the kept paragraphs: the run goes in front of it.
            if (story.Contains(paragraph) && run.Count == 0 && order >= _firstOrderAfterHeadline)
            {
                anchor = paragraph;
                continue;
            }

            if (order < _firstOrderAfterHeadline || TitleBetween(order, keptOrder) || story.Contains(paragraph) || paragraph.Contains(anchor) ||
                !Near(ancestors, firstAncestors) || IsStaleCopy(paragraph, story) || InOtherArticle(ancestors, firstAncestors) ||
                SharedAncestor(ancestors, firstAncestors) is not { } shared || InChrome(ancestors, shared, scratch))
            {
                break;
            }

            run.Add(paragraph);
        }

        if (run.Count < MinEarlierParagraphs)
        {
            return 0;
        }

        // Read backwards: the last found is the first on the page.
        for (var i = run.Count - 1; i >= 0; i--)
        {
            anchor.Parent!.InsertBefore(run[i], anchor);
        }

        return run.Count;
    }

    // An <article> around the paragraph that does not also hold the story is another story's.
    private static bool InOtherArticle(IElement?[] ancestors, IElement?[] storyAncestors)
    {
        foreach (var ancestor in ancestors)
        {
            if (ancestor is { LocalName: "article" } && Array.IndexOf(storyAncestors, ancestor) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static IElement? SharedAncestor(IElement?[] ancestors, IElement?[] others)
    {
        foreach (var ancestor in ancestors)
        {
            if (ancestor is not null && Array.IndexOf(others, ancestor) >= 0)
            {
                return ancestor;
            }
        }

        return null;
    }
}
