using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Picks the story's headline from the sources that agree: a heading on the page, JSON-LD <c>headline</c>,
/// Dublin Core, <c>og:title</c>, <c>twitter:title</c> and <c>&lt;title&gt;</c>, each stripped of site-name affixes.
/// </summary>
internal static class HeadlineResolver
{
    private const int MaxHeadlineChars = 400;
    private const int MaxHeadingsExamined = 80;

    // The candidates are what the selector list "h1, h2, h3, [itemprop='headline'], .entry-title, .post-title,
    // .article-title, .headline, .story-title" matches, tested by hand in one walk (see IsHeading): a selector
    // query lists the whole document and splits every element's class attribute into new strings.
    private static readonly string[] HeadingClasses = ["entry-title", "post-title", "article-title", "headline", "story-title"];

    // Content farms set the headline in a block of class "title" ("<div class='title'>…</div>"); a smaller heading of
    // that class titles a slide or a teaser.
    private static readonly string[] TitleClass = ["title"];

    private const int MaxTitleBlocksExamined = 20;

    public static HeadlineChoice Resolve(IHtmlDocument document, MetaTags meta, JsonLdArticle? jsonLd, IReadOnlyList<string> knownSiteNames)
    {
        // Headings first: a heading that links home adds the site's name to those stripped from titles.
        var siteNames = new List<string>(knownSiteNames);
        var headings = Headings(document, siteNames);

        // In order of trust when no heading on the page settles it.
        var raw = new List<string>(7);
        Add(raw, MetaText.Clean(jsonLd?.Headline));
        Add(raw, MetaText.Clean(meta.Get("dc.title", "dcterms.title")));
        Add(raw, MetaText.Clean(meta.Get("og:title")));
        Add(raw, MetaText.Clean(meta.Get("title", "headline", "sailthru.title")));
        Add(raw, MetaText.Clean(meta.Get("twitter:title")));
        Add(raw, MetaText.Clean(meta.Get("parsely-title")));
        var title = MetaText.Clean(document.Title);
        Add(raw, title);

        // A kicker printed inside a heading, which the metadata title sets off with a separator, is no part of the title.
        for (var i = 0; i < headings.Count; i++)
        {
            if (KickerInTitle.Strip(headings[i].Element, headings[i].Text, raw) is { } withoutKicker)
            {
                headings[i] = (headings[i].Element, withoutKicker);
            }
        }

        // "<h1>Dezuka Suisan: Deep-Fried Fish Cakes<small>Welcome to …</small></h1>": an h1 whose first line is a
        // metadata title prints that title, its subtitle set inside it; read so, it agrees with the metadata.
        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i].Element.LocalName == "h1" && FirstLineAsTitle(headings[i].Element, raw) is { } firstLine)
            {
                headings[i] = (headings[i].Element, firstLine);
            }
        }

        var stripped = new List<string>(raw.Count);
        var affixes = new List<string?>(raw.Count);
        string? titleAffix = null;
        foreach (var source in raw)
        {
            var (text, affix) = SiteAffix.Strip(source, siteNames, Others(raw, source));
            Add(stripped, text);
            affixes.Add(affix);
            if (ReferenceEquals(source, title))
            {
                titleAffix = affix;
            }
        }

        // A heading that agrees with the metadata is the surest headline: it is what readers see.
        if (AgreeingHeading(headings, raw, stripped) is { } agreeing)
        {
            var text = WithoutSiteName(agreeing.Text, raw, stripped, affixes, siteNames);
            return new HeadlineChoice(text, agreeing.Element, agreeing.Element, titleAffix ?? TitleAgreement.AffixBeside(text, title));
        }

        // Then a heading that is a metadata title less its kicker or site affix ("Chronik: Lotte Tobisch ist tot"); the
        // longest wins, as site names are short.
        if (LongestPart(headings, raw, stripped, siteNames, loose: false) is { } strict)
        {
            return new HeadlineChoice(strict.Text, strict.Element, strict.Element, titleAffix ?? TitleAgreement.AffixBeside(strict.Text, title));
        }

        // A heading that begins a metadata title which goes on with more words ("Mandarinen-Schmand-Kuchen von …"),
        // an h1 before any other.
        foreach (var h1Only in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var (element, text) in headings)
            {
                if ((!h1Only || element.LocalName == "h1") && !IsInMenu(element) && IsPrefixOfAny(text, raw))
                {
                    return new HeadlineChoice(text, element, element, titleAffix ?? TitleAgreement.AffixBeside(text, title));
                }
            }
        }

        // Last, a heading that starts or ends a metadata title after any affix (a story title under a site-name heading,
        // where the title tag goes on with chapter and section names).
        if (LongestPart(headings, raw, stripped, siteNames, loose: true) is { } loosePart)
        {
            return new HeadlineChoice(loosePart.Text, loosePart.Element, loosePart.Element, titleAffix ?? TitleAgreement.AffixBeside(loosePart.Text, title));
        }

        var anchor = FirstH1(headings);

        // No heading agrees with the metadata: the page's only h1, when it reads like a headline (three words or
        // more), is what readers see as the title; metadata titles are often written for search engines. An h1 that
        // only adds a kicker to a metadata title ("Tunesien Große Aufgaben …") yields that title.
        if (SoleH1(headings) is { } sole && SiteAffix.CountWords(sole.Text) >= MinSoleH1Words)
        {
            var text = MetadataInside(sole.Text, stripped) ?? FirstLineAsTitle(sole.Element, stripped) ?? sole.Text;
            return new HeadlineChoice(text, sole.Element, sole.Element, titleAffix);
        }

        // Of several h1s, one that words a metadata title nearly alike: readers see it, and the metadata vouches for it.
        foreach (var (element, text) in headings)
        {
            if (element.LocalName == "h1" && !IsInMenu(element) && Reworded.IsAnyOf(text, raw, stripped))
            {
                return new HeadlineChoice(text, element, element, titleAffix ?? TitleAgreement.AffixBeside(text, title));
            }
        }

        foreach (var candidate in stripped)
        {
            if (!SiteAffix.MatchesAny(candidate, siteNames) && !IsSiteOrHomeName(candidate, siteNames) &&
                candidate.Length <= MaxHeadlineChars && TextScan.ContainsLetter(candidate))
            {
                // No heading prints it: the element that does (a bold line in a table cell) anchors the date and byline.
                return new HeadlineChoice(candidate, null, anchor ?? PrintedHeadline.Find(document, candidate), titleAffix);
            }
        }

        if (anchor is null && OpeningH2(headings) is { } opening)
        {
            return new HeadlineChoice(opening.Text, opening.Element, opening.Element, titleAffix);
        }

        return anchor is null
            ? new HeadlineChoice(null, null, null, titleAffix)
            : new HeadlineChoice(HeadingText.Read(anchor), anchor, anchor, titleAffix);
    }

    private const int MaxElementsToProse = 40;
    private const int MinProseChars = 80;

    /// <summary>
    /// No h1 names the story (the page's only one is its logo) and no metadata title does: the first h2 that reads like a
    /// headline and opens the prose after it ("&lt;h1 class=logo&gt;&lt;a&gt;&lt;img alt='K-Wave Daily'&gt;&lt;/a&gt;&lt;/h1&gt; …
    /// &lt;h2 class=tit&gt;NOVAREIGN to kick off first world tour …&lt;/h2&gt;&lt;p&gt;…").
    /// </summary>
    private static (IElement Element, string Text)? OpeningH2(List<(IElement Element, string Text)> headings)
    {
        foreach (var (element, text) in headings)
        {
            if (element.LocalName != "h2" || IsInMenu(element) || SiteAffix.CountWords(text) < MinSoleH1Words)
            {
                continue;
            }

            return OpensProse(element) ? (element, text) : null;
        }

        return null;
    }

    // A paragraph of prose follows before any other heading of the top two ranks.
    private static bool OpensProse(IElement heading)
    {
        var seen = 0;
        for (var node = NodeOrder.NextSkippingChildren(heading); node is not null && seen < MaxElementsToProse; node = NodeOrder.Next(node))
        {
            if (node is not IElement element)
            {
                continue;
            }

            seen++;
            if (element.LocalName is "h1" or "h2")
            {
                return false;
            }

            if (element.LocalName == "p" && NodeText.CollapsedLength(element) >= MinProseChars)
            {
                return true;
            }
        }

        return false;
    }

    private static List<(IElement Element, string Text)> Headings(IHtmlDocument document, List<string> siteNames)
    {
        var headings = new List<(IElement, string)>();
        var examined = 0;
        var titleBlocks = 0;
        var walk = new ElementWalk(document);
        while (walk.Next() is { } heading)
        {
            if (IsHeading(heading))
            {
                if (++examined > MaxHeadingsExamined)
                {
                    break;
                }
            }
            else if (!IsTitleBlock(heading) || ++titleBlocks > MaxTitleBlocksExamined)
            {
                // Teaser lists set dozens of titles in blocks: they have a budget of their own, so the headings after
                // them are still read.
                continue;
            }

            var text = HeadingText.Read(heading);
            if (text is null || text.Length > MaxHeadlineChars || !TextScan.ContainsLetter(text) || SiteAffix.MatchesAny(text, siteNames))
            {
                continue;
            }

            if (SiteHeading.IsHomeLink(heading, text))
            {
                // The blog's name over every post: not the story, but a name to strip from the title tag.
                siteNames.Add(text);
                continue;
            }

            headings.Add((heading, text));
        }

        return headings;
    }

    // As the selectors match: type names ignoring case, attribute values and classes exactly.
    private static bool IsHeading(IElement element)
    {
        var name = element.LocalName;
        return string.Equals(name, "h1", StringComparison.OrdinalIgnoreCase) ||
               string.Equals(name, "h2", StringComparison.OrdinalIgnoreCase) ||
               string.Equals(name, "h3", StringComparison.OrdinalIgnoreCase) ||
               string.Equals(element.GetAttribute("itemprop"), "headline", StringComparison.Ordinal) ||
               ClassAttribute.HasAny(element.GetAttribute("class"), HeadingClasses);
    }

    private static bool IsTitleBlock(IElement element) =>
        element.LocalName is "div" or "p" or "span" && ClassAttribute.HasAny(element.GetAttribute("class"), TitleClass);

    // The first heading that agrees, an h1 before any other and a heading before a teaser: a stream of links above
    // the story often repeats its headline in an h3 that links to the story's own address.
    private static (IElement Element, string Text)? AgreeingHeading(
        List<(IElement Element, string Text)> headings, List<string> raw, List<string> stripped)
    {
        (IElement Element, string Text)? best = null;
        var bestRank = int.MaxValue;
        foreach (var heading in headings)
        {
            // "News" over the story and in "News - Eawag": the section's name, not the story's.
            if ((!SiteAffix.SameAsAny(heading.Text, stripped) && !SiteAffix.SameAsAny(heading.Text, raw)) || Array.IndexOf(HomeNames, SiteAffix.Fold(heading.Text)) >= 0)
            {
                continue;
            }

            var rank = heading.Element.LocalName == "h1" ? 0 : HeadingText.IsLink(heading.Element) ? 2 : 1;
            if (rank < bestRank)
            {
                best = heading;
                bestRank = rank;
                if (rank == 0)
                {
                    break;
                }
            }
        }

        return best;
    }

    // A heading that repeats the title tag whole, site name and all (a visually hidden h1 for screen readers), is
    // that title less the site's name. Other affixes stay: they are as often a subtitle.
    private static string WithoutSiteName(
        string heading, List<string> raw, List<string> stripped, List<string?> affixes, IReadOnlyList<string> siteNames)
    {
        if (SiteAffix.SameAsAny(heading, stripped))
        {
            return heading;
        }

        for (var i = 0; i < raw.Count; i++)
        {
            if (affixes[i] is { } affix && SiteAffix.MatchesAny(affix, siteNames) && SiteAffix.SameText(heading, raw[i]))
            {
                return stripped[i];
            }
        }

        return heading;
    }

    private static (IElement Element, string Text)? LongestPart(
        List<(IElement Element, string Text)> headings, List<string> raw, List<string> stripped, IReadOnlyList<string> siteNames, bool loose)
    {
        // An h1 before any other: "Title - Subtitle" in the title tag prints the title as the h1, the longer subtitle
        // as an h2 under it.
        (IElement Element, string Text)? longest = null;
        foreach (var h1Only in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var heading in headings)
            {
                if ((!h1Only || heading.Element.LocalName == "h1") &&
                    (longest is null || heading.Text.Length > longest.Value.Text.Length) &&
                    IsPartOfAny(heading.Text, raw, stripped, siteNames, loose))
                {
                    longest = heading;
                }
            }

            if (longest is not null)
            {
                return longest;
            }
        }

        return null;
    }

    private const int MinSoleH1Words = 3;

    private const int MaxMenuDepth = 6;

    // A heading in a menu names a section ("Wärmepumpe" over the menu's links to its pages): it may begin the title
    // tag by chance.
    private static bool IsInMenu(IElement heading)
    {
        var depth = 0;
        for (var e = heading.ParentElement; e is not null && depth < MaxMenuDepth; e = e.ParentElement, depth++)
        {
            if (e.LocalName is "nav" || string.Equals(e.GetAttribute("role"), "navigation", StringComparison.OrdinalIgnoreCase) ||
                (e.GetAttribute("class") is { } classes &&
                 (classes.Contains("navigation", StringComparison.OrdinalIgnoreCase) || classes.Contains("menu", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }

    // The longest metadata title that the heading ends with, on a word boundary, or starts with when a date follows it
    // ("… der Region 02.02.2022 • Presse", the post's meta line inside the h1). A heading that goes on with words is
    // the fuller title readers see ("Saftiger Zitronenkuchen vom Blech: einfach köstlich!").
    private static string? MetadataInside(string heading, List<string> titles)
    {
        var h = SiteAffix.Fold(heading);
        string? best = null;
        foreach (var title in titles)
        {
            var t = SiteAffix.Fold(title);
            if (t.Length < MinPartChars || t.Length >= h.Length || (best is not null && title.Length <= best.Length))
            {
                continue;
            }

            if ((h.EndsWith(t, StringComparison.Ordinal) && !char.IsLetterOrDigit(h[h.Length - t.Length - 1])) ||
                (h.StartsWith(t, StringComparison.Ordinal) && h[t.Length] == ' ' && char.IsAsciiDigit(h[t.Length + 1])))
            {
                best = TextNormalizer.Collapse(title);
            }
        }

        return best;
    }

    private const int MinPartChars = 12;
    private const int MaxFirstLineNodes = 50;

    // "<h1>Kim orders more missiles<br><small>State media says …</small></h1>": the heading's first line, up to a line
    // break or a small-print part, when a metadata title is that line alone; the rest is a subtitle set inside it.
    private static string? FirstLineAsTitle(IElement heading, List<string> titles)
    {
        var line = new StringBuilder();
        var visited = 0;
        for (var node = heading.FirstChild; node is not null && ++visited <= MaxFirstLineNodes; node = NodeOrder.Next(node, heading))
        {
            if (node is IElement { LocalName: "br" or "small" })
            {
                var first = TextNormalizer.Collapse(line.ToString());
                return first.Length >= MinPartChars && (SiteAffix.SameAsAny(first, titles) || IsMetaLineAfter(heading, first)) ? first : null;
            }

            if (node.NodeType == NodeType.Text)
            {
                line.Append(NodeText.Of(node));
            }
        }

        return null;
    }

    private const int MaxMetaLineChars = 120;

    // "<h1>China unveils measures …<br><span>2025-11-20 20:14:07 Source: Xinhua Hits: 1208</span></h1>": a dated meta
    // line set inside the heading, as older Chinese CMS templates print it, is no part of the title.
    private static bool IsMetaLineAfter(IElement heading, string firstLine)
    {
        var whole = TextNormalizer.Collapse(NodeText.Of(heading));
        if (!whole.StartsWith(firstLine, StringComparison.Ordinal) || whole.Length - firstLine.Length > MaxMetaLineChars)
        {
            return false;
        }

        return Dates.DateTextFinder.Find(whole[firstLine.Length..], DateSource.VisibleText, null) is not null;
    }

    private static (IElement Element, string Text)? SoleH1(List<(IElement Element, string Text)> headings)
    {
        (IElement Element, string Text)? sole = null;
        foreach (var heading in headings)
        {
            if (heading.Element.LocalName == "h1")
            {
                if (sole is not null)
                {
                    return null;
                }

                sole = heading;
            }
        }

        return sole;
    }

    private static IElement? FirstH1(List<(IElement Element, string Text)> headings)
    {
        foreach (var (element, _) in headings)
        {
            if (element.LocalName == "h1")
            {
                return element;
            }
        }

        return null;
    }

    private static bool IsPrefixOfAny(string heading, List<string> titles)
    {
        foreach (var title in titles)
        {
            if (TitleAgreement.IsPrefixOf(heading, title))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartOfAny(string heading, List<string> raw, List<string> stripped, IReadOnlyList<string> siteNames, bool loose = false)
    {
        foreach (var title in raw)
        {
            if (TitleAgreement.IsPartOf(heading, title, siteNames, loose))
            {
                return true;
            }
        }

        foreach (var title in stripped)
        {
            if (TitleAgreement.IsPartOf(heading, title, siteNames, loose))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Others(List<string> all, string except)
    {
        var others = new List<string>(all.Count);
        foreach (var text in all)
        {
            if (!ReferenceEquals(text, except) && !SiteAffix.SameText(text, except))
            {
                others.Add(text);
            }
        }

        return others;
    }

    // Titles that name a site's front page, not a story.
    private static readonly string[] HomeNames =
    [
        "home", "homepage", "home page", "start", "startseite", "index", "welcome", "willkommen", "accueil", "inicio",
        "portada", "página inicial", "home-page", "main page", "news", "blog", "aktuelles", "neuigkeiten", "nachrichten",
        "actualités", "noticias", "notizie", "presse", "press", "pressemitteilungen", "press releases", "articles", "artikel",
    ];

    /// <summary>
    /// "Home", "Startseite", or the start of the site's own name ("ICON" for "ICON Magazine"): a title tag that names
    /// the site or its front page names no story.
    /// </summary>
    private static bool IsSiteOrHomeName(string candidate, IReadOnlyList<string> siteNames)
    {
        var folded = SiteAffix.Fold(candidate);
        if (Array.IndexOf(HomeNames, folded) >= 0)
        {
            return true;
        }

        foreach (var site in siteNames)
        {
            var name = SiteAffix.Fold(site);
            if (name.Length > folded.Length && name.StartsWith(folded, StringComparison.Ordinal) && name[folded.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<string> list, string? text)
    {
        if (text is not null)
        {
            list.Add(text);
        }
    }
}
