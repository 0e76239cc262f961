using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Cleans the story element the readability pass chose: link lists and link-dense boxes that readability keeps
/// when they sit inside the story container ("Related", "Most read"), and chrome it did not know by name.
/// </summary>
internal static class ContentCleaner
{
    private const double ListLinkDensity = 0.5;
    private const double BoxLinkDensity = 0.65;
    private const int MaxBoxChars = 2000;

    public static void Clean(IElement story)
    {
        var scratch = new StringBuilder();
        var removals = new List<IElement>();
        INode? node = story.FirstChild;
        while (node is not null)
        {
            if (node is IElement element && ShouldRemove(element, scratch))
            {
                removals.Add(element);
                node = NodeOrder.NextSkippingChildren(node, story);
                continue;
            }

            node = NodeOrder.Next(node, story);
        }

        foreach (var element in removals)
        {
            element.Remove();
        }
    }

    private static bool ShouldRemove(IElement element, StringBuilder scratch)
    {
        var tag = element.LocalName;
        if (ChromeVocabulary.Tags.Contains(tag))
        {
            return true;
        }

        if (tag is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre")
        {
            return false;
        }

        if (ClassTokens.NamesChrome(element.GetAttribute("class"), scratch) || ClassTokens.NamesChrome(element.Id, scratch))
        {
            return element.TextContent.Length < MaxBoxChars * 2;
        }

        if (tag is "ul" or "ol" or "dl")
        {
            return LinkDensity.Of(element) >= ListLinkDensity;
        }

        if (tag is "div" or "section" or "table" or "td" or "tr" or "tbody" or "center" or "font")
        {
            var length = element.TextContent.Length;
            return length < MaxBoxChars && HasLinks(element) && LinkDensity.Of(element) >= BoxLinkDensity;
        }

        return false;
    }

    private static bool HasLinks(IElement element) => element.GetElementsByTagName("a").Length > 0;
}
