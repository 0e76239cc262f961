using System.Collections.Frozen;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Reads everything but the body from the parsed page — JSON-LD, meta tags, <c>&lt;time&gt;</c> and the visible
/// header — before the readability pass changes the DOM.
/// </summary>
internal static class MetadataReader
{
    private static readonly ISelector LinkedImages = ParsedSelector.Of("a[href] img[alt]");

    public static PageMetadata Read(IHtmlDocument document, Uri? url, DateTimeOffset now)
    {
        var meta = MetaTags.Read(document);
        var jsonLd = JsonLdReader.Read(document);
        var links = HeadLinks.Find(document);
        var baseUri = BaseUri(links.Base, url);

        var explicitSiteName = SiteName(meta.Get("og:site_name")) ?? SiteName(meta.Get("application-name")) ??
                               SiteName(meta.Get("twitter:site:name")) ?? SiteName(jsonLd?.PublisherName) ?? SiteName(jsonLd?.WebSiteName);
        var canonical = Absolute(links.Canonical, baseUri) ??
                        Absolute(meta.Get("og:url"), baseUri);

        // A page handed over without its address still names its own in the canonical link.
        var (siteNames, publisherNames) = SiteNames(explicitSiteName, jsonLd, url ?? baseUri ?? canonical);
        var homeLogo = HomeLogoName(document);
        Add(siteNames, homeLogo);
        Add(publisherNames, homeLogo);

        // An issuer's name opens its release's printed headline ("Skarvik Hydrogen ASA: Signs …") as the subject, not
        // as a site's label: the headline is told from the site's names alone.
        var headline = HeadlineResolver.Resolve(document, meta, jsonLd, publisherNames);
        var (published, modified) = DateResolver.Resolve(document, meta, jsonLd, headline.Anchor, url ?? baseUri, canonical, now);
        var authors = ReviewCredit.WithoutReviewers(
            BylineResolver.Resolve(document, meta, jsonLd, siteNames, headline.Anchor, headline.RemovedAffix), document);
        if (ReviewCredit.AreEditorsOnly(authors, document))
        {
            // The story's own credit, if it prints one, names its writers instead.
            authors = [];
        }


        return new PageMetadata
        {
            Headline = HeadlineLead.Strip(headline.Headline),
            HeadlineElement = headline.Element,
            SiteName = explicitSiteName ?? headline.RemovedAffix,
            SiteNames = siteNames,
            Language = Language(document, meta, jsonLd),
            CanonicalUrl = canonical,
            Description = Clean(meta.Get("description", "og:description", "twitter:description", "dc.description")) ??
                          Clean(jsonLd?.Description),
            LeadImage = Absolute(meta.Get("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), baseUri) ??
                        Absolute(jsonLd?.Image, baseUri) ??
                        Absolute(links.ImageSource, baseUri),
            Published = published,
            Modified = modified,
            Authors = authors,
            Byline = BylineNormalizer.Join(authors),
            AgencyCredit = authors.Count == 0 || BylineNormalizer.IsNewsroomOnly(authors)
                ? AgencyCredit.Find(meta, jsonLd) ?? BylineResolver.PrintedAgency(document, headline.Anchor)
                : null,
            ArticleBody = jsonLd?.ArticleBody,
            // A headline read from the title, no heading printing it, leaves the element that prints it as the anchor
            // ("<span id='lblHeading' class='detailheading'>" over the story's "<div class='story-dateline'>").
            StampedDateline = DatelineStamp.Find(headline.Element ?? headline.Anchor),
            PaywalledParts = jsonLd?.PaywalledParts ?? [],
            Instructions = jsonLd?.Instructions,
        };
    }

    // The site's names with the issuers named as authors among them, and without.
    private static (List<string> WithIssuers, List<string> Publisher) SiteNames(string? explicitName, JsonLdArticle? jsonLd, Uri? url)
    {
        var publisher = new List<string>(4);
        Add(publisher, explicitName);
        Add(publisher, jsonLd?.PublisherName);
        Add(publisher, jsonLd?.WebSiteName);
        var names = new List<string>(publisher);

        // A company the structured data names as author (a press release's issuer) is printed in the page's author
        // fields too, and often without its legal form ("Corvana Therapeutics" for "Corvana Therapeutics, Inc."). The
        // site's own newsroom ("Redaktion Gelbe Liste Pharmindex") stays a credit, as it is where no one signs.
        foreach (var organization in jsonLd?.OrganizationAuthors ?? [])
        {
            if (!BylineNormalizer.IsNewsroomOnly([organization]))
            {
                Add(names, organization);
                Add(names, LegalForm.Without(organization));
            }
        }

        // The registrable label of the host ("reuters" in www.reuters.com) names the site too, for affix matching.
        if (url is not null && url.IsAbsoluteUri && url.Host.Length > 0)
        {
            var labels = url.Host.Split('.');
            if (labels.Length >= 2)
            {
                var label = RegistrableLabel(labels);
                Add(names, label);
                Add(publisher, label);
            }
        }

        return (names, publisher);
    }

    // Second-level labels under a country code ("bbc.co.uk", "smh.com.au", "asahi.co.jp"): the name is the label before.
    private static readonly FrozenSet<string> PublicSecondLevels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["co", "com", "org", "net", "gov", "gob", "edu", "ac", "or", "ne", "go", "nic", "info", "biz", "news"]);

    // "ndr" in www.ndr.de, "bbc" in www.bbc.co.uk: a short name is still the name, unless it is a public second level.
    private static string RegistrableLabel(string[] labels) =>
        labels.Length >= 3 && labels[^1].Length == 2 && PublicSecondLevels.Contains(labels[^2]) ? labels[^3] : labels[^2];

    private const int MaxLogoLinks = 40;
    private const int MaxLogoNameChars = 60;

    /// <summary>
    /// The text of the logo that links home ("&lt;a href='/'&gt;&lt;img alt='Science News Today'&gt;"): the site's
    /// name on pages that state it nowhere else, for affix matching only.
    /// </summary>
    private static string? HomeLogoName(IHtmlDocument document)
    {
        // A walk that stops after the first few linked images, where a query would list every one of the page's first.
        var seen = 0;
        var walk = new ElementWalk(document);
        while (walk.Next() is { } image)
        {
            if (image.LocalName != "img" || !LinkedImages.Match(image, null))
            {
                continue;
            }

            if (++seen > MaxLogoLinks)
            {
                break;
            }

            var link = image.Closest("a");
            var href = link?.GetAttribute("href")?.Trim();
            var alt = image.GetAttribute("alt")?.Trim();
            if (href is "/" or "./" or "/index.html" or "/index.php" && alt is { Length: > 1 and <= MaxLogoNameChars } && TextScan.ContainsLetter(alt))
            {
                return alt;
            }
        }

        return null;
    }

    private static void Add(List<string> names, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            names.Add(name);
        }
    }

    private static string? Language(IHtmlDocument document, MetaTags meta, JsonLdArticle? jsonLd)
    {
        var lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang");
        lang = Clean(lang) ?? Clean(meta.Get("content-language", "language", "dc.language")) ??
               Clean(meta.Get("og:locale")) ?? Clean(jsonLd?.Language);
        if (lang is null || lang.Length > 35)
        {
            return null;
        }

        // og:locale writes "en_US"; BCP 47 writes "en-US".
        lang = lang.Replace('_', '-');
        var comma = lang.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 ? lang[..comma].Trim() : lang;
    }

    private static Uri? BaseUri(string? href, Uri? url)
    {
        if (href is not null && Uri.TryCreate(url, href, out var combined) && IsWeb(combined))
        {
            return combined;
        }

        return url is not null && url.IsAbsoluteUri ? url : null;
    }

    /// <summary>An absolute http(s) address, or null when <paramref name="href"/> cannot be made one.</summary>
    internal static Uri? Absolute(string? href, Uri? baseUri)
    {
        href = href?.Trim();
        if (string.IsNullOrEmpty(href) || href.Length > 4096)
        {
            return null;
        }

        if (href.StartsWith("//", StringComparison.Ordinal))
        {
            href = (baseUri?.Scheme ?? "https") + ":" + href;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && !href.StartsWith('/'))
        {
            return IsWeb(absolute) ? absolute : null;
        }

        return baseUri is not null && Uri.TryCreate(baseUri, href, out var combined) && IsWeb(combined) ? combined : null;
    }

    private static bool IsWeb(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // Site names are a few words ("The Times of India"); a page that fills application-name with its headline
    // ("UK university student halls too full to be safe, experts warn") names no site there. Words are counted both
    // as spaces part them and as SiteAffix counts them (dashes apart, each CJK character one), and must be many both
    // ways: "US-Sport in Zeiten von Corona - ZDFmediathek" and "読売新聞オンライン" stay names.
    private const int MaxSiteNameWords = 6;

    private static string? SiteName(string? text) =>
        Clean(text) is { } name &&
        (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSiteNameWords || SiteAffix.CountWords(name) <= MaxSiteNameWords)
            ? name
            : null;

    private static string? Clean(string? text)
    {
        var collapsed = TextNormalizer.Collapse(text);
        return collapsed.Length == 0 ? null : collapsed;
    }
}
