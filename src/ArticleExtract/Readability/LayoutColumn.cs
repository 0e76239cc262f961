using AngleSharp.Dom;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Readability;

/// <summary>
/// An old table layout's row taken whole: "&lt;tr&gt;&lt;td class='lft_col'&gt;story&lt;/td&gt;&lt;td class='rgt_col'&gt;Market
/// Snapshot, Top Gainers …&lt;/td&gt;&lt;/tr&gt;". When the readability pass chose the layout table, one cell holds the story's
/// prose and the others are the page's side columns: those go.
/// </summary>
internal static class LayoutColumn
{
    // The story's cell holds nearly all the prose; a data table's cells share theirs.
    private const double MinStoryCellShare = 0.8;

    // Rows looked at, outermost first: a layout nests a table or two, not dozens.
    private const int MaxRows = 50;

    /// <summary>Removes the side columns of the outermost layout row in <paramref name="story"/>; returns how many went.</summary>
    public static int RemoveSideColumns(IElement story)
    {
        // Most stories hold no table: the story's prose is measured only once a row of several cells is found.
        var totalProse = -1;
        var seen = 0;
        foreach (var row in story.GetElementsByTagName("tr"))
        {
            if (++seen > MaxRows)
            {
                break;
            }

            // Rows come outermost first; a row whose cells share the prose is no layout, but one nested in it may be.
            if (Cells(row) is not { Count: >= 2 } cells)
            {
                continue;
            }

            if (totalProse < 0)
            {
                totalProse = ProseText.Length(story);
            }

            if (totalProse == 0 || cells.Find(cell => ProseText.Length(cell) >= totalProse * MinStoryCellShare) is not { } storyCell)
            {
                continue;
            }

            var removed = 0;
            foreach (var cell in cells)
            {
                if (!ReferenceEquals(cell, storyCell))
                {
                    cell.Remove();
                    removed++;
                }
            }

            return removed;
        }

        return 0;
    }

    private static List<IElement>? Cells(IElement row)
    {
        List<IElement>? cells = null;
        for (var child = row.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName is "td" or "th")
            {
                (cells ??= []).Add(child);
            }
        }

        return cells;
    }
}
