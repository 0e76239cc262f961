using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using ArticleExtract.Text;

namespace ArticleExtract.Normalization;

/// <summary>
/// Recognises the wire-style opener of a story — <c>SEOUL, South Korea (AP) —</c>, <c>WASHINGTON (Reuters) -</c>,
/// <c>(CNN) —</c>, <c>Hong Kong (CNN Business)</c>, <c>BERLIN --</c>, <c>NEW DELHI:</c>, <c>Indianapolis –</c> —
/// and splits it into place and agency, while refusing look-alikes such as "DEAR ABBY:" or "UPDATE:".
/// </summary>
internal static partial class DatelineParser
{
    // Datelines are short: only the start of the paragraph is examined, which also bounds the regex's work.
    private const int MaxPrefixChars = 160;
    private const int MaxDatelineChars = 90;
    private const int MaxHeadingLikeChars = 80;

    // Words that open sentences, labels and columns in capitals or title case, and are never a place.
    private static readonly FrozenSet<string> NotPlaces = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "a", "an", "the", "in", "on", "at", "by", "for", "from", "to", "of", "and", "or", "but", "as", "if", "when", "while",
        "dear", "update", "updated", "updates", "reminder", "breaking", "editor", "editors", "note", "warning", "exclusive", "analysis",
        "opinion", "watch", "live", "video", "videos", "photo", "photos", "correction", "clarification", "click", "read",
        "listen", "sponsored", "advertisement", "review", "q", "also", "plus", "spoiler", "psa", "file", "however",
        "meanwhile", "today", "yesterday", "tomorrow", "now", "then", "first", "last", "next", "here", "there", "this",
        "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "what", "why", "how", "who", "where",
        "tested", "reporting", "written", "posted", "published", "source", "sources", "summary", "background", "context",
        "question", "answer", "comment", "comments", "disclaimer", "disclosure", "notice", "attention", "alert", "news",
        "story", "more", "related", "see", "tip", "tips", "step", "part", "chapter", "episode", "bonus", "quote", "fact",
        "facts", "why", "yes", "no", "ok", "okay", "well", "so", "still", "again", "finally", "also", "overall",
        "der", "die", "das", "ein", "eine",
        // Byline openers: "Por Lee Hae-won (Yonhap)" credits a writer of the agency, "Von Anna Berg (dpa)" too.
        "por", "par", "von", "door", "przez",
        // Institutions and awards open press releases and reviews the way places open datelines ("Universidad de Chile –").
        "university", "universidad", "universität", "université", "università", "universidade", "bank", "banco", "banque",
        "foundation", "fundación", "fundação", "stiftung", "fondation", "prize", "premio", "prêmio", "prix", "preis", "award",
        "ministry", "ministerio", "ministério", "ministerium", "ministère", "secretaría", "institute", "instituto", "institut",
        "commission", "comisión", "council", "consejo", "conselho", "party", "partido", "club", "association", "asociación",
        "verein", "government", "gobierno", "governo", "police", "policía", "polizei", "hospital", "company", "empresa",
        "exclusive", "anchor", "narrator", "topline", "definition", "hinweis", "deprecated", "pronunciation", "rating",
        "foto", "fotos", "symbolbild", "abb", "spoiler", "inspiration", "schritt", "step", "posted", "credits", "credit",
        "image", "images", "caption", "bild", "quelle", "source", "transcript", "interview", "podcast", "audio",
    ]);

    // Agencies that open a story without a place ("CNN — …", "(ANSA) - …").
    private static readonly FrozenSet<string> Agencies = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "AP", "AFP", "Reuters", "CNN", "dpa", "ANSA", "EFE", "UPI", "PTI", "IANS", "ANI", "Xinhua", "Yonhap", "Kyodo", "TASS",
        "APA", "SDA", "KNA", "epd", "SID", "AA", "BBC", "Bloomberg", "Europa Press", "Lusa", "Belga", "ANP", "NTB",
        "TT", "STT", "Ritzau", "CTK", "PAP", "MTI", "Agerpres", "BTA", "Tanjug", "HINA", "STA", "Anadolu", "IRNA", "WAFA",
        "Bernama", "Antara", "PNA", "CNA", "Kyodo News", "Jiji", "AAP", "NZPA", "CP", "AP Photo", "ТАСС", "РИА Новости",
        "RIA Novosti", "Интерфакс", "Interfax", "Sputnik", "ПРАЙМ", "БелТА", "Укрінформ", "УНІАН", "ČTK", "TASR", "SITA", "BNS",
        "LETA", "ELTA", "Ukrinform", "UNIAN", "Fena", "MINA", "MIA", "ATA", "MENA", "KUNA", "WAM", "QNA", "SPA", "SANA", "NNA",
        "Prensa Latina", "Notimex", "Colprensa", "Télam", "Andina", "ABI", "AVN", "ANA-MPA", "ΑΠΕ-ΜΠΕ", "ΑΠΕ", "AMNA", "VNA", "TTXVN", "KCNA", "Agência Brasil", "Kazinform", "Казинформ",
        "Kabar", "AKIpress", "АКИpress", "UzA", "RSS", "PACNEWS", "CMC", "APP", "PPI", "UNB", "BSS", "NAN", "GNA", "ENA", "DHA", "İHA", "IHA", "Armenpress",
        "АРМЕНПРЕСС", "ԱՐՄԵՆՊՐԵՍ", "Արմենպրես", "Azertac", "AZƏRTAC", "АЗЕРТАДЖ", "Montsame", "MONTSAME", "МОНЦАМЭ", "Khovar", "Ховар",
        "ATSH", "Кабар", "КАБАР", "Radiocor", "Il Sole 24 Ore Radiocor", "IP", "AGN", "APS", "AIP", "ACP", "TAP", "MAP", "AGP", "ONA", "BNA", "Petra", "TPS", "Tazpit Press Service", "MOLDPRES", "Moldpres", "МОЛДПРЕС", "Saba", "Servimedia", "Agencia Atlas", "Noticias Argentinas", "Inforpress", "ANGOP", "AIM", "ACAN-EFE", "La Presse Canadienne", "Presse Canadienne", "ATS", "Keystone-ATS", "Keystone-SDA", "Синьхуа", "Рейтер", "Франс Пресс", "ИНТЕРФАКС-УКРАИНА", "ІНТЕРФАКС-УКРАЇНА", "Интерфакс-Украина", "Інтерфакс-Україна", "Интерфакс", "ИНТЕРФАКС", "УНН", "Укрінформ", "Укринформ", "УНІАН", "УНИАН", "বাসস", "ইউএনবি", "Кёдо", "Ёнхап", "Ренхап", "БТА", "Танјуг", "Бета", "Фонет", "МИА",
        "ACN", "ΚΥΠΕ", "KYPE",
        // Urdu names of Pakistan's wires, and Laos's KPL in Lao.
        "اے پی پی", "این این آئی", "آئی این پی", "یو این آئی", "ຂປລ",
    ]);

    // A dateline must end in an agency in parentheses or a separator, so the place cannot stop inside a word. The day
    // may follow the place in several forms, Lithuanian's among them ("Vilnius, gegužės 6 d. (BNS).") and Hungarian's,
    // year first and the weekday after it ("Szeged, 2025. december 5., péntek (MTI) –"), or an English month's short
    // name with no comma before it, as some African and Asian papers set it ("NAIROBI, Kenya Dec 6 –"), only right
    // before the dash or the agency. A site's address may run into its dashes ("Investing.com--Gold prices …"). Turkish
    // papers may set a comma between the place and the agency ("ANTALYA, (DHA) -"). A Scottish or Irish "Mc" keeps its
    // small letter in capitals ("McALLEN, Texas —"); EFE sets the country's abbreviation after the place ("Miami (EE.UU.), 12 feb (EFE).-"),
    // ČTK the district before the day ("Velké Karlovice (Vsetínsko) 12. března (ČTK) -"). A Greek month's genitive runs
    // to eleven letters ("ΡΟΔΟΣ, 3 Φεβρουαρίου (ΑΠΕ-ΜΠΕ) –"); Andina cuts its month short in lower case before the day
    // ("Arequipa, may. 18 (ANDINA).").
    [GeneratedRegex(
        @"^(?:(?<loc>(?:(?:Mc)?\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:/\p{Lu}[\p{Lu}\p{M}.'’\-]*)?(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,3}|\p{Lu}[\p{Ll}\p{M}.'’\-]+(?:-\p{Lu}[\p{Ll}\p{M}.'’\-]+)?(?:/\p{Lu}[\p{Ll}\p{M}.'’\-]+)?(?:[ ](?:(?:de|del|da|do|dos|das|di)[ ])?\p{Lu}[\p{Ll}\p{M}.'’\-]+){0,3})(?:,[ ]?\p{Lu}[\p{L}\p{M}.'’\-]*(?:/\p{Lu}[\p{L}\p{M}.'’\-]*)?(?:[ ]\p{Lu}[\p{L}\p{M}.'’\-]*){0,3}){0,2}(?:(?:[ ]\(\p{Lu}[\p{L}\p{M} ]{1,30}\))?[ ]\[\p{Lu}[\p{L}\p{M} ]{1,30}\]|[ ]\(\p{Lu}[\p{L}\p{M} .]{1,30}\)(?=,|[ ]\d{1,2}\.[ ]))?)(?:,[ ]?(?<date>\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]\d{4}|/\d{4})?|\p{Ll}{3,4}\.[ ]\d{1,2}(?=[ ]\()|\d{1,2}(?<dateSep>[/.\-])\d{1,2}\k<dateSep>\d{4}(?=[ ]\()|le[ ]\d{1,2}(?:er)?[ ]\p{Ll}{3,9}\.?(?:[ ]\d{4})?(?=[ ][—–―-])|\d{1,2}(?:st|nd|rd|th|\.)?[ ](?:de[ ])?\p{L}{3,11}\.?(?:,?[ ]\d{4})?|\p{Ll}{3,10}[ ]\d{1,2}[ ]d\.|\d{4}\.[ ]\p{Ll}{3,10}\.?[ ]\d{1,2}\.(?:,[ ]\p{Ll}{4,9})?|(?<bareDay>\d{1,2})(?=[ ]\())|[ ](?<bareDate>\d{1,2}\.[ ]\p{L}{3,10}\.?)|[ ](?<spacedDate>(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?[ ]\d{1,2}(?=[ ]?(?:[—–―(]|-[ -]))))?(?:,(?=[ ]\())?[ ]?)?(?:(?:[—–―][ ]|--[ ]?|(?<=\p{L}[ ])\d{1,2}:\d{2}[ ][-–—][ ])?\((?<agency>(?:\p{L}|\d{1,2}(?=\p{L}))[\p{L}\p{M}\d .&'’/\-]{0,38}(?:,[ ]\d{4})?)\)(?<sep>[ ]?[—–―](?:[ ]|$|(?=[\p{Lu}""“‘]))|[ ]?-{1,3}(?:[ ]|$|(?=[\p{Lu}""“‘]))|[ ]_[ ]|:[ ]|\.-[ ]?|\.[ ](?=\p{Lu}))?|(?<sep>[ ]?[—–―](?:[ ]|$)|[ ]--?(?:[ ]|$)|:(?:[ ]|$)|(?<=\p{Lu}\p{Lu})[ ]\|[ ]|(?<=\p{L})\.-[ ]?|(?<=\p{Lu}\p{Lu})(?:—|--)(?=\p{Lu})|(?<=\.\p{Ll}{2,4})--(?=[ ]?\p{Lu})|(?<=\p{Lu}\p{Lu})\.[ ](?=\p{Lu}\p{Ll})))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

    /// <summary>The dateline at the start of <paramref name="paragraph"/>, and the paragraph without it.</summary>
    public static (Dateline Dateline, string Remainder)? TryParse(string paragraph)
    {
        // "الرياض - واس: …": a wire's opener in a caseless script names the agency after the place; the listed place
        // alone would leave the agency in the story.
        if (paragraph.Length > 0 && TextScan.IsCaselessLetter(paragraph[0]) &&
            ScriptDateline.TryParse(paragraph) is { Dateline.Agency: not null } wire)
        {
            return wire;
        }

        // "(ភ្នំពេញ)៖ …": a place in a caseless script in parentheses; the Latin rule would read it as an agency.
        if (paragraph.Length > 1 && paragraph[0] == '(' && TextScan.IsCaselessLetter(paragraph[1]) &&
            ScriptDateline.TryParse(paragraph) is { } bracketed)
        {
            return bracketed;
        }

        if (WithListedPlace(paragraph) is { } listed)
        {
            return listed;
        }

        var prefix = paragraph.Length > MaxPrefixChars ? paragraph[..MaxPrefixChars] : paragraph;
        var match = Opener().Match(prefix);
        if (!match.Success || match.Length == 0 || match.Length > MaxDatelineChars)
        {
            return WithBareAgency(paragraph, prefix) ?? WithSlashedAgency(paragraph, prefix) ?? WithDayAndAgency(paragraph, prefix) ??
                   WithStopsThenAgency(paragraph, prefix) ?? WithDayStop(paragraph, prefix) ?? WithAgencyFirst(paragraph, prefix) ?? WithNumberedDay(paragraph, prefix) ??
                   ScriptDateline.TryParse(paragraph);
        }

        var location = match.Groups["loc"];
        var agency = match.Groups["agency"];
        var separator = match.Groups["sep"];
        var rest = paragraph[match.Length..].TrimStart();

        if (!location.Success && !agency.Success)
        {
            return null;
        }

        // Without an agency in parentheses, only a dash or colon marks the end of a dateline.
        if (!agency.Success && !separator.Success)
        {
            return null;
        }

        // A colon after a place needs capitals ("NEW DELHI:"), unless a known agency stands before it ("New Delhi
        // [India], December 3 (ANI):"); "Bernau (Barnim):" and "Mikaela Shiffrin (USA/Ski alpin):" label what follows.
        if (location.Success &&
            !IsPlausiblePlace(location.Value, agency.Success && (NamesKnownAgency(agency.Value.Trim()) || match.Groups["date"].Success || match.Groups["spacedDate"].Success) ? "(" : separator.Value.Trim().TrimEnd('.')))
        {
            return null;
        }

        var agencyName = agency.Success ? agency.Value.Trim() : null;

        // Without the comma, "Friday Dec 6 –" and "SPORTS Dec 6 –" would pass as places: the spaced day needs a place
        // named with its country or state ("NAIROBI, Kenya Dec 6 –") or one on the list ("NAIROBI Dec 6 –").
        if (match.Groups["spacedDate"].Success && !location.Value.Contains(',', StringComparison.Ordinal) &&
            !DatelinePlaces.Contains(location.Value.Trim()))
        {
            return null;
        }

        // "Praha 11. prosince (ČTK) -": a day after the place without a comma, as Czech, Slovak and Serbian wires set
        // it, only before a known agency; "Im 11. Jahrhundert (Mittelalter) -" is a sentence.
        // So do two Spanish wire forms: the day alone after the place ("ZARAGOZA, 20 (EUROPA PRESS)") and the province
        // in parentheses after it ("Sabadell (Barcelona), 20 nov (EFE).-").
        if ((match.Groups["bareDate"].Success || match.Groups["bareDay"].Success || location.Value.Contains('(', StringComparison.Ordinal)) &&
            (agencyName is null || !NamesKnownAgency(agencyName)))
        {
            return null;
        }

        // "Hong Kong (CNN Business) China's …" needs no dash, but then the parenthesis must name a known agency:
        // "Chris Eubank Jr. (England) steigt …" and "British Virgin Islands (BVI) Governor …" are sentences.
        if (agencyName is not null && !separator.Success && !NamesKnownAgency(agencyName))
        {
            return null;
        }

        var sep = separator.Value.Trim();

        // "NEW DELHI:" opens a paragraph; alone in its element a word and a colon is a label ("MEANING:").
        if (sep == ":" && rest.Length == 0)
        {
            return null;
        }

        // "ERDEN. Wie von …", as German local papers print it: one place name in capitals, not an initialism.
        // After a known agency in parentheses the stop closes the dateline as the Peruvian and Spanish wires set it
        // ("Lima, 9 may. (ANDINA). El Senamhi …").
        if (sep == "." && agencyName is null && (!location.Success || !IsOneCapitalisedWord(location.Value.Trim(), MinPeriodPlaceLetters) || Agencies.Contains(location.Value.Trim())))
        {
            return null;
        }

        // "Chris Eubank Jr. (England). Er steigt …": before a bare stop, only a known agency makes the parenthesis one.
        if (sep == "." && agencyName is not null && !NamesKnownAgency(agencyName))
        {
            return null;
        }

        if (!CanFollowOpener(rest))
        {
            return null;
        }

        // "Salzburg – Radfahren in der Weltstadt", "Daily Legal News - New Corporations": a short line that is no
        // sentence is a title or a label, and what precedes its dash is not a dateline (an agency settles it).
        // "МОСКВА, 3 мар — РИА Новости. …": the agency after the dash, closed by a full stop, as Russian wires print it.
        var closedAgency = agencyName is null && location.Success ? AgencyClosedByStop(rest) : null;
        if (agencyName is null && rest.Length is > 0 and < MaxHeadingLikeChars && !EndsSentence(rest) && closedAgency is null)
        {
            return null;
        }

        // "WASHINGTON (Aug. 13) --", "COLUMBUS, Ohio (Dec. 1, 2025) –": a date in the parenthesis, not an agency; a station's brand runs its channel's
        // number into its name ("WASHINGTON (7News) —").
        if (agencyName is not null && TextScan.ContainsAsciiDigit(agencyName) && !ChannelBrand().IsMatch(agencyName) && !NamesKnownAgency(agencyName))
        {
            agencyName = null;
        }

        var printed = paragraph[..match.Length].TrimEnd();
        // "SAN JOSE, Calif.--(BUSINESS WIRE)--": the place's letters may run into the dashes before the parenthesis.
        var place = location.Success ? location.Value.Trim().TrimEnd('-').TrimEnd(',') : null;
        if (place is not null && separator.Value.StartsWith(".-", StringComparison.Ordinal) && place.EndsWith('.') && !agency.Success)
        {
            place = place[..^1];
        }

        // "MADRID.–", "Monterrey, NL.—": the full stop closes the place, as Latin American papers print it; "D.C.",
        // "Calif." and "FLA." keep theirs.
        if (place is not null && place.EndsWith('.') && place.LastIndexOf(' ') is var space &&
            place[(space + 1)..^1] is { } lastWord && !lastWord.Contains('.') && IsAllCaps(lastWord) &&
            (lastWord.Length >= MinPeriodPlaceLetters || (lastWord.Length == StateCodeLetters && DashAfter(paragraph, location))))
        {
            place = place[..^1];
        }

        // The outlet credited beside the place, as portals credit themselves: its address after the place ("JAKARTA,
        // KOMPAS.com -"), alone ("Motorsport-Magazin.com -", no place at all) or before it ("TEMPO.CO, Jakarta -"), or
        // a known agency's name after it ("Jakarta, CNN Indonesia --").
        if (place is not null && agencyName is null)
        {
            var first = place.IndexOf(", ", StringComparison.Ordinal);
            var last = place.LastIndexOf(", ", StringComparison.Ordinal);
            if (last > 0 && SiteAddress().IsMatch(place.AsSpan(last + 2)))
            {
                (place, agencyName) = (place[..last], place[(last + 2)..]);
            }
            else if (SiteAddress().IsMatch(place))
            {
                (place, agencyName) = (null, place);
            }
            else if (first > 0 && SiteAddress().IsMatch(place.AsSpan(0, first)))
            {
                (place, agencyName) = (place[(first + 2)..], place[..first]);
            }
            else if (last > 0 && NamesKnownAgency(place[(last + 2)..]) && !Agencies.Contains(place[..last]))
            {
                (place, agencyName) = (place[..last], place[(last + 2)..]);
            }
            else if (place.LastIndexOf(". ", StringComparison.Ordinal) is var stop and > 0 && NamesKnownAgency(place[(stop + 2)..]) &&
                     !Agencies.Contains(place[..stop]))
            {
                // "АСТАНА. KAZINFORM —": the agency after the place and a full stop, as Kazakh and Russian wires set it.
                (place, agencyName) = (place[..stop], place[(stop + 2)..]);
            }
        }

        // "Airola (Bn) –": an Italian province's two-letter code in title case, where a wire would stand, is part of the place.
        if (place is not null && agencyName is { Length: 2 } province && char.IsUpper(province[0]) && char.IsLower(province[1]) && !NamesKnownAgency(province))
        {
            (place, agencyName) = (place + " (" + province + ")", null);
        }

        // "Velké Karlovice (Vsetínsko) -": a Czech or Slovak district, named for its town ("-sko", "-cko"), where a wire
        // would stand, is part of the place.
        if (place is not null && agencyName is not null && !NamesKnownAgency(agencyName) && CzechDistrict().IsMatch(agencyName))
        {
            (place, agencyName) = (place + " (" + agencyName + ")", null);
        }

        // "CNN — …": an agency alone, where a place would stand.
        if (place is not null && agencyName is null && Agencies.Contains(place))
        {
            (place, agencyName) = (null, place);
        }

        // "(ANSA) - BOLOGNA, 03 MAR - …": the agency first, then the place and the day, as Italian wires print it.
        if (place is null && agencyName is not null && PlaceAndDayAfterAgency().Match(rest) is { Success: true } after &&
            IsPlausiblePlace(after.Groups["loc"].Value, "-"))
        {
            place = after.Groups["loc"].Value;
            printed = paragraph[..(paragraph.Length - rest.Length + after.Length)].TrimEnd();
            rest = rest[after.Length..].TrimStart();
        }

        if (place is not null && agencyName is null && closedAgency is ({ } closed, { } closedName))
        {
            agencyName = closedName.Trim('«', '»', '„', '“', '”');
            printed = paragraph[..(paragraph.Length - rest.Length + closed.Length + 1)].TrimEnd();
            rest = rest[(closed.Length + 1)..].TrimStart();
        }

        return (new Dateline(printed, place, agencyName), rest);
    }

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}(?:sko|cko)$", RegexOptions.CultureInvariant)]
    private static partial Regex CzechDistrict();

    // "KOMPAS.com", "24.kg", "REPORT.AZ": a portal's address, under a generic or a country's domain.
    [GeneratedRegex(@"^[\p{L}\d\-]+\.(?:com|net|org|co|id|tv|info|news|[a-z]{2})(?:\.[a-z]{2})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SiteAddress();

    // "7News", "9NEWS", "WKYC3": a number glued to a name of letters, no date's day after a month.
    [GeneratedRegex(@"^(?:\d{1,2}\p{L}{2,}|\p{L}{3,}\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelBrand();

    /// <summary>"Jan. 7 (UPI) -- …": the day and a known agency, no place, as UPI opens its stories.</summary>
    private static (Dateline Dateline, string Remainder)? WithDayAndAgency(string paragraph, string prefix)
    {
        var match = DayThenAgency().Match(prefix);
        if (!match.Success || !NamesKnownAgency(match.Groups["agency"].Value))
        {
            return null;
        }

        var rest = paragraph[match.Length..].TrimStart();
        return rest.Length > 0 && CanFollowOpener(rest)
            ? (new Dateline(paragraph[..match.Length].TrimEnd(), null, match.Groups["agency"].Value), rest)
            : null;
    }

    // "Jan. 7", "May 6": the day as UPI and AAP print it, the month cut short in English.
    private const string WireMonthDay = @"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?[ ]\d{1,2}";

    [GeneratedRegex(
        "^" + WireMonthDay + @"[ ]\((?<agency>[\p{L} ]{2,30})\)[ ]?(?:--|[—–])[ ]?",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayThenAgency();

    private const int MaxListedPlaceChars = 32;

    /// <summary>
    /// "Mumbai: …", "Frankfurt. Die …", "القاهرة- …": a known city in title case or a caseless script, then a colon, full
    /// stop or dash, then the story's first sentence. Places in capitals are left to the opener's own pattern, which
    /// tells them apart by their case.
    /// </summary>
    private static (Dateline Dateline, string Remainder)? WithListedPlace(string paragraph)
    {
        // "<p>சென்னை,</p>": the place alone, closed by a comma, set over the story as Tamil papers print it. No label or
        // heading ends in a comma.
        if (paragraph.Length is > 2 and <= MaxListedPlaceChars && paragraph[^1] == ',' &&
            paragraph[..^1].TrimEnd() is var alone && !IsAllCaps(alone.Replace(" ", string.Empty, StringComparison.Ordinal)) &&
            DatelinePlaces.Contains(alone.Replace("\u200C", string.Empty, StringComparison.Ordinal).Replace("\u200D", string.Empty, StringComparison.Ordinal)))
        {
            return (new Dateline(paragraph, alone, null), string.Empty);
        }

        var limit = Math.Min(paragraph.Length - 1, MaxListedPlaceChars);
        for (var i = 2; i < limit; i++)
        {
            var c = paragraph[i];
            // "തിരുവനന്തപുരം ∙ …": Malayalam papers set a bullet operator where others set a dash; Khmer papers their
            // colon ("បាត់ដំបង៖ …"); Iraqi papers a slash ("البصرة/ …"), which in Latin text joins words.
            if (!(c is ':' or '.' or '।' or '∙' or '\u17D6' || IsDash(c) || (c == '/' && TextScan.IsCaselessLetter(paragraph[i - 1]))) ||
                paragraph[i + 1] != ' ')
            {
                continue;
            }

            // "मुंबई :" with a space before the colon; "హైదరాబాద్‌:" with the joiner its script sets after the virama.
            var place = paragraph[..i].TrimEnd();
            var credit = CreditAfterPlace(ref place);

            // "जागृति संवाददाता, कानपुर:": the paper's own correspondent before the place, as Hindi papers credit their desk.
            if (credit is not null && ScriptDateline.NamesDesk(place) && DatelinePlaces.Contains(credit))
            {
                (place, credit) = (credit, null);
            }

            if ((c == '।' && credit is null) || ((IsDash(c) || c == '∙') && !ClosesPlaceAlone(paragraph, i, place, credit)) ||
                IsAllCaps(place.Replace(" ", string.Empty, StringComparison.Ordinal)) ||
                (!DatelinePlaces.Contains(place.Replace("\u200C", string.Empty, StringComparison.Ordinal).Replace("\u200D", string.Empty, StringComparison.Ordinal)) &&
                 !(c == ':' && credit is null && IsListedPlaceWithCountry(place))))
            {
                continue;
            }

            var rest = paragraph[(i + 1)..].TrimStart();
            if (rest.Length == 0 || !CanFollowOpener(rest) || (rest.Length < MaxHeadingLikeChars && !EndsSentence(rest)))
            {
                return null;
            }

            // "Monterrey, NL. La tasa …": two capitals closed by a full stop are the state's code, part of the place.
            if (c == '.' && credit is { Length: StateCodeLetters } && !NamesKnownAgency(credit))
            {
                (place, credit) = (place + ", " + credit, null);
            }

            return (new Dateline(paragraph[..(i + 1)], place, credit), rest);
        }

        return null;
    }

    /// <summary>"Doha, Qatar", "Amman, Jordan": a listed city, then its country or state in title case, as Gulf papers print it before a colon.</summary>
    private static bool IsListedPlaceWithCountry(string place)
    {
        var comma = place.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && DatelinePlaces.Contains(place[..comma]) && TitleCaseName().IsMatch(place.AsSpan(comma + 2));
    }

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleCaseName();

    private static bool IsDash(char c) => c is '-' or '–' or '—';


    // A dash closes a place alone: "Jakarta, CNN Indonesia --" is the opener's own pattern, credit and all.
    private static bool ClosesPlaceAlone(string paragraph, int dash, string place, string? credit) =>
        credit is null && !place.Contains(',', StringComparison.Ordinal) && !IsDash(paragraph[dash - 1]);

    private const int MaxInitialismLetters = 6;
    private const int MaxCaselessCreditWords = 2;

    /// <summary>
    /// "Bengaluru, DHNS:", "नई दिल्ली, प्रेट्र।", "लखनऊ, जागरण संवाददाता।": the credit after a listed place and a comma, as
    /// Indian papers print their wire's or their own desk's short name, in capitals or in a caseless script. Takes
    /// the credit off <paramref name="place"/>; null, leaving it whole, when no such credit ends it.
    /// </summary>
    private static string? CreditAfterPlace(ref string place)
    {
        var comma = place.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return null;
        }

        var credit = place[(comma + 2)..];
        var initialism = credit.Length is >= 2 and <= MaxInitialismLetters && credit.All(char.IsUpper);
        var caseless = credit.Length > 0 && credit.Split(' ').Length <= MaxCaselessCreditWords &&
            credit.All(ch => ch == ' ' || char.GetUnicodeCategory(ch) is UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
        if (!initialism && !caseless && !NamesKnownAgency(credit))
        {
            return null;
        }

        place = place[..comma];
        return credit;
    }

    // The text up to the full stop (the agency, perhaps with its correspondent) and the agency's name alone.
    private static (string Closed, string Agency)? AgencyClosedByStop(string rest)
    {
        var stop = rest.IndexOf(". ", StringComparison.Ordinal);
        if (stop <= 0 || stop > MaxAgencyChars + 2)
        {
            return null;
        }

        // "ДУШАНБЕ, 20 ноя — «Азия-Плюс». …": set in quotes, the name is an agency's even where we do not know it; no
        // sentence opens with a quoted name closed at once by a full stop.
        var name = rest[..stop];

        // "БИШКЕК, 18 ноя — 24.kg, Анара Бекова. …": the agency or portal, then its correspondent, as Central Asian
        // wires sign; the reporter stays in the printed dateline for DatelineReporter.
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        var agency = comma > 0 && ReporterName().IsMatch(name.AsSpan(comma + 2)) ? name[..comma] : name;
        return (agency.Length <= MaxAgencyChars && (Agencies.Contains(agency) || (comma > 0 && SiteAddress().IsMatch(agency)))) ||
               QuotedName().IsMatch(agency)
            ? (name, agency)
            : null;
    }

    // "Анара Бекова": two or three capitalised words.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ ]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$", RegexOptions.CultureInvariant)]
    internal static partial Regex ReporterName();

    [GeneratedRegex(@"^(?:«[\p{L}\d][\p{L}\p{M}\d .&'’\-]{1,22}»|„[\p{L}\d][\p{L}\p{M}\d .&'’\-]{1,22}“|“[\p{L}\d][\p{L}\p{M}\d .&'’\-]{1,22}”)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();

    private const int MaxAgencyChars = 24;

    // "ROMA, 06 MAG -", and the English service's "VENICE, NOV 27 -".
    // Radiocor sets the place in title case and the month in lower case ("(Il Sole 24 Ore Radiocor) - Milano, 29 ott -").
    // Set apart in an element of its own, the day ends the line ("(AGI) - Cagliari, 4 feb.").
    [GeneratedRegex(@"^(?<loc>\p{Lu}[\p{Lu}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}'’\-]+){0,2}|\p{Lu}\p{Ll}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}\p{Ll}[\p{Ll}\p{M}'’\-]+){0,2}),[ ](?:\d{1,2}[ ]\p{L}{3,4}\.?|\p{Lu}{3,4}\.?[ ]\d{1,2})(?:[ ]?[-–—][ ]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAndDayAfterAgency();

    /// <summary>
    /// "New York CNN —": a place and a known agency without parentheses, as pages print it when a style sheet draws
    /// the parentheses around the agency's own element; AAP sets the day between them ("SYDNEY, May 6 AAP -"), CMC the
    /// day and a comma ("PORT OF SPAIN, Trinidad, May 6, CMC –").
    /// </summary>
    private static (Dateline Dateline, string Remainder)? WithBareAgency(string paragraph, string prefix)
    {
        var match = PlaceThenWords().Match(prefix);
        if (!match.Success || match.Length > MaxDatelineChars)
        {
            return null;
        }

        var words = match.Groups["words"].Value;
        var rest = paragraph[match.Length..].TrimStart();
        if (!CanFollowOpener(rest))
        {
            return null;
        }

        // The agency is the last word or two ("CNN", "CNN Business"); a place must stand before it.
        for (var space = words.LastIndexOf(' '); space > 0; space = words.LastIndexOf(' ', space - 1))
        {
            var agency = words[(space + 1)..];
            var place = words[..space].TrimEnd(',');
            if (PlaceThenDay().Match(place) is { Success: true } dated)
            {
                place = dated.Groups["place"].Value;
            }
            else if (TextScan.ContainsAsciiDigit(place))
            {
                break;
            }

            if (NamesKnownAgency(agency) && IsPlausiblePlace(place, "—") && !Agencies.Contains(place))
            {
                return (new Dateline(paragraph[..match.Length].TrimEnd(), place, agency), rest);
            }

            if (agency.Contains(' ', StringComparison.Ordinal))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// "МОСКВА, 5 марта. /ТАСС/.", "SAN FRANCISCO, March 5, 2026 /PRNewswire/ --": a place in capitals, the day, and
    /// the agency between slashes, as Russian wires and press-release services print it; or the service before the day,
    /// each closed by a slash ("HOUSTON, TX / ACCESSWIRE / March 11, 2025 /").
    /// </summary>
    private static (Dateline Dateline, string Remainder)? WithSlashedAgency(string paragraph, string prefix)
    {
        if (PlaceAgencyDayInSlashes().Match(prefix) is { Success: true } slashed && slashed.Length <= MaxDatelineChars &&
            IsPlausiblePlace(slashed.Groups["loc"].Value, "/") && paragraph[slashed.Length..].TrimStart() is var after && (after.Length == 0 || CanFollowOpener(after)))
        {
            return (new Dateline(paragraph[..slashed.Length].TrimEnd(), slashed.Groups["loc"].Value, slashed.Groups["agency"].Value.Trim()), after);
        }

        // "Ulaanbaatar /MONTSAME/.": the place and a known agency between slashes, no day, as MONTSAME signs; alone in
        // an element of its own, as a table layout sets it over the story ("Бургас /БТА/").
        if (PlaceThenSlashedAgencyGate.Match(prefix) is { Success: true } undated &&
            (NamesKnownAgency(undated.Groups["agency"].Value) || SiteAddress().IsMatch(undated.Groups["agency"].Value)) &&
            IsPlausiblePlace(undated.Groups["loc"].Value, "/") && paragraph[undated.Length..].TrimStart() is var story && (story.Length == 0 || CanFollowOpener(story)))
        {
            return (new Dateline(paragraph[..undated.Length].TrimEnd(), undated.Groups["loc"].Value, undated.Groups["agency"].Value), story);
        }

        var match = PlaceDayThenSlashedAgencyGate.Match(prefix);
        if (!match.Success || match.Length > MaxDatelineChars || !TextScan.ContainsAsciiDigit(match.Groups["date"].Value))
        {
            return null;
        }

        var place = match.Groups["loc"].Value;
        var rest = paragraph[match.Length..].TrimStart();
        if (!IsPlausiblePlace(place, "/") || !CanFollowOpener(rest))
        {
            return null;
        }

        // "Cluj-Napoca, 17 feb /Agerpres/ -": a place in title case only before a known agency; "Варна, 20 ноември
        // /Мария Стоянова, БТА/": the correspondent before the agency, as BTA signs, only before a known one.
        if ((match.Groups["titled"].Success || match.Groups["reporter"].Success) && !NamesKnownAgency(match.Groups["agency"].Value.Trim()))
        {
            return null;
        }

        // "/АМИТ «Ховар»/": the agency's kind, then its name in quotes.
        var agency = match.Groups["agency"].Value.Trim();
        if (agency.IndexOf('«', StringComparison.Ordinal) is var open and >= 0 && agency.IndexOf('»', open) is var close && close > open + 1)
        {
            agency = agency[(open + 1)..close];
        }

        return (new Dateline(paragraph[..match.Length].TrimEnd(), place, agency), rest);
    }

    /// <summary>
    /// "ACN Figueres.-L'Ajuntament …": a known agency, then the place in title case, closed by a full stop and a dash,
    /// as the Catalan wire signs, perhaps run into the story.
    /// </summary>
    private static (Dateline Dateline, string Remainder)? WithAgencyFirst(string paragraph, string prefix) =>
        PlaceWithKnownAgency(paragraph, AgencyThenPlace().Match(prefix), "-");

    // A pattern's match of a place ("loc") and an agency ("agency") the list knows, the story following it.
    private static (Dateline Dateline, string Remainder)? PlaceWithKnownAgency(string paragraph, Match match, string placeSeparator)
    {
        if (!match.Success || match.Length > MaxDatelineChars || !NamesKnownAgency(match.Groups["agency"].Value))
        {
            return null;
        }

        var place = match.Groups["loc"].Value;
        var rest = paragraph[match.Length..].TrimStart();
        return IsPlausiblePlace(place, placeSeparator) && !Agencies.Contains(place) && CanFollowOpener(rest)
            ? (new Dateline(paragraph[..match.Length].TrimEnd(), place, match.Groups["agency"].Value), rest)
            : null;
    }

    /// <summary>
    /// "ANTWERPEN 12/03 (BELGA) = De …": a place in capitals, the day and month in figures and a known agency, closed by
    /// an equals sign as Belga's wire copy sets it, or by a dash.
    /// </summary>
    private static (Dateline Dateline, string Remainder)? WithNumberedDay(string paragraph, string prefix) =>
        PlaceWithKnownAgency(paragraph, PlaceNumberedDayAgency().Match(prefix), "(");

    [GeneratedRegex(
        @"^(?<loc>\p{Lu}[\p{Lu}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}'’\-]+){0,2})[ ]\d{1,2}/\d{1,2}[ ]\((?<agency>\p{L}[\p{L} ]{1,20})\)[ ]?(?:=|--|[—–])[ ]?",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceNumberedDayAgency();

    [GeneratedRegex(
        @"^(?<agency>\p{Lu}{2,6})[ ](?<loc>\p{Lu}\p{Ll}[\p{Ll}\p{M}'’\-]*(?:[ ](?:(?:de|del|la|les|el)[ ]|d['’])?\p{Lu}\p{Ll}[\p{Ll}\p{M}'’\-]*){0,3})\.[-–—][ ]?",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgencyThenPlace();

    // "HOUSTON, TX / ACCESSWIRE / March 11, 2025 / …": the place in capitals, the service and the day, each closed by a slash;
    // the line may stand alone in an element of its own over the release.
    [GeneratedRegex(
        @"^(?<loc>\p{Lu}[\p{Lu}\p{M}.'’\-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’\-]+){0,3}(?:,[ ]\p{Lu}[\p{L}\p{M}.]{1,15})?)[ ]/[ ](?<agency>\p{Lu}[\p{L}\d .&\-]{1,25}?)[ ]/[ ](?<date>\p{L}{3,9}\.?[ ]\d{1,2},?[ ]\d{4}|\d{1,2}\.?[ ]\p{L}{3,9}\.?,?[ ]\d{4})[ ]/(?:[ ]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAgencyDayInSlashes();

    // "БИШКЕК /24.kg, Анара Юсупова/.": the agency, by its address, may name its correspondent after it.
    [GeneratedRegex(@"^(?<loc>\p{Lu}[\p{L}\p{M}\-]+(?:[ ]\p{Lu}[\p{L}\p{M}\-]+){0,2})[ ]/(?<agency>[\p{L}\d][\p{L}\d .&\-]{1,20}?)(?:,[ ]\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}[\p{L}\-]+){1,2})?/(?:\.|[ ]?(?:--?|[—–]))?(?:[ ]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceThenSlashedAgency();

    private static readonly LiteralGate PlaceThenSlashedAgencyGate = new(PlaceThenSlashedAgency());

    [GeneratedRegex(
        @"^(?<loc>\p{Lu}[\p{Lu}\p{M}.'’\-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’\-]+){0,3}(?:,[ ]\p{Lu}[\p{L}\p{M}.]{1,15})?|(?<titled>\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*(?:-\p{Lu}?\p{Ll}[\p{Ll}\p{M}'’]*)?(?:[ ]\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*){0,2})),[ ](?<date>[\p{L}\d][\p{L}\d ,.\-]{2,30}?)\.?[ ]/(?:(?<reporter>\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}[\p{L}\-]+){1,2}),[ ])?(?<agency>\p{L}[\p{L}\d .&\-«»]{0,30}?)/(?:[ ]?(?:--?|[—–])|\.)?(?:[ ]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDayThenSlashedAgency();

    private static readonly LiteralGate PlaceDayThenSlashedAgencyGate = new(PlaceDayThenSlashedAgency());

    /// <summary>
    /// "Москва. 14 января. INTERFAX.RU -": the place and the day each closed by a full stop, then a known agency
    /// (under its address, as Interfax signs) and a dash, a slash ("Bakı. 20 noyabr. REPORT.AZ/", a portal's address as
    /// Azerbaijani wires sign) or the Armenian full stop ("ԵՐԵՎԱՆ, 24 ՆՈՅԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։", or the colon typed for it); "RĪGA, 4. marts, LETA.": the same with commas, as LETA signs,
    /// its month also abbreviated and set close to the day ("Rīga, 20.nov., LETA."); "Kumasi, March 16, GNA -": the
    /// month first, as the Ghana News Agency signs, or in capitals, as Armenpress does ("YEREVAN, MAY 12, ARMENPRESS.");
    /// "Toshkent, 6-may. UzA.": the day joined to its month by a hyphen, as Uzbek sets it. Set apart in an element of its
    /// own the opener needs no closing mark ("Qəbələ, 22 yanvar, APA").
    /// </summary>
    private static (Dateline Dateline, string Remainder)? WithStopsThenAgency(string paragraph, string prefix)
    {
        var match = PlaceDayStopsThenAgency().Match(prefix);
        if (!match.Success || match.Length > MaxDatelineChars)
        {
            return null;
        }

        var agency = match.Groups["agency"].Value;
        var dot = agency.IndexOf('.', StringComparison.Ordinal);
        var place = match.Groups["loc"].Value;
        var rest = paragraph[match.Length..].TrimStart();
        return (NamesKnownAgency(agency) || (dot > 0 && NamesKnownAgency(agency[..dot])) || SiteAddress().IsMatch(agency)) &&
               IsPlausiblePlace(place, "-") && CanFollowOpener(rest)
            ? (new Dateline(paragraph[..match.Length].TrimEnd(), place, agency), rest)
            : null;
    }

    [GeneratedRegex(
        @"^(?<loc>\p{Lu}[\p{L}\p{M}\-]+(?:[ ]\p{Lu}[\p{L}\p{M}\-]+){0,2})[.,][ ](?<date>\d{1,2}[.\-]?[ ]?\p{L}{3,10}\.?|\p{Lu}(?:\p{Ll}{2,8}|\p{Lu}{2,8})\.?[ ]\d{1,2})[.,][ ](?<agency>\p{L}[\p{L}\d.\-]{1,20}?)(?:[ ]?(?:--?|[—–])[ ]|(?<=\p{L})[.։:](?:[ ]|$)|/(?:[ ]|$)|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDayStopsThenAgency();

    /// <summary>
    /// "BAKU, Azerbaijan, March 5. Azerbaijan exported …", "БАКУ, Азербайджан, 27 ноября. Объем …": a place in capitals,
    /// its country, and the day closed by a full stop, as Azerbaijani and older English wires open a story with no agency
    /// named.
    /// </summary>
    private static (Dateline Dateline, string Remainder)? WithDayStop(string paragraph, string prefix)
    {
        var match = PlaceThenDayStop().Match(prefix);
        if (!match.Success || match.Length > MaxDatelineChars)
        {
            return null;
        }

        var place = match.Groups["loc"].Value;
        var rest = paragraph[match.Length..].TrimStart();
        return IsPlausiblePlace(place, "-") && CanFollowOpener(rest) && EndsSentence(rest)
            ? (new Dateline(paragraph[..match.Length].TrimEnd(), place, null), rest)
            : null;
    }

    [GeneratedRegex(
        @"^(?<loc>\p{Lu}[\p{Lu}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}'’\-]+){0,2}(?:,[ ]\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2})?),[ ]" +
        @"(?:(?:Jan\.?|January|Feb\.?|February|March|Mar\.|April|Apr\.|May|June|July|Aug\.?|August|Sept?\.|September|Oct\.?|October|Nov\.?|November|Dec\.?|December)[ ]\d{1,2}" +
        @"|\d{1,2}[ ](?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))\.[ ](?=\p{Lu})",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceThenDayStop();

    // Capitalised words (commas between places allowed) closed by a dash.
    [GeneratedRegex(@"^(?<words>\p{Lu}[\p{L}\p{M}.'’\-]*(?:,?[ ](?:\p{Lu}[\p{L}\p{M}.'’\-]*|\d{1,2}(?=,?[ ]\p{Lu}))){1,6})(?:[ ]?[—–](?:[ ]|$)|[ ]--?(?:[ ]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceThenWords();

    // "SYDNEY, May 6": the day after the place, as AAP prints it before its name.
    [GeneratedRegex(@"^(?<place>.+?),[ ]" + WireMonthDay + "$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceThenDay();

    // An opener is followed by the story (or stands alone as its own element), never by more punctuation, and a
    // story's first sentence does not start in lower case ("Autokauf - wie finanzieren?", "Dee Dee Myers — a …").
    private static bool CanFollowOpener(string rest) =>
        rest.Length == 0 || ((char.IsLetterOrDigit(rest[0]) || rest[0] is '"' or '“' or '‘' or '\'' or '«' or '„') && !char.IsLower(rest[0]));

    private const int MinPeriodPlaceLetters = 4;

    // A state's two capitals ("NL", "TX") take no full stop of their own: one right before the dash closes the place
    // ("Monterrey, NL.—"), where "FLA. (WSVN)" abbreviates.
    private const int StateCodeLetters = 2;

    private static bool DashAfter(string paragraph, Group location)
    {
        var end = location.Index + location.Value.TrimEnd().Length;
        return end < paragraph.Length && IsDash(paragraph[end]);
    }

    private static bool IsOneCapitalisedWord(string word, int minLetters)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c) || !char.IsUpper(c))
            {
                return false;
            }

            letters++;
        }

        return letters >= minLetters;
    }

    // "CNN Business", "dpa/lno": a known agency, alone or as the first word.
    internal static bool NamesKnownAgency(string name)
    {
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return Agencies.Contains(name) || (slash > 0 && Agencies.Contains(name[..slash])) || (space > 0 && Agencies.Contains(name[..space]));
    }

    /// <summary>
    /// Whether the paragraphs read as a transcript, each turn opened by its speaker in capitals ("JESSICA
    /// LIVINGSTON: …", "CHRIS: …"): then the first speaker's name is no dateline.
    /// </summary>
    public static bool IsTranscript(IReadOnlyList<string> paragraphs)
    {
        var turns = 0;
        for (var i = 0; i < paragraphs.Count && i < MaxTranscriptParagraphs; i++)
        {
            if (SpeakerTurn().IsMatch(paragraphs[i]))
            {
                turns++;
            }
        }

        return turns >= MinTranscriptTurns;
    }

    private const int MaxTranscriptParagraphs = 12;
    private const int MinTranscriptTurns = 2;

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M}.'’\- ]{1,40}:[ ]\S", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerTurn();

    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();

        // A parenthesis closes a sentence only after its stop ("(… in 2019.)"): "Paris-Nice (6e étape)" is a label.
        if (trimmed.Length > 1 && trimmed[^1] == ')')
        {
            return trimmed[^2] is '.' or '!' or '?';
        }

        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”' or '“' or '»' or '«' or '…' or ':' or '。' or '।' or '۔' or '؟';
    }

    // Trim(params char[]) would build its array on every call.
    private static readonly char[] AbbreviationEnds = ['.', '\'', '’'];

    /// <summary>Whether <paramref name="firstWord"/> may open a place: no word that opens labels and sentences ("UPDATE", "BREAKING").</summary>
    internal static bool IsPlausibleStandalonePlace(string firstWord) => !NotPlaces.Contains(firstWord.TrimEnd(AbbreviationEnds).TrimEnd(','));

    private static bool IsPlausiblePlace(string location, string separator)
    {
        var first = location.AsSpan();
        var cut = first.IndexOfAny(' ', ',');
        var firstWord = (cut > 0 ? first[..cut] : first).ToString();
        if (NotPlaces.Contains(firstWord.TrimEnd(AbbreviationEnds)) && !(separator == "(" && IsArticleOfAPlace(location, firstWord, cut)))
        {
            return false;
        }

        var allCaps = IsAllCaps(firstWord);

        // "NEW DELHI:" is a dateline; "Tested by: …" and "Note: …" are labels. A colon needs a place in capitals, and so
        // does the bar Québec's tabloids set after it ("WASHINGTON | Le gouvernement …"); as sections label with a bar
        // too ("SPORTS | …", "COLUMN | …"), the place there must also be one the list knows.
        if ((separator is ":" or "|" && !allCaps) || (separator == "|" && !DatelinePlaces.Contains(location.Trim())))
        {
            return false;
        }

        // A place has at least two letters ("US" yes, "A" no).
        var letters = 0;
        foreach (var c in location)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    // "THE HAGUE, Netherlands (AP) —", "EIN GEDI, Israel (AP) —": an article or "Ein" (Hebrew and Arabic "spring") opening a
    // place's name in capitals, before a known agency; in a sentence such a word is followed by lower case.
    private static bool IsArticleOfAPlace(string location, string firstWord, int cut) =>
        firstWord is "THE" or "EIN" && cut > 0 && location[cut] == ' ' &&
        location.AsSpan(cut + 1) is var rest && rest.IndexOfAny(' ', ',') is var end &&
        IsAllCaps((end > 0 ? rest[..end] : rest).ToString());

    private static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
