using ArticleExtract.Normalization;

namespace ArticleExtract.Metadata;

/// <summary>
/// A byline printed as a line of the story itself when the page marks none: "von Klaus Stanjek" under the intro,
/// "Text: Klausmartin Friedrich" or "Autor: Sebastian Einbock" closing a feature, often far below the headline.
/// </summary>
internal static class StoryByline
{
    private const int MaxLineChars = 90;

    // Header lines come before the story's first paragraphs; signatures close it.
    private const int LeadBlocks = 3;
    private const int ClosingBlocks = 6;

    /// <summary>The names on the first opener line among the story's first or last blocks, if any.</summary>
    /// <param name="collected">The story's blocks before filtering: a byline under the headline is filtered out as a header line.</param>
    /// <param name="kept">The story's blocks after filtering: trailing chrome is gone, so the last ones close the story.</param>
    /// <param name="siteNames">Names of the site, never an author.</param>
    public static List<string>? Find(IReadOnlyList<StoryBlock> collected, IReadOnlyList<string> kept, IReadOnlyList<string> siteNames)
    {
        for (var i = 0; i < Math.Min(LeadBlocks, collected.Count); i++)
        {
            if (!collected[i].IsLink && FromLine(collected[i].Text, siteNames) is { } names)
            {
                return names;
            }
        }

        for (var i = kept.Count - 1; i >= Math.Max(0, kept.Count - ClosingBlocks); i--)
        {
            if (FromLine(kept[i], siteNames) is { } names)
            {
                return names;
            }
        }

        return null;
    }

    private static List<string>? FromLine(string block, IReadOnlyList<string> siteNames)
    {
        // "---- by Kenneth Surin": a rule printed before the signature.
        var line = block.TrimStart('-', '\u2013', '\u2014', '*', ' ');
        if (line.Length > MaxLineChars || !BylineLine.StartsWithOpener(line))
        {
            return null;
        }

        var names = BylineNormalizer.Names(line, siteNames);
        return names.Count > 0 ? names : null;
    }
}
