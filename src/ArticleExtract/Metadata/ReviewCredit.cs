using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Tells the reviewer among a story's credited people: a name the page prints only after a review label ("Medically
/// reviewed by Raymond Cole, MD", "Fact checked by Anna Lindqvist", "Editing by Jane Roe") checked the story and did not
/// write it, where the metadata or the byline's links list them beside the writers.
/// </summary>
internal static partial class ReviewCredit
{
    // How far before a name its label may stand: "Reviewed by Dr. " before the name.
    private const int MaxLabelReach = 40;

    /// <summary>The names without those the page credits only for reviewing; the list itself when none is, or all are.</summary>
    public static List<string> WithoutReviewers(List<string> names, IHtmlDocument document)
    {
        if (names.Count < 2 || document.Body?.TextContent is not { Length: > 0 } text)
        {
            return names;
        }

        var kept = names.FindAll(name => !IsOnlyReviewer(name, text));
        return kept.Count == names.Count || kept.Count == 0 ? names : kept;
    }

    private static bool IsOnlyReviewer(string name, string text)
    {
        var credited = false;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            // A value in a script's data ("factChecker":"Anna Lindqvist") tells nothing either way.
            if (at > 0 && text[at - 1] == '"')
            {
                continue;
            }

            var start = Math.Max(0, at - MaxLabelReach);
            if (!ReviewLabelBefore().IsMatch(text.AsSpan(start, at - start)))
            {
                return false;
            }

            credited = true;
        }

        return credited;
    }

    // The label, a colon perhaps, and a title ("Dr."), right before the name.
    [GeneratedRegex(
        @"(?:(?:medically |clinically |fact[- ]?|expert[- ])?(?:reviewed|checked|edited|verified)|editing|fact[- ]?check(?:ed)?|revisado|revisto|verificado|geprüft|überprüft|redigiert|relu|vérifié)\s+(?:by|por|von|par)\s*[:：]?\s*(?:dr\.?\s+|prof\.?\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReviewLabelBefore();
}
