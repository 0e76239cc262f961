using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using ArticleExtract.Metadata.Dates;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Turns an author line such as "By JANE DOE | Staff Writer, March 5, 2024" into clean names: no "By", no dates,
/// job titles, agencies, handles or addresses.
/// </summary>
internal static partial class BylineNormalizer
{
    private const int MaxNameWords = 5;
    private const int MaxInputChars = 300;

    private static readonly string[] Prefixes =
    [
        "written by", "posted by", "reported by", "reporting by", "additional reporting by", "published by", "words by", "story by", "text by", "interview by",
        "veröffentlicht von", "geschrieben von", "verfasst von", "erstellt von", "eingestellt von", "ein beitrag von", "ein artikel von",
        "ein kommentar von", "ein bericht von", "eine analyse von", "eine reportage von", "ein interview von", "blog beitrag von", "blogbeitrag von", "gastbeitrag von", "beitrag von",
        "text von", "text und fotos von", "interview von",
        // Czech, Slovak, Croatian and Polish "text and photo(s)" ("Text a foto: Miroslav Hudec"), before "text" alone.
        "text a foto", "text a fotografie", "tekst i foto", "tekst i fotografije", "tekst i zdjęcia",
        // Greek "by" and "writes" with the writer's article ("Από Newsroom", "Γράφει η Μαρία Σταυρακάκη").
        "γράφει ο", "γράφει η", "γράφει", "από",
        "publié par", "écrit par", "escrito por", "publicado por",
        "scritto da", "pubblicato da", "alle artikel von", "alles von", "mehr von", "artikel von", "beiträge von",
        "more from", "more by", "all posts by", "view all posts by", "articles by", "by", "von", "par", "por", "door", "from", "autoren", "autorinnen",
        "authors", "autor", "autorin", "author of the article", "author of this article", "author", "auteur",
        "texte", "contributors", "contributor", "text", "interview", "redaktion",
        "propos recueillis par", "texto de", "texto", "textos", "reportagem", "reportaje", "reportage", "redacción:",
        // Spanish broadcasters' reporter credit under a clip ("Informa: Lucía Fernández Olmedo").
        "informa:",
        "staff reporter", "reporter", "correspondent", "writer:", "penulis", "pewarta", "wartawan", "laporan", "tác giả", "phóng viên", "bài, ảnh", "bài và ảnh", "tin, ảnh", "tin và ảnh", "yazar", "müəllif", "muallif",
        "muhabir", "автор", "корреспондент", "piše", "napisał", "napisała", "napisao", "napisala", "napísal", "napísala",
        "napsal", "napsala", "írta", "autorius", "autors", "oprac.", "opracowanie", "opracował", "opracowała",

        // Malay "Oleh", Tagalog "Ni", Swahili "Na": "by"; Danish "Af", Norwegian and Swedish "Av".
        "oleh", "af", "av",

        // "Author" and "written by" in the Nordic languages and Finnish ("Höfundur: Guðrún Jónsdóttir").
        "höfundur", "skrifað af", "forfatter", "författare", "skrevet af", "skrevet av", "skriven av", "tekijä", "kirjoittanut",

        // Labels in caseless scripts, read only where an author field holds them ("كتبت: …", "نووسەر: …", "ผู้เขียน: …").
        "كتب", "كتبت", "بقلم", "نویسنده", "نووسەر", "خبرنگار", "گزارشگر", "به قلم", "رپورٹر", "تحریر", "مراسل", "מאת", "ผู้เขียน", "ავტორი", "հեղինակ",
    ];

    /// <summary>Whether a line's label ("Penulis", "Autor", "Written by") credits the story's writer.</summary>
    public static bool IsBylineLabel(ReadOnlySpan<char> label) => IsAnyOf(label.Trim(), Prefixes);

    private const int MaxOpeningLabelChars = 24;

    /// <summary>
    /// "كتبت: زينب الساعدي", "ავტორი: თამარ ბოლქვაძე": a line whose own label, closed by a colon, says a writer's name
    /// follows, in a script without capitals. There the name is read as from an author field; unlabelled, nothing tells
    /// such a name from a phrase. Names in cased scripts keep the stricter reading ("Autor: …, Redner bei …").
    /// </summary>
    public static bool OpensWithLabelOverCaselessName(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        var colon = BylineLabelColon(line);
        if (colon < 0)
        {
            return false;
        }

        var name = line[(colon + 1)..].TrimStart();
        return name.Length > 0 && IsCaseless(name[0]);
    }

    /// <summary>
    /// "كريمة بوعلام", "נועה כהן": text opening with a letter of the Arabic or Hebrew script, whose names are words
    /// between spaces as in Latin script but have no capitals. In an element the page names for its author such text is
    /// read as from an author field; scripts that write names without spaces (Chinese, Thai) are not, as a class named
    /// for the author there also holds the desk's "本报记者".
    /// </summary>
    public static bool OpensWithRightToLeftName(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        return text.Length > 0 && text[0] is (>= '\u0590' and <= '\u05FF') or (>= '\u0620' and <= '\u064A') or (>= '\u0671' and <= '\u06D3');
    }

    /// <summary>
    /// Where the colon closing the writer's label that opens <paramref name="line"/> stands ("Piše: …", "كتبت: …"), the
    /// line's leading spaces left out; -1 when the line opens with no such label.
    /// </summary>
    public static int BylineLabelColon(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        var colon = line[..Math.Min(line.Length, MaxOpeningLabelChars)].IndexOf(':');
        return colon > 0 && IsBylineLabel(line[..colon]) ? colon : -1;
    }

    // Academic and professional letters after a name ("Grant Tinsley, PhD"): not a second author.
    private static readonly string[] Degrees =
    [
        "phd", "ph.d", "ph.d.", "md", "m.d.", "ma", "ms", "msc", "bsc", "mba", "mph", "rn", "do", "dds", "rd", "cpt", "lcsw",
        "esq", "jd", "mfa", "dr", "prof",

        // Clinical credentials and board fellowships on health sites ("Raymond Cole, MD, FACC", "… RDN, CDCES").
        "rdn", "cdces", "np", "fnp", "dnp", "aprn", "msn", "bsn", "pharmd", "psyd", "dpt", "mbbs", "mrcp", "frcp",
        "facc", "facp", "facs", "faap", "facog", "ibclc", "cscs", "cnsc", "lmft", "lpc", "dvm",
    ];

    // Short particles that also begin surnames ("De Niro", "Di Maria"): a prefix only when printed in lower case.
    private static readonly string[] LowerCasePrefixes = ["de", "di", "av", "af"];

    private static readonly string[] JobWords =
    [
        "writer", "reporter", "editor", "correspondent", "staff", "contributor", "columnist", "journalist",
        "photographer", "analyst", "producer", "redakteur", "redakteurin", "korrespondent", "journaliste", "periodista",
        "team", "desk", "newsroom", "bureau", "press", "news", "agency", "wire", "wires", "sports", "media", "published",
        "updated", "mins", "min", "read", "pressesprecher", "pressesprecherin", "sprecher", "sprecherin", "ceo",
        "corresponsal", "enviado", "enviada", "redactor", "redactora", "inviato", "inviata", "corrispondente", "correspondant",
        "correspondante", "envoyé", "envoyée", "correspondente", "repórter", "officer", "manager", "director", "coordinator",
        "specialist", "adviser", "advisor", "spokesperson", "spokesman", "spokeswoman", "meteorologist", "anchor", "presenter",

        // The trade printed after the name in other languages ("Anna Kowalczyk Dziennikarka Onetu").
        "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "reporterka", "korespondent", "korespondentka", "publicysta",
        "publicystka", "novinář", "novinářka", "reportér", "reportérka", "журналист", "журналистка", "корреспондент",
        "обозреватель", "редактор", "журналіст", "журналістка", "кореспондент", "кореспондентка", "оглядач", "muhabir",
        "editör", "verslaggever", "redacteur", "giornalista", "jornalista", "rédacteur", "rédactrice", "újságíró", "jurnalist",
    ];

    private static readonly string[] Agencies =
    [
        "ap", "the associated press", "associated press", "reuters", "afp", "dpa", "bloomberg", "upi", "ani", "pti",
        "ians", "efe", "ansa", "kyodo", "xinhua", "yonhap", "tass", "apa", "sda", "epd", "kna", "cnn", "bbc",
    ];

    // Agencies named as a story's only credit; rarer as a word after a name, so not among those above.
    private static readonly string[] OtherAgencies =
    [
        "agence france-presse", "agence france presse", "united press international", "europa press", "agencia efe", "rnd", "anp", "belga", "tt", "ntb",
        "tps", "tazpit press service",
        "ritzau", "stt", "pap", "čtk", "ctk", "mti", "aap", "australian associated press", "pa media", "press association",
        "the canadian press", "press trust of india", "indo-asian news service", "asian news international",
        "united news of india", "jiji", "jiji press", "bernama", "antara", "anadolu ajansı", "anadolu agency", "dha", "iha",
        "ihlas haber ajansı", "yna", "kathpress", "sid", "notimex", "télam", "agência brasil", "agencia brasil", "agência estado",
        "estadão conteúdo", "folhapress", "agência o globo", "lusa", "agência lusa", "adnkronos", "askanews", "agenzia nova",
        "新华社", "新華社", "中新社", "新华网", "新華網", "中新网", "中國新聞網", "中国新闻网", "共同通信", "時事通信", "中央社", "中央通訊社", "法新社", "路透社", "美聯社", "美联社", "연합뉴스", "뉴시스", "뉴스1", "ria novosti", "interfax", "ukrinform", "unian", "wam", "qna", "kuna",
        "irna", "wafa", "tasr", "sita", "tanjug", "fonet", "hina", "sta", "agerpres", "mediafax", "bta", "fena", "bns", "leta",
        "elta", "fnb", "mena", "spa", "prensa latina", "vna", "ttxvn", "pna", "kcna", "тасс", "риа новости", "интерфакс",
        "укрінформ", "уніан", "белта", "keystone-sda", "keystone-ats", "ats", "bss", "uni", "aps", "aip", "agence de presse sénégalaise", "algérie presse service",
        "agence ivoirienne de presse", "colprensa", "andina", "agencia andina", "κυπε", "κυπ", "απε-μπε", "απε", "ana-mpa", "cna", "भाषा", "प्रेट्र", "रासस", "اے پی پی", "یو این آئی", "پی ٹی آئی", "یو این آئی اردو", "aa", "app", "associated press of pakistan", "ppi",
        "unb", "united news of bangladesh", "bangladesh sangbad sangstha", "cmc", "caribbean media corporation", "nan",
        "news agency of nigeria", "gna", "ghana news agency", "ena", "ethiopian news agency", "pacnews",
        "pa", "la presse canadienne", "presse canadienne", "inforpress", "angop", "agência angola press", "aim",
        "agência de informação de moçambique", "acan-efe",


        // The Gulf's and the Levant's wires by their Latin short and full names.
        "ona", "oman news agency", "bna", "bahrain news agency", "kuwait news agency", "saudi press agency", "emirates news agency",
        "qatar news agency", "nna",

        // India's wires as the regional papers spell them: PTI, UNI and IANS in Kannada, Telugu, Tamil, Malayalam,
        // Gujarati, Odia, Punjabi, Bengali and Devanagari.
        "ಪಿಟಿಐ", "పీటీఐ", "పిటిఐ", "பிடிஐ", "പിടിഐ", "પીટીઆઈ", "ପିଟିଆଇ", "ਪੀਟੀਆਈ", "পিটিআই", "पीटीआई", "ಯುಎನ್ಐ", "యూఎన్ఐ", "யூஎன்ஐ",
        "യുഎൻഐ", "યુએનઆઈ", "ୟୁଏନଆଇ", "ୟୁଏନ୍‌ଆଇ", "ਯੂਐਨਆਈ", "ইউএনআই", "यूएनआई", "ಐಎಎನ್ಎಸ್", "ఐఏఎన్ఎస్", "ஐஏஎன்எஸ்", "ഐഎഎൻഎസ്", "આઈએએનએસ",
        "ଆଇଏଏନଏସ", "ਆਈਏਐਨਐਸ", "আইএএনএস", "आईएएनएस",

        // Hebrew, Japanese and Russian papers name the world's wires in their own scripts.
        "רויטרס", "סוכנות הידיעות רויטרס", "אי-פי", "איי-פי", "סוכנות הידיעות AP", "סוכנות הידיעות הצרפתית", "בלומברג", "שינחואה",
        "ロイター", "ロイター通信", "共同", "時事", "afp時事", "ブルームバーグ", "рейтер", "франс пресс", "синьхуа",
        "інтерфакс-україна", "интерфакс-украина", "интерфакс", "інтерфакс", "укрінформ", "укринформ", "унн", "уніан", "униан",

        // The Arab wires by the short names their papers credit (MENA, SPA, WAM, KUNA, QNA, BNA, SANA, WAFA, MAP, Petra,
        // NNA, Anadolu, Reuters, AFP, Xinhua; the Maghreb's TAP, APS and MAP, Yemen's Saba, Iraq's INA).
        "أ ش أ", "واس", "وام", "كونا", "قنا", "بنا", "سانا", "وفا", "ماب", "بترا", "وطنية", "وات", "واج", "ومع", "سبأ", "واع", "الأناضول", "رويترز", "أ ف ب", "فرانس برس", "شينخوا",
    ];

    private static readonly string[] SourceLabels =
    [
        "source", "sources", "quelle", "quellen", "źródło", "fuente", "fonte", "foto", "photo", "bild", "image", "kaynak",
        "haber kaynağı", "πηγή", "المصدر",
    ];

    private static bool IsSourceLine(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        return IsAnyOf(text.AsSpan(0, colon).Trim(), SourceLabels);
    }

    // "PTI Updated: March 6, 2019": a date's label after the name.
    private static readonly string[] DateLabels =
    [
        "updated", "published", "posted", "aktualisiert", "stand", "datum", "date", "publiziert", "veröffentlicht", "publié",
        "publicado", "actualizado", "pubblicato", "aggiornato", "publisert", "oppdatert", "publicerad", "uppdaterad", "publiceret",
        "opdateret", "udgivet", "julkaistu", "päivitetty", "gepubliceerd", "bijgewerkt", "geplaatst", "opublikowano",
        "zaktualizowano", "aktualizováno", "publikováno", "frissítve", "publicat", "actualizat",
    ];

    // "Text von Christian Seiler Illustration von Markus Roost": a credit for the pictures, written out.
    private static readonly string[] CreditWords =
    [
        "foto", "fotos", "photo", "photos", "bild", "bilder", "illustration", "illustrationen", "illustrations", "grafik",
        "images", "video", "fotografía", "fotografia", "imágenes", "imagens", "immagini",
    ];

    private static readonly string[] CreditLinks = ["von", "by", "de", "par", "por", "di"];

    private static string BeforeCredit(string text)
    {
        for (var space = text.IndexOf(' ', StringComparison.Ordinal); space > 0; space = text.IndexOf(' ', space + 1))
        {
            var next = text.IndexOf(' ', space + 1);
            if (next > space + 1 && IsAnyOf(text.AsSpan(space + 1, next - space - 1), CreditWords) &&
                text.IndexOf(' ', next + 1) is var third && third > next + 1 && IsAnyOf(text.AsSpan(next + 1, third - next - 1), CreditLinks))
            {
                return text[..space];
            }
        }

        for (var colon = text.IndexOf(':', StringComparison.Ordinal); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            var space = text.LastIndexOf(' ', colon - 1);
            var label = text.AsSpan(space + 1, colon - space - 1);
            // "Texto: Mariela Quispe / Fotos: Javier Mamani": a labelled credit for the pictures after the writer's name; in
            // "Text & Fotos: Ivan Valetny" and "Text a foto: Miroslav Hudec" the writer's label shares it.
            if (space > 0 && (IsAnyOf(label, SourceLabels) || IsAnyOf(label, DateLabels) || (IsAnyOf(label, CreditWords) && NamesBefore(text.AsSpan(0, space)))) &&
                !IsBylineLabel(text.AsSpan(0, colon)))
            {
                return text[..space];
            }
        }

        return text;
    }

    private static readonly string[] JoiningWords = ["&", "+", "and", "und", "y", "e", "et", "og", "och", "en", "i"];

    /// <summary>Whether the word joins two names in a byline ("and", "und", "&amp;", …), ignoring case.</summary>
    public static bool IsJoiningWord(ReadOnlySpan<char> word) => IsAnyOf(word, JoiningWords);

    // Whether text before a credit names someone, rather than being a label joined to the credit's ("Text &", "Texto y").
    private static bool NamesBefore(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(" /|,;.-–—");
        var last = before.LastIndexOf(' ');
        var lastWord = before[(last + 1)..];
        return before.Length > 0 && !IsAnyOf(lastWord, JoiningWords) && !IsBylineLabel(before.TrimEnd(':'));
    }

    // A company's name and its legal form alone: no label, no second name beside it ("By Jane Doe, Acme Inc." credits Jane Doe).
    private static bool IsCompany(string text) =>
        LegalForm.Without(text) is { } company && company.AsSpan().IndexOfAny(",;|/&") < 0 && !company.Contains(" and ", StringComparison.OrdinalIgnoreCase) &&
        company.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= MaxNameWords } words && !IsLabel(words[0]);

    // Whether the word is one of the list's, ignoring case.
    private static bool IsAnyOf(ReadOnlySpan<char> word, string[] list)
    {
        foreach (var known in list)
        {
            if (word.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names in the line, in order; empty when it names no person.</summary>
    /// <param name="raw">The author line as found.</param>
    /// <param name="siteNames">Names of the site, never an author.</param>
    /// <param name="lenient">
    /// The line comes from a field that holds only the author (JSON-LD, a meta tag, a <c>rel="author"</c> link), so a
    /// user name in lower case ("jesusfreak") is a name; in page text a name must start with a capital.
    /// </param>
    public static List<string> Names(string? raw, IReadOnlyList<string> siteNames, bool lenient = false)
    {
        var names = new List<string>();
        var text = MetaText.Clean(raw) ?? string.Empty;
        if (text.Length == 0)
        {
            return names;
        }

        if (text.Length > MaxInputChars)
        {
            text = text[..MaxInputChars];
        }

        // Chinese and Japanese names have no capitals: their own rules read them.
        if (CjkByline.HasCjk(text))
        {
            return CjkByline.Names(text, siteNames, oneName: lenient);
        }

        // "<span class='byline__prefix'>Af</span>": the opener alone, its name in an element of its own.
        if (IsLoneOpenerWord(text))
        {
            return names;
        }

        // "Źródło: Statista.com", "Quelle: dpa", "Foto: …": a source or credit, set where pages print bylines.
        if (IsSourceLine(text))
        {
            return names;
        }

        // "Lecture : 2 min.", "Lesezeit: 4 Min.", "5 min read": the reading time a template sets in its byline row;
        // "ABC // JAP": the initials of the editors who handled a wire story, as Lusa signs it; "Harborline Foods,
        // Inc.": a company by its legal form, a press release's issuer in its author tag.
        if (ReadingTimeGate.IsMatch(text) || IsEditorsInitials(text) || IsCompany(text))
        {
            return names;
        }

        // "AGERPRES/(AS - autor: Ana Stoica, editor: Mihai Dinu, editor online: …)": a wire's credit line labelling each
        // role after its own code; the writer is the name the writer's label gives.
        if (WriterLabelInside().Match(text) is { Success: true } writer)
        {
            text = writer.Groups[1].Value;
        }

        // "Max Mustermann (Text), Erika Roe (Fotos)": who wrote and who took the pictures, each marked in parentheses.
        text = PictureCreditGate.Replace(WriterMark().Replace(text, string.Empty), string.Empty);

        // Whatever follows a bar, bullet or line break is a title, date or section, not a name.
        var cut = text.AsSpan().IndexOfAny(BylineCuts);
        if (cut > 0)
        {
            text = text[..cut];
        }

        // "Fatou Kiné Sène - APS": the wire after a hyphen set between spaces, as the dash it stands for.
        var hyphen = text.LastIndexOf(" - ", StringComparison.Ordinal);
        if (hyphen > 0 && text.AsSpan(0, hyphen).Trim().Contains(' ') && IsAnyAgency(text[(hyphen + 3)..].Trim()))
        {
            text = text[..hyphen];
        }

        // "Pieter Van Damme met Belga", "Jane Doe with AP", "Léa Martin avec AFP": the wire the writer worked with.
        text = WithoutGluedAgency(WithoutWireAfterWith(text));

        // "Joanna Michalska/adso", "Jane Doe/dpa": the initials of the editor who filed the story, or the wire, glued to
        // the name with a slash. An agency's pair ("RND/dpa") stays whole, an agency's credit.
        var before = text;
        text = EditorInitialsGate.Replace(
            text, match => IsAnyAgency(match.Groups[1].Value) && !before.AsSpan(0, match.Index).Contains(' ') ? match.Value : string.Empty);

        // "Thandiwe Ncube I Bulawayo Correspondent": a capital I typed for the bar before a place and a trade. A middle
        // initial without its dot ("John I Smith") has no trade after it.
        cut = text.IndexOf(" I ", StringComparison.Ordinal);
        if (cut > 0 && HasTitleWordFrom(text[(cut + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), 0))
        {
            text = text[..cut];
        }

        // "… Eric Mill and Kiran C Nair - Chrome Safe Browsing team": a spaced hyphen before a team or trade is a dash;
        // elsewhere it may join two names ("Matthias Hille - Lukas Balbach") or be part of one ("CDU - Fraktion Erfurt").
        cut = text.IndexOf(" - ", StringComparison.Ordinal);
        if (cut > 0 && (HasTitleWordFrom(text[(cut + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), 0) || IsCaselessPlace(text, cut)))
        {
            text = text[..cut];
        }

        // "Jens Bergmann Foto: Michael Hudler": a credit after the name belongs to the picture, a label after it to a date.
        text = BeforeCredit(text);

        // "Jane Doe with contributions from John Roe", "Jane Doe. Additional reporting by John Roe": the writer, then those
        // who helped; the writer is the byline's author, as when a comma parts them ("Jane Doe, with reporting by …").
        var helpers = HelpersCredit().Match(text);
        if (helpers.Success && helpers.Index > 0 && text.AsSpan(0, helpers.Index).Trim().Contains(' '))
        {
            text = text[..helpers.Index];
        }

        // "By Jane Doe for The Mail on Sunday": the publication the author wrote for.
        // One word before it is an organisation's name instead ("Organization for Transformative Works").
        var forPublication = ForPublication().Match(text);
        if (forPublication.Success && forPublication.Index > 0 && text.AsSpan(0, forPublication.Index).Trim().Contains(' '))
        {
            text = text[..forPublication.Index];
        }

        text = StripPrefix(WithoutTrailingDate(WithoutAsides(text)).Trim().TrimStart(':').Trim());
        // "Mac & i": the site's own name, whole, before "&" or "and" splits it into parts that are no longer its name.
        if (IsSite(text, siteNames))
        {
            return names;
        }

        // "Retno Ayuningtyas - detikFinance": the site's own name after a dash closes the byline; before it a person's
        // name, not the publisher's group ("GESE - La Estrella de Panamá").
        var dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && IsSite(text[(dash + 3)..].Trim(), siteNames))
        {
            text = text[..dash].TrimEnd();
            if (!text.Contains(' ', StringComparison.Ordinal))
            {
                return names;
            }
        }

        // "هسبريس - أمين الوردي": the site's own name before a dash opens the byline.
        dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && IsSite(text[..dash].Trim(), siteNames))
        {
            text = text[(dash + 3)..].TrimStart();
        }

        // "By PTI, Mumbai": the agency and the desk's place, no person.
        if (IsAgencyCreditOnly(text))
        {
            return names;
        }

        var parts = Split(text).ToList();
        var affiliationLast = parts.Count >= 3 && EndsWithAffiliation(text);

        // "hessenschau.de, Frankfurt, Germany": the site first, then its address.
        if (parts.Count > 1 && (IsSite(parts[0], siteNames) || IsDomain(parts[0])))
        {
            return names;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var bare = WithoutTrailingWidget(WithoutJobPrefix(parts[i]));
            // "Australian Associated Press": an agency's whole name is no name with a wire after it ("Australian
            // Associated"); kept whole, it is told from a person as the agency it is.
            var untitled = IsAnyAgency(bare.Trim()) ? bare : WithoutTrailingTitle(bare, siteNames);

            // "Ari Wasserman, Northeast Ohio Media Group", "Stephanie Pappas, Live Science Contributor": after a name, a
            // part that loses a title or a trade and does not open with a given name was the author's employer; "Markus
            // Balser, Berlin": one word that is no given name is the author's place. A broadcaster's initials ("…,
            // NDR") are credited beside the people, as the page prints them.
            if (i > 0 && names.Count > 0 && !OpensWithGivenName(untitled) && !IsNameBeforeAgency(bare, untitled) &&
                (untitled.Length < bare.Length || IsPlaceWord(untitled.Trim())))
            {
                continue;
            }

            // "Jenna Kowalski and Luis Ferreira, Mountain West Report": a comma after names already joined by "and"
            // sets off where they work, unless a given name opens it; a broadcaster's initials ("…, NDR") stay credited.
            if (affiliationLast && i == parts.Count - 1 && !OpensWithGivenName(untitled) && untitled.Trim().Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            // "Ana Kos, STA": a national agency named after the writer is where the story came from, not a second writer.
            if (i > 0 && names.Count > 0 && IsAnyAgency(untitled.Trim()))
            {
                continue;
            }

            // "Jane Doe, USA TODAY": words in capitals after a name that is not are the outlet's name; a line all in
            // capitals ("JANE DOE, JOHN ROE") names people, and a broadcaster's initials ("…, NDR") stay credited.
            if (i > 0 && names.Count > 0 && untitled.Trim().Contains(' ', StringComparison.Ordinal) && IsAllCapitals(untitled) && !IsAllCapitals(names[0]))
            {
                continue;
            }

            var name = CleanName(untitled, lenient);
            if (name is not null && !IsSite(name, siteNames) && !WidgetVendors.Contains(name) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    // The networks whose boxes of sponsored links sign themselves under the story ("Sponsored Stories by Taboola",
    // "Recommended by Outbrain"): a "by" line there credits no writer.
    private static readonly FrozenSet<string> WidgetVendors = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["Taboola", "Outbrain", "Revcontent", "MGID", "Zergnet", "Nativo", "Dianomi", "Adblade", "Yieldmo", "Sharethrough", "Content.ad", "Adskeeper"]);

    // Lower-case letters only, right after a name's last letter: "RND/dpa" keeps its agency, which the check above spares.
    [GeneratedRegex(@"(?<=\p{L})\s?/(\p{Ll}{2,6})(?=$|[\s,;])", RegexOptions.CultureInvariant)]
    private static partial Regex EditorInitials();

    private static readonly LiteralGate EditorInitialsGate = new(EditorInitials());

    [GeneratedRegex(@"^(?:[\p{L} ]{2,30}?\s?:\s*)?(?:ca\.\s?)?\d{1,3}\s?(?:min|mins|minutes?|minutos?|minuti|minuten|minuter|minutter|minuutti[ae]?)\.?(?:\s(?:read|reading|de lecture|lettura|di lettura|de lectura|de leitura|lesen|lesezeit))?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    private static readonly LiteralGate ReadingTimeGate = new(ReadingTime());

    [GeneratedRegex(@"^\p{Lu}{2,4}(?:\s*//?\s*\p{Lu}{2,4})+$", RegexOptions.CultureInvariant)]
    private static partial Regex EditorsInitials();

    // Wires paired with a slash ("AFP/AP") are a credit, not initials.
    private static bool IsEditorsInitials(string text) =>
        EditorsInitials().IsMatch(text) && !text.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(IsAnyAgency);

    [GeneratedRegex(@"\s[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex ForPublication();

    [GeneratedRegex(
        @"(?<![\s,;.])(?>[,;.]\s*|\s+)(?:with\s+)?(?:additional\s+|further\s+)?(?:reporting|contributions?|research)\s+(?:by|from)\s",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HelpersCredit();

    [GeneratedRegex(@"\s*\((?:text|texte|texto|testo|tekst|words|story|reporting)\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WriterMark();

    [GeneratedRegex(@"(?:^|,|\s(?:and|und|et|y|e|i)\s)\s*[^,()]{1,60}\((?:fotos?|photos?|photographs?|bilder?|illustrations?|grafik|video|fotografías?|fotografie)\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PictureCredit();

    private static readonly LiteralGate PictureCreditGate = new(PictureCredit());

    /// <summary>Names joined as a reader writes them: "A", "A and B", "A, B and C".</summary>
    public static string? Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => null,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    // "Marcus Bélanger The Canadian Press": the wire's name of two words or more set after the writer's with a space
    // alone, as a CMS joins the byline's two fields. One word could be a surname ("Jane Press").
    private static string WithoutGluedAgency(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var agencyWords = Math.Min(MaxAgencyWords, words.Length - 2); agencyWords >= 2; agencyWords--)
        {
            var agency = string.Join(' ', words[^agencyWords..]);
            if (char.IsUpper(agency[0]) && IsAnyAgency(agency))
            {
                // "By The Associated Press": the article is the agency's, and no name is left before it.
                var nameWords = words.Length - agencyWords;
                if (words[nameWords - 1] is "The" or "the")
                {
                    nameWords--;
                }

                return nameWords >= 2 ? string.Join(' ', words[..nameWords]) : text;
            }
        }

        return text;
    }

    private static string WithoutWireAfterWith(string text)
    {
        foreach (var with in WithWords)
        {
            var at = text.LastIndexOf(" " + with + " ", StringComparison.OrdinalIgnoreCase);
            if (at > 0 && text.AsSpan(0, at).Trim().Contains(' ') && IsAnyAgency(text[(at + with.Length + 2)..].Trim()))
            {
                return text[..at];
            }
        }

        return text;
    }

    // Words that open a parenthesised list of co-authors: "Martin Untersinger (avec Damien Leloup et Morgane Tual)".
    private static readonly string[] WithWords = ["with", "avec", "mit", "con", "com", "met", "z", "med"];

    /// <summary>
    /// Parenthesised asides: an address or handle ("Bradley M. Kuhn (http://ebb.org/bkuhn/)") is dropped, co-authors
    /// after "with" ("(avec A et B)") join the list; anything else ("Richard (R.J.) Eskow") is part of the name.
    /// </summary>
    private static string WithoutAsides(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var close = text.IndexOf(')', open + 1);
        var inner = close < 0 ? text[(open + 1)..] : text[(open + 1)..close];
        var rest = close < 0 ? string.Empty : WithoutAsides(text[(close + 1)..]);
        if (inner.Contains("http", StringComparison.OrdinalIgnoreCase) || inner.Contains("www.", StringComparison.OrdinalIgnoreCase) ||
            inner.Contains('@', StringComparison.Ordinal) || inner.Contains('/', StringComparison.Ordinal))
        {
            return text[..open].TrimEnd() + (rest.Length > 0 ? " " + rest : string.Empty);
        }

        // "Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)": the photographer is credited, not an author.
        if (close > 0 && IsAnyOf(inner.AsSpan().Trim(), PictureRoles))
        {
            return WithoutLastName(text[..open]) + (rest.Length > 0 ? " " + rest : string.Empty);
        }

        var space = inner.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && Array.IndexOf(WithWords, inner[..space].ToLowerInvariant()) >= 0)
        {
            return text[..open].TrimEnd() + " and " + inner[(space + 1)..] + (rest.Length > 0 ? " " + rest : string.Empty);
        }

        // "Samuel Diekmann (Sponsored Post), Redner", "Jane Doe (AP)", "Tomasz Wierzbiński (Warszawa)": brackets after the
        // name describe the person; inside it ("Bruno (Henrique Zecchin) Rodrigues", "Richard (R.J.) Eskow") they belong
        // to the name.
        var after = text.AsSpan(close + 1).TrimStart();
        if (close > 0 && (after.IsEmpty || after[0] is ',' or ';'))
        {
            return text[..open].TrimEnd() + (rest.Length > 0 ? " " + rest : string.Empty);
        }

        return close < 0 ? text : text[..(close + 1)] + (rest.Length > 0 ? " " + rest : string.Empty);
    }

    private static readonly string[] PictureRoles =
        ["photography", "photographs", "photos", "photo", "pictures", "video", "illustration", "illustrations", "graphics", "fotos", "foto", "fotografie", "bilder"];

    // The text without its last name and the joining word or comma before it ("A (reporting) and B" -> "A (reporting)").
    private static string WithoutLastName(string text)
    {
        var words = text.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 0 && !IsJoiningWord(words[end - 1]) && !words[end - 1].EndsWith(',') && !words[end - 1].EndsWith(';'))
        {
            end--;
        }

        if (end > 0 && IsJoiningWord(words[end - 1]))
        {
            end--;
        }

        return string.Join(' ', words, 0, end).TrimEnd(',', ';');
    }

    /// <summary>"Nathan Willis March 25, 2015": a byline line often ends with the date; the names stop before it.</summary>
    private static string WithoutTrailingDate(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].TrimEnd(',', '.');
            if (HasDigit(word) || (MonthNames.TryGetMonth(word, out _) && i + 1 < words.Length && HasDigit(words[i + 1])))
            {
                if (i == 0)
                {
                    return string.Empty;
                }

                // "Jane Doe on March 5, 2024", "Max Muster am 5. März", "Alex Bozarjian Thursday, January 27, 2022",
                // "Eurosport Publiziert 02/02/2022": the words that introduced the date go too.
                var end = i;
                while (end > 0 && (IsAnyOf(words[end - 1].TrimEnd(',', ':'), Weekdays) || IsAnyOf(words[end - 1].TrimEnd(',', ':'), DateLabels) ||
                                   (end > 1 && char.IsLower(words[end - 1][0]))))
                {
                    end--;
                }

                return string.Join(' ', words, 0, end).TrimEnd(',', ' ', '-', '\u2013', '\u2014');
            }
        }

        return text;
    }

    // The words that end an opener as printed before a name: "By", "Rezept von", "Publicado por".
    private static readonly string[] OpenerEnds = ["by", "von", "par", "por", "door", "da", "from", "av", "af", "przez", "από"];

    private const int MaxOpenerWords = 4;

    /// <summary>Whether the line is an opener's word alone ("By", "Von:"), the name it opened taken out with its link.</summary>
    public static bool IsLoneOpenerWord(string line) => IsAnyOf(line.AsSpan().Trim().TrimEnd(':').TrimEnd(), OpenerEnds);

    /// <summary>
    /// The opener a line holds alone, its name printed on the next line, as it is read before that name: "By",
    /// "Written by:" and "Редактор:" whole, "Rezept von" as its last word "von"; null when the line is no opener.
    /// </summary>
    public static string? OpenerOf(string line)
    {
        var trimmed = line.AsSpan().TrimEnd();
        if (trimmed.Length > 1 && trimmed[^1] == ':' && trimmed.Count(' ') < MaxOpenerWords)
        {
            return line;
        }

        trimmed = trimmed.TrimEnd(':').TrimEnd();
        if (IsAnyOf(trimmed, Prefixes))
        {
            return line;
        }

        var space = trimmed.LastIndexOf(' ');
        return space > 0 && trimmed.Count(' ') < MaxOpenerWords && IsAnyOf(trimmed[(space + 1)..], OpenerEnds) &&
            char.IsLower(trimmed[space + 1])
            ? trimmed[(space + 1)..].ToString()
            : null;
    }

    // "PTI", "Reuters", "PTI, Mumbai" (the "By" already taken off): an agency credited alone, perhaps with the desk's place.
    private static bool IsAgencyCreditOnly(string credit)
    {
        var comma = credit.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && IsPlaceWord(credit[(comma + 1)..].Trim()))
        {
            credit = credit[..comma];
        }

        return credit.Length > 0 && IsAgencyOnly([credit]);
    }

    private static string StripPrefix(string text)
    {
        // Tagalog and Cebuano "by" ("Ni Kenneth Ladera"); "Ni Yuan" alone is a Chinese name.
        if (text.StartsWith("Ni ", StringComparison.Ordinal) && text.IndexOf(' ', 3) > 3)
        {
            return text[3..];
        }

        foreach (var prefix in Prefixes)
        {
            if (StartsWithWord(text, prefix, StringComparison.OrdinalIgnoreCase) && TextScan.ContainsLetter(text.AsSpan(prefix.Length + 1)))
            {
                return text[(prefix.Length + 1)..].TrimStart(' ', ':');
            }

            // "Veröffentlicht vonChris Jung": the label and the name in adjacent elements, printed without a space.
            if (prefix.Length > 3 && text.Length > prefix.Length + 2 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) &&
                char.IsUpper(text[prefix.Length]) && char.IsLower(text[prefix.Length - 1]))
            {
                return text[prefix.Length..];
            }
        }

        foreach (var prefix in LowerCasePrefixes)
        {
            if (StartsWithWord(text, prefix, StringComparison.Ordinal))
            {
                return text[(prefix.Length + 1)..].TrimStart(' ', ':');
            }
        }

        return text;
    }

    private static bool StartsWithWord(string text, string prefix, StringComparison comparison) =>
        text.Length > prefix.Length + 1 &&
        text.StartsWith(prefix, comparison) &&
        (text[prefix.Length] == ' ' || text[prefix.Length] == ':');

    // A list of names closes with its joining word ("A, B and C"); a part after a comma that follows the joining word
    // is no further name.
    private static bool EndsWithAffiliation(string text)
    {
        var comma = text.LastIndexOf(',');
        return comma > 0 && HasJoiningWord(text.AsSpan(0, comma)) && !HasJoiningWord(text.AsSpan(comma + 1));
    }

    private static bool HasJoiningWord(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var space = text.IndexOf(' ');
            var word = space < 0 ? text : text[..space];
            text = space < 0 ? [] : text[(space + 1)..];
            if (word is "&" or "y" or "e" or "en" or "och" or "og" || word.Equals("and", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("und", StringComparison.OrdinalIgnoreCase) || word.Equals("et", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Split(string text)
    {
        var builder = new StringBuilder();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var bare = word.TrimEnd(',', ';');
            // "Matthias Hille - Lukas Balbach": a spaced hyphen before a given name joins two people.
            if ((bare == "-" && builder.Length > 0 && i + 1 < words.Length && (GivenNames.Contains(words[i + 1]) || JoinsCaselessNames(builder, words, i))) ||
                bare.Equals("and", StringComparison.OrdinalIgnoreCase) || bare == "&" ||
                bare.Equals("und", StringComparison.OrdinalIgnoreCase) || bare.Equals("et", StringComparison.OrdinalIgnoreCase) ||
                bare.Equals("y", StringComparison.Ordinal) || bare.Equals("e", StringComparison.Ordinal) ||
                bare.Equals("en", StringComparison.Ordinal) || bare.Equals("och", StringComparison.Ordinal) ||
                bare.Equals("og", StringComparison.Ordinal) ||
                // "Jane Doe with John Roe": a shared credit, two people, when a given name follows ("… Bake with Ham" is a dish).
                (bare.Equals("with", StringComparison.Ordinal) && builder.Length > 0 && i + 1 < words.Length && GivenNames.Contains(words[i + 1])))
            {
                yield return builder.ToString();
                builder.Clear();
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(bare);
            if (bare.Length != word.Length)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    private const int MaxLowerCaseWords = 3;

    // Words that address a person and open a pen name ("Frau Sabienes", "Dr. Tim Loppe"): never a site's.
    private static readonly FrozenSet<string> FormsOfAddress = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "frau", "herr", "madame", "monsieur",
        "señor", "señora", "signor", "signora", "mevrouw", "meneer", "pani", "pan", "sir", "lady", "uncle", "aunt", "tante",
        "onkel",
    ]);

    // The links of an author box, read where the name should be: "See All Articles", "View author archive", "Subscribe
    // to RSS", "Comments Email Print"; and the label of a sponsored slot set where a forum or blog prints the author
    // ("Gesponserte Inhalte"). No name has one of these words.
    private static readonly FrozenSet<string> LinkWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "articles", "archive", "rss", "feed", "subscribe", "comments", "email", "e-mail", "print", "posts", "stories",
        "artikel", "beiträge", "artículos", "commentator", "commentators", "sponsored", "gesponsert", "gesponserte",
        "advertorial", "anzeige", "sponsorisé", "sponsorisée", "patrocinado", "patrocinada", "sponsorizzato",
    ]);

    // What a template fills in when no one is named, or its administrator account: "No Author", "admin", Joomla's "Super User".
    private static readonly string[] Placeholders =
    [
        "no author", "unknown", "unknown author", "anonymous author", "n/a", "none", "null", "undefined", "admin", "administrator",
        "webmaster", "wordpressadmin", "site admin", "siteadmin", "default", "guest", "author", "autor", "labels", "label", "tags",
        "super user", "superuser", "root", "editor admin", "администратор", "адміністратор", "administrador", "administrateur",
        "amministratore",

        // A CMS role left in the author field ("publisher") or a navigation label in an author-named class ("Authors").
        "authors", "autoren", "auteurs", "autores", "publisher", "herausgeber",

        // A contact row's label ("Telefon: 0800 …") read beside a name.
        "telefon", "telephone", "phone", "tel", "fax", "kontakt", "contact",
    ];

    // Words that name a newsroom, not a person: "Redacción", "Redaktion MSM", "TVT-Redaktion", "Web Desk".
    private static readonly string[] NewsroomWords =
    [
        "redacción", "redaccion", "redaktion", "rédaction", "redazione", "redação", "redacao", "redactie", "redakcja",
        "newsroom", "newsdesk", "desk", "staff", "redaksi", "redaktionen", "redaksjonen", "toimitus", "ब्यूरो", "डेस्क",
        "التحرير", "تحرير", "خبرگزاری", "מערכת", "redacção", "redakcia", "redakce", "redakcija", "редакция", "редакція", "редакција", "redacția", "redactia", "таҳририят",
        "redaksia", "redaksiya", "редакциясы", "redaktsiya", "редакцията", "σύνταξη", "σύνταξης", "συντακτική", "กองบรรณาธิการ", "ກອງບັນນາທິການ",

        // Faroese, Icelandic and Estonian newsrooms; "news" in Yoruba ("Ẹka Iroyin", the news department), Swahili and Hausa.
        "redaktiónin", "ritstjórn", "ritstjórnin", "toimetus", "iroyin", "habari", "labarai",

        // "Haber Merkezi" (news centre, Turkish), "Dış Haberler Servisi" (foreign news service), "تحریریه" (editorial desk, Persian).
        "merkezi", "servisi", "تحریریه",

        // "वृत्तसंस्था" (news agency, Marathi), "ویب ڈیسک" (web desk, Urdu), "নিজস্ব সংবাদদাতা" (own correspondent, Bengali).
        "वृत्तसंस्था", "वृत्तसेवा", "ڈیسک", "ডেস্ক", "নিজস্ব",

        // A site's account named after it ("Admin Warta" posting on Blogger): the writer is signed in the story, if anywhere.
        "admin",
    ];

    // Thai sets no spaces between words: "ทีมข่าวภูมิภาค" (the regional news team), "ฝ่ายข่าวต่างประเทศ" (the foreign desk).
    private static readonly string[] ThaiNewsroomStems = ["ทีมข่าว", "ฝ่ายข่าว", "โต๊ะข่าว", "กองบรรณาธิการ"];

    private static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every credited author is a newsroom ("Redacción", "Redaktion MSM", "Web Desk").</summary>
    public static bool IsNewsroomOnly(IReadOnlyList<string> authors)
    {
        foreach (var author in authors)
        {
            var isNewsroom = false;
            foreach (var word in author.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                isNewsroom |= IsAnyOf(word, NewsroomWords) || StartsWithAny(word, ThaiNewsroomStems) || IsChineseOutlet(word);
            }

            if (!isNewsroom)
            {
                return false;
            }
        }

        return authors.Count > 0;
    }

    // A Chinese outlet's name ends in what it is: "华夏新闻网" (a news site), "广州日报社" (a paper's house), "东方卫视台" (a
    // station), "央视新闻" (news). A person's name runs to four characters at most, so a shorter one is read as a name.
    private static readonly string[] ChineseOutletEnds = ["网", "網", "新闻", "新聞", "报", "報", "社", "台", "频道", "頻道"];

    private const int MaxChinesePersonChars = 4;

    private static bool IsChineseOutlet(string word)
    {
        if (word.Length <= MaxChinesePersonChars && !word.EndsWith("新闻", StringComparison.Ordinal) && !word.EndsWith("新聞", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is < '\u4E00' or > '\u9FFF')
            {
                return false;
            }
        }

        foreach (var end in ChineseOutletEnds)
        {
            if (word.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A button's label in an author box: "SHARE" beside the name is no second author.
    private static readonly string[] ButtonWords =
    [
        "share", "shares", "follow", "folgen", "teilen", "partager", "compartir", "condividi", "compartilhar", "subscribe",
        "print", "email", "e-mail", "save", "comment", "comments", "tweet", "like",
    ];

    // The next field's label of a portal's info line, printed against the name without a space ("Tobias WendtView:").
    private static readonly string[] GluedLabels =
    [
        "View", "Views", "Hits", "Clicks", "Click", "Source", "Date", "Time", "Editor", "Comments", "Tags", "Category",
        "Quelle", "Fuente", "Visitas", "Aufrufe",
    ];

    private static string WithoutGluedLabel(string name)
    {
        foreach (var label in GluedLabels)
        {
            // Only after a lower-case letter: "McView" is rare, "WendtView" the info line's join.
            if (name.Length > label.Length + 1 && name.EndsWith(label, StringComparison.Ordinal) && char.IsLower(name[^(label.Length + 1)]))
            {
                return name[..^label.Length];
            }
        }

        return name;
    }

    private const int MaxInitialsLetters = 4;

    // "MLN/AKS/OID": the desk's initials of the writer and editors under a wire story, no one's name; "APA/AP" names
    // agencies and is told as one.
    private static bool IsDeskInitials(string name)
    {
        var parts = name.Split('/');
        if (parts.Length < 2 || IsAgencyOnly([name]))
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length is < 2 or > MaxInitialsLetters || !part.All(char.IsAsciiLetterUpper))
            {
                return false;
            }
        }

        return true;
    }

    // Trim(params char[]) and IndexOfAny([...]) on a string would build their arrays on every call.
    private static readonly char[] NameWrappers = ['(', ')', '[', ']', '"', '\'', ' ', '/', '-', '\u2013', '\u2014', ':', ',', ';'];
    private static readonly char[] TrailingCreditSeparators = [',', '|', '\u2014', '\u2013'];
    private static readonly SearchValues<char> BylineCuts = SearchValues.Create("|•·\n—–");

    private static string? CleanName(string part, bool lenient)
    {
        var name = WithoutHandles(part).Trim().Trim(NameWrappers).TrimStart('.');

        // "Interview: Harald Willenbrock": a label before the name; any other colon is no name's.
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && IsLabel(name[..colon].Trim()))
        {
            name = name[(colon + 1)..].Trim();
        }

        name = WithoutGluedLabel(WithoutAgencyCode(KeepAbbreviationDot(name)));
        // "Nikhil Arora, New Delhi": the city the writer filed from, set after the name, is no second author.
        if (IsDegree(name) || IsAnyOf(name, Placeholders) || IsAnyOf(name, ButtonWords) || IsDeskInitials(name) ||
            Normalization.DatelinePlaces.Contains(name))
        {
            return null;
        }

        if (name.Length < 2 || name.Contains('@', StringComparison.Ordinal) ||
            name.Contains("http", StringComparison.OrdinalIgnoreCase) || name.Contains("www.", StringComparison.OrdinalIgnoreCase) ||
            name.Contains(':', StringComparison.Ordinal) || name.Contains('©', StringComparison.Ordinal) || IsDomain(name))
        {
            return null;
        }

        var words = 0;
        var lowerWords = 0;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;

            // An author field may hold a user name in lower case ("catch more fish"), but three lower-case words are a
            // phrase: "Afficher mon profil complet" on a profile link.
            if (char.IsLower(word[0]) && !IsParticle(word) && ++lowerWords >= MaxLowerCaseWords)
            {
                return null;
            }

            if (IsJobWord(word) || LinkWords.Contains(word))
            {
                return null;
            }

            // In page text every word of a name is capitalised but for particles: "Posted on", "Veröffentlicht am"
            // and other labels are not names.
            if (!lenient && char.IsLower(word[0]) && !IsParticle(word))
            {
                return null;
            }

            // "KB_Redaktion": a user name in page text is a community member's, rarely the story's author.
            if (!lenient && word.Contains('_', StringComparison.Ordinal))
            {
                return null;
            }
        }

        // "The Plain Dealer", "Our Foreign Staff": a publication or a desk; "About The Author": the author box's heading.
        if (words > 1 && (IsAnyOf(name.AsSpan(0, name.IndexOf(' ', StringComparison.Ordinal)), PublicationOpeners) ||
                          IsAnyOf(name.AsSpan(0, name.IndexOf(' ', StringComparison.Ordinal)), AboutOpeners)))
        {
            return null;
        }

        // "Artikel von": the opener with its name missing.
        if ((words == 1 && IsLabel(name)) || (words > 1 && IsAnyOf(name, Prefixes)))
        {
            return null;
        }

        // Names in scripts without capitals (Arabic, Hebrew, Devanagari, Thai) are read from the author fields only:
        // in page text nothing tells them from a phrase.
        if (words > MaxNameWords || HasDigit(name) ||
            (!char.IsUpper(name[0]) && !(lenient && words == 1 && char.IsLetter(name[0])) && !(lenient && IsCaseless(name[0]))))
        {
            return null;
        }

        return IsAgency(name) ? null : name;
    }

    // "أحمد عرفة - نورهان فتحي": in a script without capitals a spaced hyphen between two names of two words or more
    // joins two writers, as Egyptian papers list them; one word after it is the writer's city (IsCaselessPlace).
    private static bool JoinsCaselessNames(StringBuilder before, string[] words, int hyphen)
    {
        if (before.Length == 0 || !IsCaseless(before[0]) || hyphen + 2 >= words.Length || !IsCaseless(words[hyphen + 1][0]))
        {
            return false;
        }

        var wordsBefore = 1;
        for (var i = 0; i < before.Length; i++)
        {
            wordsBefore += before[i] == ' ' ? 1 : 0;
        }

        var wordsAfter = 0;
        for (var i = hyphen + 1; i < words.Length && words[i] != "-"; i++)
        {
            wordsAfter++;
        }

        return wordsBefore is >= 2 and <= MaxNameWords && wordsAfter is >= 2 and <= MaxNameWords;
    }

    // "حسام أبو العلا - القاهرة": Arabic and Hebrew bylines give the writer's city after a spaced hyphen, one word.
    private static bool IsCaselessPlace(string text, int hyphen) =>
        IsCaseless(text[0]) && text.AsSpan(hyphen + 3).Trim() is var after && after.Length > 0 && IsCaseless(after[0]) &&
        !after.Contains(' ');

    // Georgian's Mkhedruli letters are lower case to Unicode, which gave them capitals in 2018, but Georgian text sets
    // none: a name in them is as caseless as an Arabic one.
    private static bool IsCaseless(char c) =>
        char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter || c is >= '\u10D0' and <= '\u10FF';

    private const int MaxAgencyCodeChars = 6;

    // "Peter Maahn/SP-X", "Jane Doe/AFP", "Peter Zupan / STA": the agency's code after a full name; "Nilton Tavares /
    // Inforpress": a known agency's name, whatever its case.
    private static string WithoutAgencyCode(string name)
    {
        var slash = name.LastIndexOf('/');
        var code = slash > 0 ? name.AsSpan(slash + 1).Trim() : default;
        if (slash <= 0 || !name.AsSpan(0, slash).Trim().Contains(' ') || code.Length == 0)
        {
            return name;
        }

        if (IsAnyAgency(code.ToString()))
        {
            return name[..slash].TrimEnd();
        }

        if (code.Length > MaxAgencyCodeChars)
        {
            return name;
        }

        foreach (var c in code)
        {
            if (!(char.IsUpper(c) || char.IsDigit(c) || c == '-'))
            {
                return name;
            }
        }

        return name[..slash].TrimEnd();
    }

    private const int MaxTopLevelDomainChars = 4;

    // "mdr.de", "katholisch.at": the site's address, not a person.
    private static bool IsDomain(string name)
    {
        // "facebook.com/vegolosi": the address of a page on a site.
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            name = name[..slash];
        }

        var dot = name.LastIndexOf('.');
        var tld = name.AsSpan(dot + 1);
        if (dot < 2 || name.Contains(' ', StringComparison.Ordinal) || tld.Length is < 2 or > MaxTopLevelDomainChars)
        {
            return false;
        }

        foreach (var c in tld)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] Particles =
    [
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "bin", "ibn", "al", "el",
        "y", "e", "zu", "ten", "ter", "vom", "zum", "af", "av",
    ];

    private static readonly string[] Weekdays =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tisdag", "lördag", "söndag",
        "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "segunda-feira", "terça-feira", "quarta-feira",
        "quinta-feira", "sexta-feira",
    ];

    // Words that label a byline and are left alone when the name sits in another element.
    private static readonly string[] Labels =
    [
        "by", "von", "posted", "published", "written", "author", "autor", "autorin", "auteur", "autore", "autora", "автор", "авторы",
        "автори", "yazar", "szerző", "par", "por", "eingestellt", "oleh", "ni",
        "veröffentlicht", "geschrieben", "verfasst", "text", "foto", "fotos", "interview", "follow", "stand", "datum",
        "date", "data", "artikel", "beitrag", "last", "piše", "oprac", "opr",

        // A weekday printed before the date beside a byline: "Donnerstag, 4. November 2021".
        .. Weekdays,
    ];

    private static bool IsParticle(string word)
    {
        foreach (var particle in Particles)
        {
            if (word.Equals(particle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLabel(string word) => IsAnyOf(word, Labels);

    // Link texts printed after the name in author boxes.
    private static readonly string[] TrailingWidgets =
    [
        " Alle Artikel", " Alle Beiträge", " Mehr", " Follow", " Folgen", " Profil", " Profile", " Shares", " Fr", " Tue",
        " Wed", " Thu", " Fri", " Stand", " Datum", " Hace",
    ];

    private const int MinWordsBeforeWidget = 2;

    private static readonly string[] FollowWidgets = ["Follow", "Folgen"];

    private static string WithoutTrailingWidget(string part)
    {
        var trimmed = part.TrimEnd();

        // "Inga Hoeltmann Follow Transformationsbegleiterin": a follow button after the name, with the bio after it.
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = MinWordsBeforeWidget; i < words.Length - 1; i++)
        {
            if (IsAnyOf(words[i], FollowWidgets))
            {
                return string.Join(' ', words, 0, i);
            }
        }

        // "Kristen Falc'hon Kristen Falc'hon": the name printed twice, as link and as text.
        // Initials may repeat: "R. R.".
        if (words.Length is >= 2 and <= 2 * MaxNameWords && words.Length % 2 == 0 && (words.Length > 2 || words[0].Length > 2) &&
            words.AsSpan(0, words.Length / 2).SequenceEqual(words.AsSpan(words.Length / 2)))
        {
            return string.Join(' ', words, 0, words.Length / 2);
        }

        foreach (var widget in TrailingWidgets)
        {
            if (trimmed.EndsWith(widget, StringComparison.Ordinal) && trimmed.Length > widget.Length + 2)
            {
                return trimmed[..^widget.Length];
            }
        }

        return trimmed;
    }

    // Words that start a job title or an agency after a name: "JOSH BOAK AP Economics Writer", "Jane Doe Senior
    // Writer", "JOHN ANTCZAK Associated Press".
    private static readonly string[] TitleStarts =
    [
        "senior", "chief", "contributing", "special", "associate", "deputy", "managing", "executive", "staff", "associated",

        // "Kenji Arai United Press International": the wire's name run into the byline by a line break.
        "united",

        // A beat before the trade: "Jane Doe Political Reporter", "John Roe National Security Correspondent".
        "political", "politics", "national", "foreign", "international", "business", "sports", "health", "science",
        "technology", "tech", "investigative", "legal", "economics", "economic", "entertainment", "culture", "climate",
        "education", "breaking", "digital", "weather", "energy", "markets", "finance", "financial", "local", "metro",
        "features", "opinion", "lead", "principal", "general", "freelance", "visual", "multimedia",
    ];

    // Words that open the name of a desk or a publication, never a person's: "Our Foreign Staff", "The Planetary Press".
    private static readonly string[] OrganisationOpeners = ["the", "our", "your", "a", "an", "letters"];

    // The ones that never open a person's name, even as an initial ("A. Smith").
    private static readonly string[] PublicationOpeners = ["the", "our", "your"];

    // "About The Author", "Über den Autor", "Sobre el autor": the heading over an author box.
    private static readonly string[] AboutOpeners = ["about", "über", "sobre", "acerca"];

    private const int MinNameWordsBeforeTitle = 2;

    /// <summary>A name followed, without a comma, by the site's name, its job title or agency: the name alone.</summary>
    private static string WithoutTrailingTitle(string part, IReadOnlyList<string> siteNames)
    {
        // "Jovan Campbell/Staff Reporter": the trade after a slash, as Caribbean papers print it.
        var slash = part.LastIndexOf('/');
        if (slash > 0 && part.AsSpan(0, slash).Trim().Contains(' ') &&
            part[(slash + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= MaxJobTitleWords } trade &&
            (IsJobWord(trade[0]) || IsAnyOf(trade[0], TitleStarts)) && HasTitleWordFrom(trade, 0) && !IsAgency(trade[0]))
        {
            return part[..slash].TrimEnd();
        }

        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MinNameWordsBeforeTitle ||
            IsAnyOf(words[0], OrganisationOpeners))
        {
            return part;
        }

        // "Adam Aaronson PhillyVoice Staff", "Jane Doe Example News": the site's name, and any title after it.
        for (var start = MinNameWordsBeforeTitle; start < words.Length; start++)
        {
            for (var end = words.Length; end > start; end--)
            {
                if (end < words.Length && HasTitleWordFrom(words, end) &&
                    SiteAffix.MatchesAny(string.Join(' ', words, start, end - start), siteNames))
                {
                    return string.Join(' ', words, 0, start);
                }
            }
        }

        for (var i = MinNameWordsBeforeTitle; i < words.Length; i++)
        {
            var word = words[i];
            // "Ece Karaman İzmir Muhabiri": a Turkish trade in the possessive is always some place's or desk's, printed
            // just before it.
            if (i == words.Length - 1 && i - 1 >= MinNameWordsBeforeTitle && IsAnyOf(word, PossessiveTrades))
            {
                return string.Join(' ', words, 0, i - 1);
            }

            // "Teufel Editorial Team": a team word alone names a desk.
            if ((IsJobWord(word) || IsAgency(word) || IsAnyOf(word, TitleStarts)) &&
                HasTitleWordFrom(words, i) && !OnlyTeamWordsFrom(words, i))
            {
                return string.Join(' ', words, 0, i);
            }
        }

        return part;
    }

    // Turkish trades in the possessive ("İzmir Muhabiri", "Ekonomi Editörü", "Ankara Temsilcisi").
    private static readonly string[] PossessiveTrades = ["muhabiri", "editörü", "temsilcisi", "yazarı", "sorumlusu"];

    private static readonly string[] TeamWords = ["team", "desk", "newsroom", "bureau", "staff", "redaktion", "editorial"];

    private static bool OnlyTeamWordsFrom(string[] words, int start)
    {
        for (var i = start; i < words.Length; i++)
        {
            if (!IsAnyOf(words[i], TeamWords))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasTitleWordFrom(string[] words, int start)
    {
        for (var i = start; i < words.Length; i++)
        {
            if (IsJobWord(words[i]) || IsAgency(words[i]) ||
                (i + 1 < words.Length && IsAgency(words[i] + " " + words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAgency(string text) => IsAnyOf(text, Agencies);

    /// <summary>
    /// Whether every credited author is a news agency, alone or with others ("Agencia EFE", "RND/dpa", "TT"): a source,
    /// not a person who wrote the story.
    /// </summary>
    public static bool IsAgencyOnly(IReadOnlyList<string> authors)
    {
        foreach (var author in authors)
        {
            // "RND/dpa"; "AFP - Agence France Presse", the initials and the name.
            var parts = author.Split(["/", " - ", " – ", " — "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0)
            {
                return false;
            }

            foreach (var part in parts)
            {
                if (!IsAnyAgency(part) && !IsAgencyWithPlace(part) && !IsDeskWithAgency(part))
                {
                    return false;
                }
            }
        }

        return authors.Count > 0;
    }

    // "DAILY SABAH WITH AA", "Anatolia Tribune with AFP Istanbul": the paper's desk and the agency it drew on; a person
    // with an agency ("Mehmet Çelik with AA") is a writer.
    private static bool IsDeskWithAgency(string part)
    {
        var with = part.IndexOf(" with ", StringComparison.OrdinalIgnoreCase);
        if (with <= 0)
        {
            return false;
        }

        var agency = part[(with + " with ".Length)..].Trim();
        var desk = part[..with].Trim();
        return (IsAnyAgency(agency) || IsAgencyWithPlace(agency)) && PersonName.AsPerson(TitleCased(desk)) is null;
    }

    // "DAILY SABAH" read as "Daily Sabah", so that a name in capitals is judged as one in title case.
    private static string TitleCased(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? word[0] + word[1..].ToLowerInvariant() : word));

    private static bool IsAnyAgency(string name) => IsAnyOf(name, Agencies) || IsAnyOf(name, OtherAgencies);

    private const int MaxPlaceWords = 3;

    // "Press Trust of India": the longest agency names run to four words.
    private const int MaxAgencyWords = 4;

    // "IANS New Delhi", "PTI Mumbai", "Press Trust of India New Delhi": the agency with the desk the story came from,
    // printed as one credit.
    private static bool IsAgencyWithPlace(string credit)
    {
        var words = credit.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var agencyWords = 1; agencyWords <= MaxAgencyWords && agencyWords < words.Length; agencyWords++)
        {
            if (words.Length - agencyWords <= MaxPlaceWords && IsAnyAgency(string.Join(' ', words, 0, agencyWords)) &&
                words.Skip(agencyWords).All(word => char.IsUpper(word[0]) && word.All(char.IsLetter)))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxSignedNameWords = 4;

    /// <summary>
    /// "Hyung-Jin Kim, The Associated Press", "Jane Doe | Reuters", "Jane Doe and John Roe, Reuters", "Jane Doe — Staff
    /// Writer": a byline that signs names with their agency or trade and no "By". Each name is two to four capitalised words.
    /// </summary>
    public static bool IsNameWithAgency(string line)
    {
        var cut = line.LastIndexOfAny(TrailingCreditSeparators);
        if (cut <= 0 || line[(cut + 1)..].Trim() is not { Length: > 0 } tail || !(IsAgency(tail) || IsJobTitle(tail)))
        {
            return false;
        }

        var any = false;
        foreach (var name in Split(line[..cut].Trim()))
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > MaxSignedNameWords)
            {
                return false;
            }

            foreach (var word in words)
            {
                if (!char.IsUpper(word[0]) && !IsParticle(word))
                {
                    return false;
                }
            }

            any = true;
        }

        return any;
    }

    private const int MaxJobTitleWords = 4;

    // Trades of a person, not of a desk or team ("Jane Doe, City Desk" names no trade).
    private static readonly string[] PersonTrades =
    [
        "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "journalist", "photographer", "analyst",
        "producer", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journaliste", "periodista",
        "meteorologist", "anchor", "presenter",
    ];

    // "Staff Writer", "Senior Political Correspondent": capitalised words ending in a trade.
    internal static bool IsJobTitle(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxJobTitleWords || !IsAnyOf(words[^1], PersonTrades))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxGivenNameWords = 3;

    /// <summary>
    /// "Kooman, F." → "F. Kooman", "Jong, Michiel de" → "Michiel de Jong": library catalogues and Dublin Core write
    /// one surname word, a comma, then the given names. Anything else is returned as it is.
    /// </summary>
    public static string FromCatalogueForm(string value)
    {
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || value.IndexOf(',', comma + 1) >= 0)
        {
            return value;
        }

        var surname = value[..comma].Trim();
        var given = value[(comma + 1)..].Trim();
        var givenWords = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (surname.Length < 2 || surname.Contains(' ', StringComparison.Ordinal) || !char.IsUpper(surname[0]) ||
            givenWords.Length is 0 or > MaxGivenNameWords || !char.IsUpper(givenWords[0][0]) || IsAgency(given) || IsJobWord(givenWords[0]))
        {
            return value;
        }

        foreach (var word in givenWords)
        {
            if (!char.IsUpper(word[0]) && !IsParticle(word))
            {
                return value;
            }
        }

        return given + " " + surname;
    }

    // Professions printed before a name as a title: "Rechtsanwalt Sebastian Einbock".
    private static readonly string[] TitleWords =
    [
        "rechtsanwalt", "rechtsanwältin", "fachanwalt", "fachanwältin", "anwalt", "anwältin", "notar", "notarin", "pfarrer",
        "pfarrerin", "attorney", "redakteur", "redakteurin", "reporter", "reporterin", "korrespondent", "korrespondentin",
        "journalist", "journalistin", "columnist", "kolumnist", "kolumnistin",
    ];

    // "FOCUS-Online-Experte Robin Tschöpe": a compound job title before the name; "Rechtsanwalt Sebastian Einbock":
    // a profession before a full name.
    private static string WithoutJobPrefix(string part)
    {
        var trimmed = part.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && IsAnyOf(trimmed.AsSpan(0, space), TitleWords) && trimmed.IndexOf(' ', space + 1) > space + 1)
        {
            return trimmed[(space + 1)..];
        }

        // "Xinhua writers Zhou Lan": an agency and the trade its people share, before the first name.
        var second = space > 0 ? trimmed.IndexOf(' ', space + 1) : -1;
        if (second > space + 1 && IsAnyAgency(trimmed[..space]) && IsJobWord(trimmed[(space + 1)..second]) &&
            trimmed.IndexOf(' ', second + 1) > second + 1)
        {
            return trimmed[(second + 1)..];
        }

        if (space <= 0 || !trimmed.AsSpan(0, space).Contains('-'))
        {
            return trimmed;
        }

        foreach (var piece in trimmed[..space].Split('-'))
        {
            // "MIN-JI PARK": a Korean given name in capitals, not a reading time's "MIN".
            if ((IsJobWord(piece) && !piece.Equals("MIN", StringComparison.OrdinalIgnoreCase)) || piece.EndsWith("experte", StringComparison.OrdinalIgnoreCase) ||
                piece.EndsWith("expertin", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[(space + 1)..];
            }
        }

        return trimmed;
    }

    // "Writers", "Editors": a trade shared by the names before it. "Min" in title case ends a name ("Chloe Tan Hui Min"),
    // while a reading time is "5 min read" or "5 MIN READ".
    internal static bool IsJobWord(string word) =>
        word is not ("Min" or "Mins") &&
        (IsAnyOf(word, JobWords) || (word.Length > 4 && word.EndsWith('s') && IsAnyOf(word.AsSpan(0, word.Length - 1), JobWords)));

    // A final dot belongs to "Jr." or an initial ("R. R."), not to a sentence.
    private static string KeepAbbreviationDot(string name)
    {
        if (!name.EndsWith('.'))
        {
            return name;
        }

        var lastSpace = name.LastIndexOf(' ');
        var last = name[(lastSpace + 1)..^1];
        var keep = last.Length == 1 || last.Equals("Jr", StringComparison.OrdinalIgnoreCase) ||
                   last.Equals("Sr", StringComparison.OrdinalIgnoreCase);
        return keep ? name : name.TrimEnd('.');
    }

    private static bool IsDegree(string name)
    {
        foreach (var degree in Degrees)
        {
            if (name.Equals(degree, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Jane Doe @janedoe", "Sigrún Helga Jónsdóttir sigrunhelga@mbl.is": the social handle or the e-mail address is not
    // part of the name.
    private static string WithoutHandles(string part)
    {
        if (!part.Contains('@', StringComparison.Ordinal))
        {
            return part;
        }

        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', Array.FindAll(words, static word => !word.Contains('@', StringComparison.Ordinal)));
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    // One word with a lower-case letter: "Berlin", not "NDR".
    private static bool IsPlaceWord(string word)
    {
        if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "DEVIN ORTIZ Associated Press" after "MARA KESSLER and": the wire's name printed after the last author, without
    /// a comma, follows a person's two or three words; a trade or an employer's own words are no agency.
    /// </summary>
    private static bool IsNameBeforeAgency(string bare, string untitled)
    {
        var name = untitled.Trim();
        return untitled.Length < bare.Length && IsAgency(bare[untitled.Length..].Trim()) &&
               name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 2 or 3;
    }

    private static bool OpensWithGivenName(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return GivenNames.Contains(space > 0 ? trimmed[..space] : trimmed);
    }

    private static bool IsSite(string name, IReadOnlyList<string> siteNames)
    {
        // "Details Magazine" where the site calls itself "Details": its name with the word for what it is.
        var last = name.LastIndexOf(' ');
        var withoutKind = last > 0 && OrganisationWords.Contains(name[(last + 1)..]) ? name[..last] : null;
        foreach (var site in siteNames)
        {
            // And the other way round: "SenActu" on "SenActu Info", though not the writer of a blog named for her
            // ("Jane Smith Online").
            var siteLast = site.LastIndexOf(' ');
            if (SiteAffix.SameText(name, site) || SiteAffix.SameText(withoutKind, site) ||
                (siteLast > 0 && OrganisationWords.Contains(site[(siteLast + 1)..]) && SiteAffix.SameText(name, site[..siteLast]) &&
                 !OpensWithGivenName(name)))
            {
                return true;
            }
        }

        // "El Colombiano" on elcolombiano.com: the site's name as its host spells it, without the space. A blog named
        // after its author ("Wolfgang Michal" on wolfgangmichal.de, "Frau Sabienes") opens with a given name or a
        // form of address and stays a person.
        return name.Contains(' ', StringComparison.Ordinal) && !OpensWithGivenName(name) && !OpensWithAddress(name) &&
               SiteAffix.MatchesAny(name, siteNames);
    }

    private static bool OpensWithAddress(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && FormsOfAddress.Contains(name[..space]);
    }

    [GeneratedRegex(@"(?<=[\s(/,;])(?:autor|autora|author|auteur|autore|autorka|szerző|yazar)\s*:\s*([^,;:()|]{3,60}?)\s*(?=[,;()|]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WriterLabelInside();
}
