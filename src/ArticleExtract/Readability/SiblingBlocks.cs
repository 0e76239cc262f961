using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Readability;

/// <summary>
/// The story's text blocks that a page builder set side by side. Squarespace, Elementor, Divi and Wix cut one story
/// into a row of blocks of one kind ("sqs-block html-block", "et_pb_text et_pb_text_1") with image, video and
/// newsletter blocks between them; the readability pass keeps the block with the most text and drops the others.
/// The rows are recorded before the pass, which rewrites the wrappers (it unwraps and renames divs), as the blocks'
/// own contents: paragraphs, subheadings, lists, quotes. Afterwards the contents of every block of a row the story
/// kept part of rejoin it in reading order, unless the block is named as chrome or is mostly links. A row with a post
/// of its own in it (a linked title, a date, an <c>article</c>, a form) is a list of posts, not one story. A quote
/// block set between a row's text blocks joins the row, and so does a block holding only a subheading over one.
/// </summary>
internal sealed class SiblingBlocks
{
    private static readonly ISelector PostParts = ParsedSelector.Of("article, time, form, h1, h2 a, h3 a, h4 a");

    // How far above a paragraph's container its block may sit: text wrapper, block content, block, column, and the row
    // HubSpot's drag-and-drop pages wrap around the column ("row-fluid-wrapper dnd-row" > "row-fluid" > "span12" > module).
    private const int MaxBlockLevel = 5;

    // Page builders set a few dozen blocks per story; a longer row of one kind is a list of items.
    private const int MaxRowBlocks = 40;
    private const int MaxRows = 4;
    private const int MaxContentsPerBlock = 200;
    private const double MaxLinkDensity = 0.25;

    private readonly List<INode[][]> _rows = [];
    private readonly HashSet<IElement> _examined = [];
    private readonly StringBuilder _scratch = new();

    /// <summary>Looks above the container of a prose paragraph for a row of blocks of one kind, before the pass.</summary>
    public void Examine(IElement? container, IElement body)
    {
        var level = 0;
        for (var element = container; element is not null && element != body && level < MaxBlockLevel; element = element.ParentElement, level++)
        {
            if (_rows.Count >= MaxRows || !_examined.Add(element) || element.LocalName is "article" or "main")
            {
                return;
            }

            if (element.ParentElement is { } parent && RowOf(parent, element) is { } row)
            {
                _rows.Add(row);
                return;
            }
        }
    }

    // The blocks of the element's kind under the parent, as their contents, when two or more hold prose.
    private INode[][]? RowOf(IElement parent, IElement element)
    {
        var kind = Kind(element);
        if (kind.Length == 0 || parent.ChildElementCount > MaxRowBlocks * 2)
        {
            return null;
        }

        var blocks = new List<INode[]>();
        var withProse = 0;
        INode[]? pendingHeading = null;
        foreach (var child in parent.Children)
        {
            if (child.LocalName != element.LocalName)
            {
                continue;
            }

            if (Kind(child) != kind)
            {
                pendingHeading = null;
                if (blocks.Count > 0 && IsStoryBlock(child))
                {
                    // The builder's quote block between its text blocks ("sqs-block quote-block") is the story's quote.
                    if (QuoteContents(child) is { } quote)
                    {
                        _examined.Add(child);
                        blocks.Add(quote);
                    }
                    else
                    {
                        // Its title block ("<div class='cmp-title'><h2>Wat verandert er?</h2></div>") heads the text block
                        // under it; one with no text block of the row after it titles something else.
                        pendingHeading = HeadingContents(child);
                    }
                }

                continue;
            }

            if (pendingHeading is not null)
            {
                blocks.Add(pendingHeading);
                pendingHeading = null;
            }

            _examined.Add(child);
            if (blocks.Count >= MaxRowBlocks)
            {
                return null;
            }

            // A post of its own in the row (a linked title, a date, an article, a form) makes it a list of posts.
            if (IsSeparatePost(child))
            {
                return null;
            }

            var contents = IsStoryBlock(child) ? Contents(child) : [];
            if (contents.Length > 0 && Array.Exists(contents, node => node is IElement { LocalName: "p" } paragraph && StoryContinuation.IsProseParagraphLength(paragraph)))
            {
                withProse++;
            }

            blocks.Add(contents);
        }

        return withProse >= 2 ? [.. blocks] : null;
    }

    // The block's kind by its class words. An old table layout sets each part of the story in a row of its own, the cell
    // named and the row not ("<tr><td class='ArticleText'>…</td></tr>", an ad's row between): such a row is known by its
    // only cell.
    private static string Kind(IElement block)
    {
        var kind = KindWords(block.GetAttribute("class"));
        if (kind.Length == 0 && block.LocalName == "tr" && block.ChildElementCount == 1 && block.FirstElementChild is { LocalName: "td" } cell &&
            KindWords(cell.GetAttribute("class")) is { Length: > 0 } cellKind)
        {
            kind = "td " + cellKind;
        }

        return kind;
    }

    // A quote block's source line ("— a note taped to our door") is short; a longer paragraph makes it a text block.
    private const int MaxQuoteSourceChars = 200;

    // The contents of a block that holds a block quote and at most its source line beside it.
    private static INode[]? QuoteContents(IElement block)
    {
        var contents = Contents(block);
        var quotes = 0;
        foreach (var node in contents)
        {
            if (node is IElement { LocalName: "blockquote" })
            {
                quotes++;
            }
            else if (node is not IElement { LocalName: "p" } source || ProseText.TextLengthUpTo(source, MaxQuoteSourceChars + 1) > MaxQuoteSourceChars)
            {
                return null;
            }
        }

        return quotes == 1 ? contents : null;
    }

    // A section title is a line, not a paragraph.
    private const int MaxHeadingChars = 150;

    // The contents of a block that holds one subheading and nothing else, no link in it.
    private static INode[]? HeadingContents(IElement block)
    {
        var contents = Contents(block);
        return contents is [IElement { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading] &&
               heading.ChildNodes.QuerySelector(Links) is null && ProseText.TextLengthUpTo(heading, MaxHeadingChars + 1) is > 0 and <= MaxHeadingChars
            ? contents
            : null;
    }

    private static readonly ISelector Links = ParsedSelector.Of("a");

    private static bool IsSeparatePost(IElement block) => block.ChildNodes.QuerySelector(PostParts) is not null;

    private bool IsStoryBlock(IElement block) =>
        ClassTokens.Classify(block, _scratch) == ChromeName.None &&
        LinkDensity.Of(block) <= MaxLinkDensity;

    private const int MaxContentDepth = 8;

    private static INode[] Contents(IElement block)
    {
        var contents = new List<INode>();
        Collect(block, contents, 0);
        return [.. contents];
    }

    private static void Collect(IElement element, List<INode> contents, int depth)
    {
        foreach (var child in element.Children)
        {
            if (contents.Count >= MaxContentsPerBlock)
            {
                return;
            }

            // The contents a block contributes: its topmost blocks of text.
            if (StoryGaps.StoryTags.Contains(child.LocalName))
            {
                contents.Add(child);
            }
            // A span holding blocks wraps them as a div would (HubSpot's rich-text module: "<span class=hs_cos_wrapper><p>").
            else if ((child.LocalName is "div" or "section" or "td" || (child.LocalName == "span" && child.ChildElementCount > 0)) && depth < MaxContentDepth)
            {
                Collect(child, contents, depth + 1);
            }
        }
    }

    /// <summary>Replaces every recorded block by what the function gives for it, leaving out those it drops.</summary>
    public void Remap(Func<INode?, INode?> map)
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            _rows[i] = Array.ConvertAll(_rows[i], block => RecordedNodes.Remap(block, map));
        }
    }

    /// <summary>
    /// Moves the contents of the blocks the pass dropped from a row it kept part of into <paramref name="story"/>:
    /// a block before the first kept one goes in front of the story's first kept content, any other after the kept
    /// content before it.
    /// </summary>
    /// <returns>How many blocks were put back.</returns>
    public int Restore(IElement story, IElement body)
    {
        var restored = 0;
        foreach (var row in _rows)
        {
            restored += RestoreRow(story, body, row);
        }

        return restored;
    }

    private static int RestoreRow(IElement story, IElement body, INode[][] row)
    {
        var kept = Array.FindIndex(row, block => Array.Exists(block, story.Contains));
        if (kept < 0)
        {
            return 0;
        }

        var restored = 0;
        INode? anchor = null;
        var pending = new List<INode>();
        for (var i = 0; i < row.Length; i++)
        {
            var block = row[i];
            var firstKept = Array.Find(block, story.Contains);
            if (firstKept is not null)
            {
                // A block the story kept part of comes back whole: what the pass dropped from it (a subheading over
                // its paragraphs, its first paragraph) goes back in place. Blocks before the first kept one go in
                // front of it.
                var before = firstKept.Parent!;
                foreach (var node in pending)
                {
                    before.InsertBefore(node, firstKept);
                }

                anchor = firstKept;
                var atStart = true;
                var put = false;
                foreach (var node in block)
                {
                    if (node == firstKept)
                    {
                        atStart = false;
                    }
                    else if (story.Contains(node))
                    {
                        anchor = node;
                    }
                    else if (body.Contains(node))
                    {
                        put = true;
                        if (atStart)
                        {
                            before.InsertBefore(node, firstKept);
                        }
                        else
                        {
                            anchor.Parent!.InsertBefore(node, anchor.NextSibling);
                            anchor = node;
                        }
                    }
                }

                restored += put ? 1 : 0;
                pending.Clear();
                continue;
            }

            var dropped = Array.FindAll(block, node => body.Contains(node) && !story.Contains(node));
            if (dropped.Length == 0)
            {
                continue;
            }

            restored++;
            if (anchor is null)
            {
                pending.AddRange(dropped);
                continue;
            }

            foreach (var node in dropped)
            {
                anchor.Parent!.InsertBefore(node, anchor.NextSibling);
                anchor = node;
            }
        }

        return restored;
    }

    // One kind: the same class words, leaving out words with digits, which number the blocks ("et_pb_text_1",
    // "elementor-element-3f2a1c"); a CSS module's name keeps its readable part ("styles_section__Kd4aQ").
    internal static string KindWords(string? classes)
    {
        if (string.IsNullOrWhiteSpace(classes))
        {
            return string.Empty;
        }

        var words = classes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        foreach (var word in words)
        {
            if (!word.Any(char.IsDigit))
            {
                kept.Add(word);
            }
            else if (ModuleName(word) is { } name)
            {
                kept.Add(name);
            }
        }

        kept.Sort(StringComparer.Ordinal);
        return string.Join(' ', kept);
    }

    private const int MinModuleHashChars = 4;
    private const int MaxModuleHashChars = 10;

    // "styles_section__Kd4aQ", "ArticleBody_paragraph__a1b2": a CSS module's class, its name then a hash of letters
    // and digits after a double underscore. The hash differs per build, not per block, but it holds digits.
    private static string? ModuleName(string word)
    {
        var cut = word.LastIndexOf("__", StringComparison.Ordinal);
        if (cut <= 0 || word.Length - cut - 2 is < MinModuleHashChars or > MaxModuleHashChars || word.AsSpan(0, cut).ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        foreach (var c in word.AsSpan(cut + 2))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                return null;
            }
        }

        return word[..cut];
    }
}
