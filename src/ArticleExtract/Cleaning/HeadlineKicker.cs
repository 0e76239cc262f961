using System.Collections.Frozen;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The kicker set as a heading right above the headline ("<c>&lt;h4&gt;Environment&lt;/h4&gt;&lt;h1&gt;…</c>"): a
/// section label, not a heading of the story, though the story container often takes it in.
/// </summary>
internal static class HeadlineKicker
{
    private static readonly ISelector Kickers = ParsedSelector.Of("[" + InlineMark + "]");

    private const int MaxChars = 60;

    /// <summary>The element that holds the kicker before <paramref name="headline"/>, or null when there is none.</summary>
    public static IElement? Find(IElement headline)
    {
        var previous = headline.PreviousElementSibling;
        var heading = previous;

        // A wrapper around the kicker alone ("<div class=kicker><h4>…</h4></div>") is the kicker too.
        while (heading is not null && !IsHeading(heading) && heading.ChildElementCount == 1)
        {
            heading = heading.FirstElementChild;
        }

        if (previous is not null && (heading is null || !IsHeading(heading)) && IsNamedKicker(previous))
        {
            heading = previous;
        }
        else if (previous is null || heading is null || !IsHeading(heading))
        {
            return null;
        }

        var text = TextNormalizer.Collapse(NodeText.Of(heading));
        return text.Length is > 0 and <= MaxChars && !SentenceEnd.Ends(text) &&
               string.Equals(text, TextNormalizer.Collapse(NodeText.Of(previous)), StringComparison.Ordinal)
            ? previous
            : null;
    }

    // Class words of the label over a headline: English, Spanish ("antetítulo", "cintillo"), Italian ("occhiello"),
    // German ("Dachzeile"), French ("surtitre").
    private static readonly FrozenSet<string> KickerWords = FrozenSet.Create(StringComparer.Ordinal,
        ["kicker", "overline", "eyebrow", "supertitle", "antetitulo", "cintillo", "occhiello", "dachzeile", "surtitre", "topline"]);

    // "<div class='ue-c-article__kicker'>LaLiga EA Sports | Jornada 28</div><h1>…": a block the site names as the kicker
    // (inline ones are MarkInline's).
    private static bool IsNamedKicker(IElement element) =>
        element.LocalName is "div" or "p" && element.ChildElementCount <= 2 &&
        ClassTokens.NamesAny(element.GetAttribute("class"), KickerWords, new System.Text.StringBuilder());

    // Not a class or a component mark, so nothing in the pass or the cleaning reads it; the page's HTML keeps it when
    // the pass starts again from there.
    private const string InlineMark = "data-articleextract-kicker";

    /// <summary>
    /// Marks the section link and label set inline right before the headline ("<c>&lt;a class=hat&gt;Porto Alegre&lt;/a&gt;
    /// &lt;span class=kicker&gt;Proteção contra cheias&lt;/span&gt;&lt;h1&gt;…</c>"), to be taken from the story once the
    /// readability pass chose it (<see cref="RemoveMarked"/>): removed before, they would weigh in its choice. Inline
    /// kickers are elements without figures (a date set before the headline is the page's stamp) and no sentence.
    /// </summary>
    public static void MarkInline(IElement headline)
    {
        var marked = new List<IElement>();
        var length = 0;
        for (var node = headline.PreviousSibling; node is not null; node = node.PreviousSibling)
        {
            if (node is IElement element && !ChromeVocabulary.PhrasingTags.Contains(element.LocalName) && element.LocalName != "span")
            {
                break;
            }

            var text = TextNormalizer.Collapse(NodeText.Of(node));
            if (text.Length == 0)
            {
                continue;
            }

            length += text.Length + 1;
            if (node is not IElement inline || length > MaxChars || TextScan.ContainsAsciiDigit(text) || SentenceEnd.Ends(text) ||
                !TextScan.ContainsLetter(text))
            {
                return;
            }

            marked.Add(inline);
        }

        foreach (var element in marked)
        {
            element.SetAttribute(InlineMark, string.Empty);
        }
    }

    /// <summary>Removes the inline kickers <see cref="MarkInline"/> marked from the story.</summary>
    public static void RemoveMarked(IElement story)
    {
        foreach (var kicker in story.ChildNodes.QuerySelectorAll(Kickers).ToList())
        {
            kicker.Remove();
        }
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
