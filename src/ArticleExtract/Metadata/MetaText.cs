using System.Net;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>Cleans a metadata string: collapses white space and decodes entities that a CMS escaped twice.</summary>
internal static class MetaText
{
    private const int MaxDecodedChars = 4096;

    /// <summary>The collapsed text, or null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        var collapsed = TextNormalizer.Collapse(text);
        if (collapsed.Length == 0)
        {
            return null;
        }

        // "Thermen- &#038; Vulkanland", "Meghan&#39;s", "Eier &bull; CareElite": the parser decoded one level of
        // escaping, the CMS had added two.
        if (collapsed.Length <= MaxDecodedChars && HasEntity(collapsed))
        {
            collapsed = TextNormalizer.Collapse(WebUtility.HtmlDecode(collapsed));
        }

        return collapsed.Length == 0 ? null : collapsed;
    }

    private static bool HasEntity(string text)
    {
        var amp = text.IndexOf('&', StringComparison.Ordinal);
        while (amp >= 0)
        {
            var end = Math.Min(text.Length, amp + 10);
            for (var i = amp + 1; i < end; i++)
            {
                var c = text[i];
                if (c == ';')
                {
                    return i > amp + 1;
                }

                if (!char.IsAsciiLetterOrDigit(c) && c != '#')
                {
                    break;
                }
            }

            amp = text.IndexOf('&', amp + 1);
        }

        return false;
    }
}
