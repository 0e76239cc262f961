using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Metadata.Dates;

namespace ArticleExtract.Metadata;

/// <summary>
/// Chooses the publication and modification dates from candidates in order of trust: JSON-LD, meta tags,
/// marked-up <c>&lt;time&gt;</c> elements, the visible text near the headline, and the page address.
/// </summary>
internal static class DateResolver
{
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:article:published_time", "article:published", "datePublished", "og:published_time",
        "published_time", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "published-date",
        "date_published", "article.published", "article_date_original", "originalpublicationdate", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "dc.created", "parsely-pub-date",
        "sailthru.date", "cxenseparse:recs:publishtime", "rnews:datepublished", "citation_publication_date",
        "citation_date", "prism.publicationdate", "bt:pubdate", "live_date", "release_date", "pub_date", "displaydate",
        "content_create_date", "vr:published_time", "og:pubdate", "ga_pubdate", "date", "creation_date",
    ];

    private static readonly string[] ModifiedMetaKeys =
    [
        "article:modified_time", "og:article:modified_time", "dateModified", "og:updated_time", "article:updated_time",
        "modified_time", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "updated_time",
    ];

    private const int MaxVisibleTextNodes = 40;
    private const int MaxVisibleChars = 200;

    public static (ArticleDate? Published, ArticleDate? Modified) Resolve(
        IHtmlDocument document, MetaTags meta, JsonLdArticle? jsonLd, IElement? headline, Uri? url, DateTimeOffset now)
    {
        var published =
            Plausible(DateValueParser.Parse(jsonLd?.DatePublished, DateSource.JsonLd, "datePublished"), now) ??
            FromMeta(meta, PublishedMetaKeys, now) ??
            FromMarkup(document, "datePublished", now) ??
            FromVisibleText(document, headline, now) ??
            Plausible(UrlDateParser.Parse(url), now) ??
            FromFirstTimeElement(document, now);

        var modified =
            Plausible(DateValueParser.Parse(jsonLd?.DateModified, DateSource.JsonLd, "dateModified"), now) ??
            FromMeta(meta, ModifiedMetaKeys, now) ??
            FromMarkup(document, "dateModified", now);

        return (published, modified);
    }

    private static ArticleDate? Plausible(ArticleDate? date, DateTimeOffset now) =>
        date is not null && DatePlausibility.IsPlausible(date, now) ? date : null;

    private static ArticleDate? FromMeta(MetaTags meta, string[] keys, DateTimeOffset now)
    {
        foreach (var key in keys)
        {
            if (meta.Get(key) is { } value && Plausible(DateValueParser.Parse(value, DateSource.MetaTag, key), now) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    // <time itemprop="datePublished" datetime="…">, <time pubdate>, <span itemprop="datePublished" content="…">.
    private static ArticleDate? FromMarkup(IHtmlDocument document, string itemprop, DateTimeOffset now)
    {
        foreach (var element in document.QuerySelectorAll($"[itemprop='{itemprop}']"))
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            var source = element.LocalName == "time" ? DateSource.TimeElement : DateSource.MetaTag;
            if (Plausible(DateValueParser.Parse(value, source, "itemprop=" + itemprop), now) is { } date)
            {
                return date;
            }
        }

        if (itemprop == "datePublished")
        {
            foreach (var time in document.QuerySelectorAll("time[pubdate]"))
            {
                var value = time.GetAttribute("datetime") ?? time.TextContent;
                if (Plausible(DateValueParser.Parse(value, DateSource.TimeElement, "time[pubdate]"), now) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    private static ArticleDate? FromFirstTimeElement(IHtmlDocument document, DateTimeOffset now)
    {
        foreach (var time in document.GetElementsByTagName("time"))
        {
            if (time.GetAttribute("datetime") is { } value &&
                Plausible(DateValueParser.Parse(value, DateSource.TimeElement, "time[datetime]"), now) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Looks for a printed date in the few text blocks after the headline (then before it), where pages print
    /// "Date:2025-04-11 16:54:43" or "March 5, 2024".
    /// </summary>
    private static ArticleDate? FromVisibleText(IHtmlDocument document, IElement? headline, DateTimeOffset now)
    {
        if (headline is null)
        {
            return null;
        }

        INode? lastParent = null;
        var seen = 0;
        for (var node = NodeOrder.NextSkippingChildren(headline); node is not null && seen < MaxVisibleTextNodes; node = NodeOrder.Next(node))
        {
            if (TryTextNode(node, ref lastParent, ref seen, now, out var date, out var bodyStarted))
            {
                return date;
            }

            if (bodyStarted)
            {
                break;
            }
        }

        seen = 0;
        lastParent = null;
        for (var node = NodeOrder.Previous(headline); node is not null && seen < MaxVisibleTextNodes / 4; node = NodeOrder.Previous(node))
        {
            if (TryTextNode(node, ref lastParent, ref seen, now, out var date, out var bodyStarted))
            {
                return date;
            }

            if (bodyStarted)
            {
                break;
            }
        }

        return null;
    }

    private static bool TryTextNode(INode node, ref INode? lastParent, ref int seen, DateTimeOffset now, out ArticleDate? date, out bool bodyStarted)
    {
        date = null;
        bodyStarted = false;
        if (node.NodeType != NodeType.Text || node.Parent is not IElement parent || IsInvisible(parent))
        {
            return false;
        }

        var text = node.TextContent;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        seen++;
        if (text.Length > MaxVisibleChars)
        {
            // A long run of prose means the story has begun: dates printed after that belong to something else.
            bodyStarted = true;
            return false;
        }

        // "Date:" and the date itself often sit in sibling elements: read the parent's text once.
        var scope = parent.TextContent.Length <= MaxVisibleChars ? parent : null;
        if (scope is not null && scope == lastParent)
        {
            return false;
        }

        lastParent = scope;
        var candidate = scope?.TextContent ?? text;
        date = Plausible(DateTextFinder.Find(candidate, DateSource.VisibleText, "text near headline"), now);
        return date is not null;
    }

    private static bool IsInvisible(IElement element) =>
        element.LocalName is "script" or "style" or "noscript" or "template" or "option";
}
