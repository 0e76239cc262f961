using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Hostile;

/// <summary>Each limit in <see cref="ArticleExtractorOptions"/> is validated, enforced and reported with its own reason.</summary>
[Collection(HostileTestGroup.Name)]
public sealed class LimitTests
{
    private static readonly string StoryPage = HostilePages.Wrap(string.Empty);

    [Fact]
    public void The_defaults_are_valid_and_bounded()
    {
        var options = ArticleExtractorOptions.Default;
        options.Validate();
        Assert.Equal(200_000, options.MaxNodes);
        Assert.Equal(2_048, options.MaxDepth);
        Assert.Equal(TimeSpan.FromSeconds(10), options.TimeBudget);
    }

    [Fact]
    public void Invalid_limits_are_refused_when_the_extractor_is_built()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { MaxNodes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { MaxDepth = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromDays(30) }));
        _ = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = Timeout.InfiniteTimeSpan });
    }

    [Fact]
    public void A_page_over_max_nodes_fails_with_too_many_nodes()
    {
        Assert.True(new ArticleExtractor().Extract(StoryPage).Succeeded);

        var result = new ArticleExtractor(new ArticleExtractorOptions { MaxNodes = 8 }).Extract(StoryPage);

        Assert.Equal(FailureReason.TooManyNodes, result.Failure?.Reason);
        Assert.Contains("MaxNodes", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_the_parser_builds_beyond_the_tags_are_counted_too()
    {
        // Formatting left open when its block closes is re-opened in every later block: about 400 tags, from which
        // the parser builds over 4,000 elements.
        var html = "<div><b><i><u><s><em><strong><small><big><code><tt>x</div>" + string.Concat(Enumerable.Repeat("<div>text</div>", 400));
        var shape = MarkupPrescan.Scan(html, int.MaxValue, int.MaxValue, CancellationToken.None);
        Assert.True(shape.Nodes < 500, shape.ToString());

        var result = new ArticleExtractor(new ArticleExtractorOptions { MaxNodes = 1_000 }).Extract(html);

        Assert.Equal(FailureReason.TooManyNodes, result.Failure?.Reason);
    }

    [Fact]
    public void A_page_over_max_depth_fails_with_too_deep()
    {
        var result = new ArticleExtractor(new ArticleExtractorOptions { MaxDepth = 3 }).Extract(StoryPage);

        Assert.Equal(FailureReason.TooDeep, result.Failure?.Reason);
        Assert.Contains("MaxDepth", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spent_time_budget_fails_with_timed_out()
    {
        var page = HostilePages.WideParagraphs(20_000);
        var result = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromMilliseconds(1) }).Extract(page);

        Assert.Equal(FailureReason.TimedOut, result.Failure?.Reason);
        Assert.Contains("TimeBudget", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_callers_cancellation_throws_operation_cancelled_not_a_failure()
    {
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = Timeout.InfiniteTimeSpan });
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(StoryPage));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extractor.ExtractAsync(stream, null, cancelled.Token));
    }

    [Fact]
    public async Task Cancellation_during_extraction_throws_with_the_callers_token()
    {
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = Timeout.InfiniteTimeSpan });
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(HostilePages.WideParagraphs(100_000)));
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extractor.ExtractAsync(stream, null, source.Token));

        Assert.Equal(source.Token, thrown.CancellationToken);
    }

    [Theory]
    [InlineData("<div><div><div>x</div></div></div>", 3)]
    [InlineData("<p>a<p>b<p>c<p>d", 1)]
    [InlineData("<ul><li>a<li>b<li>c</ul><ul><li>d", 2)]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", 3)]
    [InlineData("<td><td><tr><td>", 0)]
    [InlineData("<div><span><b>unclosed</div><div>x</div>", 3)]
    [InlineData("<script>if (a<b) { '<div><div><div>' }</script><div>x</div>", 1)]
    [InlineData("<SCRIPT>'</scriptx><div><div>'</Script ><div>x</div>", 1)]
    [InlineData("<div title='a > b'><div data-x=\"</div>\">x</div></div>", 2)]
    [InlineData("<!-- <div><div> --><div>x</div>", 1)]
    [InlineData("<div/><div/><br><img src=x><hr>", 0)]
    [InlineData("<html><body><div><html><body>x", 1)]
    public void The_prescan_follows_the_nesting_of_ordinary_markup(string html, int depth)
    {
        var shape = MarkupPrescan.Scan(html, int.MaxValue, int.MaxValue, CancellationToken.None);

        Assert.Equal(depth, shape.Depth);
    }

    [Fact]
    public void The_prescan_counts_elements_and_comments_and_stops_early()
    {
        Assert.Equal(4, MarkupPrescan.Scan("<p>a</p><!-- c --><br><script>x</script>", int.MaxValue, int.MaxValue, CancellationToken.None).Nodes);

        var shape = MarkupPrescan.Scan(string.Concat(Enumerable.Repeat("<div>", 1000)), 10_000, 20, CancellationToken.None);

        Assert.Equal(21, shape.Depth);
    }

    [Fact]
    public void The_tree_walk_measures_depth_exactly_without_recursion()
    {
        var document = DocumentParser.Parse("<html><body><div><p>a<b>b</b></p></div><!-- c --></body></html>");

        var shape = TreeLimits.Enforce(document, int.MaxValue, int.MaxValue, CancellationToken.None);

        // html, head, body, div, p, b and the comment; b sits at depth 5.
        Assert.Equal(new TreeShape(7, 5), shape);
    }

    [Fact]
    public void Over_wide_elements_are_split_in_order_and_lose_nothing()
    {
        var count = (WideElementSplitter.MaxChildren * 3) + 7;
        var html = "<html><body><section>" + string.Concat(Enumerable.Range(0, count).Select(i => $"<p>{i}</p>")) + "</section>" +
                   "<p>" + string.Concat(Enumerable.Range(0, count).Select(i => $"w{i} <b>x</b> ")) + "</p></body></html>";
        var document = DocumentParser.Parse(html);

        WideElementSplitter.SplitAll(document, CancellationToken.None);

        var section = document.QuerySelector("section")!;
        Assert.Equal(4, section.ChildElementCount);
        Assert.All(section.Children, wrapper => Assert.Equal("div", wrapper.LocalName));
        var paragraphs = section.QuerySelectorAll("p");
        Assert.Equal(count, paragraphs.Length);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), paragraphs.Select(p => p.TextContent));

        // Running text is wrapped in spans, so it stays one block.
        var running = document.Body!.Children[1];
        Assert.All(running.Children, wrapper => Assert.Equal("span", wrapper.LocalName));
        Assert.All(document.QuerySelectorAll("*"), element => Assert.True(element.ChildNodes.Length <= WideElementSplitter.MaxChildren));
        Assert.StartsWith("w0 x w1 x", running.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_trees_whose_walks_would_crawl_are_split()
    {
        // 10,000 children cost 100 million (untouched, like every real page); 15,000 cost 225 million.
        var modest = DocumentParser.Parse("<body><div>" + string.Concat(Enumerable.Repeat("<i>x</i>", 10_000)) + "</div>");
        var wide = DocumentParser.Parse("<body><div>" + string.Concat(Enumerable.Repeat("<i>x</i>", 15_000)) + "</div>");

        TreeLimits.Enforce(modest, int.MaxValue, int.MaxValue, CancellationToken.None);
        TreeLimits.Enforce(wide, int.MaxValue, int.MaxValue, CancellationToken.None);

        Assert.Equal(10_000, modest.QuerySelector("div")!.ChildElementCount);
        Assert.Equal(59, wide.QuerySelector("div")!.ChildElementCount);
        Assert.Equal(15_000, wide.QuerySelectorAll("i").Length);
    }

    [Fact]
    public void A_story_wide_enough_to_be_split_keeps_all_its_paragraphs_in_order()
    {
        // 20,000 paragraphs side by side cost 400 million, over the split bound; they are numbered in letters.
        var paragraphs = Enumerable.Range(0, 20_000).Select(i => $"Paragraph {Letters(i)} of a very long story, told at length, with commas, as stories are.").ToArray();
        var html = "<html><head><title>Long</title></head><body><article>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article></body></html>";

        var result = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = Timeout.InfiniteTimeSpan }).Extract(html);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(paragraphs, result.Article.Paragraphs);
    }

    private static string Letters(int number)
    {
        var letters = new StringBuilder();
        for (var rest = number + 1; rest > 0; rest /= 26)
        {
            letters.Insert(0, (char)('a' + (rest % 26)));
        }

        return letters.ToString();
    }

    [Fact]
    public void The_limits_reach_the_document_even_for_an_element_type_only_the_parser_knows()
    {
        var document = DocumentParser.Parse("<html><body><svg><g><g><text>x</text></g></g></svg></body></html>");

        var shape = TreeLimits.Enforce(document, int.MaxValue, int.MaxValue, CancellationToken.None);

        Assert.Equal(6, shape.Depth);
        Assert.IsAssignableFrom<IElement>(document.QuerySelector("text"));
    }
}
