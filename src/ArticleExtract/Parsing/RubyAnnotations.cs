using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Parsing;

/// <summary>
/// Ruby annotations: the readings printed over ideographs (<c>rt</c>) and the brackets that show them inline where
/// ruby is not supported (<c>rp</c>). They are reading aids, not the text: "子&lt;rt&gt;こ&lt;/rt&gt;ども" reads "子ども",
/// and left in, a reading splits every annotated word ("子こども").
/// </summary>
internal static class RubyAnnotations
{
    private static readonly ISelector Annotations = ParsedSelector.Of("rt, rp");

    /// <summary>Removes the annotations, leaving the annotated text.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="html">The page's markup: most pages have no ruby, and a scan of the text is cheaper than a walk of the tree.</param>
    public static void Strip(IHtmlDocument document, string html)
    {
        if (!html.Contains("<rt", StringComparison.OrdinalIgnoreCase) && !html.Contains("<rp", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var annotation in document.ChildNodes.QuerySelectorAll(Annotations))
        {
            annotation.Remove();
        }
    }
}
