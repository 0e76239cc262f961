using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Metadata;
using ArticleExtract.Metadata.Dates;
using ArticleExtract.Text;

namespace ArticleExtract.Readability;

/// <summary>
/// The deck (standfirst) printed right under the headline — an <c>h2</c> after the <c>h1</c>, a <c>div.sub-title</c>, a
/// <c>div.header-teaser</c> holding one paragraph, a short list of points — read before the page's cleaning, which
/// often takes it with the header's chrome, and put back at the head of the story when the story opens with the prose
/// that follows it on the page.
/// </summary>
internal sealed class StoryDeck
{
    private static readonly ISelector DeckForeignParts = ParsedSelector.Of("time, img, figure, [rel='author']");

    private const int MinChars = 60;
    private const int MaxChars = 600;
    private const int MaxRawChars = 4 * MaxChars;
    private const int MinWords = 8;
    private const double MaxLinkDensity = 0.2;

    // How the story's first block is known for the prose after the deck: by its opening, as the blocks collapse it.
    private const int OpeningChars = 40;
    private const int MinProseChars = 80;
    // Chrome may stand between the deck and the story (a newsletter prompt, a caption): the story opens within a few.
    private const int MaxFollowing = 4;
    private const int MaxElementsWalked = 400;

    // Wrappers between the headline and the deck: "<div class=title><h1>…</h1></div><div class=deck>…</div>".
    private const int MaxWrapperLevels = 2;

    // The summary's points under the headline ("<ul><li>Transport Department says …</li><li>…</li></ul>"), each a
    // block of the story. In a list named a summary a point may be a fragment ("시민단체 “안전 투자 미루면 사고 위험
    // 커져”").
    private const int MaxPoints = 5;
    private const int MinPointChars = 30;
    private const int MinNamedPointChars = 12;

    // A box between the deck and the story's prose (its key points, "Lo que debes saber:" over three bullets) may come
    // first in the story: blocks printed there, within a few, still open the story after the deck.
    private const int MaxBlocksBetween = 6;
    private const int MaxCharsBetween = 1500;

    private readonly string[] _texts;
    private readonly string[] _following;
    private readonly string _between;

    private StoryDeck(string[] texts, string[] following, string between)
    {
        _texts = texts;
        _following = following;
        _between = between;
    }

    /// <summary>The deck under <paramref name="headline"/>, with the openings of the prose after it; null when none.</summary>
    public static StoryDeck? Find(IElement? headline)
    {
        if (headline is null || AfterMetaLines(Next(headline)) is not { } deck ||
            (Points(deck) ?? (Text(deck) is { } text ? [text] : null)) is not { } texts)
        {
            return null;
        }

        var following = Following(deck, out var between);
        return following.Length == 0 ? null : new StoryDeck(texts, following, between);
    }

    private const int JudgedOpeningBlocks = 3;

    private bool KeptAboveOpening(List<string> blocks, PageMetadata metadata)
    {
        var judged = BlockFilter.Filter([.. _texts, .. blocks.Take(JudgedOpeningBlocks)], metadata);
        return judged.Count > _texts.Length && _texts.All(text => judged.Take(_texts.Length).Contains(text, StringComparer.Ordinal));
    }

    /// <summary>
    /// Puts the deck first in <paramref name="blocks"/> when they hold none of it and open with the prose printed
    /// after it: the story starts where the deck ends, not in a column of its own further down.
    /// </summary>
    public bool Restore(List<string> blocks, PageMetadata metadata)
    {
        // The deck is judged as any block of the story is: a newsletter prompt set under the headline stays out. It is
        // judged above the story's opening, as the filter keeps a lone header line rather than return nothing.
        if (blocks.Count == 0 || !OpensWithFollowing(blocks) || !KeptAboveOpening(blocks, metadata))
        {
            return false;
        }

        foreach (var text in _texts)
        {
            var opening = Opening(text);
            foreach (var block in blocks)
            {
                if (block.Contains(opening, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            // "Summary: By Park Ji-wonSEOUL, April 9 (Yonhap) -- Household loans …": an excerpt that repeats the story's
            // first paragraph behind a label is no deck.
            for (var i = 0; i < Math.Min(blocks.Count, MaxRepeatedBlocks); i++)
            {
                if (Opening(blocks[i]) is { Length: OpeningChars } story && text.Contains(story, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        blocks.InsertRange(0, _texts);
        return true;
    }

    private bool OpensWithFollowing(List<string> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Count, MaxBlocksBetween + 1); i++)
        {
            var opening = Opening(blocks[i]);
            foreach (var following in _following)
            {
                if (opening.Length > 0 && following.StartsWith(opening, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            // The blocks before the prose must be printed between the deck and it.
            var visible = new System.Text.StringBuilder(blocks[i].Length);
            AppendVisible(visible, blocks[i]);
            if (visible.Length == 0 || !_between.Contains(visible.ToString(), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    // The story's first blocks, whose opening a deck must not repeat.
    private const int MaxRepeatedBlocks = 2;

    private const int MaxMetaLinesBefore = 2;
    private const int MaxMetaLineChars = 300;

    // "<h1>…</h1><div class='entry-meta'>Von Lena Hartwig · 05.03.2025, 14:32 Uhr</div><p class='entry-lead'>…": the
    // byline and date row may stand between the headline and the deck.
    private static IElement? AfterMetaLines(IElement? element)
    {
        for (var i = 0; i < MaxMetaLinesBefore && element is not null; i++)
        {
            if (ProseText.TextLengthUpTo(element, MaxMetaLineChars + 1) > MaxMetaLineChars ||
                !IsMetaLine(TextNormalizer.Collapse(NodeText.Of(element))))
            {
                return element;
            }

            element = element.NextElementSibling;
        }

        return element;
    }

    // The headline's next element, or its wrapper's when the headline is the last thing in it.
    private static IElement? Next(IElement headline)
    {
        var element = headline;
        for (var level = 0; level <= MaxWrapperLevels; level++)
        {
            if (element.NextElementSibling is { } next)
            {
                return next;
            }

            if (element.ParentElement is not { } parent || parent.LocalName is "body" or "article" or "main")
            {
                return null;
            }

            element = parent;
        }

        return null;
    }

    // A short list of points, alone in the deck's box or as the deck: each a sentence's worth, none a link.
    private static string[]? Points(IElement deck)
    {
        var list = deck.LocalName is "ul" or "ol" ? deck
            : deck.LocalName == "div" && deck.ChildElementCount == 1 && deck.FirstElementChild is { LocalName: "ul" or "ol" } inner ? inner
            : null;
        if (list is null || list.ChildElementCount is 0 or > MaxPoints || LinkDensity.Of(list) >= MaxLinkDensity ||
            ProseText.TextLengthUpTo(list, MaxChars + 1) > MaxChars)
        {
            return null;
        }

        var points = new string[list.ChildElementCount];
        var minChars = SummaryList.IsNamed(list, new System.Text.StringBuilder()) ? MinNamedPointChars : MinPointChars;
        var i = 0;
        foreach (var item in list.Children)
        {
            var point = TextNormalizer.Collapse(NodeText.Of(item));
            if (item.LocalName != "li" || !HoldsOneBlock(item) || point.Length < minChars || !TextScan.ContainsLetter(point) || IsMetaLine(point))
            {
                return null;
            }

            points[i++] = point;
        }

        return points;
    }

    private static string? Text(IElement deck)
    {
        if (deck.LocalName is not ("h2" or "h3" or "h4" or "p" or "div" or "span") || !HoldsOneBlock(deck) || IsMarkedAside(deck))
        {
            return null;
        }

        // Measured as read, without the indentation a template sets its lines in; the raw measure bounds the work.
        if (ProseText.TextLengthUpTo(deck, MaxRawChars + 1) > MaxRawChars || LinkDensity.Of(deck) >= MaxLinkDensity)
        {
            return null;
        }

        var text = TextNormalizer.Collapse(NodeText.Of(deck));
        return text.Length is >= MinChars and <= MaxChars && WordCount(text) >= MinWords && !IsMostlyDigits(text) && !IsMetaLine(text) ? text : null;
    }

    // Words that open a byline: "by Stephanie Pappas, Live Science Contributor | October 31, 2014", "Par E. NURDIN - 05:01".
    private static readonly string[] BylineOpeners = ["by ", "par ", "von ", "por ", "di ", "door ", "av ", "af ", "de "];

    // The header's meta line set where a deck stands: a byline, fields split by bars, or a row holding the posting's
    // day and time ("Redaksi WartaMinang · Rabu, 19 November 2025 - 21:47 WIB Sumber: ANTARA"), which no deck gives.
    private static bool IsMetaLine(string text)
    {
        if (BlockFilter.ClockTime().IsMatch(text) && DateTextFinder.Find(text, DateSource.VisibleText, null) is not null)
        {
            return true;
        }

        foreach (var opener in BylineOpeners)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return text.Contains(" | ", StringComparison.Ordinal);
    }

    // Text set straight in, or one paragraph in a box of its own: a box of several blocks is a header's whole meta area.
    private static bool HoldsOneBlock(IElement deck)
    {
        var blocks = 0;
        foreach (var child in deck.Children)
        {
            if (ChromeVocabulary.IsInlineInText(child))
            {
                continue;
            }

            if (child.LocalName != "p" || ++blocks > 1 || !HoldsOneBlock(child))
            {
                return false;
            }
        }

        return true;
    }

    // A caption under a lead picture, a date line or a byline set where a deck stands.
    private static bool IsMarkedAside(IElement deck) =>
        deck.ChildNodes.QuerySelector(DeckForeignParts) is not null ||
        ClassTokens.NamesAny(deck.GetAttribute("class"), ChromeVocabulary.CaptionWords, new System.Text.StringBuilder());

    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    // "Publié le 20/11/25 à 11h32 — Mis à jour le 20/11/25 à 14h05": a date line of the header.
    private static bool IsMostlyDigits(string text)
    {
        var digits = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return digits * 4 > letters;
    }

    // Text without its white space: blocks join their elements' text with a space where the page may have none, and
    // the page may break a line where a block has a space.
    private static void AppendVisible(System.Text.StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
        }
    }

    // The openings of the first prose paragraphs after the deck, in reading order.
    private static string[] Following(IElement deck, out string between)
    {
        var found = new List<string>(MaxFollowing);
        var text = new System.Text.StringBuilder();
        var walked = 0;
        for (var node = NodeOrder.NextSkippingChildren(deck); node is not null && found.Count < MaxFollowing && walked < MaxElementsWalked;)
        {
            if (node is not IElement element)
            {
                // A story of text runs between line breaks opens with its first run.
                if (node.NodeType == NodeType.Text && NodeText.CollapsedLength(node) >= MinProseChars)
                {
                    found.Add(Opening(NodeText.Of(node)));
                }
                else if (node.NodeType == NodeType.Text && found.Count == 0 && text.Length < MaxCharsBetween)
                {
                    AppendVisible(text, NodeText.Of(node));
                }

                node = NodeOrder.Next(node);
                continue;
            }

            walked++;
            if (element.LocalName is "script" or "style" or "noscript" or "template")
            {
                node = NodeOrder.NextSkippingChildren(node);
                continue;
            }

            if (element.LocalName == "p" && ProseText.TextLengthUpTo(element, MinProseChars) >= MinProseChars)
            {
                found.Add(Opening(NodeText.Of(element)));
                node = NodeOrder.NextSkippingChildren(node);
                continue;
            }

            node = NodeOrder.Next(node);
        }

        between = text.Length <= MaxCharsBetween ? text.ToString() : string.Empty;
        return [.. found];
    }

    private static string Opening(string text)
    {
        var collapsed = TextNormalizer.Collapse(text);
        return collapsed.Length > OpeningChars ? collapsed[..OpeningChars] : collapsed;
    }
}
