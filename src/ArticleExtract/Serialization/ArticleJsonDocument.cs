using System.Text.Json.Serialization;

namespace ArticleExtract.Serialization;

/// <summary>
/// The wire shape of one extraction result. Property names and order are the public JSON contract, so they are
/// spelled out here instead of being derived from the result types.
/// </summary>
internal sealed record ArticleJsonDocument
{
    // Present only in batch output, where it must come first; omitted entirely otherwise.
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    [JsonPropertyName("headline")]
    public string? Headline { get; init; }

    [JsonPropertyName("dateline")]
    public DatelineJsonDocument? Dateline { get; init; }

    [JsonPropertyName("published")]
    public string? Published { get; init; }

    [JsonPropertyName("modified")]
    public string? Modified { get; init; }

    [JsonPropertyName("byline")]
    public string? Byline { get; init; }

    [JsonPropertyName("authors")]
    public IReadOnlyList<string> Authors { get; init; } = [];

    [JsonPropertyName("paragraphs")]
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("siteName")]
    public string? SiteName { get; init; }

    [JsonPropertyName("language")]
    public string? Language { get; init; }

    [JsonPropertyName("canonicalUrl")]
    public string? CanonicalUrl { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("leadImage")]
    public string? LeadImage { get; init; }

    [JsonPropertyName("failure")]
    public FailureJsonDocument? Failure { get; init; }
}
