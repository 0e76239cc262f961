using System.Text.Json.Serialization;

namespace ArticleExtract.Serialization;

/// <summary>
/// The wire shape of a failure. The reason is a string, not the enum, so that callers outside the extractor
/// (a batch runner that cannot read a file, for example) can report their own reasons in the same shape.
/// </summary>
internal sealed record FailureJsonDocument(
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("message")] string Message);
