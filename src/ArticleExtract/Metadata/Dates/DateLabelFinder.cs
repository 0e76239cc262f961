using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Finds a date the page labels in words: "Veröffentlicht am 06.10.2023", "Datum: 03.02.2022", "Posted on May 19, 2010",
/// "Pressemitteilung vom 12.01.2017". The first labelled date after the headline wins, then the first before it; a
/// date labelled as an update ("Aktualisiert", "Stand", "Updated") only when no other is found.
/// </summary>
internal static class DateLabelFinder
{
    private const int MaxNodes = 30_000;
    private const int MaxScopeChars = 200;

    // A short line is a handful of nodes; more than this is a container, whatever its text length.
    private const int MaxScopeNodes = 64;
    private const int MaxClimb = 3;

    // A line inside a long block: the dated node and the few siblings after it.
    private const int MaxLineNodes = 4;

    private static readonly string[] Labels =
    [
        "veröffentlicht", "publiziert", "erstellt", "erschienen", "geschrieben", "gepostet", "datum", "vom", "date",
        "published", "posted", "written", "created", "publié", "publie", "publicado", "publicada", "pubblicato", "publicat",
        "opublikowano", "fecha", "data", "veröffentlichung", "publication", "publicación", "pubblicazione", "erscheinungsdatum",
        "giriş", "yayınlanma", "yayın", "oluşturulma", "опубликовано", "опубліковано", "diterbitkan", "dipublikasikan",
        "gepubliceerd", "publicerad", "publisert", "julkaistu", "publikováno", "közzétéve", "δημοσιεύθηκε", "δημοσίευση",
        "প্রকাশ", "প্রকাশিত", "प्रकाशित", "प्रकाशन", "inilathala", "nailathala", "ipinost",
    ];

    private static readonly string[] UpdateLabels =
    [
        "aktualisiert", "stand", "geändert", "änderung", "zuletzt", "bearbeitet", "updated", "update", "modified", "revised",
        "edited", "na-update", "in-update",
        "actualizado", "actualizada", "aggiornato", "aggiornata", "mis à jour", "mise à jour", "atualizado", "atualizada",
        "zaktualizowano", "bijgewerkt", "güncelleme", "güncellenme", "обновлено", "оновлено", "diperbarui", "uppdaterad",
        "oppdatert", "päivitetty", "aktualizováno", "frissítve", "actualizat", "ενημερώθηκε", "আপডেট", "হালনাগাদ", "अपडेट",
        "अद्यतन",
    ];

    // Labels English shares with languages that put the day first: these alone say nothing of the order.
    private static readonly string[] EnglishLabels =
    [
        "date", "published", "posted", "written", "created", "publication", "updated", "update", "modified", "revised", "edited",
    ];

    /// <param name="document">The page.</param>
    /// <param name="anchor">The headline: a labelled line after it is the story's own.</param>
    /// <param name="now">The clock that bounds plausible dates.</param>
    /// <param name="publicationOnly">Whether only a line labelled as the publication counts: when true, an update line
    /// ("Actualizado 28/10/2012 03:21") does not stand in for a missing one.</param>
    public static ArticleDate? Find(IHtmlDocument document, IElement? anchor, DateTimeOffset now, bool publicationOnly = false)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        ArticleDate? before = null;
        ArticleDate? update = null;
        IElement? lastScope = null;
        var shortYear = ShortYearOrder.Of(document);
        var afterAnchor = anchor is null;
        var visited = 0;
        INode? node = body;
        while (node is not null && ++visited <= MaxNodes)
        {
            if (node == anchor)
            {
                afterAnchor = true;
            }

            if (node is IElement element && IsSkipped(element))
            {
                node = NodeOrder.NextSkippingChildren(element, body);
                continue;
            }

            if (node.NodeType == NodeType.Text && node.Parent is IElement parent && parent != lastScope &&
                NodeText.Of(node) is { } own && TextNormalizer.CollapsedLength(own) <= MaxScopeChars && CharScan.ContainsDigit(own) &&
                LineText(node, parent, ref lastScope) is { } text)
            {
                var isUpdate = HasWord(text, UpdateLabelSearch);
                if ((isUpdate || HasWord(text, LabelSearch)) &&
                    DateTextFinder.FindAllowingShortYear(text, DateSource.VisibleText, "labelled date", shortYear, PutsDayFirst(text, node)) is { } date &&
                    DatePlausibility.IsPlausible(date, now))
                {
                    if (isUpdate && !HasWord(text, LabelSearch))
                    {
                        update ??= date;
                    }
                    else if (afterAnchor)
                    {
                        return date;
                    }
                    else
                    {
                        before ??= date;
                    }
                }
            }

            node = NodeOrder.Next(node, body);
        }

        return publicationOnly ? before : before ?? update;
    }

    /// <summary>
    /// The short line a dated text node belongs to: its scope's text, or, inside a long block (a post footer that
    /// also lists tags and categories), the node with the few nodes after it ("Dieser Artikel wurde am 14. Dezember
    /// 2015 um 14:48 von Heiner geschrieben"). Null when the scope was read already.
    /// </summary>
    private static string? LineText(INode node, IElement parent, ref IElement? lastScope)
    {
        if (Scope(parent) is { } scope)
        {
            if (scope == lastScope)
            {
                return null;
            }

            lastScope = scope;
            return SpacedText(scope);
        }

        var builder = new System.Text.StringBuilder(MaxScopeChars + 16);
        var nodes = 0;
        for (INode? next = node; next is not null && builder.Length <= MaxScopeChars && nodes < MaxLineNodes; next = next.NextSibling, nodes++)
        {
            AppendTextUpTo(builder, next, MaxScopeChars * 2);
            builder.Append(' ');
        }

        return builder.Length <= MaxScopeChars * 2 ? builder.ToString() : builder.ToString(0, MaxScopeChars * 2);
    }

    // The start of a sibling's text without building all of it: a sibling may be a whole story column.
    private static void AppendTextUpTo(System.Text.StringBuilder builder, INode node, int limit)
    {
        if (node is not IElement element)
        {
            var own = NodeText.Of(node);
            builder.Append(own, 0, Math.Min(own.Length, limit + 1 - Math.Min(builder.Length, limit)));
            return;
        }

        for (var text = element.FirstChild; text is not null && builder.Length <= limit; text = NodeOrder.Next(text, element))
        {
            if (text.NodeType == NodeType.Text)
            {
                builder.Append(NodeText.Of(text));
            }
        }
    }

    // The largest ancestor, up to three levels, whose text is still a short line: "Datum:" and the date often sit in
    // sibling elements.
    private static IElement? Scope(IElement parent)
    {
        if (TextLongerThan(parent, MaxScopeChars))
        {
            return null;
        }

        var scope = parent;
        for (var i = 0; i < MaxClimb && scope.ParentElement is { } up && up.LocalName != "body" &&
                        !TextLongerThan(up, MaxScopeChars); i++)
        {
            scope = up;
        }

        return scope;
    }

    // TextContent of a story container is the whole story; asked for every dated line it would make the walk
    // quadratic, so the count stops as soon as it passes the limit.
    private static bool TextLongerThan(IElement element, int limit)
    {
        var length = 0;
        var visited = 0;
        for (var node = element.FirstChild; node is not null; node = NodeOrder.Next(node, element))
        {
            if (node.NodeType == NodeType.Text && (length += NodeText.CollapsedLength(node)) > limit)
            {
                return true;
            }

            if (++visited > MaxScopeNodes)
            {
                return true;
            }
        }

        return false;
    }

    // "<dt>Datum</dt><dd>12.01.2017</dd>" reads "Datum 12.01.2017", not "Datum12.01.2017".
    private static string SpacedText(IElement scope)
    {
        var builder = new System.Text.StringBuilder(MaxScopeChars + 16);
        for (var node = scope.FirstChild; node is not null; node = NodeOrder.Next(node, scope))
        {
            if (node.NodeType == NodeType.Text)
            {
                builder.Append(NodeText.Of(node)).Append(' ');
            }
        }

        return builder.ToString();
    }

    private static bool IsSkipped(IElement element) =>
        element.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "select" or "option" or "nav" or
            "iframe" or "textarea" or "button";

    // A label as a whole word, in any case.
    /// <summary>
    /// The part of a date line that gives the publication: "Updated 9:10 AM, June 4, 2025 Published 3:45 PM, June 3, 2025"
    /// from "Published" on; the part before the update's label when a date stands there with no label of its own; the
    /// whole line otherwise.
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="updateOnly">Whether the line is labelled as an update and names no publication.</param>
    internal static string PublicationPart(string text, out bool updateOnly)
    {
        updateOnly = false;
        var update = FirstWord(text, UpdateLabels);
        if (update < 0)
        {
            return text;
        }

        var published = FirstWord(text, Labels);
        if (published < 0)
        {
            // "Haber Merkezi | 30.11.2025 11:42 | Güncelleme: 30.11.2025 14:10": a date printed before the update's
            // label, with none of its own, is the publication.
            if (update > 0 && DateTextFinder.Find(text.AsSpan(0, update), DateSource.VisibleText, null) is not null)
            {
                return text[..update];
            }

            updateOnly = true;
            return text;
        }

        return published > update ? text[published..] : text;
    }

    /// <summary>
    /// The part of a date line that gives the update: "(Updated: 25 November 2025)" from "Updated" on, up to a
    /// publication label after it ("Aktualisiert 12.03. 14:05 Veröffentlicht 11.03."); null when no update is named.
    /// </summary>
    internal static string? UpdatePart(string text)
    {
        var update = FirstWord(text, UpdateLabels);
        if (update < 0)
        {
            return null;
        }

        var rest = text[update..];
        var published = FirstWord(rest, Labels);
        return published > 0 ? rest[..published] : rest;
    }

    // Where the first of the words stands in the text as a whole word, or -1.
    private static int FirstWord(string text, string[] words)
    {
        var first = -1;
        foreach (var word in words)
        {
            if (WholeWordAt(text, word) is var at && at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    /// <summary>
    /// "Published:", "Aktualisiert:": a date's label alone, its date cleaned out of the line (a date in an element of
    /// its own goes as a stamp). A colon is asked for: "Data" alone may title a section.
    /// </summary>
    public static bool IsLoneLabel(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length < 2 || trimmed[^1] != ':')
        {
            return false;
        }

        var label = trimmed[..^1].TrimEnd();
        return IsOneOf(label, Labels) || IsOneOf(label, UpdateLabels);
    }

    private static bool IsOneOf(ReadOnlySpan<char> label, string[] words)
    {
        foreach (var word in words)
        {
            if (label.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Publicado: 09/11/2025 06:00 AM": a date label in a language that writes the day first, and none in English, on a
    /// page not marked as American (an "es-US" page writes the month first), puts the day first whatever the clock.
    /// </summary>
    /// <param name="text">The dated line.</param>
    /// <param name="node">A node of the line, for the page's language.</param>
    public static bool PutsDayFirst(string text, INode node) =>
        (HasWord(text, LabelSearch) || HasWord(text, UpdateLabelSearch)) && !HasWord(text, EnglishLabelSearch) &&
        !(node.Owner?.DocumentElement?.GetAttribute("lang") is { } lang && lang.EndsWith("-us", StringComparison.OrdinalIgnoreCase));

    // Each list searched for at once first: most lines hold none of its words anywhere, whole or not.
    private static readonly PhraseSet LabelSearch = new(Labels);
    private static readonly PhraseSet UpdateLabelSearch = new(UpdateLabels);
    private static readonly PhraseSet EnglishLabelSearch = new(EnglishLabels);

    private static bool HasWord(string text, PhraseSet words)
    {
        if (!words.FoundIn(text))
        {
            return false;
        }

        foreach (var word in words.Phrases)
        {
            if (WholeWordAt(text, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Where the word first stands in the text with no letter either side, ignoring case, or -1.
    private static int WholeWordAt(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }
        }

        return -1;
    }
}
