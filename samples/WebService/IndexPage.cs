namespace WebService;

/// <summary>Serves the page where a person pastes HTML and sees the article.</summary>
internal static class IndexPage
{
    // Only the page's own inline script and style run, and it talks to this service only.
    private const string Policy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'";

    private static readonly byte[] Page = Load();

    public static IResult Serve(HttpContext context)
    {
        context.Response.Headers.ContentSecurityPolicy = Policy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(Page, "text/html; charset=utf-8");
    }

    private static byte[] Load()
    {
        using var stream = typeof(IndexPage).Assembly.GetManifestResourceStream("WebService.index.html")
            ?? throw new InvalidOperationException("The page resource is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
