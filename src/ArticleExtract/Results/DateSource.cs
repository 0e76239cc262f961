namespace ArticleExtract;

/// <summary>Where on the page a date was found.</summary>
public enum DateSource
{
    /// <summary>A JSON-LD block (<c>datePublished</c>, <c>dateModified</c>).</summary>
    JsonLd,

    /// <summary>A <c>&lt;meta&gt;</c> tag (Open Graph, Dublin Core, itemprop and the like).</summary>
    MetaTag,

    /// <summary>A <c>&lt;time datetime&gt;</c> element.</summary>
    TimeElement,

    /// <summary>The visible text near the headline.</summary>
    VisibleText,

    /// <summary>The page address (for example <c>/2024/03/05/</c>).</summary>
    Url,
}
