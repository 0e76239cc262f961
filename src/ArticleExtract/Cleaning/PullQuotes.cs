using System.Collections.Frozen;
using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A quote the page names as a pull quote ("pullquote", "pull-quote", "PullQuoteWrapper") set out in large type between
/// the paragraphs it was lifted from. Editors trim and reword it ("If you're retraining every installer anyway, why stop
/// halfway?" from "If you're going to retrain every installer in the country … anyway, why would you stop halfway?"), so
/// it rarely stands word for word in the story, and it brings its attribution line along. It goes, attribution and all,
/// when most of its words stand in order in one paragraph of the page; a pull quote the story does not repeat (an epigraph)
/// stays. Unnamed block quotes are left to the block filter, which drops only exact repeats: a quoted passage in a
/// paragraph's own words is story.
/// </summary>
internal static class PullQuotes
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal, ["pullquote"]);
    private static readonly FrozenSet<string> Pairs = FrozenSet.Create(StringComparer.Ordinal, ["pull quote"]);
    private static readonly ISelector Paragraphs = ParsedSelector.Of("p");

    // A pull quote is a sentence or two; a longer box so named is a wrapper ("article-body has-pullquote").
    private const int MaxQuoteChars = 400;
    private const int MinQuoteWords = 5;

    // Most of its words, in order: enough to survive an editor's cuts, too many for a paragraph that only shares its subject.
    private const double MinSharedShare = 0.7;
    private const int MaxParagraphWords = 600;
    private const int MaxQuotes = 20;

    /// <summary>Removes the named pull quotes below <paramref name="body"/> whose words a paragraph of the page repeats.</summary>
    public static void Remove(IElement body)
    {
        var quotes = Find(body);
        if (quotes.Count == 0)
        {
            return;
        }

        List<string[]>? paragraphs = null;
        foreach (var quote in quotes)
        {
            var words = QuoteWords(quote);
            if (words.Length < MinQuoteWords)
            {
                continue;
            }

            paragraphs ??= ParagraphWords(body, quotes);
            if (paragraphs.Exists(paragraph => Repeats(paragraph, words)))
            {
                quote.Remove();
            }
        }
    }

    private static List<IElement> Find(IElement body)
    {
        var found = new List<IElement>();
        var scratch = new StringBuilder();
        var walk = new ElementWalk(body);
        while (walk.Next() is { } element)
        {
            if (found.Count < MaxQuotes && IsNamed(element, scratch) && !WithinAny(found, element) &&
                ProseText.TextLengthUpTo(element, MaxQuoteChars + 1) <= MaxQuoteChars)
            {
                found.Add(element);
            }
        }

        return found;
    }

    // A loop, not a lambda: one capturing the walk's element would cost an allocation for every element of the page.
    private static bool WithinAny(List<IElement> quotes, INode node)
    {
        foreach (var quote in quotes)
        {
            if (quote.Contains(node))
            {
                return true;
            }
        }

        return false;
    }

    // Every name holds "pull": the cheap test spares the word reading of every class on the page.
    private static bool IsNamed(IElement element, StringBuilder scratch) =>
        (element.GetAttribute("class") is { } names && names.Contains("pull", StringComparison.OrdinalIgnoreCase) &&
         ClassTokens.NamesAny(names, Words, Pairs, scratch)) ||
        (element.Id is { } id && id.Contains("pull", StringComparison.OrdinalIgnoreCase) && ClassTokens.NamesAny(id, Words, Pairs, scratch));

    // The quoted words without the attribution ("—Hanne Solberg, Fjordtherm"), which the story prints apart from the quote.
    private static string[] QuoteWords(IElement quote)
    {
        var text = new StringBuilder();
        var nodes = new NodeWalk(quote);
        while (nodes.Next() is { } node)
        {
            if (node is IText piece && !InAttribution(piece, quote))
            {
                text.Append(piece.Data).Append(' ');
            }
        }

        return [.. WordRuns.Of(text.ToString())];
    }

    private static bool InAttribution(INode node, IElement quote)
    {
        for (var parent = node.ParentElement; parent is not null && parent != quote; parent = parent.ParentElement)
        {
            if (parent.LocalName is "cite" or "footer" or "figcaption")
            {
                return true;
            }
        }

        return false;
    }

    private static List<string[]> ParagraphWords(IElement body, List<IElement> quotes)
    {
        var paragraphs = new List<string[]>();
        foreach (var paragraph in body.ChildNodes.QuerySelectorAll(Paragraphs))
        {
            if (!WithinAny(quotes, paragraph))
            {
                var words = WordRuns.Of(NodeText.Of(paragraph)).Take(MaxParagraphWords).ToArray();
                if (words.Length >= MinQuoteWords)
                {
                    paragraphs.Add(words);
                }
            }
        }

        return paragraphs;
    }

    // The longest run of the quote's words that the paragraph holds in the same order, gaps allowed, against the quote's length.
    internal static bool Repeats(string[] paragraph, string[] quote)
    {
        var needed = (int)Math.Ceiling(quote.Length * MinSharedShare);
        if (paragraph.Length < needed)
        {
            return false;
        }

        var previous = new int[quote.Length + 1];
        var current = new int[quote.Length + 1];
        foreach (var word in paragraph)
        {
            for (var j = 1; j <= quote.Length; j++)
            {
                current[j] = string.Equals(word, quote[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[quote.Length] >= needed;
    }
}
