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
    public static List<string> WithoutReviewers(List<string> names, IHtmlDocument document) =>
        CreditLabels.WithoutOnlyLabelled(names, document, ReviewLabelBefore(), MaxLabelReach, skipDataValues: true);

    /// <summary>
    /// Whether the page prints every name only as its editor's ("Editor: Zhou Min" under a wire story whose author tag
    /// names the same person): whoever put the story up, not who wrote it.
    /// </summary>
    public static bool AreEditorsOnly(List<string> names, IHtmlDocument document) =>
        CreditLabels.AllOnlyLabelled(names, document, EditorLabelBefore(), MaxLabelReach);

    // The editor's label right before the name, not run on from a word ("Senior Editor", "was edited by"): "Editor: ",
    // "Edited by ". A Chinese portal's "责任编辑：" is the byline its readers know (CjkByline).
    [GeneratedRegex(
        @"(?<!\p{L} )(?<!\p{L})(?:editor|edited by|editing by|penyunting|redaktur|редактор)\s*[:：]?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EditorLabelBefore();

    // The label, a colon perhaps, and a title ("Dr."), right before the name; or the editor's own label in a credit box
    // ("<h6>Editor</h6><a>Bagus Santosa</a>", "Penyunting: …"), not a job title run into the name ("Senior Editor Jane").
    [GeneratedRegex(
        @"(?:(?:medically |clinically |fact[- ]?|expert[- ])?(?:reviewed|checked|edited|verified)|editing|fact[- ]?check(?:ed)?|revisado|revisto|verificado|geprüft|überprüft|redigiert|relu|vérifié)\s+(?:by|por|von|par)\s*[:：]?\s*(?:dr\.?\s+|prof\.?\s+)?$" +
        @"|(?<!\p{L} )(?<!\p{L})(?:editor|penyunting|redaktur|editor(?:a|e)?|редактор|редакторка)\s*[:：]?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReviewLabelBefore();
}
