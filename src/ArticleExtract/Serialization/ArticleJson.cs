using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ArticleExtract.Serialization;

/// <summary>
/// Writes extraction results as JSON in a stable shape, the same one the <c>articleextract</c> command-line tool
/// prints.
/// </summary>
/// <remarks>
/// <para>
/// The object has these camelCase properties, always in this order: <c>headline</c>, <c>dateline</c>
/// (<c>{text, location, agency}</c>), <c>published</c>, <c>modified</c>, <c>byline</c>, <c>authors</c>,
/// <c>paragraphs</c>, <c>text</c>, <c>siteName</c>, <c>language</c>, <c>canonicalUrl</c>, <c>description</c>,
/// <c>leadImage</c> and <c>failure</c> (<c>{reason, message}</c>).
/// </para>
/// <para>
/// Unknown values are <c>null</c>, never omitted. Dates are ISO 8601 at the precision the page gives (see
/// <see cref="ArticleDate.ToString"/>). On failure <c>failure.reason</c> is the <see cref="FailureReason"/> name in camelCase (for example
/// <c>emptyInput</c>) and <c>paragraphs</c> is empty, <c>text</c> <c>null</c>; the metadata properties are those of
/// <see cref="ExtractionResult.Partial"/> when the page had some (<c>noArticleFound</c>), otherwise <c>null</c>.
/// On success <c>failure</c> is <c>null</c>.
/// </para>
/// <para>The serializer uses compile-time metadata only, so it is safe with trimming and native AOT.</para>
/// </remarks>
public static class ArticleJson
{
    private static readonly JsonTypeInfo<ArticleJsonDocument> Compact = CreateTypeInfo(indented: false);
    private static readonly JsonTypeInfo<ArticleJsonDocument> Indented = CreateTypeInfo(indented: true);

    /// <summary>Serializes a result to a JSON object. Non-ASCII text is written as is, not escaped.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="indented">Whether to indent the JSON over several lines; by default it is one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string Serialize(ExtractionResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(ToDocument(result, id: null), indented ? Indented : Compact);
    }

    /// <summary>
    /// Writes a result as one JSON object. Indentation and escaping follow <paramref name="writer"/>'s options;
    /// create it with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> to keep non-ASCII text readable.
    /// </summary>
    /// <param name="writer">The writer to write to. It is not flushed.</param>
    /// <param name="result">The extraction result.</param>
    /// <param name="id">An identifier for the page; when given, it is written first as <c>"id"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, ExtractionResult result, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        JsonSerializer.Serialize(writer, ToDocument(result, id), Compact);
    }

    /// <summary>
    /// Writes a failure that happened outside extraction (for example a file that could not be read) as one JSON
    /// object in the same shape as <see cref="Write(Utf8JsonWriter, ExtractionResult, string?)"/>: every article
    /// property <c>null</c>, the lists empty, and <c>failure</c> holding <paramref name="reason"/> and
    /// <paramref name="message"/>.
    /// </summary>
    /// <param name="writer">The writer to write to. It is not flushed.</param>
    /// <param name="reason">A short camelCase reason for programs, such as <c>unreadable</c>.</param>
    /// <param name="message">A human-readable explanation.</param>
    /// <param name="id">An identifier for the page; when given, it is written first as <c>"id"</c>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or white space.</exception>
    public static void WriteFailure(Utf8JsonWriter writer, string reason, string message, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(message);
        var document = new ArticleJsonDocument { Id = id, Failure = new FailureJsonDocument(reason, message) };
        JsonSerializer.Serialize(writer, document, Compact);
    }

    /// <summary>The camelCase name of a failure reason, as written in <c>failure.reason</c>.</summary>
    internal static string ReasonName(FailureReason reason) =>
        JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    internal static ArticleJsonDocument ToDocument(ExtractionResult result, string? id)
    {
        var failure = result.Failure is { } f ? new FailureJsonDocument(ReasonName(f.Reason), f.Message) : null;
        if ((result.Article ?? result.Partial) is not { } article)
        {
            return new ArticleJsonDocument { Id = id, Failure = failure };
        }

        return new ArticleJsonDocument
        {
            Id = id,
            Headline = article.Headline,
            Dateline = article.Dateline is { } d ? new DatelineJsonDocument(d.Text, d.Location, d.Agency) : null,
            Published = article.Published?.ToString(),
            Modified = article.Modified?.ToString(),
            Byline = article.Byline,
            Authors = article.Authors,
            Paragraphs = article.Paragraphs,
            // A partial article has no body: its text is unknown, not empty.
            Text = result.Succeeded ? article.Text : null,
            SiteName = article.SiteName,
            Language = article.Language,
            CanonicalUrl = UriText(article.CanonicalUrl),
            Description = article.Description,
            LeadImage = UriText(article.LeadImage),
            Failure = failure,
        };
    }

    // AbsoluteUri is the escaped, canonical form; a relative Uri has none, so its original text is kept.
    private static string? UriText(Uri? uri) =>
        uri is null ? null : uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;

    private static JsonTypeInfo<ArticleJsonDocument> CreateTypeInfo(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        return new ArticleJsonContext(options).ArticleJsonDocument;
    }
}
