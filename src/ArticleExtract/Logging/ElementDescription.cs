using System.Text;
using AngleSharp.Dom;

namespace ArticleExtract.Logging;

/// <summary>
/// Names an element for a log line the way a CSS selector would (<c>article#main.story.body</c>), when the line is
/// written: a log message holds this struct and formats it only if its level is enabled.
/// </summary>
internal readonly struct ElementDescription(IElement element)
{
    // Class lists on real pages can run to hundreds of characters; a log line needs only the start.
    private const int MaxLength = 120;

    public override string ToString()
    {
        var text = new StringBuilder(element.LocalName);
        if (!string.IsNullOrEmpty(element.Id))
        {
            text.Append('#').Append(element.Id);
        }

        foreach (var name in element.ClassList)
        {
            if (text.Length > MaxLength)
            {
                break;
            }

            text.Append('.').Append(name);
        }

        return text.Length > MaxLength ? string.Concat(text.ToString(0, MaxLength), "…") : text.ToString();
    }
}
