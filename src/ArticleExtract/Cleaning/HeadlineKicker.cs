using AngleSharp.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The kicker set as a heading right above the headline ("<c>&lt;h4&gt;Environment&lt;/h4&gt;&lt;h1&gt;…</c>"): a
/// section label, not a heading of the story, though the story container often takes it in.
/// </summary>
internal static class HeadlineKicker
{
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

        if (previous is null || heading is null || !IsHeading(heading))
        {
            return null;
        }

        var text = TextNormalizer.Collapse(heading.TextContent);
        return text.Length is > 0 and <= MaxChars && !SentenceEnd.Ends(text) &&
               string.Equals(text, TextNormalizer.Collapse(previous.TextContent), StringComparison.Ordinal)
            ? previous
            : null;
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
