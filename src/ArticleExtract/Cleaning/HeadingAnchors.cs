using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Takes off what a heading carries for anchor links: an <c>id</c> that spells the heading's own words
/// (<c>&lt;h2 id="h-what-changed-after-public-comment"&gt;What changed after public comment&lt;/h2&gt;</c>), as editors
/// generate them, and a class that names the anchor (<c>&lt;h2 class="header-anchor-post"&gt;</c>). Neither names a part
/// of the page, but the readability pass reads their words as it reads a template's: "comment" marks the story's
/// sub-heading as a comment section, "header" as the page's header, and the pass drops it.
/// </summary>
internal static class HeadingAnchors
{
    // Enough of the heading's letters to tell its slug from a template's word.
    private const int MinLetters = 10;

    // Slugs are cut at a length; the heading's opening letters are what they keep.
    private const int ComparedLetters = 24;

    public static void Release(IElement body)
    {
        var walk = new ElementWalk(body);
        while (walk.Next() is { } element)
        {
            if (element.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
            {
                continue;
            }

            if (element.GetAttribute("id") is { Length: >= MinLetters } id && SpellsItsText(id, NodeText.Of(element)))
            {
                element.RemoveAttribute("id");
            }

            if (element.GetAttribute("class") is { } classes && classes.Contains("anchor", StringComparison.OrdinalIgnoreCase))
            {
                element.RemoveAttribute("class");
            }
        }
    }

    private static bool SpellsItsText(string id, string text)
    {
        var heading = Letters(text, ComparedLetters);
        return heading.Length >= MinLetters && Letters(id, int.MaxValue).Contains(heading, StringComparison.Ordinal);
    }

    // Lower-case letters and digits only: a slug drops spaces and marks and joins the words with hyphens.
    private static string Letters(string text, int max)
    {
        var letters = new char[Math.Min(text.Length, max)];
        var count = 0;
        foreach (var c in text)
        {
            if (count == letters.Length)
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                letters[count++] = char.ToLowerInvariant(c);
            }
        }

        return new string(letters, 0, count);
    }
}
