using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Story paragraphs that a chrome box set between paragraphs swallowed because the page left it unclosed
/// (<c>&lt;div class="related-inline"&gt;…links…&lt;/div&gt;</c> one <c>&lt;/div&gt;</c> short). The parser puts every
/// paragraph after it inside the box, and a browser shows them as if nothing were wrong, so such pages survive; removing
/// the box would cut the story there.
/// </summary>
internal static class SwallowedStory
{
    private static readonly ISelector Links = ParsedSelector.Of("a[href]");

    private const int MinProseChars = 80;
    private const int MinProseParagraphs = 2;
    private const double MaxProseLinkDensity = 0.2;

    // The box's own part: a list of links ("Related Posts" and two headlines) before the paragraphs it swallowed. An
    // author box (a name link, then the bio) has one.
    private const int MinBoxLinks = 2;

    /// <summary>
    /// Moves the story paragraphs <paramref name="box"/> swallowed out of it, to just after it: the paragraphs among its
    /// children that follow its links, when the box stands in the flow of the story (after a paragraph of prose).
    /// Returns whether any moved.
    /// </summary>
    public static bool Release(IElement box)
    {
        if (box.PreviousElementSibling is not { LocalName: "p" } previous || !IsProse(previous) || box.Parent is null)
        {
            return false;
        }

        var links = 0;
        var first = -1;
        var prose = 0;
        var children = box.Children;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (first < 0)
            {
                if (child.LocalName == "p" && IsProse(child))
                {
                    // Prose before the box's own links: a container of the story (a paywall part), not a box.
                    if (links < MinBoxLinks)
                    {
                        return false;
                    }

                    first = i;
                    prose++;
                }
                else
                {
                    links += child.LocalName == "a" && child.HasAttribute("href") ? 1 : child.ChildNodes.QuerySelectorAll(Links).Length;
                }
            }
            else if (child.LocalName == "p" && IsProse(child))
            {
                prose++;
            }
        }

        if (first < 0 || prose < MinProseParagraphs)
        {
            return false;
        }

        var released = new List<IElement>();
        for (var i = first; i < children.Length; i++)
        {
            if (children[i].LocalName is "p" or "blockquote" or "h2" or "h3" or "h4")
            {
                released.Add(children[i]);
            }
        }

        box.After([.. released]);
        return true;
    }

    private static bool IsProse(IElement paragraph)
    {
        var text = NodeText.Of(paragraph).AsSpan().Trim();
        return text.Length >= MinProseChars && text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '»' or '…' or ')' &&
               LinkDensity.Of(paragraph) < MaxProseLinkDensity;
    }
}
