using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Dom;

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

        // No stage reads source positions (IsKeepingSourceReferences is off and OnCreated ignores them); tracking
        // them costs a push per line break and column arithmetic per character.
        DisableElementPositionTracking = true,
    };

    /// <summary>Parses trusted markup without limits (tests and tools).</summary>
    public static IHtmlDocument Parse(string html)
    {
        // A parser per call: HtmlParser is cheap to build and not documented as thread-safe.
        var parser = new HtmlParser(ParserOptions, BrowsingContext.New(NoResources));
        return parser.ParseDocument(html);
    }

    /// <summary>
    /// Parses a page within <see cref="ArticleExtractorOptions.MaxNodes"/> and <see cref="ArticleExtractorOptions.MaxDepth"/>:
    /// a pre-scan refuses plainly hostile markup before parsing, the parser stops as soon as it has built too many
    /// elements, and the parsed tree is then checked exactly and its over-wide elements are split.
    /// </summary>
    /// <param name="html">The markup.</param>
    /// <param name="options">The limits.</param>
    /// <param name="ct">The time budget and the caller's cancellation; checked for every token the parser reads.</param>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static ParsedPage Parse(string html, ArticleExtractorOptions options, CancellationToken ct)
    {
        var shape = MarkupPrescan.Scan(html, options.MaxNodes, options.MaxDepth, ct);
        if (shape.Depth > options.MaxDepth)
        {
            return TooDeep(options);
        }

        if (shape.Nodes > options.MaxNodes)
        {
            return TooManyNodes(options);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var elements = 0;
        var tooMany = false;
        var parserOptions = ParserOptions;
        parserOptions.OnCreated = (_, _) =>
        {
            // The parser can build more elements than there are tags (misnested formatting is cloned), so it is
            // counted as it goes and stopped at the next token once past the limit.
            if (++elements > options.MaxNodes && !tooMany)
            {
                tooMany = true;
                stop.Cancel();
            }
        };

        IHtmlDocument document;
        try
        {
            var parser = new HtmlParser(parserOptions, BrowsingContext.New(NoResources));

            // The string source is in memory, so the parse runs synchronously; the async entry point is the one
            // that checks the token between tokens.
            document = parser.ParseDocumentAsync(html, stop.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (tooMany && !ct.IsCancellationRequested)
        {
            return TooManyNodes(options);
        }

        var tree = TreeLimits.Enforce(document, options.MaxNodes, options.MaxDepth, ct);
        if (tree.Depth > options.MaxDepth)
        {
            return TooDeep(options);
        }

        return tree.Nodes > options.MaxNodes ? TooManyNodes(options) : new ParsedPage(document, null);
    }

    private static ParsedPage TooDeep(ArticleExtractorOptions options) =>
        ParsedPage.Refused(
            FailureReason.TooDeep,
            $"The page nests elements deeper than the limit of {options.MaxDepth} (ArticleExtractorOptions.MaxDepth).");

    private static ParsedPage TooManyNodes(ArticleExtractorOptions options) =>
        ParsedPage.Refused(
            FailureReason.TooManyNodes,
            $"The page holds more than the limit of {options.MaxNodes} elements and comments (ArticleExtractorOptions.MaxNodes).");
}
