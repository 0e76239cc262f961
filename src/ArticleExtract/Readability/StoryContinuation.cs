using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Normalization;
using ArticleExtract.Text;

namespace ArticleExtract.Readability;

/// <summary>
/// Puts back prose paragraphs the readability pass dropped from the middle or end of the story. Sites fold the
/// rest of a long story into a collapsed "read more" block or split it around an ad slot; SmartReader then keeps
/// only the first part. The paragraphs are recorded before the pass; afterwards every recorded paragraph that sat
/// in the same original container as the paragraphs the story kept, and is not itself inside chrome, rejoins the
/// story at its place in reading order. A lead set in an element of its own just above the first kept paragraph
/// (another column, an <c>h2</c> standfirst) is put back in front, and the short blocks dropped from between two kept
/// paragraphs go back in place (<see cref="StoryGaps"/>).
/// </summary>
internal sealed partial class StoryContinuation
{
    private static readonly ISelector ContinuationBlocks = ParsedSelector.Of("p, h1, h2, h3, div, ul, td");
    private static readonly ISelector StoryBlocks = ParsedSelector.Of("p, div");
    private static readonly ISelector LabelForeignParts = ParsedSelector.Of("a, img, ul, ol");

    private const int MaxParagraphs = 4_000;

    // A paragraph of running prose: short lines, captions and link lists are not worth recovering.
    internal const int MinProseChars = 120;
    private const double MaxLinkDensity = 0.25;

    // Sentences that link every name they mention ("The Nasdaq Composite .IXIC -1.82% dropped 1.82% to close at …",
    // with the index and its quote chip both linked) are prose by what lies between the links.
    private const double MaxLinkedProseDensity = 0.5;
    private const int MinUnlinkedChars = 100;

    // The container must hold the kept paragraphs nearly directly, and a dropped paragraph must sit close under it:
    // higher up, "the same container" is the page's whole content column with other stories in it.
    private const int MaxContainerLevel = 1;
    private const int MaxDepthUnderContainer = 2;

    // A lead set apart from the paragraphs ("<h2>Mit Entsetzen … reagiert.</h2>" above the text column): a sentence
    // or two, few links, in an element of its own, close above the story's first paragraph.
    private const int MinLeadChars = 80;
    private const int MaxLeadChars = 600;
    private const double MaxLeadLinkDensity = 0.2;
    // Page builders wrap each block in row, column and wrapper divs, so the lead and the story meet about seven levels up.
    private const int MaxLeadDistance = 8;

    // Long enough for prose: MinProseChars, an ideograph or kana weighing three (see TextScan.WeightedLength).
    private static bool IsProseLength(IElement block)
    {
        var length = ProseText.TextLengthUpTo(block, MinProseChars);
        if (length >= MinProseChars)
        {
            return true;
        }

        if (length < MinProseChars / TextScan.IdeographWeight)
        {
            return false;
        }

        var collapsed = TextNormalizer.Collapse(NodeText.Of(block));
        return TextScan.WeightedLength(collapsed.Length, collapsed) >= MinProseChars;
    }

    // MinProseChars of text; or a Chinese or Japanese paragraph shorter in characters, long enough once each ideograph
    // or kana weighs three: recorded like the Latin ones, so the paragraph path restores it too.
    internal static bool IsProseParagraphLength(IElement paragraph)
    {
        var length = ProseText.Length(paragraph);
        return length >= MinProseChars || (length >= MinProseChars / TextScan.IdeographWeight && IsProseLength(paragraph));
    }

    private static bool IsRunningProse(IElement paragraph)
    {
        var linked = ProseText.LinkedNonSpaceLength(paragraph, out var all);
        if (linked <= all * MaxLinkDensity)
        {
            return true;
        }

        return linked <= all * MaxLinkedProseDensity && all - linked >= MinUnlinkedChars &&
               NodeText.Of(paragraph).AsSpan().TrimEnd() is [.., '.' or '!' or '?' or '"' or '”' or '»'];
    }

    // The children of each container that holds prose paragraphs, as they stood before the pass: what sat between two
    // paragraphs the pass kept is known from them.
    private const int MaxContainers = 64;
    private const int MaxChildrenRecorded = 2_000;
    private readonly List<(IElement Container, (INode? Node, INode? First)[] Children)> _containers = [];

    private readonly List<(IElement Paragraph, IElement?[] Ancestors, int Order)> _paragraphs = [];

    // Paragraphs the pass's second attempt dropped too, kept as the first tree held them.
    private readonly HashSet<IElement> _fromFirstTree = new(ReferenceEqualityComparer.Instance);
    private readonly List<(IElement Lead, IElement?[] Ancestors, int Order)> _leads = [];

    // Divs of bare text, which the pass turns into new <p> elements: where the story holds no recorded <p>, its first
    // block is matched to one by its opening text, and a lead set apart goes back before it.
    private const int TextDivKeyChars = 64;
    private readonly List<(string Opening, IElement?[] Ancestors, int Order)> _textDivs = [];

    // The opening text of each lead set in a div, by its place in reading order: the pass replaces such a div by a new
    // <p> wherever it stands, and the lead is found again in its parent by this text.
    private readonly Dictionary<int, string> _divLeadOpenings = [];

    // The label set over a lead list of key points ("Key points:"), by the list's place in reading order: the pass
    // often drops it, so its element's name and its text are recorded beforehand.
    private readonly Dictionary<int, (string LocalName, string Text)> _listLabels = [];
    private readonly SiblingBlocks _siblingBlocks = new();
    private readonly RecordedNodes _recorded = new();
    private LiveStream? _liveStream;
    private IElement? _body;

    // Where each section title stood in reading order: a lead goes back above the titles that followed it.
    private readonly Dictionary<IElement, int> _headingOrders = new(ReferenceEqualityComparer.Instance);

    private StoryContinuation()
    {
    }

    /// <summary>Records the page's prose paragraphs and their containers, before the readability pass moves them.</summary>
    /// <param name="document">The cleaned page.</param>
    /// <param name="headline">The story's headline element, if known: a lead comes after it, never before.</param>
    /// <param name="liveStream">The page's live-blog entries, found before the page's cleaning, if any.</param>
    public static StoryContinuation Record(IHtmlDocument document, IElement? headline = null, LiveStream? liveStream = null)
    {
        var continuation = new StoryContinuation();
        if (document.Body is not { } body)
        {
            return continuation;
        }

        continuation._body = body;
        liveStream?.Record(body, headline);
        continuation._liveStream = liveStream;
        var order = 0;
        var scratch = new StringBuilder();
        foreach (var element in body.ChildNodes.QuerySelectorAll(ContinuationBlocks))
        {
            order++;
            if (continuation._paragraphs.Count >= MaxParagraphs)
            {
                break;
            }

            if (element.LocalName is "h2" or "h3" && continuation._headingOrders.Count < MaxParagraphs)
            {
                continuation._headingOrders[element] = order;
            }

            // Titles are only noted: an h1 is never a paragraph or a lead.
            continuation.NoteTitle(element, headline, order);
            if (element.LocalName == "h1")
            {
                continue;
            }

            if (element.LocalName == "p" && IsProseParagraphLength(element) && IsRunningProse(element))
            {
                continuation._paragraphs.Add((element, Ancestors(element, body), order));
                continuation.NoteHeadline(element, headline, order);
                continuation.RecordContainer(element.ParentElement);
                continuation._siblingBlocks.Examine(element.ParentElement, body);
            }

            // Paragraphs the pass will make of a div of bare text, or of text runs between line breaks. The tests on
            // the div's children come first and its length is counted only up to the bound: measuring every div's
            // whole subtree costs depth times size on deeply nested pages.
            // A div's opening text is read once, for the record of text divs and of leads alike.
            string? opening = null;
            if (element.LocalName == "div")
            {
                if (HoldsOnlyText(element))
                {
                    if (ProseText.TextLengthUpTo(element, MinProseChars) >= MinProseChars)
                    {
                        continuation.RecordContainer(element.ParentElement);
                        if (continuation._textDivs.Count < MaxParagraphs)
                        {
                            opening = Opening(NodeText.Of(element));
                            continuation._textDivs.Add((opening, Ancestors(element, body), order));
                        }
                    }
                }
                else if (HasLooseProse(element))
                {
                    continuation.RecordContainer(element);
                }
            }

            if (IsLeadCandidate(element, headline, scratch, out var text) && !Precedes(element, headline) && !IsNamedAsChromeOrCaption(element, scratch))
            {
                continuation._leads.Add((element, Ancestors(element, body), order));
                if (element.LocalName == "ul" && ListLabel(element) is { } label)
                {
                    continuation._listLabels[order] = label;
                }

                if (element.LocalName == "div")
                {
                    continuation._divLeadOpenings[order] = opening ?? Opening(text);
                }
            }
        }

        continuation.Remap(continuation._recorded.Number, continuation._recorded.Number);
        return continuation;
    }

    // Replaces every recorded block by what the first function gives for it, dropping entries whose own element it
    // drops, and every recorded ancestor by what the second gives.
    private void Remap(Func<INode?, INode?> map, Func<INode?, INode?> ancestorMap)
    {
        // A paragraph the second attempt dropped too is only in the first tree, and can come back from there; a lead's
        // element may be gone while its text stays in another form, so it is not taken from there.
        RemapChained(_paragraphs, map, ancestorMap, _fromFirstTree);
        RemapChained(_leads, map, ancestorMap, fromFirstTree: null);
        for (var i = 0; i < _textDivs.Count; i++)
        {
            var (opening, ancestors, order) = _textDivs[i];
            _textDivs[i] = (opening, Array.ConvertAll(ancestors, ancestor => ancestorMap(ancestor) as IElement), order);
        }
        for (var i = _containers.Count - 1; i >= 0; i--)
        {
            var (container, children) = _containers[i];
            if (ancestorMap(container) is IElement current)
            {
                _containers[i] = (current, Array.ConvertAll(children, child => (map(child.Node), map(child.First))));
            }
            else
            {
                _containers.RemoveAt(i);
            }
        }

        _siblingBlocks.Remap(map);
        _liveStream?.Remap(map);
    }

    // Paragraphs and leads: each element with its chain of ancestors and its place in reading order.
    private static void RemapChained(
        List<(IElement, IElement?[], int)> entries, Func<INode?, INode?> map, Func<INode?, INode?> ancestorMap, HashSet<IElement>? fromFirstTree)
    {
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var (element, ancestors, order) = entries[i];
            var current = map(element) as IElement;
            if (current is null && fromFirstTree?.Add(element) == true)
            {
                current = element;
            }

            if (current is not null)
            {
                entries[i] = (current, Array.ConvertAll(ancestors, ancestor => ancestorMap(ancestor) as IElement), order);
            }
            else
            {
                entries.RemoveAt(i);
            }
        }
    }

    private void RecordContainer(IElement? container)
    {
        if (container is null || _containers.Count >= MaxContainers || container.ChildNodes.Length > MaxChildrenRecorded ||
            _containers.Exists(recorded => recorded.Container == container))
        {
            return;
        }

        var children = new (INode?, INode?)[container.ChildNodes.Length];
        for (var i = 0; i < children.Length; i++)
        {
            var child = container.ChildNodes[i];
            children[i] = (child, child.FirstChild);
        }

        _containers.Add((container, children));
    }

    /// <summary>Adds the dropped paragraphs of the story's own container back into <paramref name="story"/>.</summary>
    /// <returns>How many paragraphs were put back.</returns>
    public int Restore(IElement story)
    {
        if (_body is null)
        {
            return 0;
        }

        // The pass started again from the page's HTML: the recorded elements are the ones now carrying their numbers.
        // A block the new pass took off the page (a div it unwrapped) is gone; the first attempt's copy of it may still
        // hold its text, so it is dropped, not put back. An ancestor only tells containers apart, so one that is gone
        // stays the detached element it was, as it would be had the pass not started again. Text nodes carry no number.
        if (_recorded.Settle(story, _body, out var leftOnPage) is { } renewed)
        {
            Remap(
                node => node is IElement element && renewed.TryGetValue(element, out var current) ? current : null,
                node => node is IElement element ? renewed.GetValueOrDefault(element, element) : null);
        }
        else if (leftOnPage is not null)
        {
            // The story is the first attempt's, the page a later one's: a row's blocks the story did not keep are the
            // page's copies now. Rows are matched by membership alone, so mixing the two trees is safe there.
            _siblingBlocks.Remap(node => node is IElement element && leftOnPage.TryGetValue(element, out var copy) ? copy : node);
        }

        // The first paragraph the pass kept, found before a lead is put back in front of it.
        var firstKept = _paragraphs.FindIndex(entry => story.Contains(entry.Paragraph));
        return RestoreProse(story) + RestoreEarlierPart(story, firstKept) + _siblingBlocks.Restore(story, _body) + (_liveStream?.Restore(story, _body) ?? 0) +
               StoryGaps.Fill(story, _containers);
    }

    private int RestoreProse(IElement story)
    {
        var first = -1;
        var last = -1;
        var level = 0;
        for (var i = 0; i < _paragraphs.Count; i++)
        {
            if (!story.Contains(_paragraphs[i].Paragraph))
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }
            else
            {
                // The nearest container shared with the first kept paragraph, from the chains recorded before the
                // pass moved the paragraphs.
                var chain = _paragraphs[first].Ancestors;
                while (level < chain.Length && Array.IndexOf(_paragraphs[i].Ancestors, chain[level]) < 0)
                {
                    level++;
                }
            }

            last = i;
        }

        if (first < 0)
        {
            // A story of bare-text divs: its lead, set apart above them, comes back all the same.
            return FirstTextDiv(story) is { } firstDiv ? RestoreLead(story, firstDiv, ofTextDivs: true) : 0;
        }

        var lead = RestoreLead(story, _paragraphs[first], ofTextDivs: false);
        if (first == last || level > MaxContainerLevel || level >= _paragraphs[first].Ancestors.Length)
        {
            return lead;
        }

        var container = _paragraphs[first].Ancestors[level]!;
        var scratch = new StringBuilder();
        var restored = 0;
        IElement anchor = _paragraphs[first].Paragraph;
        for (var i = first + 1; i < _paragraphs.Count; i++)
        {
            var (paragraph, ancestors, _) = _paragraphs[i];
            if (story.Contains(paragraph))
            {
                anchor = paragraph;
                continue;
            }

            var depth = Array.IndexOf(ancestors, container);
            if (depth < 0 || depth > MaxDepthUnderContainer - 1 || InChrome(ancestors, container, scratch) || IsStaleCopy(paragraph, story))
            {
                continue;
            }

            // After the story paragraph that preceded it on the page, so reading order holds.
            anchor.Parent!.InsertBefore(paragraph, anchor.NextSibling);
            anchor = paragraph;
            restored++;
        }

        return restored + lead;
    }

    // A paragraph from the first tree, when the pass parsed the page again: put back only if the story does not hold its
    // text in another element.
    private bool IsStaleCopy(IElement paragraph, IElement story) =>
        _fromFirstTree.Contains(paragraph) &&
        TextNormalizer.Collapse(NodeText.Of(story)).Contains(TextNormalizer.Collapse(NodeText.Of(paragraph)), StringComparison.Ordinal);

    // The story's first block of prose, with the chain and place recorded for the div it was made from.
    private (IElement, IElement?[], int)? FirstTextDiv(IElement story)
    {
        if (_textDivs.Count == 0)
        {
            return null;
        }

        foreach (var block in story.ChildNodes.QuerySelectorAll(StoryBlocks))
        {
            // Every paragraph counts, so that the match is the story's first block of prose, not a later one.
            if ((block.LocalName == "div" && !HoldsOnlyText(block)) || !IsProseLength(block))
            {
                continue;
            }

            var opening = Opening(NodeText.Of(block));
            foreach (var (recorded, ancestors, order) in _textDivs)
            {
                // A paragraph shorter than the key (a Japanese one) opens the div's key.
                if (recorded == opening || (opening.Length < TextDivKeyChars && recorded.StartsWith(opening, StringComparison.Ordinal)))
                {
                    return (block, ancestors, order);
                }
            }

            return null;
        }

        return null;
    }

    // The <p> the pass made of a lead's div, among the children of the div's parent.
    private static IElement? Replacement(IElement?[] ancestors, string opening)
    {
        if (ancestors.Length == 0 || ancestors[0] is not { } parent)
        {
            return null;
        }

        foreach (var child in parent.Children)
        {
            if (child.LocalName == "p" && Opening(NodeText.Of(child)) == opening)
            {
                return child;
            }
        }

        return null;
    }

    private static string Opening(string text)
    {
        var collapsed = TextNormalizer.Collapse(text);
        return collapsed.Length > TextDivKeyChars ? collapsed[..TextDivKeyChars] : collapsed;
    }

    /// <summary>
    /// The lead printed just above the story's first paragraph in an element of its own, when the readability pass
    /// left it out: no other prose between the two, and a container they share a few levels up.
    /// </summary>
    private int RestoreLead(IElement story, (IElement Paragraph, IElement?[] Ancestors, int Order) first, bool ofTextDivs)
    {
        var (firstParagraph, firstAncestors, firstOrder) = first;
        (IElement Lead, IElement?[] Ancestors, int Order)? lead = null;
        foreach (var candidate in _leads)
        {
            if (candidate.Order >= firstOrder)
            {
                break;
            }

            lead = candidate;
        }

        if (lead is not { } found || ProseBetween(found.Order, firstOrder) || !Near(found.Ancestors, firstAncestors))
        {
            return 0;
        }

        // Only before a story of text divs: above paragraphs, a deck set in a div has stayed out so far (the labelled
        // corpora disagree on decks, and Readability's own output leaves them out).
        var leadElement = ofTextDivs && found.Lead.Parent is null && _divLeadOpenings.TryGetValue(found.Order, out var opening)
            ? Replacement(found.Ancestors, opening)
            : found.Lead;
        // A lead the pass took off the page comes back from where it left it.
        if (leadElement is null || story.Contains(leadElement) || leadElement.Contains(firstParagraph))
        {
            return 0;
        }

        // A cell's content comes back as a paragraph: a table cell means nothing among the story's paragraphs.
        if (leadElement.LocalName == "td")
        {
            var paragraph = story.Owner!.CreateElement("p");
            while (leadElement.FirstChild is { } child)
            {
                paragraph.AppendChild(child);
            }

            leadElement = paragraph;
        }

        // The lead goes above the section titles that followed it on the page ("Investment Thesis" over the first
        // paragraph), not above one that stood over it (a second title, a kicker).
        var before = firstParagraph;
        while (before.PreviousElementSibling is { } title && _headingOrders.TryGetValue(title, out var titleOrder) && titleOrder > found.Order)
        {
            before = title;
        }

        before.Parent!.InsertBefore(leadElement, before);
        if (_listLabels.TryGetValue(found.Order, out var label) && !TextNormalizer.Collapse(NodeText.Of(story)).Contains(label.Text, StringComparison.Ordinal))
        {
            var labelElement = story.Owner!.CreateElement(label.LocalName);
            labelElement.TextContent = label.Text;
            before.Parent.InsertBefore(labelElement, leadElement);
            return 2;
        }

        return 1;
    }

    private const int MaxListLabelChars = 40;
    private const int MaxRawListLabelChars = 4 * MaxListLabelChars;

    /// <summary>
    /// "&lt;p&gt;&lt;strong&gt;Key points:&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;…": the label set right above the story's key points,
    /// a heading or a short line ending on a colon, without links; it comes back with them.
    /// </summary>
    private static (string LocalName, string Text)? ListLabel(IElement list)
    {
        // A label is short: the bounded measure of its raw text, indentation and all, comes before its text is built.
        if (list.PreviousElementSibling is not { } label || ProseText.TextLengthUpTo(label, MaxRawListLabelChars + 1) > MaxRawListLabelChars ||
            label.ChildNodes.QuerySelector(LabelForeignParts) is not null)
        {
            return null;
        }

        var text = TextNormalizer.Collapse(NodeText.Of(label)).Trim();
        var isHeading = label.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";
        return text.Length is > 0 and <= MaxListLabelChars && TextScan.ContainsLetter(text) &&
               ((isHeading && !SentenceEnd.Ends(text)) || (label.LocalName is "p" or "div" or "strong" or "span" && text[^1] is ':' or '：'))
            ? (isHeading ? label.LocalName : "p", text)
            : null;
    }

    // Any recorded paragraph between the two means the candidate belongs to something else on the page.
    private bool ProseBetween(int fromOrder, int toOrder)
    {
        foreach (var (_, _, order) in _paragraphs)
        {
            if (order > fromOrder && order < toOrder)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Near(IElement?[] leadAncestors, IElement?[] paragraphAncestors)
    {
        for (var i = 0; i < leadAncestors.Length && i < MaxLeadDistance; i++)
        {
            if (Array.IndexOf(paragraphAncestors, leadAncestors[i]) is >= 0 and < MaxLeadDistance + 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsOnlyText(IElement div)
    {
        foreach (var child in div.Children)
        {
            if (!ChromeVocabulary.IsInlineInText(child))
            {
                return false;
            }
        }

        return true;
    }

    // Text set straight into the div, a sentence's worth at least, beside a line break (so the div holds at least as
    // much text).
    private static bool HasLooseProse(IElement div)
    {
        var loose = 0;
        var breaks = false;
        foreach (var child in div.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                loose += NodeText.Of(child).Length;
            }
            else if (child is IElement { LocalName: "br" })
            {
                breaks = true;
            }
        }

        return breaks && loose >= MinProseChars;
    }

    // Above the headline stand the page's banners (a cookie notice's sentence reads like a lead), not the story's lead.
    private static bool Precedes(IElement element, IElement? headline)
    {
        if (headline is null)
        {
            return false;
        }

        var position = headline.CompareDocumentPosition(element);
        return (position & DocumentPositions.Preceding) != 0 && (position & DocumentPositions.Disconnected) == 0;
    }

    private const int CaptionBoxLevels = 4;

    // "<div class=media-caption>" under a lead video, "<div class=summary-credit><p class=summary>" under a photo: a
    // block the page names as chrome, or sets in a box named for a caption or credit, is none of the story's, however
    // much it reads like a lead. Asked only of candidates, after their text has qualified them.
    private static bool IsNamedAsChromeOrCaption(IElement element, StringBuilder scratch)
    {
        if (ClassTokens.Classify(element, scratch) == ChromeName.Strong)
        {
            return true;
        }

        var box = element;
        for (var level = 0; level <= CaptionBoxLevels && box is not null; level++, box = box.ParentElement)
        {
            if (ClassTokens.NamesAny(box.GetAttribute("class"), ChromeVocabulary.CaptionWords, scratch))
            {
                return true;
            }
        }

        return false;
    }

    // The candidate's text comes back with it, read once.
    private static bool IsLeadCandidate(IElement element, IElement? headline, StringBuilder scratch, out string text)
    {
        text = string.Empty;
        if (element.LocalName == "ul")
        {
            return IsKeyPoints(element, scratch, out text);
        }

        // Only a div that holds text directly, not one that wraps other blocks.
        if (element.LocalName is "div" or "td" && !HoldsOnlyText(element))
        {
            return false;
        }

        // Most candidates are short lines: their length is known without building their text.
        var deck = headline is not null && IsUnderHeadline(element, headline);
        if (ProseText.TextLength(element) < (deck ? MinDeckChars : MinLeadChars / TextScan.IdeographWeight))
        {
            return false;
        }

        // A Chinese or Japanese lead is short in characters ("市内の住宅街で今月に入ってクマの目撃が相次いでいることを受け、…確認しました。").
        text = NodeText.Of(element);
        var length = TextNormalizer.CollapsedLength(text);
        var weighted = TextScan.WeightedLength(length, text);
        if (length is < MinDeckChars or > MaxLeadChars || (weighted < MinLeadChars && !deck) || LinkDensity.Of(element) >= MaxLeadLinkDensity)
        {
            return false;
        }

        // A lead may also end on a colon that opens the story ("Kaum zu fassen, dass diese Story passiert ist:"). The
        // deck set right under the headline is one without a full stop, as Spanish and Portuguese papers print it
        // ("<h1>…</h1><h2 class=bajada>La ley, aprobada por amplia mayoría, extiende …</h2>").
        // A table layout's cell of its own is a lead only when it opens as the wire's first paragraph does, with a
        // dateline, its place and its wire ("<td class='NewsIntro'><b>الدوحة - 3 - 2 (كونا) -- وقعت …</b></td>"): a deck's
        // cell never does. A site's own tag alone ("(Sông Trà ĐT)- …") may open its summary.
        if (element.LocalName == "td")
        {
            return DatelineParser.TryParse(TextNormalizer.Collapse(text)) is { Dateline: { Location: not null, Agency: not null } };
        }

        var trimmed = text.AsSpan().TrimEnd();
        return SentenceEnd.Ends(trimmed) || (trimmed.Length > 0 && trimmed[^1] == ':') || (deck && TextScan.ContainsLetter(text));
    }

    // "<h1>…</h1><h2 class=bajada>…</h2>", "<div class=subheadline>…</div>", "<div class=summary><p>…</p></div>": the deck
    // follows the headline as its next element, alone in a box of its own or not.
    private static bool IsUnderHeadline(IElement element, IElement headline)
    {
        if (element.LocalName is not ("h2" or "p" or "div"))
        {
            return false;
        }

        return element.PreviousElementSibling == headline ||
               (element.LocalName == "p" && element.ParentElement is { LocalName: "div", ChildElementCount: 1 } box && box.PreviousElementSibling == headline);
    }

    private const int MaxKeyPoints = 5;
    private const int MinKeyPointChars = 30;

    // A summary's points may be fragments: "서울교통공사 “2028년 완료 목표, 2031년으로”".
    private const int MinSummaryPointChars = 12;
    private const int MinSummaryChars = 30;

    /// <summary>
    /// "What you need to know: • The corporation says six new units will be delivered by February. • …": the story's key
    /// points above it, a short list of whole sentences without links; or a list named a summary (see
    /// <see cref="SummaryList"/>), whose points need not be sentences.
    /// </summary>
    private static bool IsKeyPoints(IElement list, StringBuilder scratch, out string text)
    {
        text = string.Empty;
        // Every list on the page is asked, menus nested deep among them: the count comes first, the length is counted
        // only up to the bound.
        var items = list.Children;
        if (items.Length is 0 or > MaxKeyPoints || ProseText.TextLengthUpTo(list, MaxLeadChars) is < MinSummaryChars or > MaxLeadChars ||
            LinkDensity.Of(list) >= MaxLeadLinkDensity)
        {
            return false;
        }

        bool? summary = null;
        foreach (var item in items)
        {
            if (item.LocalName != "li" || !HoldsOnePoint(item))
            {
                return false;
            }

            var point = TextNormalizer.Collapse(NodeText.Of(item));
            if (point.Length >= MinKeyPointChars && SentenceEnd.Ends(point))
            {
                continue;
            }

            summary ??= SummaryList.IsNamed(list, scratch);
            if (!summary.Value || point.Length < MinSummaryPointChars || !TextScan.ContainsLetter(point))
            {
                return false;
            }
        }

        // Whole sentences make key points at a lead's length; a list named a summary may be shorter.
        if (summary is null && ProseText.TextLengthUpTo(list, MinLeadChars) < MinLeadChars)
        {
            return false;
        }

        text = NodeText.Of(list);
        return true;
    }

    // A point's text, set straight into the item or in one block of its own ("<li><h2>…</h2></li>", "<li><p>…</p></li>").
    private static bool HoldsOnePoint(IElement item) =>
        HoldsOnlyText(item) ||
        (item.ChildElementCount == 1 && item.FirstElementChild is { LocalName: "p" or "h2" or "h3" or "h4" or "strong" } block && HoldsOnlyText(block));

    // The deck under the headline may be shorter than a lead found elsewhere: its place says what it is.
    private const int MinDeckChars = 60;

    // The ancestors from the paragraph's parent up to (not including) the body.
    private static IElement?[] Ancestors(IElement paragraph, IElement body)
    {
        var list = new List<IElement?>();
        for (var element = paragraph.ParentElement; element is not null && element != body; element = element.ParentElement)
        {
            list.Add(element);
        }

        return [.. list];
    }

    // A paragraph in a box the page names as chrome ("related", "comments") stays out, whatever its prose.
    private static bool InChrome(IElement?[] ancestors, IElement container, StringBuilder scratch)
    {
        foreach (var ancestor in ancestors)
        {
            if (ancestor is null || ancestor == container)
            {
                break;
            }

            if (ClassTokens.Classify(ancestor, scratch) == ChromeName.Strong ||
                ClassTokens.NamesAny(ancestor.GetAttribute("class"), ChromeVocabulary.DiscussionTokens, scratch))
            {
                return true;
            }
        }

        return false;
    }
}
