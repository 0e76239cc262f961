using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The rest of a story folded away behind a "Story continues" or "Read more" button (<c>&lt;div class="read-more-wrapper"
/// style="display:none"&gt;</c> holding the story's paragraphs): the page hides it only until the reader asks, so it is
/// story text, not hidden chrome.
/// </summary>
internal static partial class CollapsedStory
{
    private const int MinParagraphs = 2;
    private const int MaxChildrenRead = 200;

    private static readonly string[] FoldNames = ["readmore", "read-more", "read_more", "collapse", "expandable", "truncated", "continues"];

    public static bool Is(IElement element)
    {
        if (element.LocalName is not ("div" or "section") || element.GetAttribute("class") is not { } names || !NamesFold(names))
        {
            return false;
        }

        var paragraphs = 0;
        var read = 0;
        foreach (var child in element.Children)
        {
            if (++read > MaxChildrenRead)
            {
                break;
            }

            if (ProseParagraphs.Is(child) && ++paragraphs >= MinParagraphs)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shows the folded part as the reader's click would.</summary>
    public static void Reveal(IElement element)
    {
        element.RemoveAttribute("hidden");
        element.RemoveAttribute("style");
    }

    private static bool NamesFold(string names)
    {
        foreach (var name in FoldNames)
        {
            if (names.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "bl-body__rest", "story-rest", "article-remainder": the rest of the body, a part of a class name of its own
        // (not "forest", "interest-box" or "restaurant").
        return RestPartGate.IsMatch(names);
    }

    [GeneratedRegex(@"(?:^|[\s_-])(?:rest|remainder)(?:$|[\s_-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RestPart();

    private static readonly LiteralGate RestPartGate = new(RestPart());
}
