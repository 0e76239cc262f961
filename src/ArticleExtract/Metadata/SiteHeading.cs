using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Recognises a heading that names the site rather than the story: one whose text is a link to the site's home
/// page (<c>&lt;h1&gt;&lt;a href="/"&gt;Four Years Remaining&lt;/a&gt;&lt;/h1&gt;</c>), as blog themes print above every post.
/// </summary>
internal static class SiteHeading
{
    private const int MaxAncestors = 2;

    public static bool IsHomeLink(IElement heading, string text)
    {
        foreach (var link in heading.GetElementsByTagName("a"))
        {
            if (IsHome(link.GetAttribute("href")) && SiteAffix.SameText(TextNormalizer.Collapse(NodeText.Of(link)), text))
            {
                return true;
            }
        }

        // <a href="/"><h1>Site</h1></a>
        return (LinkAncestor.Find(heading, MaxAncestors) is { } enclosing && IsHome(enclosing.GetAttribute("href"))) ||
               IsLogoOfHomeLinks(heading, text);
    }

    /// <summary>
    /// "&lt;h1&gt;&lt;a href="https://www.naver.com"&gt;NAVER&lt;/a&gt;&lt;a href="https://sports.naver.com"&gt;스포츠&lt;/a&gt;&lt;/h1&gt;": a logo
    /// of several words, each a link to a home page (the portal's, the section's), and no other text.
    /// </summary>
    private static bool IsLogoOfHomeLinks(IElement heading, string text)
    {
        var links = heading.GetElementsByTagName("a");
        if (links.Length < 2)
        {
            return false;
        }

        var linked = 0;
        foreach (var link in links)
        {
            if (!IsHome(link.GetAttribute("href")))
            {
                return false;
            }

            linked += NodeText.CollapsedLength(link);
        }

        return linked >= TextNormalizer.CollapsedLength(text) - links.Length;
    }

    /// <summary>Whether <paramref name="href"/> points at a site's home page ("/", "https://host/", an archived copy of one).</summary>
    internal static bool IsHome(string? href)
    {
        href = href?.Trim();
        if (string.IsNullOrEmpty(href) || href.Length > 2048)
        {
            return false;
        }

        if (href is "/" or "./" or "~/" || IsIndexFile(href.TrimStart('.', '/')))
        {
            return true;
        }

        if (!href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) &&
            !href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) &&
            !href.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        if (!Uri.TryCreate(href.StartsWith("//", StringComparison.Ordinal) ? "https:" + href : href, UriKind.Absolute, out var uri))
        {
            return false;
        }

        // web.archive.org/web/20080731095558/http://www.dimido.de/ is the archived home page of dimido.de.
        var path = uri.AbsolutePath;
        var embedded = path.IndexOf("/http", StringComparison.OrdinalIgnoreCase);
        if (uri.Host.EndsWith("archive.org", StringComparison.OrdinalIgnoreCase) && embedded >= 0)
        {
            var inner = path[(embedded + 1)..];
            var scheme = inner.IndexOf(":/", StringComparison.Ordinal);
            if (scheme > 0 && !inner.AsSpan(scheme).StartsWith("://", StringComparison.Ordinal))
            {
                inner = inner[..scheme] + "://" + inner[(scheme + 2)..];
            }

            return IsHome(inner);
        }

        return uri.Query.Length == 0 && (path is "/" or "" || IsIndexFile(path.TrimStart('/')));
    }

    private static bool IsIndexFile(string path) =>
        path.StartsWith("index.", StringComparison.OrdinalIgnoreCase) && path.IndexOfAny(['/', '?']) < 0;
}
