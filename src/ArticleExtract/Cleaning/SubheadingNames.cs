using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Renames "header" to "heading" in the class and id of the story's subheadings (<c>&lt;h2 class="section-header"&gt;</c>,
/// a styled component's <c>&lt;h2 class="styles__HeaderStyled-sc-1e2gpzo-1"&gt;</c>). The readability pass drops any
/// element whose names hold "header" as an unlikely candidate, the page's header it means; on a heading the word
/// only says what it is, and the story lost its section titles. Other words in the names still count.
/// </summary>
internal static partial class SubheadingNames
{
    public static void Rename(IElement body)
    {
        foreach (var heading in body.QuerySelectorAll("h2, h3, h4, h5, h6"))
        {
            // A section title has the section's paragraph under it; a heading over a gallery, an accordion or a box is
            // left to the pass.
            if (heading.NextElementSibling is not { LocalName: "p" } next || string.IsNullOrWhiteSpace(next.TextContent))
            {
                continue;
            }

            Rename(heading, "class");
            Rename(heading, "id");
        }
    }

    private static void Rename(IElement heading, string attribute)
    {
        if (heading.GetAttribute(attribute) is { } value && value.Contains("header", StringComparison.OrdinalIgnoreCase))
        {
            heading.SetAttribute(attribute, Header().Replace(value, match => char.IsUpper(match.Value[0]) ? "Heading" : "heading"));
        }
    }

    [GeneratedRegex("header", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
