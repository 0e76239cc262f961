using AngleSharp.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// How much of a page's prose is set outside paragraphs, as runs of text between line breaks
/// ("First sentence … today.&lt;br&gt;&lt;br&gt;Second …"). A story told in bare lines has little paragraph text, so
/// beside it a paragraphless widget (a scorecard, a fact table), measured by all its text, looked like most of the
/// page's prose and was kept as the story.
/// </summary>
internal static class BrokenRuns
{
    // A line this long is a verse or a sentence, not a separator or a stray label; links alone never make one.
    private const int MinRunChars = 20;

    // Each parent of a line break is read once; a page with more is no story in bare lines only.
    private const int MaxParents = 400;

    /// <summary>Characters of the runs of text of at least a sentence's length between line breaks outside paragraphs.</summary>
    public static int Length(IElement root)
    {
        var parents = new HashSet<INode>();
        var total = 0;
        foreach (var br in root.GetElementsByTagName("br"))
        {
            if (br.Parent is not IElement parent || !parents.Add(parent))
            {
                continue;
            }

            if (parents.Count > MaxParents)
            {
                break;
            }

            if (!InParagraph(parent, root))
            {
                total += RunsOf(parent);
            }
        }

        return total;
    }

    private static int RunsOf(IElement parent)
    {
        var total = 0;
        var run = 0;
        foreach (var child in parent.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    run += TextNormalizer.CollapsedLength(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    total += Counted(run);
                    run = 0;
                    break;
                case IElement element when element.LocalName is "span" or "font" ||
                                            (ChromeVocabulary.PhrasingTags.Contains(element.LocalName) && element.LocalName != "a"):
                    run += ProseText.TextLength(element);
                    break;
                case IElement { LocalName: "a" }:
                    // A link inside the run belongs to its sentence, but a run of links alone is a menu: links never
                    // make a run long enough by themselves (they are not counted).
                    break;
                default:
                    total += Counted(run);
                    run = 0;
                    break;
            }
        }

        return total + Counted(run);
    }

    private static int Counted(int run) => run >= MinRunChars ? run : 0;

    private static bool InParagraph(IElement element, IElement root)
    {
        for (var current = element; current is not null && current != root; current = current.ParentElement)
        {
            if (current.LocalName == "p")
            {
                return true;
            }
        }

        return false;
    }
}
