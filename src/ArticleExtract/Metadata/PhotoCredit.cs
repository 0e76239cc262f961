using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Tells the photographer among a story's credited people: a name the page prints only after a picture's label
/// ("Foto: Hallvard Bakke / VG", "Photos by Jane Doe", "Beeld Renske Jaspers") took the pictures, where the metadata lists them beside the writers.
/// </summary>
internal static partial class PhotoCredit
{
    private static readonly ISelector TextBlocks = ParsedSelector.Of("p, h1, h2, h3, h4, h5, h6, ul, ol, dl, table");
    private static readonly ISelector Pictures = ParsedSelector.Of("img, picture, video");

    // How far before a name its label may stand: "Foto: Ola Nordmann og " before the second name of a pair.
    private const int MaxLabelReach = 40;

    /// <summary>
    /// The names without those the page credits only for pictures; the list itself when none is, or when all are
    /// (a photographer's own story).
    /// </summary>
    public static List<string> WithoutPhotographers(List<string> names, IHtmlDocument document) =>
        CreditLabels.WithoutOnlyLabelled(names, document, PictureLabelBefore(), MaxLabelReach, skipDataValues: false, PictureLabelAfter());

    private const int MinCaptionCharsBesideCredit = 15;
    private const int MaxCaptionDepth = 8;

    /// <summary>
    /// Whether the element sits in a picture's caption beside the caption's own words: a credit there
    /// ("<c>&lt;span class='media-source'&gt;Fernando Villar | EFE&lt;/span&gt;</c>") names the photographer. A caption
    /// that holds the name alone is an author box's portrait.
    /// </summary>
    public static bool IsInCaption(IElement element)
    {
        var depth = 0;
        for (var e = element; e is not null && depth < MaxCaptionDepth; e = e.ParentElement, depth++)
        {
            if (e.LocalName == "figcaption" || IsNamedCaption(e))
            {
                return NodeText.CollapsedLength(e) > NodeText.CollapsedLength(element) + MinCaptionCharsBesideCredit;
            }
        }

        return false;
    }

    /// <summary>
    /// A caption set in an element of its own beside the picture ("&lt;div class='media-block__caption'&gt;" after the
    /// image), as a figcaption is. Templates also name a headline block or a byline span "caption": a picture's caption
    /// is a run of phrasing with the picture beside it, outside it.
    /// </summary>
    private static bool IsNamedCaption(IElement element)
    {
        if (element.LocalName is not ("div" or "p" or "span") || element.GetAttribute("class") is not { } classes ||
            !classes.Contains("caption", StringComparison.OrdinalIgnoreCase) || element.ParentElement is not { } parent ||
            element.ChildNodes.QuerySelector(TextBlocks) is not null)
        {
            return false;
        }

        foreach (var picture in parent.ChildNodes.QuerySelectorAll(Pictures))
        {
            if (!element.Contains(picture))
            {
                return true;
            }
        }

        return false;
    }

    // The label, perhaps "by", a colon, and at most one other name with its joiner ("Foto: Anna Berg og ").
    [GeneratedRegex(
        @"(?-i:(?<!\p{Ll}))(?:fotos?|foto's|fotograf(?:ie|ía|ia)?|photos?|photograph(?:s|y|er)?|bild(?:er)?|beeld(?:en)?|kuvat?|valokuva|zdjęci[ae]|фото)(?!\p{L})(?:\s+(?:by|von|de|par|di|av|door))?\s*[:：]?\s*(?:[\p{L}.'\-]+(?:\s[\p{L}.'\-]+){0,3}\s*(?:,|&|\s(?:and|og|och|ja|und|et|y|e|en)\s)\s*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PictureLabelBefore();

    // The photographer's role after the name, as caption credits set it: "Elizabeth Conley/Staff photographer",
    // "Jane Roe | Fotógrafa", "Ola Nordmann, photographer"; or as a byline sets it in an element of its own, after a
    // space and capitalised ("Magnus Brekke Fotograf").
    [GeneratedRegex(
        @"^(?:\s*[/|,–—-]\s*|\s+(?=(?-i:\p{Lu})))(?:(?:staff|contributing|freelance|chief|senior) )?(?:photographer|photojournalist|fotograf(?:in)?|fotógraf[oa]|fotografo|fotografa|photographe|kuvaaja)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PictureLabelAfter();
}
