using System.Net;
using System.Text;
using ArticleExtract.Text;

namespace ArticleExtract.Normalization;

/// <summary>
/// Splits a JSON-LD <c>articleBody</c> into paragraphs at its line breaks. Some CMSs put the story's HTML there
/// ("&lt;p&gt;En estado de alerta …&lt;/p&gt;"): its block tags break lines too, and its other tags are dropped.
/// </summary>
internal static class ArticleBodySplitter
{
    public static List<string> Split(string articleBody)
    {
        var text = PlainText(articleBody);
        var paragraphs = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var paragraph = TextNormalizer.Collapse(line);
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }
        }

        return paragraphs;
    }

    /// <summary>The body as plain text, its HTML tags dropped (see <see cref="Split"/>).</summary>
    public static string PlainText(string articleBody)
    {
        // "&lt;p class=&quot;texto&quot;&gt;…": HTML escaped once more by the template.
        if (!LooksLikeHtml(articleBody) && articleBody.Contains("&lt;", StringComparison.Ordinal))
        {
            articleBody = WebUtility.HtmlDecode(articleBody);
        }

        return LooksLikeHtml(articleBody) ? WithoutTags(articleBody) : articleBody;
    }

    private static bool LooksLikeHtml(string text)
    {
        var index = text.IndexOf('<', StringComparison.Ordinal);
        return index >= 0 && index + 1 < text.Length && (char.IsAsciiLetter(text[index + 1]) || text[index + 1] == '/');
    }

    private static readonly string[] BlockTags = ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"];

    private static string WithoutTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            var end = c == '<' ? html.IndexOf('>', i + 1) : -1;
            if (end < 0)
            {
                builder.Append(c);
                i++;
                continue;
            }

            // "<p class=x>", "</p>", "<br/>": the name after '<' and an optional '/'.
            var nameStart = i + 1 < html.Length && html[i + 1] == '/' ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            if (Array.IndexOf(BlockTags, name) >= 0)
            {
                builder.Append('\n');
            }

            i = end + 1;
        }

        return WebUtility.HtmlDecode(builder.ToString());
    }
}
