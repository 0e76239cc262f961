using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// Tells a person the page credits only for another part of the work than the writing: every time the page prints
/// the name, a label for that part stands right before it ("Foto: …", "Medically reviewed by …").
/// </summary>
internal static class CreditLabels
{
    /// <summary>
    /// The names without those only ever printed after <paramref name="labelBefore"/>; the list itself when none is,
    /// or when all are (the photographer's or the reviewer's own story).
    /// </summary>
    /// <param name="names">The credited names.</param>
    /// <param name="document">The page whose text is searched for the names.</param>
    /// <param name="labelBefore">The label, anchored at the end of the text before the name.</param>
    /// <param name="reach">How far before the name the label may stand.</param>
    /// <param name="skipDataValues">Whether a name quoted as a value in script data ("factChecker":"…") counts neither way.</param>
    /// <param name="labelAfter">The label, anchored at the start of the text after the name, when a credit may follow
    /// the name instead ("Elizabeth Conley/Staff photographer").</param>
    public static List<string> WithoutOnlyLabelled(
        List<string> names, IHtmlDocument document, Regex labelBefore, int reach, bool skipDataValues, Regex? labelAfter = null)
    {
        if (names.Count < 2 || document.Body?.TextContent is not { Length: > 0 } text)
        {
            return names;
        }

        var kept = names.FindAll(name => !IsOnlyLabelled(name, text, labelBefore, reach, skipDataValues, labelAfter));
        return kept.Count == names.Count || kept.Count == 0 ? names : kept;
    }

    /// <summary>Whether the page prints every one of <paramref name="names"/>, and only ever after <paramref name="labelBefore"/>.</summary>
    public static bool AllOnlyLabelled(IReadOnlyList<string> names, IHtmlDocument document, Regex labelBefore, int reach)
    {
        if (names.Count == 0 || document.Body?.TextContent is not { Length: > 0 } text)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (!IsOnlyLabelled(name, text, labelBefore, reach, skipDataValues: true, labelAfter: null))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOnlyLabelled(string name, string text, Regex labelBefore, int reach, bool skipDataValues, Regex? labelAfter)
    {
        var credited = false;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (skipDataValues && at > 0 && text[at - 1] == '"')
            {
                continue;
            }

            var start = Math.Max(0, at - reach);
            var end = at + name.Length;
            if (!labelBefore.IsMatch(text.AsSpan(start, at - start)) &&
                (labelAfter is null || !labelAfter.IsMatch(text.AsSpan(end, Math.Min(reach, text.Length - end)))))
            {
                return false;
            }

            credited = true;
        }

        return credited;
    }
}
