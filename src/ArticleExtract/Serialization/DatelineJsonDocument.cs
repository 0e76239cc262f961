using System.Text.Json.Serialization;

namespace ArticleExtract.Serialization;

/// <summary>The wire shape of a <see cref="ArticleExtract.Dateline"/>.</summary>
internal sealed record DatelineJsonDocument(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("agency")] string? Agency);
