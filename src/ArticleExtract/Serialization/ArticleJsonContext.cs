using System.Text.Json.Serialization;

namespace ArticleExtract.Serialization;

/// <summary>Compile-time serialization metadata, so the library needs no reflection and stays trimmable.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(ArticleJsonDocument))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
