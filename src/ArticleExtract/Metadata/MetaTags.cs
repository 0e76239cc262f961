using System.Collections.Frozen;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> values, keyed by lower-cased <c>property</c>, <c>name</c>, <c>itemprop</c> or
/// <c>http-equiv</c>; the first non-empty value of each key wins, as the page author wrote it first.
/// </summary>
internal sealed class MetaTags
{
    private static readonly char[] Whitespace = [' ', '\t', '\n', '\r', '\f'];

    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    // Later values of a key written more than once ("citation_author" per author); most keys have one.
    private Dictionary<string, List<string>>? _repeated;

    // Keys whose value came from a name= attribute, so that a later property= value may replace it.
    private readonly HashSet<string> _fromName = new(StringComparer.OrdinalIgnoreCase);

    private MetaTags()
    {
    }

    public static MetaTags Read(IHtmlDocument document)
    {
        var tags = new MetaTags();
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            // A tag may carry several keys (property="og:title" name="title"): index each.
            tags.Add(meta, "property", content);
            tags.Add(meta, "name", content);
            if (!DescribesListedItem(meta))
            {
                tags.Add(meta, "itemprop", content);
            }

            tags.Add(meta, "http-equiv", content);
        }

        tags.AddParselyPage();
        return tags;
    }

    // Microdata types of what a page lists beside its story: teasers, comments, reviews, menus.
    private static readonly FrozenSet<string> ListingTypes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "ItemList", "ListItem", "BreadcrumbList", "SiteNavigationElement", "WPSideBar", "WPFooter", "WPHeader", "Comment",
        "Review", "UserComments",
    ]);

    /// <summary>
    /// Whether an <c>itemprop</c> meta describes an item the page lists rather than the page's own story: a video
    /// list's <c>&lt;meta itemprop="datePublished"&gt;</c> per teaser is no publication date of the article above it.
    /// </summary>
    private static bool DescribesListedItem(IElement meta)
    {
        if (meta.GetAttribute("itemprop") is null)
        {
            return false;
        }

        for (var element = meta.ParentElement; element is not null; element = element.ParentElement)
        {
            if (element.HasAttribute("itemscope"))
            {
                var type = element.GetAttribute("itemtype")?.Trim().TrimEnd('/');
                if (string.IsNullOrEmpty(type))
                {
                    return false;
                }

                var slash = type.LastIndexOfAny(['/', '#', ':']);
                return ListingTypes.Contains(slash >= 0 ? type[(slash + 1)..] : type);
            }
        }

        return false;
    }

    // A page object bigger than this is no Parse.ly page description.
    private const int MaxParselyPageChars = 64 * 1024;

    /// <summary>The author named in the older Parse.ly tag's object (<see cref="AddParselyPage"/>).</summary>
    public const string ParselyPageAuthor = "parsely-page:author";

    /// <summary>The publication time in the older Parse.ly tag's object, in UTC.</summary>
    public const string ParselyPagePublished = "parsely-page:pub_date";

    /// <summary>
    /// The older Parse.ly tag, one JSON object in <c>parsely-page</c> (<c>{"title":…,"pub_date":…,"author":…}</c>):
    /// its author and publication time under keys of their own, which the resolvers ask after every other tag. Its
    /// time is in UTC where the page prints its own, and its author is often the desk's where the page names people.
    /// </summary>
    private void AddParselyPage()
    {
        if (!_values.TryGetValue("parsely-page", out var json) || json.Length > MaxParselyPageChars)
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var key = property.Name switch
                {
                    "pub_date" => ParselyPagePublished,
                    "author" or "authors" => ParselyPageAuthor,
                    _ => null,
                };

                if (key is null || _values.ContainsKey(key))
                {
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } value)
                {
                    AddValue(key, value);
                }
                else if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } each)
                        {
                            AddValue(key, each);
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A broken object describes nothing; the page's other tags still stand.
        }
    }

    private void AddValue(string key, string value)
    {
        if (_values.TryAdd(key, value) || string.Equals(_values[key], value, StringComparison.Ordinal))
        {
            return;
        }

        _repeated ??= new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        if (!_repeated.TryGetValue(key, out var more))
        {
            _repeated[key] = more = [];
        }

        more.Add(value);
    }

    /// <summary>The first value of the first key that has one.</summary>
    public string? Get(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every value of the key in page order: a page may repeat a key, one tag per author.</summary>
    public IReadOnlyList<string> GetAll(string key)
    {
        if (!_values.TryGetValue(key, out var first))
        {
            return [];
        }

        if (_repeated is null || !_repeated.TryGetValue(key, out var more))
        {
            return [first];
        }

        return [first, .. more];
    }

    /// <summary>The first value for the key and the key itself, for provenance.</summary>
    public (string Value, string Key)? GetWithKey(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value))
            {
                return (value, key);
            }
        }

        return null;
    }

    // The content comes trimmed, once for all four attributes.
    private void Add(IElement meta, string attribute, string content)
    {
        var keys = meta.GetAttribute(attribute);
        if (string.IsNullOrWhiteSpace(keys))
        {
            return;
        }

        // RDFa lets one attribute carry several keys: property="og:title twitter:title".
        foreach (var key in keys.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries))
        {
            var canonical = Canonical(key);

            // property= is the Open Graph and RDFa form; a name= value for the same key yields to it.
            if (attribute == "property" && _fromName.Remove(canonical))
            {
                _values[canonical] = content;
                continue;
            }

            if (_values.TryAdd(canonical, content))
            {
                if (attribute != "property")
                {
                    _fromName.Add(canonical);
                }
            }
            else
            {
                AddValue(canonical, content);
            }
        }
    }

    // Dublin Core is written "DC.title", "dc:title" and "dcterms:title" alike.
    private static string Canonical(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon is 2 or 7 && (key.StartsWith("dc:", StringComparison.OrdinalIgnoreCase) ||
                                key.StartsWith("dcterms:", StringComparison.OrdinalIgnoreCase)))
        {
            return key.Replace(':', '.');
        }

        return key;
    }
}
