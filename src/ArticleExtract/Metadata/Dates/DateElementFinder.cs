using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Finds the date in an element the page marks as one by its class, id or itemprop ("post-date", "datum",
/// "entry-meta", "published", "byline"): its <c>datetime</c>, <c>content</c> or <c>title</c> value, or its short text.
/// The first such date after the headline wins, then the nearest before it; a date marked as an update is taken
/// only when no other is found.
/// </summary>
internal static class DateElementFinder
{
    private const int MaxElements = 20_000;
    private const int MaxTextChars = 160;
    private const int MaxElementsAfterHeadline = 1_500;

    private static readonly string[] DateMarks =
    [
        "date", "datum", "time", "publish", "posted", "pubdate", "fecha", "byline", "dateline", "created",
        "entry-meta", "post-meta", "article-meta", "postmeta", "meta-info", "article-info", "post-info", "veroeffentlicht",
    ];

    private static readonly string[] UpdateMarks = ["update", "modif", "aktualis", "edited", "revised"];

    // Structures whose dates belong to other things than the story.
    private static readonly string[] OtherMarks =
    [
        "comment", "related", "teaser", "sidebar", "widget", "timeline", "calendar", "event", "archive",
        "recent", "popular", "similar", "weather", "runtime", "datepicker",
    ];

    public static ArticleDate? Find(IHtmlDocument document, IElement? anchor, DateTimeOffset now)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        ArticleDate? before = null;
        ArticleDate? firstUpdate = null;
        var shortYear = ShortYearOrder.Of(document);
        var afterAnchor = anchor is null;
        var afterCount = 0;
        var visited = 0;
        INode? node = body;
        while (node is not null && ++visited <= MaxElements)
        {
            if (node == anchor)
            {
                afterAnchor = true;
            }

            if (node is not IElement element)
            {
                node = NodeOrder.Next(node, body);
                continue;
            }

            if (afterAnchor && anchor is not null && ++afterCount > MaxElementsAfterHeadline)
            {
                break;
            }

            if (IsSkipped(element))
            {
                node = NodeOrder.NextSkippingChildren(element, body);
                continue;
            }

            var marks = Marks(element);
            if (marks.Length == 0 || !TextScan.ContainsAny(marks, DateMarks) || TextScan.ContainsAny(marks, OtherMarks) ||
                IsInPostNavigation(element))
            {
                node = NodeOrder.Next(element, body);
                continue;
            }

            var date = Read(element, now, shortYear, out var consumed);
            if (date is not null)
            {
                if (TextScan.ContainsAny(marks, UpdateMarks) && !marks.Contains("publish", StringComparison.Ordinal))
                {
                    firstUpdate ??= date;
                }
                else if (afterAnchor)
                {
                    return date;
                }
                else
                {
                    before = date;
                }
            }

            node = consumed ? NodeOrder.NextSkippingChildren(element, body) : NodeOrder.Next(element, body);
        }

        return before ?? firstUpdate;
    }

    private static ArticleDate? Read(IElement element, DateTimeOffset now, ShortYear shortYear, out bool consumed)
    {
        consumed = false;
        foreach (var attribute in (ReadOnlySpan<string>)["datetime", "content", "title", "data-date", "data-datetime"])
        {
            if (element.GetAttribute(attribute) is { Length: > 0 and <= MaxTextChars } value &&
                Plausible(DateValueParser.Parse(value, DateSource.VisibleText, "date element"), now) is { } date)
            {
                consumed = true;
                return date;
            }
        }

        var text = NodeText.Of(element);
        if (TextNormalizer.CollapsedLength(text) > MaxTextChars || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        consumed = true;
        return Plausible(DateTextFinder.FindAllowingShortYear(text, DateSource.VisibleText, "date element", shortYear), now);
    }

    private static ArticleDate? Plausible(ArticleDate? date, DateTimeOffset now) =>
        date is not null && DatePlausibility.IsPlausible(date, now) ? date : null;

    private static bool IsSkipped(IElement element) =>
        element.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "select" or "option" or "nav" or
            "iframe" or "form" or "textarea";

    // The links to the previous and next posts ("<li class='btn_prv'>… <span class='nb_date'>25.11.20</span>") date
    // those posts.
    private static readonly string[] PostNavigationMarks = ["prev", "prv", "next"];

    private static bool IsInPostNavigation(IElement element)
    {
        var parent = element.ParentElement;
        for (var level = 0; level < 2 && parent is not null; level++, parent = parent.ParentElement)
        {
            var marks = Marks(parent);
            if (marks.Length > 0 && TextScan.ContainsAny(marks, PostNavigationMarks))
            {
                return true;
            }
        }

        return false;
    }

    private static string Marks(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        var itemprop = element.GetAttribute("itemprop");
        if (cls is null && id is null && itemprop is null)
        {
            return string.Empty;
        }

        return string.Concat(cls, " ", id, " ", itemprop).ToLowerInvariant();
    }
}
