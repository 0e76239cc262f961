using AngleSharp.Dom;

namespace ArticleExtract.Metadata;

/// <summary>Everything the metadata stage learned about the page, before the readability pass changes the DOM.</summary>
internal sealed record PageMetadata
{
    public string? Headline { get; init; }

    /// <summary>The element that holds the headline on the page, if one does.</summary>
    public IElement? HeadlineElement { get; init; }

    public string? SiteName { get; init; }

    /// <summary>Every name the site goes by (stated names, the host's label): never an author.</summary>
    public IReadOnlyList<string> SiteNames { get; init; } = [];

    public string? Language { get; init; }

    public Uri? CanonicalUrl { get; init; }

    public string? Description { get; init; }

    public Uri? LeadImage { get; init; }

    public ArticleDate? Published { get; init; }

    public ArticleDate? Modified { get; init; }

    public string? Byline { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>
    /// The agency the page credits where it names no person ("EFE" as the author field, "By AFP" over the story): the
    /// story's source, never an author, and the byline when no one else is credited.
    /// </summary>
    public string? AgencyCredit { get; init; }

    /// <summary>These metadata with the authors found later in the pipeline, and the byline they make.</summary>
    public PageMetadata WithAuthors(IReadOnlyList<string> authors) => this with { Authors = authors, Byline = BylineNormalizer.Join(authors) };

    /// <summary>CSS selectors of the story's parts JSON-LD marks as for subscribers: the page may hide them, they are still the story's.</summary>
    public IReadOnlyList<string> PaywalledParts { get; init; } = [];

    /// <summary>A dateline set in an element of its own under the headline ("CHENNAI"), for a story whose paragraphs open with none.</summary>
    public Dateline? StampedDateline { get; init; }

    /// <summary>The story text JSON-LD gives, a cross-check and a fallback for the body.</summary>
    public string? ArticleBody { get; init; }

    /// <summary>A guide's or recipe's steps as JSON-LD states them: the body of a page that renders them by script.</summary>
    public string? Instructions { get; init; }
}
