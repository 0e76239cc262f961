using System.Net.Http.Headers;
using System.Text.Json;
using ArticleExtract;
using ArticleExtract.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace WebService;

/// <summary>
/// <c>POST /extract[?url=...]</c>: the request body is the page (<c>text/html</c>, any charset); the answer is the
/// article as the command-line tool prints it, 413 for a body over the limit, 422 when no article is found.
/// </summary>
internal static class ExtractEndpoint
{
    private const int ChunkSize = 64 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpContext context, IArticleExtractor extractor, IOptions<WebServiceOptions> options, string? url, CancellationToken ct)
    {
        var request = context.Request;
        var limit = options.Value.MaxRequestBodyBytes;

        Uri? pageUrl = null;
        if (url is not null && !TryPageUrl(url, out pageUrl))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid url",
                detail: $"'{url}' is not an absolute http or https URL.");
        }

        if (!IsPageMediaType(request.ContentType))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send the page as text/html (or application/xhtml+xml, text/plain); a charset parameter is honoured.");
        }

        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        // Kestrel enforces the limit as well, so a body without a length is cut off at the socket.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        byte[]? body;
        try
        {
            body = await ReadBoundedAsync(request.Body, limit, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            return TooLarge(limit);
        }

        var result = extractor.Extract(body, pageUrl, request.ContentType);
        if (result.Failure is { } failure)
        {
            return Results.Problem(
                statusCode: failure.Reason == FailureReason.InputTooLarge
                    ? StatusCodes.Status413PayloadTooLarge
                    : StatusCodes.Status422UnprocessableEntity,
                title: "No article extracted",
                detail: failure.Message,
                extensions: new Dictionary<string, object?> { ["reason"] = JsonNamingPolicy.CamelCase.ConvertName(failure.Reason.ToString()) });
        }

        return Results.Text(ArticleJson.Serialize(result), "application/json; charset=utf-8");
    }

    private static IResult TooLarge(long limit) =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: $"The page is larger than the limit of {limit} bytes (WebService:MaxRequestBodyBytes).",
            extensions: new Dictionary<string, object?> { ["limit"] = limit });

    private static bool TryPageUrl(string text, out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static bool IsPageMediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType is { } mediaType
        && (mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase));

    // Reads at most one byte past the limit, whatever the client declared (TestServer and proxies do not enforce it).
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (true)
        {
            var wanted = (int)Math.Min(ChunkSize, limit + 1 - buffer.Length);
            var read = await body.ReadAsync(chunk.AsMemory(0, wanted), ct);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }
    }
}
