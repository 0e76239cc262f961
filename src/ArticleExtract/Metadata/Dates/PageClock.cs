using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// The clock a page prints its times on, read off a <c>&lt;time&gt;</c> element that holds an instant in UTC in its
/// <c>datetime</c> and the same instant on the newsroom's clock in its text (<c>datetime="2025-03-04T19:41:00Z"</c>
/// shown as "Updated March 5 2025 - 6:41am"): the difference is the page's offset, whichever instant the element
/// dates (often an update, with the publication printed as a bare time). A publication instant stored in UTC is then
/// restated on that clock, on the newsroom's day. A time element whose text names its zone for the very instant
/// ("02/18/2026 09:41 PM EST" for 02:41Z on the 19th) shows the clock whatever its <c>datetime</c> holds.
/// </summary>
internal static class PageClock
{
    // The clock is the site's: the first few time elements anywhere on the page will show it if any does.
    private const int MaxTimeElements = 30;
    private const int MaxTextChars = 160;

    /// <summary>The UTC <paramref name="instant"/> on the page's clock, or null when the page shows none (or UTC).</summary>
    public static ArticleDate? Restate(ArticleDate instant, IHtmlDocument document)
    {
        if (instant.Offset != TimeSpan.Zero || instant.Time is null || document.Body is not { } body)
        {
            return null;
        }

        var seen = 0;
        foreach (var element in body.GetElementsByTagName("time"))
        {
            if (++seen > MaxTimeElements)
            {
                break;
            }

            var text = element.TextContent;
            if (text.Length > MaxTextChars || DateTextFinder.Find(text, DateSource.TimeElement, "time text") is not { Time: not null } printed)
            {
                continue;
            }

            // "02/18/2026 09:41 PM EST" for 02:41Z on the 19th: the text names its zone for the very instant.
            if (printed.Offset is not null)
            {
                if (LocalDay.SameInstant(instant, printed) is { Offset: { } own })
                {
                    return LocalDay.OnClock(instant, own, " (clock of a time element: " + text.Trim() + ")");
                }

                continue;
            }

            if (DateValueParser.Parse(element.GetAttribute("datetime"), DateSource.TimeElement, "time[datetime]") is
                    { Offset: { } stated, Time: not null } stamp && stated == TimeSpan.Zero &&
                LocalDay.InPrintedZone(stamp, printed) is { Offset: { } offset } && offset != TimeSpan.Zero)
            {
                return LocalDay.OnClock(instant, offset, " (clock of a time element: " + text.Trim() + ")");
            }
        }

        return null;
    }
}
