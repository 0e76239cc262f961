namespace ArticleExtract.Cli;

/// <summary>Checks a page address given on the command line or in a manifest.</summary>
internal static class PageUrl
{
    /// <summary>
    /// The address as an absolute http(s) <see cref="Uri"/>, or <see langword="null"/> when it is not one.
    /// Other schemes are refused because the extractor resolves links against the address.
    /// </summary>
    public static Uri? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) ||
            !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) ||
            string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return uri;
    }
}
