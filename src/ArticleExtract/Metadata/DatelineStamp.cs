using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Metadata.Dates;
using ArticleExtract.Normalization;
using ArticleExtract.Readability;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// A dateline the page sets in an element of its own and names for it, under the headline or over the story
/// (<c>&lt;p class="dateline"&gt;CHENNAI&lt;/p&gt;</c>, <c>&lt;div class="ortsmarke"&gt;WINTERTHUR&lt;/div&gt;</c>,
/// <c>&lt;div class="dateline"&gt;【北京3月5日电】&lt;/div&gt;</c>): read before the cleaning, which takes such a line with
/// the header's chrome, and used where the story's first paragraph opens with none. Sites also name the date line
/// "dateline", so only a place stands: in capitals, or a city the place list knows; or a whole wire dateline.
/// </summary>
internal static class DatelineStamp
{
    private static readonly string[] NameWords = ["dateline", "ortsmarke", "ortszeile"];
    private static readonly FrozenSet<string> Names = NameWords.ToFrozenSet(StringComparer.Ordinal);

    // "<div class=city>ANKARA</div>", "<span class=articolo__luogo-data>Trevalle, 4 marzo 2026</span>": an element named
    // for the place in the header's row under the headline. Sidebars name places too (a weather box's city), so these
    // count only close under the headline.
    private static readonly string[] PlaceWords = ["city", "location", "luogo", "lieu", "ciudad", "lugar", "localidade", "ort", "sehir"];
    private static readonly FrozenSet<string> PlaceNames = PlaceWords.ToFrozenSet(StringComparer.Ordinal);
    private const int MaxNodesToPlace = 150;

    // "<div class=nd-source-line>الدوحة - قنا</div>": a line named for the story's source under the headline holds a
    // whole wire dateline, place and agency; only that counts there, as "Source: Reuters" or "REUTERS" alone is a credit.
    // "<div class=single-news-place>Київ • УНН</div>": "place" names ad slots too, so a line named for it counts only so.
    private static readonly string[] SourceWords = ["source", "sourceline", "place"];
    private static readonly FrozenSet<string> SourceNames = SourceWords.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxChars = 40;
    private const int MaxWords = 4;
    private const int MaxNodesAfter = 1_500;

    /// <summary>The dateline of the first element after <paramref name="headline"/> named as one that holds a place alone.</summary>
    public static Dateline? Find(IElement? headline)
    {
        if (headline is null)
        {
            return null;
        }

        var scratch = new StringBuilder();
        var nodes = 0;
        for (var node = NodeOrder.NextSkippingChildren(headline); node is not null && ++nodes < MaxNodesAfter; node = NodeOrder.Next(node))
        {
            if (node is not IElement element)
            {
                continue;
            }

            var names = element.GetAttribute("class");
            var named = MayName(names, NameWords, Names, scratch) || MayName(element.Id, NameWords, Names, scratch);
            var placeNamed = !named && nodes <= MaxNodesToPlace && MayName(names, PlaceWords, PlaceNames, scratch);
            var sourceNamed = !named && !placeNamed && nodes <= MaxNodesToPlace && MayName(names, SourceWords, SourceNames, scratch);
            if (!(named || placeNamed || sourceNamed) || ProseText.TextLengthUpTo(element, MaxChars + 1) > MaxChars)
            {
                continue;
            }

            var text = TextNormalizer.Collapse(NodeText.Of(element)).Trim();
            if (sourceNamed)
            {
                if (WireDateline(text) is { } wire)
                {
                    return wire;
                }

                continue;
            }

            if (Read(text, (placeNamed && StandsForTheStory(element)) || (named && (IsSetOverTheStory(element) || OpensItsParagraph(element)))) is { } dateline)
            {
                return dateline;
            }
        }

        return null;
    }

    // "<p><b class='wk-ortsmarke'>Husum.</b> Wer von Husum …": the place mark opening the paragraph it stands in.
    private static bool OpensItsParagraph(IElement element) =>
        element.ParentElement is { LocalName: "p" } row && row.FirstElementChild == element &&
        NodeText.Of(row).AsSpan().TrimStart().StartsWith(NodeText.Of(element).AsSpan().Trim(), StringComparison.Ordinal);

    private const int MaxRowChars = 300;

    // A place named for its element tells where the story is from in the story's own header row, beside its date
    // ("Kortrijk · Thomas Verhaegen · 21-01-26"), or opening its first paragraph as a place mark or set over it; elsewhere under the
    // headline it may be a venue's or a job teaser's place ("<div class=company>H.E.L.P. GmbH <span
    // class=location>Hünfeld</span>").
    private static bool StandsForTheStory(IElement element)
    {
        if (element.ParentElement is not { } row || element.Closest("a") is not null)
        {
            return false;
        }

        if (OpensItsParagraph(element) || IsSetOverTheStory(element))
        {
            return true;
        }

        return ProseText.TextLengthUpTo(row, MaxRowChars + 1) <= MaxRowChars &&
               (row.QuerySelector("time") is not null || DateTextFinder.Find(TextNormalizer.Collapse(NodeText.Of(row)), DateSource.VisibleText, null) is not null);
    }

    // "<div class=article__dateline>Berlijn</div><p>De gevolgen reiken …": set right over the story's first paragraph, the
    // element can hold nothing but the story's place, even in title case and unlisted.
    private static bool IsSetOverTheStory(IElement element) =>
        element.Closest("a") is null && element.NextElementSibling is { LocalName: "p" } next && StoryContinuation.IsProseParagraphLength(next);

    // Every element after the headline is asked: the value is searched for the names before it is split into words.
    // A loop, not a lambda: a closure per element would allocate on this walk.
    private static bool MayName(string? value, string[] words, FrozenSet<string> names, StringBuilder scratch)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var name in words)
        {
            if (value.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return ClassTokens.NamesAny(value, names, scratch);
            }
        }

        return false;
    }

    // The whole text a wire's dateline that names its agency.
    private static Dateline? WireDateline(string text) =>
        text.Length <= MaxChars && DatelineParser.TryParse(text) is { Remainder.Length: 0, Dateline: { Agency: not null, Location: not null } wire } ? wire : PlaceBesideAgency(text);

    // "Київ • УНН", "Doha / QNA": the place and a known agency parted by a bullet or a spaced slash, as a portal sets its
    // wire line over the story; the agency says what the place is, listed or not.
    private static Dateline? PlaceBesideAgency(string text)
    {
        var bullet = text.IndexOfAny(['•', '·', '/']);
        return bullet > 1 && bullet < text.Length - 2 && text[bullet - 1] == ' ' && text[bullet + 1] == ' ' &&
               text[(bullet + 2)..] is var agency && DatelineParser.NamesKnownAgency(agency) && IsPlace(text[..(bullet - 1)], known: false)
            ? new Dateline(text, text[..(bullet - 1)], agency)
            : null;
    }

    /// <summary>
    /// The dateline <paramref name="text"/> is when it stands alone: a whole wire dateline, or a place. In an element
    /// named for the place (<paramref name="placeNamed"/>) a capitalised place need not be one the list knows
    /// ("Ciudad de México"); an element named "dateline" often holds the date instead, so there it must.
    /// </summary>
    internal static Dateline? Read(string text, bool placeNamed = false)
    {
        if (text.Length is 0 or > MaxChars)
        {
            return null;
        }

        if (DatelineParser.TryParse(text) is { Remainder.Length: 0 } parsed)
        {
            return parsed.Dateline;
        }

        if (PlaceBesideAgency(text) is { } beside)
        {
            return beside;
        }

        // "MEDELLÍN (Colprensa).": the wire's full stop closing the element, as the story's first sentence follows it.
        if (text.Length > 1 && text[^1] == '.' && text[^2] == ')' && DatelineParser.TryParse(text[..^1]) is { Remainder.Length: 0, Dateline.Agency: not null } closed)
        {
            return closed.Dateline with { Text = text };
        }

        if (IsPlace(text, known: !placeNamed))
        {
            // "Husum.": a German place mark's full stop closes the place; "D.C." keeps its own.
            var place = text.Length > 2 && text[^1] == '.' && char.IsLower(text[^2]) && text.IndexOf('.') == text.Length - 1 ? text[..^1] : text;
            return new Dateline(text, place, null);
        }

        // "Trevalle, 4 marzo 2026": the place and the day in one line, as a header row sets them. The day says what the
        // words before it are: a place in title case need not be one the list knows.
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && IsPlace(text[..comma], known: false) && IsDateOnly(text[(comma + 2)..]) ? new Dateline(text, text[..comma], null) : null;
    }

    // The whole text a date: a day, a month's name or number, perhaps a year and a time, and the words joining them.
    private static bool IsDateOnly(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TextScan.ContainsLetter(word) && !DateJoiners.Contains(word) && !MonthNames.TryGetMonth(word.AsSpan().Trim(".,"), out _))
            {
                return false;
            }
        }

        return DateTextFinder.Find(text, DateSource.VisibleText, null) is not null;
    }

    private static readonly FrozenSet<string> DateJoiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "de", "del", "di", "do", "à", "a", "le", "am", "um", "uhr", "h", "of", "the");

    // "WINTERTHUR", "NEW DELHI", "Chennai": a few words of letters, in capitals or a city the place list knows (or, where
    // not <paramref name="known"/> is asked, capitalised).
    private static bool IsPlace(string text, bool known = true)
    {
        var words = text.Split(' ');
        if (words.Length > MaxWords || !DatelineParser.IsPlausibleStandalonePlace(words[0]))
        {
            return false;
        }

        var letters = 0;
        var capitals = true;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals &= !char.IsLower(c);
            }
            else if (c is not (' ' or '-' or '.' or ',' or '\'' or '’'))
            {
                return false;
            }
        }

        return letters >= 3 && (capitals || DatelinePlaces.Contains(text) || (!known && char.IsUpper(text[0])));
    }
}
