using ArticleExtract.Text;

namespace ArticleExtract.Normalization;

/// <summary>Splits a JSON-LD <c>articleBody</c> into paragraphs at its line breaks.</summary>
internal static class ArticleBodySplitter
{
    public static List<string> Split(string articleBody)
    {
        var paragraphs = new List<string>();
        foreach (var line in articleBody.Split('\n'))
        {
            var paragraph = TextNormalizer.Collapse(line);
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }
        }

        return paragraphs;
    }
}
