using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Readability;

/// <summary>
/// Puts back the blocks the readability pass dropped from between two paragraphs it kept: a subheading ("What
/// happens next"), a short paragraph ("Why?"), a block quote, a list and the line that introduces it. When the pass
/// picks a small container as the story and gathers its siblings, it takes a sibling paragraph only if it is long or
/// ends a sentence, and other blocks only by score. A block between two kept paragraphs of the same container reads
/// as part of the story; one that names itself as chrome or is mostly links (a "Read more" teaser) does not.
/// </summary>
internal static class StoryGaps
{
    // As for the prose paragraphs put back: "Main article: Firefox" under a heading is a pointer, not story text.
    private const double MaxLinkDensity = 0.25;

    // The story's blocks of text; SiblingBlocks takes the same ones from a page builder's blocks.
    internal static readonly HashSet<string> StoryTags =
        new(["p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "pre", "table"], StringComparer.Ordinal);

    /// <summary>Moves the dropped blocks back into <paramref name="story"/>, each after the kept block before it.</summary>
    /// <returns>How many blocks were put back.</returns>
    public static int Fill(IElement story, List<(IElement Container, (INode? Node, INode? First)[] Children)> containers)
    {
        var restored = 0;
        var scratch = new StringBuilder();
        foreach (var (_, children) in containers)
        {
            // Where each recorded child stands now, found once for both walks below.
            var blocks = new IElement?[children.Length];
            var first = -1;
            var last = -1;
            for (var i = 0; i < children.Length; i++)
            {
                blocks[i] = Current(children[i]);
                if (blocks[i] is { } current && story.Contains(current) && current != story)
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }

            if (first < 0 || first == last)
            {
                continue;
            }

            var anchor = blocks[first]!;
            for (var i = first + 1; i < last; i++)
            {
                if (blocks[i] is not { } block)
                {
                    continue;
                }

                if (story.Contains(block))
                {
                    anchor = block;
                    continue;
                }

                if (StoryTags.Contains(block.LocalName) && IsStoryBlock(block, scratch))
                {
                    anchor.Parent!.InsertBefore(block, anchor.NextSibling);
                    anchor = block;
                    restored++;
                }
            }

            restored += ClosingList(story, blocks, last, scratch);
        }

        return restored;
    }

    /// <summary>
    /// A list that ends the story with the line introducing it ("Work will happen in three phases:"): after the last
    /// kept block, a line ending on a colon and the list right under it. Anything else after the story is left out.
    /// </summary>
    private static int ClosingList(IElement story, IElement?[] blocks, int last, StringBuilder scratch)
    {
        var anchor = blocks[last]!;
        IElement? intro = EndsOnColon(anchor) ? anchor : null;
        for (var i = last + 1; i < blocks.Length; i++)
        {
            // A picture between the line and its list has no text left to read.
            if (blocks[i] is not { } block || story.Contains(block) || !TextScan.ContainsLetter(NodeText.Of(block)))
            {
                continue;
            }

            if (intro is null && block.LocalName == "p" && EndsOnColon(block) && IsStoryBlock(block, scratch))
            {
                intro = block;
                continue;
            }

            if (intro is null || block.LocalName is not ("ul" or "ol") || !IsStoryBlock(block, scratch))
            {
                return 0;
            }

            var restored = 0;
            if (intro != anchor)
            {
                anchor.Parent!.InsertBefore(intro, anchor.NextSibling);
                anchor = intro;
                restored++;
            }

            anchor.Parent!.InsertBefore(block, anchor.NextSibling);
            return restored + 1;
        }

        return 0;
    }

    private static bool EndsOnColon(IElement block)
    {
        var text = NodeText.Of(block).AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] == ':';
    }

    // The block that holds the recorded node now. The pass rewrites blocks: a div of bare text becomes a paragraph that
    // takes over its children, and a run of loose text between line breaks is wrapped in a paragraph where it stood.
    private static IElement? Current((INode? Node, INode? First) child)
    {
        var (node, first) = child;
        if (node is IElement element)
        {
            return element.Parent is not null ? element : first?.Parent as IElement is { Parent: not null } moved ? moved : null;
        }

        return node is { NodeType: NodeType.Text } && TextScan.ContainsLetter(NodeText.Of(node)) ? node.Parent as IElement : null;
    }

    private static bool IsStoryBlock(IElement block, StringBuilder scratch)
    {
        if (!TextScan.ContainsLetter(NodeText.Of(block)) ||
            ClassTokens.Classify(block, scratch) != ChromeName.None)
        {
            return false;
        }

        return LinkDensity.Of(block) < MaxLinkDensity;
    }
}
