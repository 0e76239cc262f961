using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Where the page prints a headline taken from its metadata when no heading element holds it: content-farm and
/// table templates set the title in a <c>&lt;b&gt;</c>, a table cell or a bare <c>&lt;div&gt;</c>. The date and the
/// byline are looked for around that element, as around a heading.
/// </summary>
internal static class PrintedHeadline
{
    private const int MaxTextNodes = 5_000;

    // A text node this long is story prose: the headline is printed above it.
    private const int MinProseChars = 200;

    // The headline may be split over inline elements ("<b>Kim <em>orders</em> …</b>"): a few levels up hold it whole.
    private const int MaxLevelsUp = 3;

    /// <summary>
    /// The last element above the story's first long text whose whole text is <paramref name="headline"/>, outside
    /// links (a breadcrumb's last step or a teaser names the story too); null when the page prints it nowhere there.
    /// </summary>
    public static IElement? Find(IHtmlDocument document, string headline)
    {
        if (document.Body is not { } body || headline.Length == 0)
        {
            return null;
        }

        var opening = OpeningWord(headline);
        IElement? found = null;
        var seen = 0;
        for (INode? node = body; node is not null && seen < MaxTextNodes; node = NodeOrder.Next(node, body))
        {
            if (node.NodeType != NodeType.Text)
            {
                continue;
            }

            seen++;
            var text = NodeText.Of(node);
            if (TextNormalizer.CollapsedLength(text) >= MinProseChars)
            {
                break;
            }

            if (node.Parent is IElement parent && text.AsSpan().TrimStart().StartsWith(opening, StringComparison.OrdinalIgnoreCase) &&
                Holding(parent, headline) is { } holder)
            {
                found = holder;
            }
        }

        return found;
    }

    private static string OpeningWord(string headline)
    {
        var trimmed = headline.TrimStart();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }

    private static IElement? Holding(IElement parent, string headline)
    {
        // Inside a link, every level up to the link is inside it too: one look settles them all.
        if (parent.Closest("a") is not null)
        {
            return null;
        }

        var element = parent;
        for (var level = 0; level <= MaxLevelsUp && element is not null; level++, element = element.ParentElement)
        {
            if (element.LocalName is "title" or "script" or "style" or "option")
            {
                return null;
            }

            var length = NodeText.CollapsedLength(element);
            if (length > headline.Length + 2)
            {
                return null;
            }

            if (SiteAffix.SameText(NodeText.Of(element), headline))
            {
                return element;
            }
        }

        return null;
    }
}
