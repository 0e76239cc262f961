using System.Collections.Frozen;

namespace ArticleExtract.Metadata;

/// <summary>
/// Legal forms and the words publishers and institutions put in their names ("GmbH", "Magazine", "Media Group"):
/// a name holding one names an organisation, not a person.
/// </summary>
internal static class OrganisationWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "gmbh", "ag", "kg", "e.v", "ev", "ltd", "inc", "llc", "plc", "corp", "s.a", "sa", "srl", "bv", "magazine", "magazin",
        "zeitung", "news", "verlag", "redaktion", "illustrierte", "media", "medien", "press", "presse", "tv", "radio",
        "online", "info", "ediciones", "editions", "éditions", "edizioni", "group", "gruppe", "stiftung", "foundation", "verband",
        "verein", "association", "institut", "institute", "landesanstalt", "ministerium", "ministry", "universität",
        "university", "agency", "agentur", "agence", "agencia",

        // What companies issuing press releases call themselves, and the wires carrying them ("EIN Presswire").
        "robotics", "technologies", "systems", "solutions", "therapeutics", "pharmaceuticals", "biosciences", "holdings",
        "laboratories", "industries", "corporation", "incorporated", "limited", "presswire", "newswire", "analytics", "labs",
        "networks", "ventures", "partners",

        // Institutions and their press offices as a page's author ("WCAA Communications", "Landelijk Instituut voor …").
        "communications", "instituut", "instituto", "istituto", "institutet", "ministerie", "ministère", "ministero", "ministerio",
        "universiteit", "université", "università", "universidad", "universidade", "hospital", "council", "alliance", "secretariat",
        "commission", "kommission", "commissione", "comisión",

        // A publishing house as the page's meta author ("Casa Editorial El Tiempo").
        "editorial", "publishing",

        // "News" in other languages, as sites name themselves ("Stella Notizie", "Zuid Nieuws").
        "notizie", "noticias", "notícias", "nachrichten", "nieuws", "nouvelles", "actualités", "haberler", "uutiset", "nyheter", "nyheder",

        // News, agency, desk and site in Arabic, Persian and Hebrew, where no capital tells a desk's credit from a name
        // ("أخبار المحافظات", "خبرگزاری مهر", "מערכת החדשות").
        "أخبار", "اخبار", "الأخبار", "الاخبار", "وكالة", "قسم", "مكتب", "التحرير", "تحرير", "بوابة", "موقع", "خبرگزاری", "گروه",
        "חדשות", "החדשות", "מערכת",
    ]);

    /// <summary>Whether <paramref name="word"/> (a trailing dot or comma aside) is one of them, ignoring case.</summary>
    public static bool Contains(string word) => Words.Contains(word.TrimEnd('.', ','));

    /// <summary>Whether any word of <paramref name="name"/> (split at spaces and hyphens) is one of them.</summary>
    public static bool InName(string name)
    {
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
