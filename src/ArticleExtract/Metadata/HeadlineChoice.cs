using AngleSharp.Dom;

namespace ArticleExtract.Metadata;

/// <summary>The headline chosen, where it stands on the page, and the site affix stripped from <c>&lt;title&gt;</c>.</summary>
/// <param name="Headline">The story's title, or null when the page has none.</param>
/// <param name="Element">The heading element that prints the headline, when one does.</param>
/// <param name="Anchor">Where the story's header starts, for finding a printed date: that heading, else the first <c>h1</c>.</param>
/// <param name="RemovedAffix">The site name cut from <c>&lt;title&gt;</c>, a fallback site name.</param>
internal sealed record HeadlineChoice(string? Headline, IElement? Element, IElement? Anchor, string? RemovedAffix);
