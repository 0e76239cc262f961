using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A month's calendar drawn as a table — a blog's archive widget, a booking page's occupancy calendar: weeks of seven
/// cells, most of them day numbers. Read as text it is a string of numbers and weekday names, never story.
/// </summary>
internal static class CalendarTable
{
    private const int DaysInWeek = 7;
    private const int MinDayCells = 28;
    private const double MinDayShare = 0.6;

    /// <summary>Whether the table's own cells (not those of tables nested in it) make a month's calendar.</summary>
    public static bool Is(IElement table)
    {
        var cells = 0;
        var days = 0;
        var hasWeek = false;
        foreach (var child in table.Children)
        {
            if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Children)
                {
                    Count(row, ref cells, ref days, ref hasWeek);
                }
            }
            else
            {
                Count(child, ref cells, ref days, ref hasWeek);
            }
        }

        return hasWeek && days >= MinDayCells && days >= cells * MinDayShare;
    }

    private static void Count(IElement row, ref int cells, ref int days, ref bool hasWeek)
    {
        if (row.LocalName != "tr")
        {
            return;
        }

        var inRow = 0;
        foreach (var cell in row.Children)
        {
            if (cell.LocalName is not ("td" or "th"))
            {
                continue;
            }

            inRow++;
            var text = NodeText.Of(cell).AsSpan().Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            cells++;
            if (IsDayNumber(text))
            {
                days++;
            }
        }

        hasWeek |= inRow == DaysInWeek;
    }

    // "1" to "31", "01" too.
    private static bool IsDayNumber(ReadOnlySpan<char> text) =>
        text.Length is 1 or 2 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) &&
        day is >= 1 and <= 31;
}
