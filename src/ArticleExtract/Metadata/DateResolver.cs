using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Metadata.Dates;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Chooses the publication and modification dates from candidates in order of trust: JSON-LD, publication meta
/// tags, body markup (microdata, RDFa, hAtom) and a lone video object's upload date; failing those, the page address, the date printed near the
/// headline, generic date meta tags, date-marked elements, labelled dates ("Veröffentlicht am …"), the first
/// <c>&lt;time&gt;</c>, other JSON-LD objects and, last, a text that is a date and nothing else. A UTC instant is restated on the local day the page prints.
/// </summary>
internal static class DateResolver
{
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:article:published_time", "article:published", "datePublished", "og:published_time",
        "published_time", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "published-date",
        "date_published", "article.published", "article_date_original", "originalpublicationdate", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "dc.created", "parsely-pub-date",
        "sailthru.date", "cxenseparse:recs:publishtime", "rnews:datepublished", "citation_publication_date",
        "citation_date", "prism.publicationdate", "bt:pubdate", "live_date", "release_date", "pub_date", "displaydate",
        "content_create_date", "vr:published_time", "og:pubdate", "ga_pubdate",
    ];

    // Keys that CMSs fill with any date of the page (often the last change): believed after the printed date.
    private static readonly string[] GenericMetaKeys = ["dc.date", "dcterms.date", "date", "creation_date"];

    // Parse.ly's page object states the time in UTC and only for its analytics: asked when the page says nothing else.
    private static readonly string[] LastResortMetaKeys = [MetaTags.ParselyPagePublished];

    private static readonly string[] ModifiedMetaKeys =
    [
        "article:modified_time", "og:article:modified_time", "dateModified", "og:updated_time", "article:updated_time",
        "modified_time", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "updated_time",
    ];

    private const int MaxVisibleTextNodes = 40;
    private const int MaxVisibleChars = 200;
    private const int MaxOpeningDateChars = 24;
    private const int MaxNodesBeforeForTime = 12;

    public static (ArticleDate? Published, ArticleDate? Modified) Resolve(
        IHtmlDocument document, MetaTags meta, JsonLdArticle? jsonLd, IElement? headline, Uri? url, Uri? canonical, DateTimeOffset now)
    {
        var jsonLdPublished = Plausible(DateValueParser.Parse(jsonLd?.DatePublished, DateSource.JsonLd, "datePublished"), now);
        var jsonLdModified = Plausible(DateValueParser.Parse(jsonLd?.DateModified, DateSource.JsonLd, "dateModified"), now);
        var visible = FromVisibleText(document, headline, now);

        // A draft is created before it is published: a creation stamp on an earlier day than the publication printed
        // under the headline ("dateCreated" 19 Nov 22:10 beside "Publié le 20 novembre") is not the publication.
        if (jsonLdPublished is null &&
            Plausible(DateValueParser.Parse(jsonLd?.DateCreated, DateSource.JsonLd, "dateCreated"), now) is { } created &&
            (visible is null || visible.Date <= created.Date))
        {
            jsonLdPublished = created;
        }

        var structured =
            jsonLdPublished ??
            FromMeta(meta, PublishedMetaKeys, now) ??
            DateMarkupFinder.FindPublished(document, headline, now) ??
            Plausible(DateValueParser.Parse(jsonLd?.MediaDatePublished, DateSource.JsonLd, "media object"), now);

        // A CMS that stamps every save into JSON-LD's datePublished leaves it equal to dateModified: an earlier
        // publication instant the page states elsewhere (a meta tag, the line under the headline) is the original.
        if (jsonLdPublished?.ToDateTimeOffset() is { } stamped &&
            jsonLdModified?.ToDateTimeOffset() == stamped &&
            (Earlier(FromMeta(meta, PublishedMetaKeys, now), stamped) ?? Earlier(visible, stamped)) is { } original)
        {
            structured = original;
        }
        var fromUrl = Plausible(UrlDateParser.Parse(url), now) ?? Plausible(UrlDateParser.Parse(canonical), now);

        // A story's address names the month it was made in: a stated publication a month or more before it is the
        // template's or the section's date ("article:published_time" 2009-09-02 on /2014/05/…), not the story's.
        if (structured is not null && (UrlDateParser.ParseMonth(url) ?? UrlDateParser.ParseMonth(canonical)) is { } addressMonth &&
            structured.Date < addressMonth.AddMonths(-1))
        {
            structured = null;
        }

        var published = structured is not null
            ? OnLocalDay(structured, document, meta, visible, fromUrl, headline, now)
            : Refine(fromUrl, visible) ?? visible ?? FromMeta(meta, GenericMetaKeys, now) ??
              DateElementFinder.Find(document, headline, now) ??
              DateLabelFinder.Find(document, headline, now) ??
              FromFirstTimeElement(document, now) ??
              Plausible(DateValueParser.Parse(jsonLd?.OtherDatePublished, DateSource.JsonLd, "datePublished"), now) ??
              StandaloneDateFinder.Find(document, headline, now) ??
              FromMeta(meta, LastResortMetaKeys, now);

        // A meta tag that gives the day alone ("publishdate" 2025-11-20) beside the line under the headline that prints
        // the same day with its time ("2025年11月20日05:29"): the page states the time too.
        if (published is { Time: null } && visible is { Time: not null } && visible.Date == published.Date)
        {
            published = visible;
        }

        // The day from the address ("/2025/11/20/") or a dated element, and the time in a line labelled as the
        // publication elsewhere in the header ("Giriş Tarihi: 20.11.2025 14:02"): the same publication, stated more
        // precisely. An update line, or a dated element (a comment's stamp may be one), does not refine it.
        if (published is { Time: null } &&
            SameDayWithTime(published, DateLabelFinder.Find(document, headline, now, publicationOnly: true)) is { } timed)
        {
            published = timed;
        }

        var modified =
            jsonLdModified ??
            FromMeta(meta, ModifiedMetaKeys, now) ??
            DateMarkupFinder.FindModified(document, headline, now) ??
            FromVisibleUpdate(document, headline, published, now);

        return (published, modified);
    }

    // A UTC instant is restated on the page's own day when the page prints that day (see LocalDay).
    private static ArticleDate OnLocalDay(
        ArticleDate structured, IHtmlDocument document, MetaTags meta, ArticleDate? visible, ArticleDate? fromUrl, IElement? headline,
        DateTimeOffset now)
    {
        if (structured.Offset != TimeSpan.Zero || structured.Time is null)
        {
            return structured;
        }

        // A meta tag or the <time> under the headline stating the same instant with the page's own offset
        // ("11:32+02:00" for "09:32Z") says it best: the zone is stated, and the day is the newsroom's.
        foreach (var key in (IEnumerable<string>)[.. PublishedMetaKeys, .. GenericMetaKeys])
        {
            if (meta.Get(key) is { } value &&
                LocalDay.SameInstant(structured, Plausible(DateValueParser.Parse(value, DateSource.MetaTag, key), now)) is { } sameInstant)
            {
                return sameInstant;
            }
        }

        if (LocalDay.SameInstant(structured, visible) is { } printedInstant)
        {
            return printedInstant;
        }

        // The local time printed near the headline for the instant ("3 Dic, 2025 10:45 p.m." for 01:45Z on the 4th)
        // gives the newsroom's offset, to the minute: it outranks an address built from the UTC day.
        if (visible is { Time: not null, Offset: null } && LocalDay.Restate(structured, visible) is { } printedZone)
        {
            return printedZone;
        }

        // The address names the UTC day itself: nothing to restate.
        if (fromUrl?.Date == structured.Date)
        {
            return structured;
        }

        // The day printed near the headline is the UTC day: it confirms the instant, whatever a date element elsewhere
        // ("Updated: Aug 20") says. A time element's UTC value read there prints no local day: the clock a time element
        // shows, if any does, still restates the instant.
        if (visible is not null && visible.Date == structured.Date)
        {
            // A time element's datetime may hold the UTC value with no zone at all ("2026-02-19 02:41" for 02:41Z).
            var utcValue = visible.Offset == TimeSpan.Zero || (visible.Offset is null && visible.Time is { } shown && structured.Time is { } utc &&
                                                               shown.Hour == utc.Hour && shown.Minute == utc.Minute);
            return (utcValue ? PageClock.Restate(structured, document) : null) ?? structured;
        }

        // The zone the page prints its times in (an update's "Fri 17 Oct 2025 05.56 BST" beside a publication at 20:30Z on
        // the 16th) puts the instant on its local day, whatever day a dated element elsewhere gives.
        return LocalDay.Restate(structured, visible) ??
               LocalDay.InStatedZone(structured, visible) ??
               LocalDay.Restate(structured, DateElementFinder.Find(document, headline, now)) ??
               LocalDay.Restate(structured, YearlessTimeText(document, structured)) ??
               PageClock.Restate(structured, document) ??
               LocalDay.Restate(structured, fromUrl) ??
               structured;
    }

    private const int MaxYearlessTimes = 10;

    // "<time>11/12(水) 7:14</time>" for 22:14Z on the 11th: a time element with no machine value prints the newsroom's
    // day and time without the year (as Japanese portals do); the instant's own year, or the next or last, gives it.
    private static ArticleDate? YearlessTimeText(IHtmlDocument document, ArticleDate structured)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var seen = 0;
        foreach (var time in body.GetElementsByTagName("time"))
        {
            if (++seen > MaxYearlessTimes)
            {
                break;
            }

            if (time.HasAttribute("datetime") || NodeText.CollapsedLength(time) > MaxPrintedTimeChars)
            {
                continue;
            }

            if (YearlessDateReader.Read(TextNormalizer.Collapse(NodeText.Of(time)), structured.Date, DateSource.VisibleText, "yearless time text") is
                { Time: not null } printed)
            {
                return printed;
            }
        }

        return null;
    }

    // At least this long before the stamp: a minute's difference is the same publication saved twice.
    private static readonly TimeSpan MinRepublishGap = TimeSpan.FromMinutes(30);

    // The same clock reading, to a few minutes, under another zone ("15:40+02:00" beside "15:40Z"), or two instants a
    // whole zone step apart to the second ("09:46:30Z" beside "05:46:30Z"), are one time with a wrong zone, not an
    // earlier publication.
    private static readonly TimeSpan MaxMislabelledClockGap = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ZoneStep = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan MaxZoneGap = TimeSpan.FromHours(14);

    private static ArticleDate? Earlier(ArticleDate? date, DateTimeOffset stamp)
    {
        // A time printed without a zone ("입력 2025.11.20 09:15") is the newsroom's clock: read against the stamp's own.
        if (date is { Time: { } time, Offset: null })
        {
            // To the minute, as such lines print it: "16:48" beside "20:48:33Z" is that instant on a US clock.
            var stampClock = stamp.DateTime.AddTicks(-(stamp.DateTime.Ticks % TimeSpan.TicksPerMinute));
            var clockGap = stampClock - date.Date.ToDateTime(new TimeOnly(time.Hour, time.Minute));
            return clockGap >= MinRepublishGap && clockGap < TimeSpan.FromDays(1) && clockGap.Ticks % ZoneStep.Ticks != 0 ? date : null;
        }

        if (date?.ToDateTimeOffset() is not { } instant || instant > stamp - MinRepublishGap ||
            (instant.DateTime - stamp.DateTime).Duration() <= MaxMislabelledClockGap)
        {
            return null;
        }

        var gap = stamp - instant;
        return gap <= MaxZoneGap && gap.Ticks % ZoneStep.Ticks == 0 ? null : date;
    }

    // The address gives only the day; the page may print the same day with its time.
    private static ArticleDate? SameDayWithTime(ArticleDate day, ArticleDate? other) =>
        other is { Time: not null } && other.Date == day.Date ? other : null;

    private static ArticleDate? Refine(ArticleDate? day, ArticleDate? printed) =>
        day is not null && printed is not null && printed.Date == day.Date && printed.Time is not null ? printed : day;

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

    private const int MaxHeadingMetaChars = 120;

    private static ArticleDate? MetaLineInHeading(IElement headline)
    {
        var text = new StringBuilder();
        var afterBreak = false;
        for (var node = headline.FirstChild; node is not null; node = NodeOrder.Next(node, headline))
        {
            if (node is IElement { LocalName: "br" })
            {
                afterBreak = true;
            }
            else if (afterBreak && node.NodeType == NodeType.Text)
            {
                text.Append(NodeText.Of(node)).Append(' ');
                if (text.Length > MaxHeadingMetaChars)
                {
                    return null;
                }
            }
        }

        return afterBreak ? DateTextFinder.Find(text.ToString(), DateSource.VisibleText, "headline meta line") : null;
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

        // A <time datetime> just above the headline (in the same header) dates it more surely than prose below.
        var nodes = 0;
        for (var node = NodeOrder.Previous(headline); node is not null && nodes < MaxNodesBeforeForTime; node = NodeOrder.Previous(node), nodes++)
        {
            if (IsMachineTime(node, now, out var stated, out var isUpdate) && stated is not null && !isUpdate)
            {
                return stated;
            }
        }

        // "<h1>Title<br><span>2025-11-20 20:14:07 Source: Xinhua</span></h1>": the meta line set inside the heading.
        if (Plausible(MetaLineInHeading(headline), now) is { } inHeading)
        {
            return inHeading;
        }

        // A date labelled only as an update ("Updated 9:10 AM, June 4") yields to any other near the headline.
        ArticleDate? update = null;
        INode? lastParent = null;
        var seen = 0;
        var textRead = 0;
        for (var node = NodeOrder.NextSkippingChildren(headline); node is not null && seen < MaxVisibleTextNodes; node = NodeOrder.Next(node))
        {
            if (TryTextNode(node, ref lastParent, ref seen, now, out var date, out var bodyStarted, out var isUpdate))
            {
                if (!isUpdate)
                {
                    return date is { Time: null } && !bodyStarted ? WithTimeAlongside(date, node, lastParent) : date;
                }

                update ??= date;
            }

            // Short paragraphs parted by <br> never make a long line, but many of them are the story all the same: a
            // date after that much text dates something else (a related list's "(09.02.2026)" under the story).
            textRead += VisibleTextLength(node);
            if (bodyStarted || textRead > MaxTextBeforeDate)
            {
                break;
            }
        }

        seen = 0;
        lastParent = null;
        for (var node = NodeOrder.Previous(headline); node is not null && seen < MaxVisibleTextNodes / 4; node = NodeOrder.Previous(node))
        {
            if (TryTextNode(node, ref lastParent, ref seen, now, out var date, out var bodyStarted, out var isUpdate))
            {
                if (!isUpdate)
                {
                    return date;
                }

                update ??= date;
            }

            if (bodyStarted)
            {
                break;
            }
        }

        return update;
    }

    private const int MaxLinesToTime = 3;

    // More text than a kicker, a byline, a deck and a caption make together.
    private const int MaxTextBeforeDate = 600;

    private static int VisibleTextLength(INode node) =>
        node.NodeType == NodeType.Text && node.Parent is IElement parent && !IsInvisible(parent) && !InCaption(parent)
            ? TextNormalizer.CollapsedLength(NodeText.Of(node))
            : 0;

    /// <summary>
    /// The day printed near the headline with the time printed in an element of its own just after it ("<c>&lt;time&gt;Sabtu,
    /// 29 November 2025&lt;/time&gt;</c>" then "<c>&lt;time&gt;14:05 WIB&lt;/time&gt;</c>"): the same publication, to the minute.
    /// Only the next few short lines are read, and a labelled update line ends the search.
    /// </summary>
    private static ArticleDate WithTimeAlongside(ArticleDate day, INode dayNode, INode? lastParent)
    {
        var seen = 0;
        for (var node = NodeOrder.Next(dayNode); node is not null && seen < MaxLinesToTime; node = NodeOrder.Next(node))
        {
            if (NearLine(node, ref lastParent, ref seen, out var isProse, out _) is not { } line)
            {
                continue;
            }

            if (isProse || DateLabelFinder.UpdatePart(line) is not null)
            {
                break;
            }

            if (LoneTimeOfDay.Parse(line) is { } time)
            {
                return ParsedTime.Combine(day.Date, time, day.Source, day.SourceDetail);
            }

            // "By Simon Ashworth | Nov. 20, 2025 at 9:42 AM": the wire's byline repeats the day with its time.
            if (DateTextFinder.Find(line, day.Source, day.SourceDetail) is { Time: not null } dated && dated.Date == day.Date)
            {
                return dated;
            }
        }

        return day;
    }

    /// <summary>
    /// The update the page prints near the headline ("Updated: 25 November 2025", "Aktualisiert am 04.02.2022"), read
    /// in the lines after it up to the story's first long paragraph; never before the publication.
    /// </summary>
    private static ArticleDate? FromVisibleUpdate(IHtmlDocument document, IElement? headline, ArticleDate? published, DateTimeOffset now)
    {
        if (headline is null)
        {
            return null;
        }

        INode? lastParent = null;
        var seen = 0;
        for (var node = NodeOrder.NextSkippingChildren(headline); node is not null && seen < MaxVisibleTextNodes; node = NodeOrder.Next(node))
        {
            if (NearLine(node, ref lastParent, ref seen, out var isProse, out _) is not { } line)
            {
                continue;
            }

            if (isProse)
            {
                return null;
            }

            if (DateLabelFinder.UpdatePart(line) is { } part &&
                Plausible(DateTextFinder.Find(part, DateSource.VisibleText, "update near headline"), now) is { } date &&
                (published is null || date.Date >= published.Date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The line a text node near the headline belongs to: its parent's text when that is short ("Date:" and the date
    /// often sit in sibling elements), read once per parent, else the node's own. Null for markup, whitespace and a
    /// parent already read. A long node is the story's start: <paramref name="isProse"/> is set and its text returned.
    /// </summary>
    private static string? NearLine(INode node, ref INode? lastParent, ref int seen, out bool isProse, out IElement? scope)
    {
        isProse = false;
        scope = null;
        if (node.NodeType != NodeType.Text || node.Parent is not IElement parent || IsInvisible(parent) || InCaption(parent))
        {
            return null;
        }

        var text = NodeText.Of(node);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        seen++;
        if (TextNormalizer.CollapsedLength(text) > MaxVisibleChars)
        {
            isProse = true;
            return text;
        }

        scope = NodeText.CollapsedLength(parent) <= MaxVisibleChars ? parent : null;
        if (scope is not null && scope == lastParent)
        {
            return null;
        }

        lastParent = scope;
        return scope?.TextContent ?? text;
    }

    private static bool TryTextNode(
        INode node, ref INode? lastParent, ref int seen, DateTimeOffset now, out ArticleDate? date, out bool bodyStarted, out bool isUpdate)
    {
        date = null;
        bodyStarted = false;
        isUpdate = false;

        // <time datetime="2022-01-26"> under the headline states the day for machines: nothing near it is surer.
        if (IsMachineTime(node, now, out date, out isUpdate))
        {
            return date is not null;
        }

        if (NearLine(node, ref lastParent, ref seen, out var isProse, out var scope) is not { } line)
        {
            return false;
        }

        if (isProse)
        {
            // A long run of prose means the story has begun: dates printed after that belong to something else,
            // except one that opens it as a dateline ("27.1.2022 - Bei der Erinnerung …"). A lead set between the
            // headline and the date line ("<div class='article_lead'>") is not the story yet.
            bodyStarted = !IsLeadBlock(node.Parent as IElement);
            var opening = line.AsSpan().TrimStart();
            date = Plausible(DateTextFinder.Find(opening[..Math.Min(opening.Length, MaxOpeningDateChars)], DateSource.VisibleText, "text near headline"), now);
            return date is not null;
        }

        var candidate = DateLabelFinder.PublicationPart(line, out isUpdate);
        isUpdate |= scope is { LocalName: "time" } && IsModificationMark(scope);
        date = Plausible(DateTextFinder.Find(candidate.AsSpan(), DateSource.VisibleText, "text near headline", dayFirst: DateLabelFinder.PutsDayFirst(line, node)), now);
        if (date is not null && !isUpdate && scope is not null && MachineTimeWithin(scope, now) is { Time: { } statedTime } stated &&
            stated.Date == date.Date && !IsPlaceholderTime(statedTime))
        {
            // "By Jane Doe · <time datetime='…T16:54+09:00'>April 11, 2025</time>": the line prints the day, the element
            // under it states the time and zone for machines.
            date = stated;
        }

        return date is not null;
    }

    private const int MaxLeadDepth = 3;

    private static readonly FrozenSet<string> LeadWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "lead", "standfirst", "deck", "dek", "perex", "sapo", "intro", "chapo", "chapeau", "entradilla", "bajada", "ingress",
        "vorspann", "excerpt", "subtitle", "subheadline", "abstract",
    ]);

    // The lead's paragraph or the box around it, by its class: "article_lead", "c-standfirst", "perex", "detail-sapo".
    private static bool IsLeadBlock(IElement? element)
    {
        var scratch = new StringBuilder();
        for (var depth = 0; element is not null && depth < MaxLeadDepth; element = element.ParentElement, depth++)
        {
            if (Cleaning.ClassTokens.NamesAny(element.GetAttribute("class"), LeadWords, scratch))
            {
                return true;
            }
        }

        return false;
    }

    // Midnight or noon to the second is what a CMS writes for a field that holds only the day.
    private static bool IsPlaceholderTime(TimeOnly time) => time.Minute == 0 && time.Second == 0 && time.Hour is 0 or 12;

    private static ArticleDate? MachineTimeWithin(IElement scope, DateTimeOffset now)
    {
        var walk = new ElementWalk(scope);
        while (walk.Next() is { } element)
        {
            if (IsMachineTime(element, now, out var stated, out _))
            {
                return stated;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="node"/> is a <c>&lt;time datetime&gt;</c> near the headline, and the date it states if
    /// plausible; <paramref name="isUpdate"/> when its markup marks it the last change, or its own text labels it the
    /// update ("Updated: Nov. 05, 2025") and its markup does not name it the publication.
    /// </summary>
    private static bool IsMachineTime(INode node, DateTimeOffset now, out ArticleDate? date, out bool isUpdate)
    {
        date = null;
        isUpdate = false;
        if (node is not IElement { LocalName: "time" } time || time.GetAttribute("datetime") is not { } machine)
        {
            return false;
        }

        isUpdate = IsModificationMark(time);

        date = Plausible(DateValueParser.Parse(machine, DateSource.TimeElement, "time near headline"), now);
        if (date is null || NodeText.CollapsedLength(time) > MaxPrintedTimeChars)
        {
            return true;
        }

        // The markup's word outranks the text's: "<time class='post-published updated'>Last updated <b>Nov 19</b></time>"
        // is the publication, with the update's day printed in it.
        var printedText = DateLabelFinder.PublicationPart(TextNormalizer.Collapse(NodeText.Of(time)), out var printsUpdate);
        isUpdate |= printsUpdate && !IsPublicationMark(time);

        // "<time datetime='2026-03-06T01:41:12Z'>05/03/2026 22h41</time>": the machine value is in UTC, the text prints
        // the newsroom's own day and time for it; the difference between the two is the page's offset. The text may
        // leave the year out ("zaterdag 22 november, 00:34"): the value's own year, or the next or last, gives it.
        // A text labelled as the update ("Last updated <b>Nov 19</b>") prints another day than the value's.
        if (date is { Offset.Ticks: 0, Time: not null } && !printsUpdate &&
            Plausible(
                DateTextFinder.Find(printedText.AsSpan(), DateSource.VisibleText, "text of time near headline", dayFirst: DateLabelFinder.PutsDayFirst(NodeText.Of(time), time)) ??
                ShortYearText(printedText, time) ??
                YearlessDateReader.Read(printedText, date.Date, DateSource.VisibleText, "text of time near headline"), now) is { } printed)
        {
            // A day alone ("Published March 27, 2024" for "2024-03-28T00:15Z") is the newsroom's day when a common offset
            // puts the instant on it.
            date = (printed.Time is null ? LocalDay.Restate(date, printed) : LocalDay.InPrintedZone(date, printed)) ?? date;
        }

        return true;
    }

    private const int MaxPrintedTimeChars = 60;

    // "<time datetime='2025-05-06T22:47Z'>07-05-25, 00:47</time>": a two-digit year, read the page's way round; the value
    // beside it vouches for the reading, as only a real offset between the two restates it.
    private static ArticleDate? ShortYearText(string printedText, IElement time) =>
        time.Owner is IHtmlDocument document
            ? DateTextFinder.FindAllowingShortYear(printedText, DateSource.VisibleText, "text of time near headline", ShortYearOrder.Of(document),
                DateLabelFinder.PutsDayFirst(NodeText.Of(time), time))
            : null;

    /// <summary>
    /// Whether a <c>&lt;time&gt;</c> is marked as the last change, not the publication: <c>itemprop="dateModified"</c>, or
    /// hAtom's <c>updated</c> class without <c>published</c> (WordPress themes print <c>&lt;time class="updated"&gt;</c>
    /// before <c>&lt;time class="entry-date published"&gt;</c>; one time for both is <c>"published updated"</c>).
    /// </summary>
    private static bool IsModificationMark(IElement time)
    {
        if (time.GetAttribute("itemprop") is { } itemprop)
        {
            return itemprop.Contains("dateModified", StringComparison.OrdinalIgnoreCase) &&
                   !itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase);
        }

        // "post-published updated": a theme's own name for the publication's class counts as "published".
        var classes = time.ClassList;
        return (classes.Contains("updated") || classes.Contains("modified")) &&
               !classes.Any(token => token.Contains("published", StringComparison.Ordinal));
    }

    private static bool IsPublicationMark(IElement time) =>
        time.GetAttribute("itemprop") is { } itemprop
            ? itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase)
            : time.ClassList.Any(token => token.Contains("published", StringComparison.Ordinal));

    private const int MaxCaptionDepth = 4;

    // A photo's caption dates the photo ("… in Seoul, Tuesday, Sept. 9, 2025. (AP Photo/…)"), taken the day before a
    // wire story is filed as often as not: it says nothing of when the story was published.
    private static bool InCaption(IElement element)
    {
        IElement? ancestor = element;
        for (var depth = 0; ancestor is not null && depth < MaxCaptionDepth; ancestor = ancestor.ParentElement, depth++)
        {
            if (ancestor.LocalName is "figcaption" or "figure" || IsPhotoCaptionClass(ancestor))
            {
                return true;
            }
        }

        return false;
    }

    // "caption", "wp-caption-text", "image-caption", "td-caption-photo": a picture's caption; "rte-paragraph__caption" (a
    // CMS's name for the date line under a headline) is none.
    private static bool IsPhotoCaptionClass(IElement element)
    {
        foreach (var token in element.ClassList)
        {
            if (token.Contains("caption", StringComparison.OrdinalIgnoreCase) &&
                (token.Equals("caption", StringComparison.OrdinalIgnoreCase) || TextScan.ContainsAny(token, PhotoWords, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PhotoWords = ["wp-", "image", "img", "photo", "picture", "media", "figure", "gallery", "video"];

    private static bool IsInvisible(IElement element) =>
        element.LocalName is "script" or "style" or "noscript" or "template" or "option";
}
