using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> values, keyed by lower-cased <c>property</c>, <c>name</c>, <c>itemprop</c> or
/// <c>http-equiv</c>; the first non-empty value of each key wins, as the page author wrote it first.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    private MetaTags()
    {
    }

    public static MetaTags Read(IHtmlDocument document)
    {
        var tags = new MetaTags();
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            // A tag may carry several keys (property="og:title" name="title"): index each.
            tags.Add(meta, "property", content);
            tags.Add(meta, "name", content);
            tags.Add(meta, "itemprop", content);
            tags.Add(meta, "http-equiv", content);
        }

        return tags;
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

    private void Add(IElement meta, string attribute, string content)
    {
        var key = meta.GetAttribute(attribute);
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        _values.TryAdd(key.Trim(), content.Trim());
    }
}
