using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Finds the story's authors: JSON-LD people first, then author meta tags, then the page's own byline — author links
/// and author-marked elements nearest after the headline, then a short "By …" / "Von …" line.
/// </summary>
internal static partial class BylineResolver
{
    private static readonly ISelector Headings = ParsedSelector.Of("h1, h2, h3, h4, h5, h6");
    private static readonly ISelector Links = ParsedSelector.Of("a");

    private const int MaxVisibleBylineChars = 200;

    // People named one per line where the lines together read as no byline: more are a staff list.
    private const int MaxAuthorsOnLines = 3;
    private const int MaxVisibleCandidates = 120;

    private static readonly string[] MetaKeys =
    [
        // Dublin Core first: a page that fills it names the creator on purpose, where "author" is often a CMS default.
        "dc.creator", "dcterms.creator", "author", "article:author", "og:article:author", "byl", "parsely-author", "sailthru.author",
        "citation_author", "twitter:creator:name", "author_name", "cxenseparse:author",
    ];

    // Keys whose values are written as library catalogues write them: "Kooman, F.".
    private static readonly string[] CatalogueKeys = ["dc.creator", "dcterms.creator", "citation_author"];

    // Labels of the "written by" row that Yoast prints as twitter:label1 / twitter:data1.
    private static readonly string[] WrittenByLabels =
    [
        "written by", "verfasst von", "geschrieben von", "écrit par", "escrito por", "scritto da", "geschreven door",
        "napisane przez", "autor", "author",
    ];

    // The candidates are what this selector list matches, tested by hand in one walk (see IsBylineCandidate): a
    // selector query lists the whole document and splits every element's class attribute into new strings.
    //   strong (fields that hold only the author; a lower-case user name there is still a name):
    //     [rel='author'], [itemprop='author'], a[href*='/author/'], ... (one per AuthorPaths entry)
    //   weak: .byline, .author, .author-name, .article-author, .byline__name, .author_name, .story-byline, span:not([class])[id*=byline i],
    //     .entry-author, [class*='byline'], [class*='author'], [class*='signature'] (French "signature", Radio-Canada's
    //     "sc-signature__name"), .fn, .by, address, and [data-testid*='byline'] and kin (ComponentMarks)
    // Every weak class but .fn and .by contains "byline", "author" or "signature", so the substring tests cover them.
    private static readonly string[] FnClass = ["fn"];

    // "<span class='by'>Nur Syafiqah Ismail</span>": the byline's name set in an element the template names for the word
    // that opens bylines. Only the whole token: "by" inside a class name ("nearby", "lobby") says nothing.
    private static readonly string[] ByClass = ["by"];

    // hCard marks an organisation's name "fn org" ("<div class='fn org country-name'>New Zealand</div>").
    private static readonly string[] OrgClass = ["org"];

    // itemprop holds a list of names like class does: itemprop="author creator".
    private static readonly string[] AuthorProperty = ["author"];

    private static readonly string[] AuthorPaths =
    [
        "/author/", "/autor/", "/autoren/", "/authors/", "/auteur/", "/auteurs/", "/autores/", "/autori/", "/journalist/", "/writers/", "/reporter/", "/reporters/",

        // The author's page named in the site's language: Basque, Swedish, Finnish, Lithuanian, Hungarian, Turkish,
        // Spanish. Not Norwegian "/forfatter/": Schibsted links its photographers' pages so, their role beside the link.
        "/egilea/", "/skribent/", "/toimittaja/", "/autorius/", "/szerzo/", "/yazar/", "/periodista/",
    ];

    public static List<string> Resolve(
        IHtmlDocument document, MetaTags meta, JsonLdArticle? jsonLd, IReadOnlyList<string> siteNames, IElement? anchor, string? titleAffix = null)
    {
        // An agency in the author field ("新华网", "Reuters") is the story's source, which the pipeline drops as an author:
        // the page's own byline, if it prints one, is asked instead. So is the portal's name ("网易" on "…_网易新闻").
        var structured = FromStructured(meta, jsonLd, siteNames);
        if (BylineNormalizer.IsAgencyOnly(structured) || IsCompanyOnly(structured) || IsSiteOfNewsService(structured, titleAffix))
        {
            structured = [];
        }

        // Metadata often lists the photographer beside the writers; the page credits them for the pictures alone.
        structured = ReportersJoined(PhotoCredit.WithoutPhotographers(structured, document), document, siteNames);

        var givenNameAlone = IsGivenNameAlone(structured);
        // A newsroom in the author field ("Redacción", the CMS user every story is filed under) yields to the people
        // the page prints as its byline, as an organisation does.
        var organisation = givenNameAlone || NamesOrganisation(structured) || BylineNormalizer.IsNewsroomOnly(structured);
        if (structured.Count > 0 && !AreHandles(structured) && !IsTitleAffix(structured, titleAffix) && !organisation)
        {
            // "Sadhbh O'Sullivan" in JSON-LD, "Sadhbh O'Sullivan, Elisabeth Kochan" printed under the headline: the
            // metadata often names only the first of several authors. The printed byline may be marked up as one
            // ("<div class=authors>By <a>…</a> and <a>…</a>") or be a line that only its words make one ("By: …, … -
            // Reporters / Philippine Daily Inquirer").
            if (FromElements(document, siteNames, anchor) is { } marked && Extends(marked, structured))
            {
                return marked;
            }

            return BylineLine.Find(document, anchor, siteNames, titleAffix) is { } line && Extends(line, structured) ? line : structured;
        }

        // "edilson.la.rosa" in the metadata: the page prints the name itself in its byline. An organisation named as
        // author in JSON-LD (the publisher, "Redaktion") often stands beside a printed byline too.
        var visible = FromElements(document, siteNames, anchor) ?? BylineLine.Find(document, anchor, siteNames, titleAffix);

        // "By Voice Newsroom" in the template's author slot, "Tama Rāwiri | RNZ | March 3, 2026" opening the story: the desk
        // the CMS files every story under yields to the writer a byline line further on names.
        if (visible is not null && BylineNormalizer.IsNewsroomOnly(visible) &&
            BylineLine.Find(document, anchor, siteNames, titleAffix, pastNewsrooms: true) is { } writers && !BylineNormalizer.IsNewsroomOnly(writers))
        {
            visible = writers;
        }
        if (visible is not null && BylineNormalizer.IsAgencyOnly(visible))
        {
            // An agency in the byline's link ("<a href='/news/reporter/cna'>中央社</a>") is the source, as in the metadata.
            visible = null;
        }

        // "责任编辑：张伟" in the page's author field: the editor who put the story up; a reporter credited in the story
        // ("新华社杭州3月5日电（记者王晓明、李华）") wrote it. (The page-wide scan below prefers reporters already.)
        if (visible is { Count: > 0 } && CjkByline.HasCjk(document.Title) &&
            CjkByline.Reporters(document, siteNames, out var editors) is { } reporters && editors is not null && visible.SequenceEqual(editors))
        {
            visible = reporters;
        }

        visible = visible is null ? null : ReportersJoined(visible, document, siteNames);

        // A Chinese or Japanese page labels its byline with a role ("作者：", "记者", "责任编辑：") anywhere on the page.
        // A Korean page credits its reporter in a line of its own ("김민수 기자") while its author tag names the agency.
        if (visible is null && (structured.Count == 0 || organisation) && CjkByline.HasCjk(document.Title))
        {
            visible = CjkByline.Find(document, siteNames);
            if (organisation && visible is { Count: > 0 } && visible.TrueForAll(CjkByline.IsKoreanName))
            {
                return visible;
            }
        }

        if (visible is { Count: > 0 } && (structured.Count == 0 || !AreHandles(visible)) &&
            (!organisation || AllPersons(visible)) && (!givenNameAlone || visible[0].StartsWith(structured[0] + " ", StringComparison.Ordinal)))
        {
            return visible;
        }

        // Parse.ly's page object often names the desk or the first of several authors: asked when nothing else names one.
        return structured.Count > 0 || visible is { Count: > 0 } ? structured : FromParselyPage(meta, siteNames);
    }

    private static List<string> FromParselyPage(MetaTags meta, IReadOnlyList<string> siteNames)
    {
        var names = new List<string>();
        foreach (var value in meta.GetAll(MetaTags.ParselyPageAuthor))
        {
            AddNew(names, BylineNormalizer.Names(value, siteNames, lenient: true));
        }

        return names;
    }

    private static bool Extends(List<string> printed, List<string> structured)
    {
        if (printed.Count <= structured.Count)
        {
            return false;
        }

        foreach (var name in structured)
        {
            if (!printed.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // The others must be people by shape: "ACLU Racial Justice Program" or "Newcastle University" printed beside
        // the names is the authors' affiliation.
        foreach (var name in printed)
        {
            if (!structured.Contains(name, StringComparer.OrdinalIgnoreCase) && PersonName.AsPerson(name) is null && !IsNameShaped(name))
            {
                return false;
            }
        }

        return true;
    }

    // "Grant Whitley", "Kristoffer Anne Dalisay": two to four capitalised words of letters, none an organisation's, as
    // the names beside them in the same printed byline are. A given name the list does not know is still a name there.
    private static bool IsNameShaped(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!PersonName.IsCapitalised(word) || OrganisationWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // "Bangkok Post Public Company Limited" as the JSON-LD Person: the publishing company by its legal form, which no
    // byline names.
    private static bool IsCompanyOnly(List<string> names) => names.Count > 0 && names.TrueForAll(name => LegalForm.Without(name) is not null);

    // "Glamour Magazine", "Bayerische Landesanstalt für Wald und Forstwirtschaft", "Frankfurter Allgemeine Zeitung
    // GmbH": an author field naming an organisation gives way to people's names printed on the page.
    private static bool NamesOrganisation(List<string> names) => names.Exists(OrganisationWords.InName);

    // "Todd" in the author field, "Todd Bates" printed under the headline: the printed name is the whole one.
    private static bool IsGivenNameAlone(List<string> names) =>
        names.Count == 1 && char.IsUpper(names[0][0]) && !names[0].Contains(' ', StringComparison.Ordinal) && GivenNames.Contains(names[0]);

    private static bool AllPersons(List<string> names)
    {
        foreach (var name in names)
        {
            if (PersonName.AsPerson(name) is null)
            {
                return false;
            }
        }

        return names.Count > 0;
    }

    // "The Valley Ledger" in the author tag and after the title: a site's name, or a blogger's; the byline printed on
    // the page, if any, says which.
    private static bool IsTitleAffix(List<string> names, string? titleAffix) =>
        titleAffix is not null && names.Count == 1 && SiteAffix.MatchesAny(names[0], [titleAffix]);

    private static bool IsSiteOfNewsService(List<string> names, string? titleAffix) =>
        titleAffix is not null && names.Count == 1 && string.Equals(WithoutNewsWord(titleAffix), names[0], StringComparison.OrdinalIgnoreCase);

    // "网易新闻", "Example News": the site's news service by the site's name and a word for news; the name alone is the site.
    private static readonly string[] NewsWords = ["新闻", "新聞", "뉴스", "ニュース", " News", " Nachrichten", " Noticias", " Notícias", " Новости"];

    private static string? WithoutNewsWord(string affix)
    {
        foreach (var word in NewsWords)
        {
            if (affix.Length > word.Length + 1 && affix.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return affix[..^word.Length].Trim();
            }
        }

        return null;
    }

    // A user name: one lower-case token, often with dots or underscores.
    private static bool AreHandles(List<string> names)
    {
        foreach (var name in names)
        {
            if (name.Contains(' ', StringComparison.Ordinal) || !char.IsLower(name[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> FromStructured(MetaTags meta, JsonLdArticle? jsonLd, IReadOnlyList<string> siteNames)
    {
        if (jsonLd is not null && jsonLd.PersonAuthors.Count > 0)
        {
            var names = new List<string>();
            foreach (var author in jsonLd.PersonAuthors)
            {
                foreach (var name in BylineNormalizer.Names(author, siteNames, lenient: true))
                {
                    if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        names.Add(name);
                    }
                }
            }

            if (names.Count > 0)
            {
                return names;
            }
        }

        foreach (var key in MetaKeys)
        {
            // One tag per author is common ("citation_author" twice): every value counts.
            var names = new List<string>();
            var catalogue = Array.IndexOf(CatalogueKeys, key) >= 0;
            foreach (var value in meta.GetAll(key))
            {
                if (!LooksLikeUrl(value))
                {
                    var name = catalogue ? BylineNormalizer.FromCatalogueForm(value) : value;
                    AddNew(names, BylineNormalizer.Names(name, siteNames, lenient: true));
                }
            }

            if (names.Count > 0)
            {
                return names;
            }
        }

        if (WrittenBy(meta) is { } writtenBy && BylineNormalizer.Names(writtenBy, siteNames, lenient: true) is { Count: > 0 } labelled)
        {
            return labelled;
        }

        return [];
    }

    private static string? WrittenBy(MetaTags meta)
    {
        for (var i = 1; i <= 4; i++)
        {
            var label = meta.Get("twitter:label" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (label is null)
            {
                return null;
            }

            foreach (var known in WrittenByLabels)
            {
                if (label.Trim().Equals(known, StringComparison.OrdinalIgnoreCase))
                {
                    return meta.Get("twitter:data" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return null;
    }

    // The first element after the headline that names someone, else the nearest one before it; with it, the author
    // elements beside it ("<span itemprop=author>A</span>, <span itemprop=author>B</span>").
    private static List<string>? FromElements(IHtmlDocument document, IReadOnlyList<string> siteNames, IElement? anchor)
    {
        List<string>? before = null;
        List<string>? newsroom = null;
        List<string>? chosen = null;
        IElement? chosenElement = null;
        var chosenIsField = false;
        var taken = new List<IElement>(4);
        var examined = 0;
        var walk = new ElementWalk(document);
        while (walk.Next() is { } element)
        {
            // An empty separator between two names ("<span class='byline-sep'>") ends no byline.
            if (!IsBylineCandidate(element) || IsInBlockQuote(element) || NodeText.IsBlank(element))
            {
                continue;
            }

            if (++examined > MaxVisibleCandidates)
            {
                break;
            }

            // "Tech Insider <span itemprop=author>Alex Perry</span>": the walk reaches the field itself next, and the
            // next author's box ("<strong class=author><a href=/autores/…>") is passed over for its field, which is
            // beside the first one.
            var isField = IsAuthorField(element);
            if (!isField && (HasAuthorFieldInside(element) || HoldsNameLinksOnly(element)))
            {
                continue;
            }

            if (chosenElement is not null && (!IsBeside(chosenElement, element) || HasStoryTextBetween(chosenElement, element)))
            {
                if (taken.Exists(field => field.Contains(element)))
                {
                    continue;
                }

                break;
            }

            var text = NodeText.Of(element);
            var names = NamesIn(element, siteNames, lenient: isField || BylineNormalizer.OpensWithLabelOverCaselessName(text) ||
                (BylineNormalizer.OpensWithRightToLeftName(text) && !OrganisationWords.InName(text)));
            if (names is null)
            {
                continue;
            }

            // "newsdesk", the CMS user in a meta block the stylesheet hides: a byline printed further on names people.
            if (chosen is null && BylineNormalizer.IsNewsroomOnly(names))
            {
                newsroom ??= names;
                continue;
            }

            if (chosen is not null)
            {
                // Beside an author field only another field is a co-author: "Lung Cancer Expert" linked next to
                // "<a rel=author>Lynne Eldridge MD</a>" is the author's title.
                if (isField != chosenIsField)
                {
                    continue;
                }

                // An author card beside the first one names a person: "Global Voices Latin America" in the next card
                // is the desk that translated the story.
                if (!IsNear(chosenElement!, element))
                {
                    names = names.FindAll(name => PersonName.AsPerson(name) is not null);
                }

                AddNew(chosen, names);
                taken.Add(element);
            }
            else if (anchor is null || IsAfter(anchor, element))
            {
                chosen = names;
                chosenElement = element;
                chosenIsField = isField;
                taken.Add(element);
            }
            else
            {
                before = names;
            }
        }

        return chosen ?? before ?? newsroom;
    }

    private static List<string>? NamesIn(IElement element, IReadOnlyList<string> siteNames, bool lenient)
    {
        var text = element.GetAttribute("content") ?? NodeText.Of(element);
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.CollapsedLength(text) > MaxVisibleBylineChars || IsElsewhere(element))
        {
            return null;
        }

        if (element.HasAttribute("content") || element.ChildElementCount == 0)
        {
            var names = BylineNormalizer.Names(TextNormalizer.Collapse(text), siteNames, lenient);
            return names.Count > 0 ? names : null;
        }

        // Read line by line where the element has lines; where the whole run of text names no one, a line names
        // only people by the shape of their names ("14 March 2025" above "Marta Lindqvist"), not "Ostring" from an
        // address or "SHARE" from a button.
        var lines = SpacedLines(element, out var spaced);
        var byLine = lines.Count < 2 ? null : NamesByLine(lines, siteNames, lenient);

        // A longer list of people ("Redaktion" over six linked names in a sidebar) is the staff, not this story's byline.
        if (byLine is not null && byLine.Count <= MaxAuthorsOnLines && byLine.TrueForAll(name => PersonName.AsPerson(name) is not null))
        {
            return byLine;
        }

        // Otherwise the lines only correct names the whole run of text gives.
        var whole = BylineNormalizer.Names(spaced, siteNames, lenient);
        return whole.Count == 0 ? null : byLine ?? whole;
    }

    // The first line naming someone is read as a byline; a later line adds only people by the shape of their names:
    // "Lung Cancer Expert" or "Europe reporter, Brussels" on a line after the author is no co-author.
    private static List<string>? NamesByLine(List<string> lines, IReadOnlyList<string> siteNames, bool lenient)
    {
        List<string>? found = null;
        foreach (var line in lines)
        {
            var names = BylineNormalizer.Names(line, siteNames, lenient);
            if (names.Count == 0)
            {
                continue;
            }

            if (found is null)
            {
                found = names;
                continue;
            }

            foreach (var name in names)
            {
                if (PersonName.AsPerson(name) is not null && !found.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    found.Add(name);
                }
            }
        }

        return found;
    }

    // Inline formatting that may split a word; every other element ends one ("<a>Inga Hoeltmann</a><a>Follow</a>").
    private static readonly string[] WordInline = ["b", "i", "em", "strong", "u", "mark", "sup", "sub", "abbr"];

    // Elements that set their text on a line of its own: a name never runs on into the next one.
    private static readonly string[] LineElements =
    [
        "div", "p", "li", "ul", "ol", "dl", "dt", "dd", "section", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "br", "figure", "figcaption", "table", "tr", "td", "th", "address",
    ];

    // Marks where a line element starts or ends until the text is split into lines there.
    private const char LineMark = '\u0001';

    // The element's text with a space wherever an element other than inline formatting starts or ends: text
    // content alone runs "Houzz Deutschland" into the "vor 5 Stunden" beside it. Where a line element starts or
    // ends, a line ends: "<div>Marta Lindqvist</div><div>Europe reporter, Brussels</div>" is a name and a role, not
    // the name "Marta Lindqvist Europe".
    private static List<string> SpacedLines(IElement element, out string spaced)
    {
        var builder = new System.Text.StringBuilder();
        INode? node = element.FirstChild;
        while (node is not null)
        {
            var skip = false;
            if (node.NodeType == NodeType.Text)
            {
                builder.Append(NodeText.Of(node));
            }
            else if (node is IElement detail && detail.GetAttribute("class") is { } classes &&
                     (EndsWithPart(classes, AuthorPlaces) || (EndsWithPart(classes, AuthorAside) && !IsVisualRole(detail))))
            {
                // "<span class='voc-author__place'>Madrid</span>" after the name: where the author is, not who;
                // "<span class='content-meta-role'>Sözcü Gazetesi</span>": what the author does. A photographer's role
                // stays on the name's line ("Erik Wallström Fotograf"), which then names no co-author.
                builder.Append(LineMark);
                skip = true;
            }
            else if (node is IElement inner && Array.IndexOf(WordInline, inner.LocalName) < 0)
            {
                // "<span class='aw-byline__author'>Anni Kuusela</span><span class='aw-byline__author'>STT</span>": each
                // author's own element holds one credit, however the stylesheet sets them side by side.
                builder.Append(IsLineElement(inner) || IsAuthorPart(inner) ? LineMark : ' ');
            }

            // Leaving an element: a space after its last descendant.
            if (node.FirstChild is null || skip)
            {
                for (var up = node; up != element && up.NextSibling is null && up.Parent is IElement parent; up = parent)
                {
                    if (parent != element && Array.IndexOf(WordInline, parent.LocalName) < 0)
                    {
                        builder.Append(IsLineElement(parent) || IsAuthorPart(parent) ? LineMark : ' ');
                    }
                }
            }

            node = skip ? NodeOrder.NextSkippingChildren(node, element) : NodeOrder.Next(node, element);
        }

        var text = builder.ToString();
        spaced = TextNormalizer.Collapse(text.Replace(LineMark, ' '));
        return Lines(text, spaced);
    }

    private static bool IsLineElement(IElement element) => Array.IndexOf(LineElements, element.LocalName) >= 0;

    private static readonly FrozenSet<string> VisualRoles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "fotograf", "fotografin", "fotografen", "photographer", "photo", "photos", "foto", "fotos", "bild", "bilder", "kuvaaja",
        "kuvat", "fotógrafo", "fotógrafa", "fotografo", "fotografa", "photographe", "illustration", "illustrator", "illustratör",
        "grafik", "graphics", "video", "kamera", "camera", "fotoreporter", "fotoreporterka",
    ]);

    private static bool IsVisualRole(IElement detail) =>
        VisualRoles.Contains(TextNormalizer.Collapse(NodeText.Of(detail)).Trim().TrimEnd(':', '.').ToLowerInvariant());

    private static bool IsAuthorPart(IElement element) =>
        element.GetAttribute("class") is { } classes && (HasAuthorMark(classes) || HasLocalAuthorMark(classes));

    // The non-empty lines, whitespace collapsed; an opener waits for its name on the next line ("By" above "Jane
    // Doe"), and Chinese or Japanese text stays one line for its own rules.
    private static List<string> Lines(string text, string spaced)
    {
        var lines = new List<string>(4);
        if (text.IndexOf(LineMark, StringComparison.Ordinal) < 0 || CjkByline.HasCjk(text))
        {
            lines.Add(spaced);
            return lines;
        }

        string? opener = null;
        foreach (var part in text.Split(LineMark))
        {
            var line = TextNormalizer.Collapse(part);
            if (line.Length == 0)
            {
                continue;
            }

            if (opener is not null)
            {
                line = opener + " " + line;
                opener = null;
            }

            if (BylineNormalizer.OpenerOf(line) is { } openerRead)
            {
                opener = openerRead;
                continue;
            }

            lines.Add(line);
        }

        if (opener is not null)
        {
            lines.Add(opener);
        }

        return lines;
    }

    // As the selectors match: type names ignoring case, attribute values and classes exactly.
    // "<blockquote>… <cite class='ecl-blockquote__author'>Margit Ståhlberg, Executive Vice-President</cite></blockquote>",
    // an embedded post's "— Jane Roe (@janeroe)": the author of a quote or of a post quoted in the story, not its writer.
    private static bool IsInBlockQuote(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "blockquote")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBylineCandidate(IElement element)
    {
        // The attributes asked about, read in one pass over the element's attributes rather than a look-up each (each of
        // which lower-cases the name it is given): this runs on every element of the page, so the walk is AttributeList's.
        // The id's value is read only where it is asked.
        string? rel = null, itemprop = null, href = null, classes = null;
        IAttr? idAttribute = null;
        foreach (var attribute in AttributeList.Of(element))
        {
            switch (attribute.Name)
            {
                case "id":
                    idAttribute ??= attribute;
                    break;
                case "rel":
                    rel ??= attribute.Value;
                    break;
                case "itemprop":
                    itemprop ??= attribute.Value;
                    break;
                case "href":
                    href ??= attribute.Value;
                    break;
                case "class":
                    classes ??= attribute.Value;
                    break;
            }
        }

        if (string.Equals(rel, "author", StringComparison.Ordinal) || ClassAttribute.HasAny(itemprop, AuthorProperty))
        {
            return true;
        }

        if (href is not null && string.Equals(element.LocalName, "a", StringComparison.OrdinalIgnoreCase) && IsAuthorPage(href))
        {
            return true;
        }

        if (classes is not null &&
            (classes.Contains("byline", StringComparison.OrdinalIgnoreCase) || HasAuthorMark(classes) || classes.Contains("contributors", StringComparison.Ordinal) ||
             classes.Contains("signature", StringComparison.Ordinal) || HasLocalAuthorMark(classes) || IsLabelledLocalAuthorTail(element, classes) ||
             (ClassAttribute.HasAny(classes, FnClass) && !ClassAttribute.HasAny(classes, OrgClass)) || ClassAttribute.HasAny(classes, ByClass)) &&
            !NamesAuthorDetail(classes) && !IsInTeaserLink(element))
        {
            return true;
        }

        if (HasBylineDataMark(element) && !IsInTeaserLink(element))
        {
            return true;
        }

        // A server-side form's label, a span named for the byline by its id alone ("<span id='ctl00_ContentPlaceHolder1_lblByline'>").
        if (idAttribute is not null && classes is null && element.LocalName == "span" && idAttribute.Value is var id &&
            id.Contains("byline", StringComparison.OrdinalIgnoreCase) && !NamesAuthorDetail(id) && !IsInTeaserLink(element))
        {
            return true;
        }

        return string.Equals(element.LocalName, "address", StringComparison.OrdinalIgnoreCase);
    }

    // Component frameworks name their parts in data attributes rather than classes: data-testid="byline",
    // data-component="byline-block", data-qa="author-name".
    private static bool HasBylineDataMark(IElement element)
    {
        if (element.Attributes.Length == 0)
        {
            return false;
        }

        foreach (var attribute in AttributeList.Of(element))
        {
            if (ComponentMarks.IsMark(attribute.LocalName) &&
                (attribute.Value.Contains("byline", StringComparison.OrdinalIgnoreCase) || HasAuthorMark(attribute.Value.ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    // Parts of a byline box that hold what or where the author is, or when the story was filed, not who: the last word
    // of a class names the part ("byline__author-role", "author-title", "voc-author__place", "voc-author__time"; not
    // "author_short_bio-name_link"). Nor the author's initials ("item-author-initials": "ABU/" under the story).
    // Nor a picture's ("autor_foto", "author-photo": the photographer's credit under a caption, or the author's portrait).
    private static readonly string[] AuthorDetails =
        ["role", "job", "position", "title", "bio", "description", "desc", "time", "date", "label", "initials", "foto", "photo", "image", "imagen", "bild"];

    // Where the author is ("voc-author__place"): skipped inside a byline box too, where a "title" part may be the name.
    // "authorDesk" holds the desk's place ("Cox's Bazar") beside the wire's name.
    private static readonly string[] AuthorPlaces = ["place", "location", "city", "ort", "lugar", "desk"];

    // The details beside a name that are never the name: a card's "…__title" or "authorsign-label" is, on some pages,
    // the name itself.
    private static readonly string[] AuthorAside = ["role", "job", "position", "bio", "description", "desc"];

    private static bool NamesAuthorDetail(string classes) => EndsWithPart(classes, AuthorDetails) || EndsWithPart(classes, AuthorPlaces);

    private static bool EndsWithPart(string classes, string[] parts)
    {
        foreach (var name in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var last = name.AsSpan(name.LastIndexOfAny(['-', '_']) + 1);
            foreach (var part in parts)
            {
                // "author-place", or the camel-cased "authorPlace".
                if (last.Equals(part, StringComparison.OrdinalIgnoreCase) ||
                    (last.Length > part.Length && last.EndsWith(part, StringComparison.OrdinalIgnoreCase) && char.IsUpper(last[^part.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "author", "article-author", "authorName"; not Wikipedia's "authority-control".
    private static bool HasAuthorMark(string classes)
    {
        // Component styles capitalise the word ("Byline__Author", "ArticleAuthor"); "authority" is no author.
        for (var at = classes.IndexOf("author", StringComparison.OrdinalIgnoreCase); at >= 0; at = classes.IndexOf("author", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (!classes.AsSpan(at + 6).StartsWith("it", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "author" in the site's language as a class of its own or the head of one ("autor", "autor-name", "szerzo-nev"):
    // "autor" (Spanish, Portuguese, German, Polish, Czech), "autorin", "autore", "auteur", "avtor" (Slovenian), "szerzo" (Hungarian),
    // "muhabir" and "yazar" (Turkish: reporter, writer), "writer" (Arabic-script sites' "writer" field), and "skribent" and
    // "forfatter" (the Nordic languages' writer and author, "författare" in ASCII). Not a
    // list's part ("kontextliste-autor", "writers-list", a sidebar's teasers) nor a wrapper around a label and the name.
    private static readonly string[] LocalAuthorWords = ["autor", "autora", "autorin", "autore", "auteur", "avtor", "szerzo", "muhabir", "yazar", "writer", "skribent", "forfatter", "forfattar", "forfattare"];

    // Every classed element of the page is asked: only a class holding one of the words is split.
    private static readonly PhraseSet LocalAuthorStems = new("aut", "avtor", "szerzo", "muhabir", "yazar", "writer", "firma", "skribent", "forfatt");

    // Spanish and Italian "firma", the signature a story is printed under, alone or as the last part of a class ("firma", "field--name-field-firma").
    // Not as the first of several parts: in "firma-logo" it is a company, as in the languages of central Europe.
    private const string SignatureField = "firma";

    private static readonly string[] WrapperParts = ["wrapper", "wrap", "container", "box", "block", "list", "area", "info"];

    private static bool HasLocalAuthorMark(string classes)
    {
        if (!LocalAuthorStems.FoundIn(classes))
        {
            return false;
        }

        foreach (var token in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0 && Array.IndexOf(LocalAuthorWords, parts[0].ToLowerInvariant()) >= 0 &&
                !(parts.Length > 1 && Array.IndexOf(WrapperParts, parts[^1].ToLowerInvariant()) >= 0))
            {
                return true;
            }

            if (parts.Length > 0 && parts[^1].Equals(SignatureField, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "<td class='newsWriter'>": the camel-cased field of an old CMS, the writer as the last word of one part.
            if (parts.Length == 1 && IsCamelCasedWriter(parts[0]))
            {
                return true;
            }
        }

        return false;
    }

    private const string CamelCasedWriter = "Writer";

    private static bool IsCamelCasedWriter(string part) =>
        part.Length > CamelCasedWriter.Length && part.EndsWith(CamelCasedWriter, StringComparison.Ordinal) && char.IsLower(part[^(CamelCasedWriter.Length + 1)]);

    // "<td class='vijest_autor'>Piše: Amra Hodžić (FENA)</td>": "author" in the site's language as the last part of a
    // class, which in a list's name ("kontextliste-autor") says nothing, names the byline where the element's own text
    // opens with a writer's label.
    private static bool IsLabelledLocalAuthorTail(IElement element, string classes)
    {
        if (!LocalAuthorStems.FoundIn(classes))
        {
            return false;
        }

        var tail = false;
        foreach (var token in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
            tail |= parts.Length > 1 && Array.IndexOf(LocalAuthorWords, parts[^1].ToLowerInvariant()) >= 0;
        }

        if (!tail)
        {
            return false;
        }

        return BylineNormalizer.BylineLabelColon(NodeText.Of(element)) >= 0;
    }

    private const int MaxTeaserDepth = 6;

    /// <summary>A byline inside a link names the author of the story the link leads to: a teaser card.</summary>
    internal static bool IsInTeaserLink(IElement element) =>
        LinkAncestor.Find(element, MaxTeaserDepth) is { } link && link.HasAttribute("href");

    // The strong selectors, checked by hand: an element that holds only the author's name.
    private static bool IsAuthorField(IElement element)
    {
        if (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase) ||
            ClassAttribute.HasAny(element.GetAttribute("itemprop"), AuthorProperty))
        {
            return true;
        }

        var href = element.LocalName == "a" ? element.GetAttribute("href") : null;
        return href is not null && IsAuthorPage(href);
    }

    // One search for any of the paths first: almost no link leads to an author's page.
    private static readonly PhraseSet AuthorPathSearch = new(AuthorPaths);

    /// <summary>
    /// A link to one author's page ("/autoren/anna-berg/"); the index of all authors ("/autoren/", a footer's link) names
    /// no one.
    /// </summary>
    private static bool IsAuthorPage(string href)
    {
        if (!AuthorPathSearch.FoundIn(href))
        {
            return false;
        }

        foreach (var path in AuthorPaths)
        {
            var at = href.IndexOf(path, StringComparison.Ordinal);
            if (at >= 0)
            {
                var rest = href.AsSpan(at + path.Length);
                var end = rest.IndexOf('#');
                rest = end >= 0 ? rest[..end] : rest;

                // A job title in a path ("/praca/oferta/radio-plus/reporter/161018") ends in an offer's number; a
                // reporter's page names them.
                return path is "/reporter/" or "/journalist/" ? rest.IndexOfAnyInRange('a', 'z') >= 0 : TextScan.ContainsLetterOrDigit(rest);
            }
        }

        return false;
    }

    // Words that join two names between their links: "<a>Trần Cảnh</a> - <a>Thu Hằng</a>", "<a>A</a> và <a>B</a>".
    private static readonly FrozenSet<string> NameJoiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "and", "und", "et", "y", "e", "i", "en", "og", "och", "và", "dan", "и", "ve", "és", "a", "oraz",
    ]);

    private const int MaxNameLinks = 6;

    /// <summary>
    /// A byline box whose text is two or more author links and what joins them ("-", ",", "và"): each link is one
    /// person, however the joiner reads (a spaced hyphen between two names with the family name first is no title).
    /// </summary>
    private static bool HoldsNameLinksOnly(IElement element)
    {
        if (element.LocalName == "a")
        {
            return false;
        }

        var links = 0;
        foreach (var link in element.GetElementsByTagName("a"))
        {
            if (!IsBylineCandidate(link) || link.Children.Any(child => child.LocalName != "span") || ++links > MaxNameLinks)
            {
                return false;
            }
        }

        if (links < 2)
        {
            return false;
        }

        // What is left between the links joins them and names no one.
        foreach (var node in element.Descendants())
        {
            if (node.NodeType != NodeType.Text || node.ParentElement?.Closest("a") is not null)
            {
                continue;
            }

            foreach (var word in NodeText.Of(node).Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
            {
                var bare = word.Trim(',', ';', '&', '-', '–', '—', '|', '/', '·');
                if (bare.Length > 0 && !NameJoiners.Contains(bare))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private const int MaxFieldSearchElements = 60;

    // Whether a byline-classed block names its author in a field of its own or in a box of name links (a small block
    // only: a page-wide element whose class mentions "author" is no byline anyway).
    private static bool HasAuthorFieldInside(IElement element)
    {
        var seen = 0;
        var walk = new ElementWalk(element);
        while (walk.Next() is { } inner && ++seen <= MaxFieldSearchElements)
        {
            if (IsAuthorField(inner) || (inner.ChildElementCount >= 2 && HoldsNameLinksOnly(inner)))
            {
                return true;
            }
        }

        return false;
    }

    // Bylines beside each other with a story between them ("<div class='FeatureByline'>" over each article of a weekly
    // edition) credit different stories, not co-authors.
    private const int MaxTextBetweenCoAuthors = 300;

    private static bool HasStoryTextBetween(IElement first, IElement other)
    {
        var text = 0;
        for (var node = NodeOrder.NextSkippingChildren(first); node is not null && node != other; node = NodeOrder.Next(node))
        {
            if (node is IText run && (text += run.Data.AsSpan().Trim().Length) > MaxTextBetweenCoAuthors)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBeside(IElement first, IElement other) => IsNear(first, other) || IsParallelCard(first, other);

    private static bool IsNear(IElement first, IElement other) =>
        other.ParentElement == first.ParentElement ||
        (other.ParentElement?.ParentElement is { } grand && grand == first.ParentElement?.ParentElement);

    // "<ul><li><img><div><a rel=author>A</a><span>email</span></div></li><li>…B…</li></ul>": each author in a card of
    // their own, the cards siblings of one shape and class; the names are three levels apart. A card that holds a
    // heading or more than a name's line is a related story's teaser, which credits its own author.
    private static bool IsParallelCard(IElement first, IElement other)
    {
        IElement a = first, b = other;
        for (var level = 0; level < 2; level++)
        {
            if (a.LocalName != b.LocalName || a.ParentElement is not { } pa || b.ParentElement is not { } pb)
            {
                return false;
            }

            a = pa;
            b = pb;
        }

        return a.ParentElement is { } shared && shared == b.ParentElement && a.LocalName == b.LocalName &&
               string.Equals(a.GetAttribute("class"), b.GetAttribute("class"), StringComparison.Ordinal) &&
               IsNameCard(a, first) && IsNameCard(b, other);
    }

    private const int MaxCardCharsBesideName = 80;

    private static bool IsNameCard(IElement card, IElement name)
    {
        if (card.ChildNodes.QuerySelector(Headings) is not null ||
            NodeText.CollapsedLength(card) > NodeText.CollapsedLength(name) + MaxCardCharsBesideName)
        {
            return false;
        }

        // The only words linked are the name's own: a linked title beside it is a teaser's ("Don't miss").
        foreach (var link in card.ChildNodes.QuerySelectorAll(Links))
        {
            if (!link.Contains(name) && !name.Contains(link) && !string.IsNullOrWhiteSpace(NodeText.Of(link)))
            {
                return false;
            }
        }

        return true;
    }

    // A name that holds one already found, or is held by one, is the same person ("More Richard Eskow" beside
    // "Richard Eskow").
    private static void AddNew(List<string> names, List<string> more)
    {
        foreach (var name in more)
        {
            if (!names.Exists(known => IsSamePerson(known, name)))
            {
                names.Add(name);
            }
        }
    }

    /// <summary>Whether one name holds the other, as two credits of one person do ("Jane Doe" and "Jane Doe, Reuters").</summary>
    public static bool IsSamePerson(string one, string other) =>
        one.Contains(other, StringComparison.OrdinalIgnoreCase) || other.Contains(one, StringComparison.OrdinalIgnoreCase);

    private const int MaxAgencyCreditChars = 60;
    private const int MaxCardDepth = 4;

    /// <summary>
    /// The agency the page prints as the story's only credit where a byline goes: "AFP" as the author link, "ČTK" in
    /// the byline box, "Source : APS" in the header's source field; the first one after the headline.
    /// </summary>
    public static string? PrintedAgency(IHtmlDocument document, IElement? anchor)
    {
        var examined = 0;
        var walk = new ElementWalk(document);
        while (walk.Next() is { } element)
        {
            var sourceRow = OpensWithSourceLabel(element);
            var fieldRow = !sourceRow && OpensWithLabelElement(element);
            var candidate = IsBylineCandidate(element) || NamesSource(element) || sourceRow;
            if (!(candidate || fieldRow) || (anchor is not null && !IsAfter(anchor, element)))
            {
                continue;
            }

            // "<small>Publisher:</small>admin <small>Source:</small>Xinhua <small>Time:</small>…": the source among the
            // row's fields, each label set in an element of its own. Rows without one ("<b>Note:</b> …") are no candidates.
            if (fieldRow && ProseText.TextLengthUpTo(element, MaxFieldRowChars) < MaxFieldRowChars && !IsElsewhere(element) &&
                SourceFieldInRowGate.Match(TextNormalizer.Collapse(NodeText.Of(element))) is { Success: true } rowField &&
                AgencyCredit.AsAgency(rowField.Groups["credit"].Value) is { } fieldAgency)
            {
                return fieldAgency;
            }

            if (!candidate)
            {
                continue;
            }

            if (++examined > MaxVisibleCandidates)
            {
                break;
            }

            // "<a href='…'><span class='ttl'>…</span><span class='source'>ロイター</span></a>": a teaser card's source credits
            // the story it leads to.
            if (NodeText.CollapsedLength(element) <= MaxAgencyCreditChars && !IsElsewhere(element) &&
                LinkAncestor.Find(element, MaxCardDepth) is null && AgencyCredit.AsAgency(NodeText.Of(element)) is { } agency)
            {
                return agency;
            }

            // "Source: AP  Date:2025-11-20 09:14:22  Views: 1532": the header's row of fields, the source first.
            if (sourceRow && !IsElsewhere(element) && SourceField().Match(TextNormalizer.Collapse(NodeText.Of(element))) is { Success: true } field &&
                AgencyCredit.AsAgency(field.Groups["credit"].Value) is { } rowAgency)
            {
                return rowAgency;
            }
        }

        return null;
    }

    private static readonly string[] SourceLabels = ["source", "quelle", "fuente", "fonte", "zdroj", "źródło", "来源", "來源", "출처"];

    // The element's own text opens with a source label: read from its first text node, without building its text.
    private static bool OpensWithSourceLabel(IElement element)
    {
        if (element.LocalName is not ("div" or "p" or "span" or "td") || element.FirstChild is not IText first)
        {
            return false;
        }

        var opening = first.Data.AsSpan().TrimStart();
        foreach (var label in SourceLabels)
        {
            if (opening.StartsWith(label, StringComparison.OrdinalIgnoreCase) && opening.Length > label.Length &&
                opening[label.Length..].TrimStart() is [':' or '：', ..])
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxFieldRowChars = 300;
    private const int MaxFieldLabelChars = 16;

    // The element opens with a label set apart ("<small>Publisher:</small>", "<span>作者：</span>"): a row of fields.
    private static bool OpensWithLabelElement(IElement element)
    {
        if (element.LocalName is not ("div" or "p" or "td") || element.FirstElementChild is not { LocalName: "small" or "span" or "b" or "strong" or "em" or "label" } first ||
            first.ChildElementCount > 0 || (element.FirstChild is IText lead && !string.IsNullOrWhiteSpace(lead.Data)) ||
            NodeText.Of(first).AsSpan().Trim() is not { Length: > 1 and <= MaxFieldLabelChars } label)
        {
            return false;
        }

        return label[^1] is ':' or '：';
    }

    // A source field anywhere in a row of fields: "… Source:Xinhua Time:…", "… 来源：新华社 |".
    [GeneratedRegex(@"(?:^|[\s|｜])(?:source|quelle|fuente|fonte|zdroj|źródło|来源|來源|출처)\s?[:：]\s*(?<credit>[^:：|｜]{1,40}?)\s*(?=\s\p{L}+(?:\s\p{L}+)?\s?[:：]|[|｜]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SourceFieldInRow();

    private static readonly LiteralGate SourceFieldInRowGate = new(SourceFieldInRow());

    // The source's field up to the next field's label ("Date:", "Views:") or a bar.
    [GeneratedRegex(@"^\S{1,8}\s?[:：]\s*(?<credit>[^:：|｜]{1,40}?)\s*(?=\s\p{L}+\s?[:：]|[|｜]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SourceField();

    // "<span class='article-source'>AIP</span>": the header's field for the story's source; a picture's source is
    // in its caption, which IsElsewhere passes over.
    private static bool NamesSource(IElement element) =>
        element.LocalName is "span" or "div" or "p" or "a" && element.GetAttribute("class") is { } classes &&
        (classes.Contains("source", StringComparison.OrdinalIgnoreCase) || SourceAbbreviationGate.IsMatch(classes));

    // "<div class='ansa-src'>": the word cut short, as a part of a class name of its own (not "srcset").
    [GeneratedRegex(@"(?:^|[\s_-])src(?:$|[\s_-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SourceAbbreviation();

    private static readonly LiteralGate SourceAbbreviationGate = new(SourceAbbreviation());

    /// <summary>
    /// "周思远 李梦琪" in the author field beside the wire's "（记者 周思远、李梦琪）": the field joins with a space the
    /// reporters the credit lists one by one; they are two people, not one name.
    /// </summary>
    private static List<string> ReportersJoined(List<string> names, IHtmlDocument document, IReadOnlyList<string> siteNames) =>
        names is [var joined] && joined.Contains(' ', StringComparison.Ordinal) && CjkByline.HasCjk(joined) &&
        CjkByline.Reporters(document, siteNames, out _) is { Count: > 1 } listed &&
        string.Equals(string.Join(' ', listed), joined, StringComparison.Ordinal)
            ? listed
            : names;

    private static bool IsAfter(IElement anchor, IElement element) =>
        (anchor.CompareDocumentPosition(element) & (DocumentPositions.Following | DocumentPositions.ContainedBy)) != 0;

    // Comment threads name their commenters with the same markup as bylines, and an author link in a menu
    // ("<li class='mega-menu-item'>") leads to a columnist's page. ("teaser" is no such mark: templates reuse teaser
    // classes for the story's own header.)
    private static bool IsElsewhere(IElement element)
    {
        // A picture's caption credits its photographer ("<span class='media-author'>Natxo Francés / EFE</span>").
        if (PhotoCredit.IsInCaption(element))
        {
            return true;
        }

        // "<address class='site-footer__address'>Politikens Hus, Rådhuspladsen 37 …": the publisher's address in the
        // page's footer; a story's own footer sits inside its article.
        if (element.LocalName == "address" && IsInPageFooter(element))
        {
            return true;
        }

        var depth = 0;
        StringBuilder? scratch = null;
        for (var e = element.ParentElement; e is not null && depth < 8; e = e.ParentElement, depth++)
        {
            var marks = e.GetAttribute("class") + " " + e.GetAttribute("id");
            if (marks.Contains("comment", StringComparison.OrdinalIgnoreCase) || marks.Contains("menu", StringComparison.OrdinalIgnoreCase) ||
                e.LocalName == "nav" || string.Equals(e.GetAttribute("role"), "navigation", StringComparison.OrdinalIgnoreCase) ||
                ClassTokens.NamesAny(marks, CommentSectionTokens, scratch ??= new StringBuilder()) || IsLocalCommentSection(e.Id))
            {
                return true;
            }
        }

        return false;
    }

    // A section whose id is the local word for comments alone ("<div id='comentarios'>"): the word inside a longer
    // class says nothing, as below, but a section so named holds the readers' comments.
    private static bool IsLocalCommentSection(string? id) =>
        id is { Length: > 0 } && ChromeVocabulary.LocalCommentWords.Contains(id.ToLowerInvariant());

    // Reader comments as French portals name them ("bloc-reactions" under "Réagir à cet article"). The local words for
    // comments are no such mark: a post's class lists its tags ("tag-…-comentarios"), and a byline shares its row
    // with the comment count ("firma_comentarios").
    private static readonly FrozenSet<string> CommentSectionTokens = FrozenSet.Create(StringComparer.Ordinal,
        ["reaction", "reactions", "reactie", "reacties"]);

    private static bool IsInPageFooter(IElement element)
    {
        var footer = false;
        for (var e = (IElement?)element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "article")
            {
                return false;
            }

            footer |= e.LocalName == "footer" || string.Equals(e.GetAttribute("role"), "contentinfo", StringComparison.OrdinalIgnoreCase) ||
                (e.GetAttribute("class") is { } classes && classes.Contains("footer", StringComparison.OrdinalIgnoreCase));
        }

        return footer;
    }

    private static bool LooksLikeUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("//", StringComparison.Ordinal);
}
