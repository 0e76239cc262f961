using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Picks the story's headline from the sources that agree: an <c>h1</c> on the page, JSON-LD <c>headline</c>,
/// <c>og:title</c> and <c>&lt;title&gt;</c>, each stripped of site-name affixes.
/// </summary>
internal static class HeadlineResolver
{
    private const int MaxHeadlineChars = 400;
    private const int MaxHeadingsExamined = 12;

    public static (string? Headline, IElement? Element, string? RemovedAffix) Resolve(
        IHtmlDocument document, MetaTags meta, JsonLdArticle? jsonLd, IReadOnlyList<string> siteNames)
    {
        var title = Clean(document.Title);
        var og = Clean(meta.Get("og:title", "twitter:title", "dc.title", "title"));
        var ld = Clean(jsonLd?.Headline);

        var known = new List<string>(3);
        AddIfPresent(known, ld);
        AddIfPresent(known, og);

        var (strippedTitle, titleAffix) = title is null ? (null, null) : SiteAffix.Strip(title, siteNames, known);
        string? strippedOg = og is null ? null : SiteAffix.Strip(og, siteNames, Filled(ld, strippedTitle)).Title;
        string? strippedLd = ld is null ? null : SiteAffix.Strip(ld, siteNames, Filled(strippedOg, strippedTitle)).Title;

        // An h1 that agrees with the metadata is the surest headline: it is what readers see.
        IElement? firstHeading = null;
        var examined = 0;
        foreach (var heading in document.QuerySelectorAll("h1, h2"))
        {
            if (++examined > MaxHeadingsExamined)
            {
                break;
            }

            var text = Clean(heading.TextContent);
            if (text is null || text.Length > MaxHeadlineChars)
            {
                continue;
            }

            if (IsSiteName(text, siteNames))
            {
                continue;
            }

            if (heading.LocalName == "h1")
            {
                firstHeading ??= heading;
            }

            if (Agrees(text, strippedLd, strippedOg, strippedTitle, title))
            {
                return (text, heading, titleAffix);
            }
        }

        foreach (var candidate in (ReadOnlySpan<string?>)[strippedLd, strippedOg, strippedTitle])
        {
            if (candidate is not null && !IsSiteName(candidate, siteNames))
            {
                return (candidate, null, titleAffix);
            }
        }

        var h1Text = firstHeading is null ? null : Clean(firstHeading.TextContent);
        return (h1Text, h1Text is null ? null : firstHeading, titleAffix);
    }

    private static bool Agrees(string heading, string? ld, string? og, string? strippedTitle, string? title)
    {
        if (SiteAffix.SameText(heading, ld) || SiteAffix.SameText(heading, og) || SiteAffix.SameText(heading, strippedTitle))
        {
            return true;
        }

        // A title that starts or ends with the heading is the heading plus a site affix that was not recognised.
        if (title is null || heading.Length < 10)
        {
            return false;
        }

        var foldedTitle = SiteAffix.Fold(title);
        var foldedHeading = SiteAffix.Fold(heading);
        return foldedTitle.StartsWith(foldedHeading, StringComparison.Ordinal) ||
               foldedTitle.EndsWith(foldedHeading, StringComparison.Ordinal);
    }

    private static bool IsSiteName(string text, IReadOnlyList<string> siteNames)
    {
        foreach (var site in siteNames)
        {
            if (SiteAffix.SameText(text, site))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Clean(string? text)
    {
        var collapsed = TextNormalizer.Collapse(text);
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static void AddIfPresent(List<string> list, string? text)
    {
        if (text is not null)
        {
            list.Add(text);
        }
    }

    private static List<string> Filled(string? a, string? b)
    {
        var list = new List<string>(2);
        AddIfPresent(list, a);
        AddIfPresent(list, b);
        return list;
    }
}
