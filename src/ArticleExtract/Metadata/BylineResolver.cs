using AngleSharp.Html.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>Finds the story's authors: JSON-LD people first, then author meta tags, then a visible byline.</summary>
internal static class BylineResolver
{
    private const int MaxVisibleBylineChars = 200;

    private static readonly string[] MetaKeys =
    [
        "author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author",
        "citation_author", "twitter:creator:name",
    ];

    private const string VisibleSelectors =
        "[itemprop='author'], [rel='author'], .byline, .author, .author-name, .article-author, .byline__name, " +
        ".author_name, .story-byline, .entry-author, [class*='byline'], address";

    public static List<string> Resolve(IHtmlDocument document, MetaTags meta, JsonLdArticle? jsonLd, IReadOnlyList<string> siteNames)
    {
        if (jsonLd is not null && jsonLd.PersonAuthors.Count > 0)
        {
            var names = new List<string>();
            foreach (var author in jsonLd.PersonAuthors)
            {
                foreach (var name in BylineNormalizer.Names(author, siteNames))
                {
                    if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        names.Add(name);
                    }
                }
            }

            if (names.Count > 0)
            {
                return names;
            }
        }

        foreach (var key in MetaKeys)
        {
            if (meta.Get(key) is { } value && !LooksLikeUrl(value))
            {
                var names = BylineNormalizer.Names(value, siteNames);
                if (names.Count > 0)
                {
                    return names;
                }
            }
        }

        // An organisation named as author in JSON-LD is no person: say so by returning nobody rather than guessing.
        if (jsonLd is not null && jsonLd.OrganizationAuthors.Count > 0)
        {
            return [];
        }

        foreach (var element in document.QuerySelectorAll(VisibleSelectors))
        {
            var text = element.GetAttribute("content") ?? element.TextContent;
            if (string.IsNullOrWhiteSpace(text) || text.Length > MaxVisibleBylineChars)
            {
                continue;
            }

            var names = BylineNormalizer.Names(TextNormalizer.Collapse(text), siteNames);
            if (names.Count > 0)
            {
                return names;
            }
        }

        return [];
    }

    private static bool LooksLikeUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("//", StringComparison.Ordinal);
}
