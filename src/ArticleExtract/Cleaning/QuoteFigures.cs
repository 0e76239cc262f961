using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A quote set as the HTML standard shows it, "&lt;figure&gt;&lt;blockquote&gt;…&lt;/blockquote&gt;&lt;figcaption&gt;— a note
/// taped to our door&lt;/figcaption&gt;&lt;/figure&gt;" (Squarespace's quote block and kin): a figure with a quote and no
/// picture or player, whose caption names the quote's source. That caption is the story's text, not a picture's, so it
/// becomes a paragraph before captions are cleared, and the figure a plain box.
/// </summary>
internal static class QuoteFigures
{
    private static readonly ISelector Media = ParsedSelector.Of("img, picture, video, audio, iframe, svg, canvas, object, embed");

    public static void Release(IElement body)
    {
        // One walk without a result list: most pages hold no figure caption at all.
        List<IElement>? sources = null;
        var walk = new ElementWalk(body);
        while (walk.Next() is { } caption)
        {
            if (caption.LocalName == "figcaption" && caption.ParentElement is { LocalName: "figure" } figure && HoldsQuote(figure) &&
                figure.ChildNodes.QuerySelector(Media) is null)
            {
                (sources ??= []).Add(caption);
            }
        }

        if (sources is null)
        {
            return;
        }

        foreach (var source in sources)
        {
            // Its class named it a caption ("wp-element-caption"), which it is not; and the figure, no picture's, is a
            // plain box of story text: the passes that put back dropped quotes look for a block quote, not a figure.
            var figure = source.ParentElement!;
            source.RemoveAttribute("class");
            ElementRename.To(source, "p");
            ElementRename.To(figure, "div");
        }
    }

    private static bool HoldsQuote(IElement figure)
    {
        foreach (var child in figure.Children)
        {
            if (child.LocalName == "blockquote")
            {
                return true;
            }
        }

        return false;
    }
}
