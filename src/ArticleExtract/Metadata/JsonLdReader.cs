using System.Text.Json;
using AngleSharp.Dom;
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

    // Guides whose steps may be the page's only text.
    private static readonly HashSet<string> InstructionTypes = new(StringComparer.OrdinalIgnoreCase) { "HowTo", "Recipe" };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "SocialMediaPosting",
        "TechArticle", "ScholarlyArticle", "Report", "SatiricalArticle", "DiscussionForumPosting", "Blog", "Review",
    };

    private static readonly HashSet<string> PageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "WebPage", "ItemPage", "AboutPage", "CollectionPage",
    };

    // A video or audio object is often a clip embedded in the story, uploaded on another day than the story.
    private static readonly HashSet<string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "MediaObject", "VideoObject", "AudioObject",
    };

    private static readonly HashSet<string> OrganizationTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Organization", "NewsMediaOrganization", "Corporation", "EducationalOrganization", "GovernmentOrganization",
    };

    private static readonly HashSet<string> WebSiteTypes = new(StringComparer.OrdinalIgnoreCase) { "WebSite" };

    private static readonly HashSet<string> PersonTypes = new(StringComparer.OrdinalIgnoreCase) { "Person" };

    public static JsonLdArticle? Read(IHtmlDocument document)
    {
        var found = new Found();
        foreach (var script in document.Scripts)
        {
            var type = script.Type;
            if (IsOtherType(type))
            {
                // Not JSON-LD whatever it holds: its text is not read.
                continue;
            }

            var text = ScriptText(script);
            if (string.IsNullOrWhiteSpace(text) || text.Length > MaxScriptChars || !IsJsonLd(type, text))
            {
                continue;
            }

            using var json = TryParse(text);
            if (json is null)
            {
                continue;
            }

            Visit(json.RootElement, found, depth: 0);
        }

        var result = found.Article ?? found.Page;
        if (result is null && found.Media is { } media)
        {
            // Only a media object: its names stand in for the story's, but its upload date is believed after the
            // page's own publication tags.
            return ResolveAuthorIds(media, found) with
            {
                DatePublished = null, DateCreated = null, MediaDatePublished = media.PublishedOrCreated, WebSiteName = found.SiteName, OtherDatePublished = found.OtherDate,
                Instructions = found.Instructions,
            };
        }

        if (result is null)
        {
            return found.SiteName is null && found.OtherDate is null && found.Instructions is null
                ? null
                : new JsonLdArticle { WebSiteName = found.SiteName, OtherDatePublished = found.OtherDate, Instructions = found.Instructions };
        }

        // An article object without a date is still dated by the page or video object around it.
        var otherDate = found.OtherDate ?? (ReferenceEquals(result, found.Page) ? null : found.Page?.PublishedOrCreated) ?? found.Media?.PublishedOrCreated;
        return ResolveAuthorIds(result, found) with
        {
            WebSiteName = found.SiteName, OtherDatePublished = otherDate, Instructions = found.Instructions,
        };
    }

    // Yoast and others name the author by reference ({"@id": "…#/schema/person/…"}) to a Person elsewhere in @graph.
    private static JsonLdArticle ResolveAuthorIds(JsonLdArticle article, Found found)
    {
        if (article.AuthorIds.Count == 0)
        {
            return article;
        }

        var persons = new List<string>(article.PersonAuthors);
        var organizations = new List<string>(article.OrganizationAuthors);
        foreach (var id in article.AuthorIds)
        {
            if (found.Named.TryGetValue(id, out var named))
            {
                (named.IsPerson ? persons : organizations).Add(named.Name);
            }
        }

        return article with { PersonAuthors = persons, OrganizationAuthors = organizations };
    }

    // A type that is neither JSON-LD nor JavaScript: IsJsonLd says no without looking at the text.
    private static bool IsOtherType(string? type) =>
        !string.IsNullOrWhiteSpace(type) &&
        !type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase) &&
        !type.Trim().Equals("text/javascript", StringComparison.OrdinalIgnoreCase);

    // The script's text; a script holds one text node, whose string is its text as it is (no copy of a large script).
    private static string ScriptText(IHtmlScriptElement script) =>
        script.ChildNodes is { Length: 1 } children && children[0] is IText only ? only.Data : script.Text;

    // Typed application/ld+json, or an untyped script that holds nothing but a schema.org object (some CMSs omit the type).
    private static bool IsJsonLd(string? type, string text)
    {
        if (type is not null && type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!string.IsNullOrWhiteSpace(type) && !type.Trim().Equals("text/javascript", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 2 && trimmed[0] is '{' or '[' && trimmed[^1] is '}' or ']' &&
               trimmed.Contains("\"@context\"", StringComparison.Ordinal) &&
               trimmed.Contains("schema.org", StringComparison.OrdinalIgnoreCase);
    }

    private static JsonDocument? TryParse(string text)
    {
        text = Unwrap(text.Trim());

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

    // Pages wrap JSON-LD in an HTML comment or a (commented) CDATA section for old parsers.
    private static string Unwrap(string text)
    {
        foreach (var opener in (ReadOnlySpan<string>)["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["])
        {
            if (text.StartsWith(opener, StringComparison.Ordinal))
            {
                text = text[opener.Length..].TrimStart();
            }
        }

        foreach (var closer in (ReadOnlySpan<string>)["-->", "//]]>", "/*]]>*/", "]]>"])
        {
            if (text.EndsWith(closer, StringComparison.Ordinal))
            {
                text = text[..^closer.Length].TrimEnd();
            }
        }

        return text;
    }

    private static string ReplaceControlCharacters(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] < ' ' ? ' ' : source[i];
            }
        });

    private static void Visit(JsonElement element, Found found, int depth)
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
                Visit(item, found, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, found, depth + 1);
        }

        if (Text(element, "@id") is { } id && Text(element, "name") is { } name)
        {
            var isPerson = HasType(element, PersonTypes) || !HasType(element, OrganizationTypes);
            found.Named.TryAdd(id, (isPerson ? PersonName(element, name) : name, isPerson));
        }

        if (HasType(element, ArticleTypes))
        {
            found.Article ??= ReadArticle(element);
        }
        else if (HasType(element, PageTypes))
        {
            found.Page ??= ReadArticle(element);
        }
        else if (HasType(element, MediaTypes))
        {
            found.Media ??= ReadArticle(element);
        }
        else if (HasType(element, WebSiteTypes))
        {
            found.SiteName ??= Text(element, "name");
        }
        else if (!HasType(element, OrganizationTypes))
        {
            // A Recipe, Event or unknown type still dates the page when nothing article-like does.
            found.OtherDate ??= Text(element, "datePublished") ?? Text(element, "dateCreated");
            if (HasType(element, InstructionTypes))
            {
                found.Instructions ??= JsonLdInstructions.Read(element);
            }
        }

        if (element.TryGetProperty("mainEntity", out var main) && main.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Visit(main, found, depth + 1);
        }
    }

    private static JsonLdArticle ReadArticle(JsonElement element)
    {
        var persons = new List<string>();
        var organizations = new List<string>();
        var ids = new List<string>();
        if (element.TryGetProperty("author", out var author))
        {
            CollectAuthors(author, persons, organizations, ids);
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
            DatePublished = Text(element, "datePublished"),
            DateCreated = Text(element, "dateCreated") ?? Text(element, "uploadDate"),
            DateModified = Text(element, "dateModified"),
            PersonAuthors = persons,
            OrganizationAuthors = organizations,
            AuthorIds = ids,
            PublisherName = publisher,
            Image = element.TryGetProperty("image", out var image) ? Url(image) : (element.TryGetProperty("thumbnailUrl", out var thumb) ? Url(thumb) : null),
            Description = Text(element, "description"),
            ArticleBody = Text(element, "articleBody"),
            PaywalledParts = PaywalledParts(element),
            Url = Text(element, "url"),
            Language = Text(element, "inLanguage"),
        };
    }

    private const int MaxPaywalledParts = 8;

    // "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".paywall"}, one or several:
    // the markup search engines ask of a page that hides part of its story from non-subscribers.
    private static List<string> PaywalledParts(JsonElement article)
    {
        var selectors = new List<string>();
        if (!article.TryGetProperty("hasPart", out var parts))
        {
            return selectors;
        }

        foreach (var part in parts.ValueKind == JsonValueKind.Array ? parts.EnumerateArray() : Enumerable.Repeat(parts, 1))
        {
            if (selectors.Count < MaxPaywalledParts && part.ValueKind == JsonValueKind.Object && IsFalse(part, "isAccessibleForFree") &&
                Text(part, "cssSelector") is { } selector)
            {
                selectors.Add(selector);
            }
        }

        return selectors;
    }

    // false, "False", "false": pages write the flag both ways.
    private static bool IsFalse(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) &&
        (value.ValueKind == JsonValueKind.False || (value.ValueKind == JsonValueKind.String && string.Equals(value.GetString()?.Trim(), "false", StringComparison.OrdinalIgnoreCase)));

    private static void CollectAuthors(JsonElement author, List<string> persons, List<string> organizations, List<string> ids)
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
                        CollectAuthors(item, persons, organizations, ids);
                    }
                }

                break;
            case JsonValueKind.Object when author.TryGetProperty("name", out var names) && names.ValueKind == JsonValueKind.Array:
                // {"@type":"Person","name":["Carla Ibáñez","Julian Reyes"]}: one entry for several people, each a name.
                var target = HasType(author, OrganizationTypes) && !HasType(author, PersonTypes) ? organizations : persons;
                foreach (var item in names.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        AddName(target, item.GetString());
                    }
                }

                break;
            case JsonValueKind.Object:
                var name = Name(author);
                if (name is null && Text(author, "@id") is { } id)
                {
                    ids.Add(id);
                }
                else if (!HasType(author, OrganizationTypes) || HasType(author, PersonTypes))
                {
                    AddName(persons, name is null ? null : PersonName(author, name));
                }
                else
                {
                    // An organisation as author names no person; the printed byline may.
                    AddName(organizations, name);
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

    private const int MaxSurnameWords = 2;

    /// <summary>
    /// A person shown by first name only ("Nils") whose biography opens with the full name ("Nils Pickert ist freier
    /// Autor …", "Stefanus Stahl - Maschinenbauer …"): the full name. Otherwise the name as given.
    /// </summary>
    private static string PersonName(JsonElement person, string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Contains(' ', StringComparison.Ordinal) || Text(person, "description") is not { } bio ||
            !bio.StartsWith(trimmed + " ", StringComparison.Ordinal))
        {
            return name;
        }

        var end = trimmed.Length;
        var words = 0;
        var i = end + 1;
        while (words < MaxSurnameWords && i < bio.Length && char.IsUpper(bio[i]))
        {
            var j = i;
            while (j < bio.Length && (char.IsLetter(bio[j]) || bio[j] is '-' or '\'' or '\u2019'))
            {
                j++;
            }

            if (j < bio.Length && !char.IsWhiteSpace(bio[j]) && bio[j] is not (',' or '.'))
            {
                break;
            }

            end = j;
            words++;
            if (j >= bio.Length || bio[j] != ' ')
            {
                break;
            }

            i = j + 1;
        }

        return words == 0 ? name : bio[..end];
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

    /// <summary>What the walk over a page's JSON-LD blocks has found so far.</summary>
    private sealed class Found
    {
        public JsonLdArticle? Article { get; set; }

        public JsonLdArticle? Page { get; set; }

        public JsonLdArticle? Media { get; set; }

        public string? SiteName { get; set; }

        public string? OtherDate { get; set; }

        public string? Instructions { get; set; }

        /// <summary>Objects with an <c>@id</c> and a name, for resolving references.</summary>
        public Dictionary<string, (string Name, bool IsPerson)> Named { get; } = new(StringComparer.Ordinal);
    }
}
