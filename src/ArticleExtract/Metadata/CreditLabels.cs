using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;

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
        if (names.Count < 2 || (document.Body is { } body ? NodeText.Of(body) : null) is not { Length: > 0 } text)
        {
            return names;
        }

        var kept = names.FindAll(name => !IsOnlyLabelled(name, text, labelBefore, reach, skipDataValues, labelAfter));
        return kept.Count == names.Count || kept.Count == 0 ? names : kept;
    }

    /// <summary>Whether the page prints every one of <paramref name="names"/>, and only ever after <paramref name="labelBefore"/>.</summary>
    /// <remarks>
    /// Asked of every page with an author, it reads the page's text nodes one by one rather than building the page's
    /// text: a name is looked for inside a text node, and the text before it is read back across earlier nodes.
    /// </remarks>
    public static bool AllOnlyLabelled(IReadOnlyList<string> names, IHtmlDocument document, Regex labelBefore, int reach)
    {
        if (names.Count == 0 || document.Body is not { } body)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (name.Length == 0 || !IsOnlyLabelledInNodes(name, body, labelBefore, reach))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOnlyLabelledInNodes(string name, INode body, Regex labelBefore, int reach)
    {
        var credited = false;
        for (var node = body.FirstChild; node is not null; node = NodeOrder.Next(node, body))
        {
            if (node is not IText text)
            {
                continue;
            }

            var data = text.Data;
            for (var at = data.IndexOf(name, StringComparison.Ordinal); at >= 0; at = data.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                // A name quoted as a value in script data ("editor":"…") counts neither way.
                if (at > 0 && data[at - 1] == '"')
                {
                    continue;
                }

                if (!labelBefore.IsMatch(TextBefore(text, at, reach)))
                {
                    return false;
                }

                credited = true;
            }
        }

        return credited;
    }

    // The page's text before a position in a text node, up to reach characters, across the text nodes before it.
    private static string TextBefore(IText text, int at, int reach)
    {
        if (at >= reach)
        {
            return text.Data.Substring(at - reach, reach);
        }

        var before = text.Data[..at];
        for (var node = NodeOrder.Previous(text); node is not null && before.Length < reach; node = NodeOrder.Previous(node))
        {
            if (node is IText earlier)
            {
                before = earlier.Data + before;
            }
        }

        return before.Length > reach ? before[^reach..] : before;
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
