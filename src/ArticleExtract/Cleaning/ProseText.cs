using AngleSharp.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>How much reading text an element holds: the measure story text has and menus and link lists lack.</summary>
internal static class ProseText
{
    /// <summary>Characters of text inside paragraphs, or of all text when the element has no paragraphs.</summary>
    public static int Length(IElement root)
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
