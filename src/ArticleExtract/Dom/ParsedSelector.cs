using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace ArticleExtract.Dom;

/// <summary>
/// CSS selectors parsed once, at start-up. A query by selector text looks the text up in AngleSharp's shared cache,
/// behind a lock, on every call; the cleaner asks some of its queries of every box on the page, and in the pipeline's
/// profile those look-ups cost more than the matching. A parsed selector is immutable and safe to share across threads.
/// </summary>
internal static class ParsedSelector
{
    /// <summary>The selector <paramref name="text"/> parsed, as <c>QuerySelector(text)</c> would parse it.</summary>
    public static ISelector Of(string text) =>
        new CssSelectorParser().ParseSelector(text) ?? throw new ArgumentException($"Not a selector: {text}", nameof(text));
}
