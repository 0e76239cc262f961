using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Keeps the story's section titles through the readability pass, which drops two kinds of them:
/// <list type="bullet">
/// <item>any element whose class or id holds "header" is an unlikely candidate, the page's header it means; on a
/// heading (<c>&lt;h2 class="section-header"&gt;</c>, a styled component's <c>"styles__HeaderStyled-sc-1e2gpzo-1"</c>) the
/// word only says what it is. It is renamed "heading"; other words in the names still count.</item>
/// <item>the first <c>h1</c>/<c>h2</c> whose words the title mostly holds is taken for the headline. A subheading that
/// repeats the title's words ("Kary dla wykonawcy" under "… Będą kary dla wykonawcy") went, or, when an earlier one
/// was spared, the next one in its place. An <c>h2</c> set between the story's blocks, with a paragraph under it, becomes
/// an <c>h3</c>, which the pass leaves alone; the headline and a heading at the top of its container stay.</item>
/// </list>
/// </summary>
internal static partial class Subheadings
{
    private static readonly ISelector SubheadingTags = ParsedSelector.Of("h2, h3, h4, h5, h6");

    public static void Protect(IElement body, IElement? headline)
    {
        var demoted = new List<IElement>();
        foreach (var heading in body.ChildNodes.QuerySelectorAll(SubheadingTags))
        {
            // A section title has the section's paragraph (a p, or a div set as one), or a list of its sentences, under
            // it; a heading over a gallery, an accordion, a box or a list of links is left to the pass.
            if (!OpensSection(NextFilled(heading)))
            {
                continue;
            }

            RenameHeader(heading, "class");
            RenameHeader(heading, "id");
            if (heading.LocalName == "h2" && !ReferenceEquals(heading, headline) && heading.PreviousElementSibling is { } previous && !IsHeading(previous))
            {
                demoted.Add(heading);
            }
        }

        foreach (var heading in demoted)
        {
            ElementRename.To(heading, "h3");
        }
    }

    // An empty spacer set between every two blocks ("<div class='K6o8z' data-hook='rcv-block7'></div>" in Wix's viewer)
    // stands for no block: one like it before the heading shows the pattern. A box the cleaning emptied (a gallery under
    // its title) is no spacer: nothing like it stands before the heading.
    private static IElement? NextFilled(IElement heading)
    {
        var next = heading.NextElementSibling;
        if (!IsSpacer(next) || !IsSpacer(heading.PreviousElementSibling) ||
            !string.Equals(next!.ClassName, heading.PreviousElementSibling!.ClassName, StringComparison.Ordinal))
        {
            return next;
        }

        while (IsSpacer(next))
        {
            next = next!.NextElementSibling;
        }

        return next;
    }

    private static bool IsSpacer(IElement? element) =>
        element is { ChildElementCount: 0, LocalName: "div" or "span" } && NodeText.IsBlank(element);

    // Of a list, as of a paragraph: text the reader reads, not links to follow.
    private const double MaxListLinkDensity = 0.5;

    private static bool OpensSection(IElement? next) => next switch
    {
        { LocalName: "p" } => !string.IsNullOrWhiteSpace(NodeText.Of(next)),
        { LocalName: "div" } => ProseParagraphs.IsDivParagraph(next),
        { LocalName: "ul" or "ol" } => next.Children.Any(item => item.LocalName == "li") && !string.IsNullOrWhiteSpace(NodeText.Of(next)) &&
                                       LinkDensity.Of(next) < MaxListLinkDensity,
        _ => false,
    };

    private static void RenameHeader(IElement heading, string attribute)
    {
        if (heading.GetAttribute(attribute) is { } value && value.Contains("header", StringComparison.OrdinalIgnoreCase))
        {
            heading.SetAttribute(attribute, Header().Replace(value, match => char.IsUpper(match.Value[0]) ? "Heading" : "heading"));
        }
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "header" or "hgroup";

    [GeneratedRegex("header", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
