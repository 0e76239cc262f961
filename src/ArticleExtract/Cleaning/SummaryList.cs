using System.Collections.Frozen;
using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A list the page names for the story's summary ("article__summary", "KeyPoints_keyPoints", "subtitleList",
/// "mol-bullets"): its points may be fragments ("Oct exports +4.1% y/y vs forecast +2.8%"), where a list named
/// otherwise is taken for the story's points only when they read as sentences. Its place alone (under the headline)
/// says too little: headers list the byline, the date and teasers there too.
/// </summary>
internal static class SummaryList
{
    private static readonly ISelector Lists = ParsedSelector.Of("ul, ol");

    private static readonly FrozenSet<string> SummaryWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "summary", "keypoints", "highlights", "takeaways", "subtitle", "subtitles", "standfirst", "tldr", "bullets",
        "zusammenfassung", "sumario", "resumen", "resumo", "riassunto", "samenvatting",
    ]);

    // The list itself and the box or two around it ("<div class=article__summary><h2>Summary</h2><ul>").
    private const int MaxBoxLevels = 2;

    public static bool IsNamed(IElement list, StringBuilder scratch)
    {
        var box = list;
        for (var level = 0; level <= MaxBoxLevels && box is not null; level++, box = box.ParentElement)
        {
            if (Names(box.GetAttribute("class"), SummaryWords, scratch))
            {
                return true;
            }
        }

        return false;
    }

    // An aside is the page's own unless it names the story's points: "highlights" also names a site's picks ("Story
    // Highlights" above a 2010s wire story, an editor's "Highlights" column), so an aside so named stays chrome.
    private static readonly FrozenSet<string> AsideWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "summary", "keypoints", "takeaways", "tldr", "zusammenfassung", "sumario", "resumen", "resumo", "riassunto", "samenvatting",
    ]);

    private const int MaxBoxChars = 600;
    private const double MaxBoxLinkDensity = 0.2;

    /// <summary>
    /// "<aside class='KeyPoints_keyPoints'><p><strong>Key points:</strong></p><ul>…</ul></aside>": the story's key points
    /// set aside at its top, a box named for them holding a list without links, short, and not a machine's summary.
    /// </summary>
    public static bool IsKeyPointsAside(IElement aside, StringBuilder scratch) =>
        aside.LocalName == "aside" && Names(aside.GetAttribute("class"), AsideWords, scratch) &&
        aside.ChildNodes.QuerySelector(Lists) is not null && ProseText.TextLengthUpTo(aside, MaxBoxChars + 1) <= MaxBoxChars &&
        LinkDensity.Of(aside) < MaxBoxLinkDensity && !MachineSummary.Is(aside, scratch);

    private static bool Names(string? classes, FrozenSet<string> words, StringBuilder scratch) =>
        ClassTokens.NamesAny(classes, words, scratch) || NamesKeyPoints(classes);

    // "KeyPoints_keyPoints__Wqpz2", "key-points": two words the class reader splits apart.
    private static bool NamesKeyPoints(string? classes) =>
        classes is not null && (classes.Contains("keypoint", StringComparison.OrdinalIgnoreCase) ||
                                classes.Contains("key-point", StringComparison.OrdinalIgnoreCase) ||
                                classes.Contains("key_point", StringComparison.OrdinalIgnoreCase));
}
