using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Removes page chrome from the DOM before the readability pass: hidden elements, navigation landmarks, and
/// elements whose class, id or role names chrome. A guard keeps any element that holds a large share of the
/// page's prose, so a story container with an unlucky class name ("article hot") survives.
/// </summary>
internal static class PageCleaner
{
    // An element holding this share of the page's prose is kept whatever its name says; from the lower share on,
    // only when it is not mostly links.
    private const double GuardTextShare = 0.6;
    private const double GuardLinkedTextShare = 0.35;
    private const double GuardMaxLinkDensity = 0.5;

    public static void Clean(IHtmlDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }

        RemoveNonText(body);
        var totalText = Math.Max(1, ProseLength(body));
        var scratch = new StringBuilder();
        var removals = new List<IElement>();
        INode? node = body.FirstChild;
        while (node is not null)
        {
            if (node is IElement element && IsChrome(element, scratch) && !HoldsTheStory(element, totalText))
            {
                removals.Add(element);
                node = NodeOrder.NextSkippingChildren(node, body);
                continue;
            }

            node = NodeOrder.Next(node, body);
        }

        foreach (var element in removals)
        {
            element.Remove();
        }
    }

    private static bool IsChrome(IElement element, StringBuilder scratch)
    {
        var tag = element.LocalName;
        if (ChromeVocabulary.Tags.Contains(tag) || ChromeVocabulary.GuardedTags.Contains(tag))
        {
            return true;
        }

        if (element.HasAttribute("hidden") ||
            string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase) ||
            IsStyledHidden(element.GetAttribute("style")))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && ChromeVocabulary.Roles.Contains(role.Trim()))
        {
            return true;
        }

        return ClassTokens.NamesChrome(element.GetAttribute("class"), scratch) ||
               ClassTokens.NamesChrome(element.Id, scratch);
    }

    private static bool IsStyledHidden(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) ||
               compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HoldsTheStory(IElement element, int totalText)
    {
        if (ChromeVocabulary.Tags.Contains(element.LocalName))
        {
            return false;
        }

        var share = (double)ProseLength(element) / totalText;
        return share >= GuardTextShare || (share >= GuardLinkedTextShare && LinkDensity.Of(element) < GuardMaxLinkDensity);
    }

    // Scripts and styles first, so that text measures count only what a reader sees.
    private static void RemoveNonText(IElement body)
    {
        var removals = new List<IElement>();
        foreach (var element in body.QuerySelectorAll("script, style, noscript, template"))
        {
            removals.Add(element);
        }

        foreach (var element in removals)
        {
            element.Remove();
        }
    }

    /// <summary>Characters of text inside paragraphs: the measure of story text that menus and link lists lack.</summary>
    private static int ProseLength(IElement root)
    {
        var length = 0;
        foreach (var paragraph in root.GetElementsByTagName("p"))
        {
            length += paragraph.TextContent.Length;
        }

        // Pages that set text in bare divs or table cells have no paragraphs: fall back to all text.
        return length > 0 ? length : root.TextContent.Length;
    }
}
