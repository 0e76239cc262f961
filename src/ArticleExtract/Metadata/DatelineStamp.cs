using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Normalization;
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
            if (node is IElement element && (MayName(element.GetAttribute("class"), scratch) || MayName(element.Id, scratch)) &&
                ProseText.TextLengthUpTo(element, MaxChars + 1) <= MaxChars && Read(TextNormalizer.Collapse(NodeText.Of(element)).Trim()) is { } dateline)
            {
                return dateline;
            }
        }

        return null;
    }

    // Every element after the headline is asked: the value is searched for the names before it is split into words.
    // A loop, not a lambda: a closure per element would allocate on this walk.
    private static bool MayName(string? value, StringBuilder scratch)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var name in NameWords)
        {
            if (value.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return ClassTokens.NamesAny(value, Names, scratch);
            }
        }

        return false;
    }

    /// <summary>The dateline <paramref name="text"/> is when it stands alone: a whole wire dateline, or a place.</summary>
    internal static Dateline? Read(string text)
    {
        if (text.Length is 0 or > MaxChars)
        {
            return null;
        }

        if (DatelineParser.TryParse(text) is { Remainder.Length: 0 } parsed)
        {
            return parsed.Dateline;
        }

        // "MEDELLÍN (Colprensa).": the wire's full stop closing the element, as the story's first sentence follows it.
        if (text.Length > 1 && text[^1] == '.' && text[^2] == ')' && DatelineParser.TryParse(text[..^1]) is { Remainder.Length: 0, Dateline.Agency: not null } closed)
        {
            return closed.Dateline with { Text = text };
        }

        return IsPlace(text) ? new Dateline(text, text, null) : null;
    }

    // "WINTERTHUR", "NEW DELHI", "Chennai": a few words of letters, in capitals or a city the place list knows.
    private static bool IsPlace(string text)
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

        return letters >= 3 && (capitals || DatelinePlaces.Contains(text));
    }
}
