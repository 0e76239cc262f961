using System.Globalization;
using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Readability;

/// <summary>
/// The entries of a live blog. A live page sets each update in an entry of its own (an <c>li</c> or <c>article</c>
/// with the time it was posted, a heading, a few paragraphs, a share bar), one after another in a stream; the
/// readability pass scores each entry on its own and keeps the one or two with the most text. The entries are found
/// before the page's cleaning, which takes the time stamps, and their blocks of text are recorded before the pass;
/// when the story kept blocks of one entry, the blocks of every other entry rejoin it in reading order. A stream is at
/// least three sibling entries of one kind that carry a time, within a few days of each other; entries with headlines
/// of their own, or whose title or time links to another page, are articles or teasers (a dossier, a blog's index, a
/// list of latest news), not updates of this one. The summary's bullet points between the headline and the stream open
/// the story.
/// </summary>
internal sealed class LiveStream
{
    private static readonly ISelector Times = ParsedSelector.Of("time");
    private static readonly ISelector Paragraphs = ParsedSelector.Of("p");
    private static readonly ISelector Lists = ParsedSelector.Of("ul, ol");
    private static readonly ISelector LinkedTitles = ParsedSelector.Of("h1, h2 a, h3 a, h4 a, a h2, a h3, a h4");

    private const int MinEntries = 3;

    // From a time stamp up to its entry: time box, entry header, article, list item, and a wrapper or two.
    private const int MaxEntryLevel = 6;
    private const int MaxEntries = 400;
    private const int MaxBlocksPerEntry = 100;
    private const int MaxContentDepth = 8;
    private const double MaxLinkDensity = 0.5;
    private const int MaxLinkLevels = 4;

    // A live page's entries come within a day or two; a list of whole articles (a dossier, an archive, the next
    // stories loaded under this one) spans weeks or years.
    private static readonly TimeSpan MaxSpan = TimeSpan.FromDays(3);

    // Pages with hundreds of time stamps are indexes and archives; a live page's entries come well within this.
    private const int MaxTimesExamined = 1_000;

    private readonly StringBuilder _scratch = new();
    private readonly IElement[] _entries;
    private INode[][] _blocks = [];
    private IElement? _summary;

    private LiveStream(IElement[] entries) => _entries = entries;

    /// <summary>
    /// Finds the stream of timed entries, before the page's cleaning removes the time stamps (they sit in boxes named
    /// as dates and meta lines). A page without one gets an empty stream.
    /// </summary>
    public static LiveStream Find(IElement? body)
    {
        if (body is null)
        {
            return new LiveStream([]);
        }

        // A parent is asked once for each kind of child: the pinned post's wrapper and the entries share the stream's parent.
        var examined = new HashSet<(IElement Parent, string Kind)>();
        var seen = 0;
        foreach (var time in body.GetElementsByTagName("time"))
        {
            if (++seen > MaxTimesExamined)
            {
                break;
            }

            var level = 0;
            for (var element = time.ParentElement; element is not null && element != body && level < MaxEntryLevel; element = element.ParentElement, level++)
            {
                if (element.ParentElement is { } parent && examined.Add((parent, element.LocalName + " " + element.GetAttribute("class"))) &&
                    StreamOf(parent, element) is { } entries)
                {
                    return new LiveStream(entries);
                }
            }
        }

        return new LiveStream([]);
    }

    // The timed entries of the element's kind under the parent, when there are enough of them.
    private static IElement[]? StreamOf(IElement parent, IElement element)
    {
        if (element.LocalName is not ("li" or "article" or "div" or "section") || parent.ChildElementCount < MinEntries)
        {
            return null;
        }

        var kind = SiblingBlocks.KindWords(element.GetAttribute("class")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var entries = new List<IElement>();
        var withText = 0;
        DateTimeOffset? earliest = null;
        DateTimeOffset? latest = null;
        foreach (var child in parent.Children)
        {
            // An entry without a time among the stream (a "Get in touch" box, an ad slot) is no update.
            if (child.LocalName != element.LocalName || !IsSameKind(kind, child) ||
                child.ChildNodes.QuerySelector(Times) is not { } time)
            {
                continue;
            }

            // A headline of its own, or a title linking elsewhere, makes the entry an article or a teaser of one.
            if (entries.Count >= MaxEntries || IsArticleOrTeaser(child) || LinksElsewhere(time))
            {
                return null;
            }

            if (Instant(time) is { } instant)
            {
                earliest = earliest is null || instant < earliest ? instant : earliest;
                latest = latest is null || instant > latest ? instant : latest;
            }

            entries.Add(child);
            if (child.ChildNodes.QuerySelector(Paragraphs) is not null)
            {
                withText++;
            }
        }

        // A list of the entries' titles and times ("Key events") holds no paragraphs; the updates do.
        return withText >= MinEntries && !(latest - earliest > MaxSpan) ? [.. entries] : null;
    }

    // A teaser's time sits in the link to its page; an update's time may link to the update itself ("#post-123").
    private static bool LinksElsewhere(IElement time) =>
        LinkAncestor.Find(time, MaxLinkLevels) is { } link && link.GetAttribute("href") is { } href && !href.Contains('#', StringComparison.Ordinal);

    // One kind: a class word in common ("block dcr-block" and "block is-key-event dcr-block"; a modifier marks some
    // entries), or no class at all.
    private static bool IsSameKind(string[] kind, IElement child)
    {
        var words = SiblingBlocks.KindWords(child.GetAttribute("class")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return kind.Length == 0 ? words.Length == 0 : Array.Exists(words, word => Array.IndexOf(kind, word) >= 0);
    }

    private static DateTimeOffset? Instant(IElement time) =>
        DateTimeOffset.TryParse(time.GetAttribute("datetime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;

    /// <summary>Records each entry's blocks of text as the page's cleaning left them, before the readability pass.</summary>
    /// <param name="body">The cleaned page.</param>
    /// <param name="headline">The page's headline element, if known: a summary of the updates stands between it and the stream.</param>
    public void Record(IElement body, IElement? headline = null)
    {
        var blocks = new List<INode[]>(_entries.Length + 1);
        foreach (var entry in _entries)
        {
            if (body.Contains(entry) && Blocks(entry) is { Length: > 0 } entryBlocks)
            {
                blocks.Add(entryBlocks);
            }
        }

        _blocks = blocks.Count >= MinEntries ? [.. blocks] : [];
        if (_blocks.Length > 0 && headline is not null && body.Contains(headline))
        {
            _summary = Summary(body, headline, _entries[0]);
        }
    }

    private const int MaxListsExamined = 10;
    private const int MinSummaryItems = 2;
    private const int MaxSummaryItems = 8;
    private const int MinSummaryItemChars = 20;
    private const int MaxSummaryItemChars = 400;
    private const double MaxSummaryItemLinkDensity = 0.5;

    // The list of bullet points a live page sets between its headline and its updates ("Summary", the standfirst's
    // points): a few items of prose. Its promotion items ("Get our breaking news email, free app or daily news
    // podcast") are links, and go.
    private static IElement? Summary(IElement body, IElement headline, IElement firstEntry)
    {
        var examined = 0;
        foreach (var list in body.ChildNodes.QuerySelectorAll(Lists))
        {
            if (!IsBetween(headline, list, firstEntry))
            {
                if (list.CompareDocumentPosition(firstEntry).HasFlag(DocumentPositions.Preceding))
                {
                    return null;
                }

                continue;
            }

            if (++examined > MaxListsExamined)
            {
                return null;
            }

            var items = list.Children.Where(child => child.LocalName == "li").ToList();
            if (items.Count is < MinSummaryItems or > MaxSummaryItems || items.Count != list.ChildElementCount)
            {
                continue;
            }

            var prose = items.FindAll(item => LinkDensity.Of(item) < MaxSummaryItemLinkDensity &&
                                              ProseText.TextLength(item) is >= MinSummaryItemChars and <= MaxSummaryItemChars);
            if (prose.Count < MinSummaryItems || prose.Count < items.Count - 1)
            {
                continue;
            }

            foreach (var item in items.Except(prose))
            {
                item.Remove();
            }

            return list;
        }

        return null;
    }

    private static bool IsBetween(IElement first, IElement element, IElement last) =>
        first.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following) && !first.Contains(element) &&
        element.CompareDocumentPosition(last).HasFlag(DocumentPositions.Following) && !element.Contains(last);

    private static bool IsArticleOrTeaser(IElement entry) =>
        entry.ChildNodes.QuerySelector(LinkedTitles) is not null;

    private INode[] Blocks(IElement entry)
    {
        var blocks = new List<INode>();
        Collect(entry, blocks, 0);
        return [.. blocks];
    }

    private void Collect(IElement element, List<INode> blocks, int depth)
    {
        foreach (var child in element.Children)
        {
            if (blocks.Count >= MaxBlocksPerEntry)
            {
                return;
            }

            if (StoryGaps.StoryTags.Contains(child.LocalName))
            {
                if (LinkDensity.Of(child) <= MaxLinkDensity)
                {
                    blocks.Add(child);
                }
            }
            else if (depth < MaxContentDepth && child.LocalName is "div" or "section" or "article" or "header" &&
                     ClassTokens.Classify(child, _scratch) == ChromeName.None)
            {
                // The entry's time, contributor and share bar sit in their own boxes; its text in a body box.
                Collect(child, blocks, depth + 1);
            }
        }
    }

    /// <summary>Replaces every recorded block by what the function gives for it, leaving out those it drops.</summary>
    public void Remap(Func<INode?, INode?> map)
    {
        _blocks = Array.ConvertAll(_blocks, entry => RecordedNodes.Remap(entry, map));
        _summary = map(_summary) as IElement;
    }

    /// <summary>
    /// Moves the blocks of the entries the pass dropped into <paramref name="story"/> when it kept part of one entry:
    /// blocks before the first kept one go in front of it, every other after the kept block before it.
    /// </summary>
    /// <returns>How many blocks were put back.</returns>
    public int Restore(IElement story, IElement body)
    {
        if (!Array.Exists(_blocks, entry => Array.Exists(entry, story.Contains)))
        {
            return 0;
        }

        var restored = 0;
        INode? anchor = null;
        var pending = new List<INode>();
        foreach (var entry in _blocks)
        {
            foreach (var block in entry)
            {
                if (story.Contains(block))
                {
                    if (anchor is null)
                    {
                        foreach (var node in pending)
                        {
                            block.Parent!.InsertBefore(node, block);
                        }
                    }

                    anchor = block;
                    continue;
                }

                if (!body.Contains(block))
                {
                    continue;
                }

                restored++;
                if (anchor is null)
                {
                    pending.Add(block);
                    continue;
                }

                anchor.Parent!.InsertBefore(block, anchor.NextSibling);
                anchor = block;
            }
        }

        return restored + RestoreSummary(story);
    }

    // The summary opens the story, above a pinned post and the updates. The pass may have taken it out of the page as
    // a header box; it is the story's all the same, unless the story already has its words.
    private int RestoreSummary(IElement story)
    {
        if (_summary is null || story.Contains(_summary) || _summary.FirstElementChild is not { } item ||
            NodeText.Of(story).Contains(TextNormalizer.Collapse(NodeText.Of(item)), StringComparison.Ordinal))
        {
            return 0;
        }

        story.InsertBefore(_summary, story.FirstChild);
        return 1;
    }
}
