using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Parsing;

/// <summary>Parses a page once into the DOM that every later stage reads.</summary>
internal static class DocumentParser
{
    // No loaders are configured: parsing never fetches a stylesheet, script, frame or image.
    private static readonly IConfiguration NoResources = Configuration.Default;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        IsNotConsumingCharacterReferences = false,
    };

    public static IHtmlDocument Parse(string html)
    {
        // A parser per call: HtmlParser is cheap to build and not documented as thread-safe.
        var parser = new HtmlParser(ParserOptions, BrowsingContext.New(NoResources));
        return parser.ParseDocument(html);
    }
}
