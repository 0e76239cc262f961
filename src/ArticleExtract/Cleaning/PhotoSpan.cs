using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A photo and its caption set in a <c>span</c> among a story's lines, as portals print them
/// (<c>&lt;span class="end_photo_org"&gt;&lt;img&gt;&lt;em&gt;(제주=연합뉴스) … [연합뉴스 자료사진]&lt;/em&gt;&lt;/span&gt;&lt;br&gt;</c>):
/// a block in inline markup. Read as a phrase, its caption runs into the story's first line, dateline and all.
/// </summary>
internal static class PhotoSpan
{
    private static readonly ISelector Pictures = ParsedSelector.Of("img, picture");

    private const int MaxCaptionChars = 200;

    public static bool Is(INode node) =>
        node is IElement { LocalName: "span" } span &&
        span.ChildNodes.QuerySelector(Pictures) is not null &&
        ProseText.TextLengthUpTo(span, MaxCaptionChars) < MaxCaptionChars;
}
