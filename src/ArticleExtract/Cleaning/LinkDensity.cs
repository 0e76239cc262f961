using AngleSharp.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>The share of an element's text that sits inside links: high for menus and link lists, low for prose.</summary>
internal static class LinkDensity
{
    public static double Of(IElement element)
    {
        var text = element.TextContent;
        var total = CountNonSpace(text);
        if (total == 0)
        {
            return 0;
        }

        var linked = 0;
        foreach (var link in element.GetElementsByTagName("a"))
        {
            linked += CountNonSpace(link.TextContent);
        }

        return Math.Min(1.0, (double)linked / total);
    }

    public static int CountNonSpace(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
