using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// The news agency a page credits in its author fields where it names no person ("EFE" as the author meta tag, "Lusa"
/// as the JSON-LD author; the printed credit is found by <see cref="BylineResolver.PrintedAgency"/>): not an author,
/// but the credit the page gives the story, and so its byline. An agency JSON-LD lists as an organisation is left out:
/// templates that repost wire stories fill it in on pages that print no credit at all.
/// </summary>
internal static class AgencyCredit
{
    // The author fields, in the order the byline resolver asks them; the first agency credited wins.
    private static readonly string[] MetaKeys =
        ["dc.creator", "dcterms.creator", "author", "article:author", "og:article:author", "byl", "parsely-author", "sailthru.author"];

    // "By Reuters", "Source : APS", "Quelle: dpa": the label before the credit.
    private static readonly string[] Labels =
        ["by ", "por ", "von ", "par ", "door ", "di ", "source:", "source :", "sources:", "quelle:", "fuente:", "fonte:", "zdroj:", "źródło:"];

    /// <summary>The agency the JSON-LD Persons or the author meta tags credit, as given, if one is and no one else.</summary>
    public static string? Find(MetaTags meta, JsonLdArticle? jsonLd)
    {
        if (jsonLd is not null)
        {
            foreach (var author in jsonLd.PersonAuthors)
            {
                if (AsAgency(author) is { } credit)
                {
                    return credit;
                }
            }
        }

        foreach (var key in MetaKeys)
        {
            foreach (var value in meta.GetAll(key))
            {
                if (AsAgency(value) is { } credit)
                {
                    return credit;
                }
            }
        }

        return null;
    }

    /// <summary>"By Reuters", "Agencia EFE", "RND/dpa": the credit as given, without its label, when it names agencies only.</summary>
    public static string? AsAgency(string value)
    {
        var credit = TextNormalizer.Collapse(value).Trim();
        foreach (var label in Labels)
        {
            if (credit.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                credit = credit[label.Length..].TrimStart();
                break;
            }
        }

        return credit.Length > 0 && BylineNormalizer.IsAgencyOnly([credit]) ? credit : null;
    }
}
