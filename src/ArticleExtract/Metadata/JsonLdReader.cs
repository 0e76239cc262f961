using System.Text.Json;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata;

/// <summary>Reads the story's JSON-LD: NewsArticle and its kin, inside <c>@graph</c> and arrays.</summary>
internal static class JsonLdReader
{
    private const int MaxScriptChars = 2 * 1024 * 1024;

    // JsonDocument refuses input nested deeper than this, so hostile nesting ends in a JsonException, not a stack overflow.
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "SocialMediaPosting",
        "TechArticle", "ScholarlyArticle", "Report", "SatiricalArticle", "DiscussionForumPosting", "Blog", "Review",
    };

    private static readonly HashSet<string> PageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "WebPage", "ItemPage", "AboutPage", "CollectionPage", "MediaObject", "VideoObject",
    };

    private static readonly HashSet<string> OrganizationTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Organization", "NewsMediaOrganization", "Corporation", "EducationalOrganization", "GovernmentOrganization",
    };

    private static readonly HashSet<string> WebSiteTypes = new(StringComparer.OrdinalIgnoreCase) { "WebSite" };

    public static JsonLdArticle? Read(IHtmlDocument document)
    {
        JsonLdArticle? article = null;
        JsonLdArticle? page = null;
        string? siteName = null;
        foreach (var script in document.Scripts)
        {
            var type = script.Type;
            if (type is null || !type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = script.Text;
            if (string.IsNullOrWhiteSpace(text) || text.Length > MaxScriptChars)
            {
                continue;
            }

            using var json = TryParse(text);
            if (json is null)
            {
                continue;
            }

            Visit(json.RootElement, ref article, ref page, ref siteName, depth: 0);
        }

        var result = article ?? page;
        if (result is null)
        {
            return siteName is null ? null : new JsonLdArticle { WebSiteName = siteName };
        }

        return result with { WebSiteName = siteName };
    }

    private static JsonDocument? TryParse(string text)
    {
        text = text.Trim();
        if (text.StartsWith("<!--", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        if (text.EndsWith("-->", StringComparison.Ordinal))
        {
            text = text[..^3];
        }

        try
        {
            return JsonDocument.Parse(text, ParseOptions);
        }
        catch (JsonException)
        {
            // Raw line breaks inside strings are the most common fault of hand-written JSON-LD.
            try
            {
                return JsonDocument.Parse(ReplaceControlCharacters(text), ParseOptions);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private static string ReplaceControlCharacters(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] < ' ' ? ' ' : source[i];
            }
        });

    private static void Visit(JsonElement element, ref JsonLdArticle? article, ref JsonLdArticle? page, ref string? siteName, int depth)
    {
        // Stories sit at the top, in @graph, or one level down in mainEntity; nothing deeper is worth a walk.
        if (depth > 3)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, ref article, ref page, ref siteName, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, ref article, ref page, ref siteName, depth + 1);
        }

        if (HasType(element, ArticleTypes))
        {
            article ??= ReadArticle(element);
        }
        else if (HasType(element, PageTypes))
        {
            page ??= ReadArticle(element);
        }
        else if (HasType(element, WebSiteTypes))
        {
            siteName ??= Text(element, "name");
        }

        if (element.TryGetProperty("mainEntity", out var main) && main.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Visit(main, ref article, ref page, ref siteName, depth + 1);
        }
    }

    private static JsonLdArticle ReadArticle(JsonElement element)
    {
        var persons = new List<string>();
        var organizations = new List<string>();
        if (element.TryGetProperty("author", out var author))
        {
            CollectAuthors(author, persons, organizations);
        }

        string? publisher = null;
        if (element.TryGetProperty("publisher", out var publisherElement))
        {
            publisher = publisherElement.ValueKind == JsonValueKind.Array
                ? FirstName(publisherElement)
                : Name(publisherElement);
        }

        return new JsonLdArticle
        {
            Headline = Text(element, "headline") ?? Text(element, "name"),
            DatePublished = Text(element, "datePublished") ?? Text(element, "dateCreated") ?? Text(element, "uploadDate"),
            DateModified = Text(element, "dateModified"),
            PersonAuthors = persons,
            OrganizationAuthors = organizations,
            PublisherName = publisher,
            Image = element.TryGetProperty("image", out var image) ? Url(image) : (element.TryGetProperty("thumbnailUrl", out var thumb) ? Url(thumb) : null),
            Description = Text(element, "description"),
            ArticleBody = Text(element, "articleBody"),
            Url = Text(element, "url"),
            Language = Text(element, "inLanguage"),
        };
    }

    private static void CollectAuthors(JsonElement author, List<string> persons, List<string> organizations)
    {
        switch (author.ValueKind)
        {
            case JsonValueKind.String:
                AddName(persons, author.GetString());
                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.String or JsonValueKind.Object)
                    {
                        CollectAuthors(item, persons, organizations);
                    }
                }

                break;
            case JsonValueKind.Object:
                var name = Name(author);
                if (HasType(author, OrganizationTypes))
                {
                    AddName(organizations, name);
                }
                else
                {
                    AddName(persons, name);
                }

                break;
        }
    }

    private static void AddName(List<string> names, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            names.Add(name.Trim());
        }
    }

    private static string? FirstName(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (Name(item) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static string? Name(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => NonEmpty(element.GetString()),
        JsonValueKind.Object => Text(element, "name"),
        _ => null,
    };

    private static string? Url(JsonElement image) => image.ValueKind switch
    {
        JsonValueKind.String => NonEmpty(image.GetString()),
        JsonValueKind.Object => Text(image, "url") ?? Text(image, "contentUrl") ?? Text(image, "@id"),
        JsonValueKind.Array => image.GetArrayLength() > 0 ? Url(image[0]) : null,
        _ => null,
    };

    private static string? Text(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(value.GetString()),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => NonEmpty(value[0].GetString()),
            JsonValueKind.Object => Text(value, "@value") ?? Text(value, "name"),
            _ => null,
        };
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool HasType(JsonElement element, HashSet<string> types)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return types.Contains(StripVocabulary(type.GetString()));
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && types.Contains(StripVocabulary(item.GetString())))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type as "NewsArticle".
    private static string StripVocabulary(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return string.Empty;
        }

        var cut = Math.Max(type.LastIndexOf('/'), type.LastIndexOf(':'));
        return cut >= 0 ? type[(cut + 1)..] : type;
    }
}
