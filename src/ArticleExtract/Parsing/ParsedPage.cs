using AngleSharp.Html.Dom;

namespace ArticleExtract.Parsing;

/// <summary>The parsed document, or the limit the page broke.</summary>
/// <param name="Document">The document, when the page is within the limits.</param>
/// <param name="Failure">The failure, when it is not.</param>
internal readonly record struct ParsedPage(IHtmlDocument? Document, ExtractionResult? Failure)
{
    /// <summary>A page refused for a limit.</summary>
    public static ParsedPage Refused(FailureReason reason, string message) => new(null, ExtractionResult.Fail(reason, message));
}
