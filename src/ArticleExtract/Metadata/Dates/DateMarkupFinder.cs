using AngleSharp.Dom;
using AngleSharp.Html.Dom;

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
    private const int MaxElementsPerSelector = 50;

    private const string HAtomPublished = "hAtom published";

    private static readonly (string Selector, string Detail)[] Published =
    [
        ("[itemprop='datePublished']", "itemprop=datePublished"),
        ("[property='datePublished'], [property$=':datePublished']", "property=datePublished"),
        ("time[pubdate]", "time[pubdate]"),
        ("time.published, abbr.published, .published, .entry-date[datetime]", HAtomPublished),
        ("[itemprop='dateCreated'], [property$=':dateCreated']", "itemprop=dateCreated"),
    ];

    private static readonly (string Selector, string Detail)[] Modified =
    [
        ("[itemprop='dateModified']", "itemprop=dateModified"),
        ("[property='dateModified'], [property$=':dateModified']", "property=dateModified"),
        ("time.updated, abbr.updated, .updated[datetime], .updated[title]", "hAtom updated"),
    ];

    /// <summary>The publication date marked up in the body, or null.</summary>
    /// <remarks>hAtom classes also date the teasers in a blog's sidebar: after <paramref name="anchor"/> (the headline) they win.</remarks>
    public static ArticleDate? FindPublished(IHtmlDocument document, IElement? anchor, DateTimeOffset now) =>
        Find(document, Published, anchor, now);

    /// <summary>The modification date marked up in the body, or null.</summary>
    public static ArticleDate? FindModified(IHtmlDocument document, IElement? anchor, DateTimeOffset now) =>
        Find(document, Modified, anchor, now);

    private static ArticleDate? Find(
        IHtmlDocument document, (string Selector, string Detail)[] selectors, IElement? anchor, DateTimeOffset now)
    {
        foreach (var (selector, detail) in selectors)
        {
            var seen = 0;
            ArticleDate? beforeAnchor = null;
            var preferAfter = anchor is not null &&
                              (selector.Contains(".published", StringComparison.Ordinal) || selector.Contains(".updated", StringComparison.Ordinal));
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if (++seen > MaxElementsPerSelector)
                {
                    break;
                }

                if (Read(element, detail) is not { } date || !DatePlausibility.IsPlausible(date, now))
                {
                    continue;
                }

                if (!preferAfter || anchor is null || IsAfter(anchor, element))
                {
                    return date;
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

        var text = element.TextContent;
        return text.Length <= MaxTextChars ? DateValueParser.Parse(text, DateSource.VisibleText, detail) : null;
    }
}
