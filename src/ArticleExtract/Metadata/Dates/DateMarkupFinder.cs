using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Reads dates the page marks up in its body for machines: microdata (<c>itemprop="datePublished"</c>), RDFa
/// (<c>property="schema:datePublished"</c>), <c>&lt;time pubdate&gt;</c> and hAtom (<c>class="published"</c>,
/// <c>class="updated"</c>, as WordPress themes print), from the <c>datetime</c>, <c>content</c> or <c>title</c> value
/// or else the text.
/// </summary>
internal static class DateMarkupFinder
{
    private const int MaxTextChars = 200;
    private const int MaxElementsPerKind = 50;

    private const string HAtomPublished = "hAtom published";

    // Each kind in order of trust, tested by hand with the selectors' own rules (attribute values and classes
    // compared ordinally) in one walk, instead of one whole-document query per kind:
    //   [itemprop='datePublished']; [property='datePublished'], [property$=':datePublished']; time[pubdate];
    //   time.published, abbr.published, .published, .entry-date[datetime]; [itemprop='dateCreated'], [property$=':dateCreated'].
    private static readonly (Func<IElement, bool> Matches, string Detail, bool PreferAfter)[] Published =
    [
        (e => e.GetAttribute("itemprop") == "datePublished", "itemprop=datePublished", false),
        (e => IsProperty(e, "datePublished"), "property=datePublished", false),
        (e => e.LocalName == "time" && e.HasAttribute("pubdate"), "time[pubdate]", false),
        (e => ClassAttribute.HasAny(e.GetAttribute("class"), ["published"]) ||
              (e.HasAttribute("datetime") && ClassAttribute.HasAny(e.GetAttribute("class"), ["entry-date"])), HAtomPublished, true),
        (e => e.GetAttribute("itemprop") == "dateCreated" || EndsWithProperty(e, ":dateCreated"), "itemprop=dateCreated", false),
    ];

    //   [itemprop='dateModified']; [property='dateModified'], [property$=':dateModified'];
    //   time.updated, abbr.updated, .updated[datetime], .updated[title].
    private static readonly (Func<IElement, bool> Matches, string Detail, bool PreferAfter)[] Modified =
    [
        (e => e.GetAttribute("itemprop") == "dateModified", "itemprop=dateModified", false),
        (e => IsProperty(e, "dateModified"), "property=dateModified", false),
        (e => ClassAttribute.HasAny(e.GetAttribute("class"), ["updated"]) &&
              (e.LocalName is "time" or "abbr" || e.HasAttribute("datetime") || e.HasAttribute("title")), "hAtom updated", true),
    ];

    /// <summary>The publication date marked up in the body, or null.</summary>
    /// <remarks>hAtom classes also date the teasers in a blog's sidebar: after <paramref name="anchor"/> (the headline) they win.</remarks>
    public static ArticleDate? FindPublished(IHtmlDocument document, IElement? anchor, DateTimeOffset now) =>
        Find(document, Published, anchor, now);

    /// <summary>The modification date marked up in the body, or null.</summary>
    public static ArticleDate? FindModified(IHtmlDocument document, IElement? anchor, DateTimeOffset now) =>
        Find(document, Modified, anchor, now);

    private static ArticleDate? Find(
        IHtmlDocument document, (Func<IElement, bool> Matches, string Detail, bool PreferAfter)[] kinds, IElement? anchor,
        DateTimeOffset now)
    {
        // The first elements of each kind in document order, as a query would list them.
        var found = new List<IElement>?[kinds.Length];
        var walk = new ElementWalk(document);
        while (walk.Next() is { } element)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                if ((found[k]?.Count ?? 0) < MaxElementsPerKind && kinds[k].Matches(element))
                {
                    (found[k] ??= []).Add(element);
                }
            }
        }

        for (var k = 0; k < kinds.Length; k++)
        {
            if (found[k] is not { } elements)
            {
                continue;
            }

            ArticleDate? beforeAnchor = null;
            var preferAfter = anchor is not null && kinds[k].PreferAfter;
            foreach (var element in elements)
            {
                if (Read(element, kinds[k].Detail) is not { } date || !DatePlausibility.IsPlausible(date, now))
                {
                    continue;
                }

                if (!preferAfter || IsAfter(anchor!, element))
                {
                    return date.Time is null ? WithTime(date, elements, kinds[k].Detail, now) : date;
                }

                beforeAnchor ??= date;
            }

            if (beforeAnchor is not null)
            {
                return beforeAnchor;
            }
        }

        return null;
    }

    // A header's <time pubdate> gives the day, the post's footer the same day with its time: the more precise one.
    private static ArticleDate WithTime(ArticleDate day, List<IElement> elements, string detail, DateTimeOffset now)
    {
        foreach (var element in elements)
        {
            if (Read(element, detail) is { Time: not null } timed && timed.Date == day.Date && DatePlausibility.IsPlausible(timed, now))
            {
                return timed;
            }
        }

        return day;
    }

    private static bool IsProperty(IElement element, string name) =>
        element.GetAttribute("property") is { } property &&
        (property == name || property.EndsWith(":" + name, StringComparison.Ordinal));

    private static bool EndsWithProperty(IElement element, string suffix) =>
        element.GetAttribute("property")?.EndsWith(suffix, StringComparison.Ordinal) == true;

    private static bool IsAfter(IElement anchor, IElement element) =>
        (anchor.CompareDocumentPosition(element) & (DocumentPositions.Following | DocumentPositions.ContainedBy)) != 0;

    private static ArticleDate? Read(IElement element, string detail)
    {
        var source = element.LocalName is "time" ? DateSource.TimeElement : DateSource.MetaTag;
        foreach (var attribute in (ReadOnlySpan<string>)["datetime", "content", "title"])
        {
            if (element.GetAttribute(attribute) is { Length: > 0 } value &&
                DateValueParser.Parse(value, source, detail) is { } date)
            {
                return date;
            }
        }

        var text = NodeText.Of(element);
        return text.Length <= MaxTextChars ? DateValueParser.Parse(text, DateSource.VisibleText, detail) : null;
    }
}
