using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Marks where a block set straight into running text breaks it, before anything is removed. A browser ends the line
/// at a block, so "…said Ashwini Bhide.&lt;div class='ad'&gt;…&lt;/div&gt;The first train…" reads as two paragraphs;
/// once the ad went, the two text runs met and read "Bhide.The first train". After a finished sentence the seam becomes
/// a paragraph break (a double line break, as the page's other paragraphs are set); inside a sentence, a space.
/// </summary>
internal static class BlockSeams
{
    private static readonly ISelector BlockSelector = ParsedSelector.Of(Blocks);

    private const string Blocks = "div, section, aside, figure, table, form, ul, ol, blockquote, p, h1, h2, h3, h4, h5, h6";

    // A page is walked once; past this many seams the rest are left as they are.
    private const int MaxSeams = 500;

    public static void Mark(IHtmlDocument document, IElement body)
    {
        List<(IElement Block, bool Sentence)>? seams = null;
        List<IElement>? breaks = null;
        foreach (var block in body.ChildNodes.QuerySelectorAll(BlockSelector))
        {
            if (block.PreviousSibling is IText { Data: var before } && block.NextSibling is IText { Data: var after } &&
                TextScan.ContainsLetterOrDigit(before) && TextScan.ContainsLetterOrDigit(after))
            {
                (seams ??= []).Add((block, SentenceEnd.Ends(before.AsSpan().TrimEnd()) && OpensSentence(after)));
            }
            else if (block.PreviousSibling is IText { Data: var ended } && TextScan.ContainsLetterOrDigit(ended) &&
                     SentenceEnd.Ends(ended.AsSpan().TrimEnd()) && IsLoneBreakBeforeText(block.NextSibling))
            {
                // "…a laptop.<div>Also Read …</div><br><b>Fake CBI 'interrogation'</b>": a browser ends the sentence's line
                // at the block and the break starts a line of its own; without the block the break only ends a line.
                (breaks ??= []).Add(block);
            }

            if ((seams?.Count ?? 0) + (breaks?.Count ?? 0) >= MaxSeams)
            {
                break;
            }
        }

        foreach (var block in breaks ?? [])
        {
            block.Parent!.InsertBefore(document.CreateElement("br"), block.NextSibling);
        }

        foreach (var (block, sentence) in seams ?? [])
        {
            var parent = block.Parent!;
            if (sentence)
            {
                parent.InsertBefore(document.CreateElement("br"), block.NextSibling);
                parent.InsertBefore(document.CreateElement("br"), block.NextSibling);
            }
            else if (!char.IsWhiteSpace(block.NextSibling!.TextContent[0]))
            {
                parent.InsertBefore(document.CreateTextNode(" "), block.NextSibling);
            }
        }
    }

    // One <br> (not a chain) and then text or an inline element with text.
    private static bool IsLoneBreakBeforeText(INode? node)
    {
        if (node is not IElement { LocalName: "br" } br)
        {
            return false;
        }

        var next = br.NextSibling;
        while (next is IText { Data: var blank } && string.IsNullOrWhiteSpace(blank))
        {
            next = next.NextSibling;
        }

        return next is IText || (next is IElement { LocalName: not ("br" or "div" or "p" or "section" or "table" or "ul" or "ol" or "figure" or "aside") } inline &&
                                 TextScan.ContainsLetterOrDigit(NodeText.Of(inline)));
    }

    // The text after the block starts a sentence: a capital, a digit, a quote or a letter of a script without case.
    private static bool OpensSentence(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return false;
        }

        var c = start[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '«' or '„' or '\'' or '(' ||
               (char.IsLetter(c) && !char.IsLower(c));
    }
}
