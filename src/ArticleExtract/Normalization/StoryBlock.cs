namespace ArticleExtract.Normalization;

/// <summary>One block of the story's text with what the filter needs of its markup.</summary>
/// <param name="Text">The whitespace-normalised text, never empty.</param>
/// <param name="Kind">The element it came from.</param>
/// <param name="LinkShare">The share of its visible characters that sit inside links, 0 to 1.</param>
/// <param name="LinksWithinSite">Whether it holds links and all of them lead to other pages of the same site.</param>
/// <param name="Bold">Whether all its letters and digits are set in <c>strong</c> or <c>b</c>: a paragraph-styled subheading.</param>
/// <param name="Box">The number of the innermost element holding it among blocks (a <c>div</c>, a <c>section</c>); blocks with
/// the same number share a box. 0 when unknown, as for text from the JSON-LD.</param>
internal readonly record struct StoryBlock(string Text, BlockKind Kind, double LinkShare, bool LinksWithinSite = false, bool Bold = false, int Box = 0)
{
    // Nearly all of it: a link title with a stray bullet or count beside it is still only a link.
    private const double MinLinkShare = 0.9;

    /// <summary>Whether the block is a link and nothing more: a teaser, a "see also" entry, a tag.</summary>
    public bool IsLink => LinkShare >= MinLinkShare;

    /// <summary>A paragraph known only by its text, as the JSON-LD <c>articleBody</c> gives it.</summary>
    public static StoryBlock Plain(string text) => new(text, BlockKind.Paragraph, 0);
}
