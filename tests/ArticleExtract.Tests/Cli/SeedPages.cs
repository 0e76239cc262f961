using System.Text.Json;
using ArticleExtract.Serialization;

namespace ArticleExtract.Tests.Cli;

/// <summary>The seed fixture pages, read from the test output folder.</summary>
internal static class SeedPages
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seed", name + ".html");

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>The JSON the library writes for a page extracted directly, with an optional id.</summary>
    public static string DirectJson(byte[] page, Uri? url = null, string? id = null, ArticleExtractorOptions? options = null)
    {
        var result = new ArticleExtractor(options ?? ArticleExtractorOptions.Default).Extract(page, url);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ArticleJson.Write(writer, result, id);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
