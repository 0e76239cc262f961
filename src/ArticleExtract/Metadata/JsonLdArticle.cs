namespace ArticleExtract.Metadata;

/// <summary>What the page's JSON-LD says about its story (the first article-like object found).</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    public string? DatePublished { get; init; }

    /// <summary><c>dateCreated</c> (or a video's <c>uploadDate</c>) when the object gives no <c>datePublished</c>:
    /// the draft's creation, which may come before the publication the page prints.</summary>
    public string? DateCreated { get; init; }

    /// <summary>The object's own date for another object's use: its publication, else its creation.</summary>
    public string? PublishedOrCreated => DatePublished ?? DateCreated;

    public string? DateModified { get; init; }

    /// <summary>The upload date of a video or audio object when the page has no article or page object.</summary>
    public string? MediaDatePublished { get; init; }

    /// <summary>The <c>datePublished</c> of a non-article object (Recipe, Event, …), a last structured fallback.</summary>
    public string? OtherDatePublished { get; init; }

    /// <summary>Names of authors typed as people (or untyped); an organisation named as author is left out.</summary>
    public IReadOnlyList<string> PersonAuthors { get; init; } = [];

    /// <summary>Names of authors typed as organisations (a company issuing a press release): never a person's byline.</summary>
    public IReadOnlyList<string> OrganizationAuthors { get; init; } = [];

    /// <summary>Authors given only by reference (<c>{"@id": …}</c>), resolved against the page's other objects.</summary>
    public IReadOnlyList<string> AuthorIds { get; init; } = [];

    public string? PublisherName { get; init; }

    public string? WebSiteName { get; init; }

    public string? Image { get; init; }

    public string? Description { get; init; }

    public string? ArticleBody { get; init; }

    /// <summary>CSS selectors of the story's parts the page marks as for subscribers (<c>hasPart</c> with <c>isAccessibleForFree</c> false).</summary>
    public IReadOnlyList<string> PaywalledParts { get; init; } = [];

    /// <summary>The description, ingredients and steps of a <c>HowTo</c> or <c>Recipe</c> on the page, one per line.</summary>
    public string? Instructions { get; init; }

    public string? Url { get; init; }

    public string? Language { get; init; }
}
