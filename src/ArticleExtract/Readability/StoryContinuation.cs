using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Readability;

/// <summary>
/// Puts back prose paragraphs the readability pass dropped from the middle or end of the story. Sites fold the
/// rest of a long story into a collapsed "read more" block or split it around an ad slot; SmartReader then keeps
/// only the first part. The paragraphs are recorded before the pass; afterwards every recorded paragraph that sat
/// in the same original container as the paragraphs the story kept, and is not itself inside chrome, rejoins the
/// story at its place in reading order.
/// </summary>
internal sealed class StoryContinuation
{
    private const int MaxParagraphs = 4_000;

    // A paragraph of running prose: short lines, captions and link lists are not worth recovering.
    private const int MinProseChars = 120;
    private const double MaxLinkDensity = 0.25;

    // The container must hold the kept paragraphs nearly directly, and a dropped paragraph must sit close under it:
    // higher up, "the same container" is the page's whole content column with other stories in it.
    private const int MaxContainerLevel = 1;
    private const int MaxDepthUnderContainer = 2;

    private readonly List<(IElement Paragraph, IElement?[] Ancestors)> _paragraphs = [];

    private StoryContinuation()
    {
    }

    /// <summary>Records the page's prose paragraphs and their containers, before the readability pass moves them.</summary>
    public static StoryContinuation Record(IHtmlDocument document)
    {
        var continuation = new StoryContinuation();
        if (document.Body is not { } body)
        {
            return continuation;
        }

        foreach (var paragraph in body.GetElementsByTagName("p"))
        {
            if (continuation._paragraphs.Count >= MaxParagraphs)
            {
                break;
            }

            if (ProseText.Length(paragraph) >= MinProseChars && LinkDensity.Of(paragraph) <= MaxLinkDensity)
            {
                continuation._paragraphs.Add((paragraph, Ancestors(paragraph, body)));
            }
        }

        return continuation;
    }

    /// <summary>Adds the dropped paragraphs of the story's own container back into <paramref name="story"/>.</summary>
    /// <returns>How many paragraphs were put back.</returns>
    public int Restore(IElement story)
    {
        var first = -1;
        var last = -1;
        var level = 0;
        for (var i = 0; i < _paragraphs.Count; i++)
        {
            if (!story.Contains(_paragraphs[i].Paragraph))
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }
            else
            {
                // The nearest container shared with the first kept paragraph, from the chains recorded before the
                // pass moved the paragraphs.
                var chain = _paragraphs[first].Ancestors;
                while (level < chain.Length && Array.IndexOf(_paragraphs[i].Ancestors, chain[level]) < 0)
                {
                    level++;
                }
            }

            last = i;
        }

        if (first < 0 || first == last || level > MaxContainerLevel || level >= _paragraphs[first].Ancestors.Length)
        {
            return 0;
        }

        var container = _paragraphs[first].Ancestors[level]!;
        var scratch = new StringBuilder();
        var restored = 0;
        IElement anchor = _paragraphs[first].Paragraph;
        for (var i = first + 1; i < _paragraphs.Count; i++)
        {
            var (paragraph, ancestors) = _paragraphs[i];
            if (story.Contains(paragraph))
            {
                anchor = paragraph;
                continue;
            }

            var depth = Array.IndexOf(ancestors, container);
            if (depth < 0 || depth > MaxDepthUnderContainer - 1 || InChrome(ancestors, container, scratch))
            {
                continue;
            }

            // After the story paragraph that preceded it on the page, so reading order holds.
            anchor.Parent!.InsertBefore(paragraph, anchor.NextSibling);
            anchor = paragraph;
            restored++;
        }

        return restored;
    }

    // The ancestors from the paragraph's parent up to (not including) the body.
    private static IElement?[] Ancestors(IElement paragraph, IElement body)
    {
        var list = new List<IElement?>();
        for (var element = paragraph.ParentElement; element is not null && element != body; element = element.ParentElement)
        {
            list.Add(element);
        }

        return [.. list];
    }

    // A paragraph in a box the page names as chrome ("related", "comments") stays out, whatever its prose.
    private static bool InChrome(IElement?[] ancestors, IElement container, StringBuilder scratch)
    {
        foreach (var ancestor in ancestors)
        {
            if (ancestor is null || ancestor == container)
            {
                break;
            }

            if (ClassTokens.Classify(ancestor.GetAttribute("class"), ancestor.Id, scratch) == ChromeName.Strong ||
                ClassTokens.NamesAny(ancestor.GetAttribute("class"), ChromeVocabulary.DiscussionTokens, scratch))
            {
                return true;
            }
        }

        return false;
    }
}
