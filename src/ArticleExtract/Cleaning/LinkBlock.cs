using AngleSharp.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The block a link stands in, past the phrasing elements around it: a paragraph, list item or heading makes it a
/// link in running text or a menu; a <c>div</c>, <c>section</c> or <c>aside</c> makes it a button of a box.
/// </summary>
internal static class LinkBlock
{
    /// <summary>The nearest ancestor of <paramref name="link"/> that is neither a phrasing element nor a span.</summary>
    public static IElement? Of(IElement link)
    {
        var block = link.ParentElement;
        while (block is not null && (ChromeVocabulary.PhrasingTags.Contains(block.LocalName) || block.LocalName == "span"))
        {
            block = block.ParentElement;
        }

        return block;
    }
}
