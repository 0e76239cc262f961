using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Xunit;

namespace ArticleExtract.Tests.Extraction;

public sealed class AppendedTeasersTests
{
    // The story and, beside it under the same layout column, a one-teaser box whose class names the page's layout.
    private const string Page = """
        <html><head><title>FAA orders inspections of regional jets</title></head><body>
        <main class="Page-main"><div class="Page-content">
        <bsp-story-page class="Page-storyBody"><h1 class="Page-headline">FAA orders inspections of regional jets</h1>
        <div class="RichTextStoryBody RichTextBody">
        <p>WASHINGTON (AP) — The Federal Aviation Administration on Wednesday ordered airlines to inspect more than 1,300 regional jets for cracks in an engine mounting bracket.</p>
        <p>The emergency directive applies to twin-engine regional jets flown on behalf of American, Delta and United, as well as by several smaller airlines.</p>
        <p>No accidents have been linked to the problem, and the FAA said the risk to passengers was low, though a cracked bracket could let an engine shift.</p>
        <p>The inspections, which take about six hours per plane, could cause some flight cancellations at the start of the busy spring travel season.</p>
        <p>The agency said it had received reports of cracked brackets on four aircraft so far, all with more than 20,000 flight hours, officials said.</p>
        </div></bsp-story-page>
        <div class="Page-below"><div class="PageListStandardE"><div class="PageList-header"><h2 class="PageList-header-title">AP QUIZZES</h2></div>
        <div class="PageList-items"><div class="PageList-items-item"><a class="Link" href="https://apnews.com/hub/ap-news-quiz"><span>Test Your News I.Q.</span></a>
        <p>Think you know what happened this week? Take our quiz.</p></div></div></div></div>
        </div></main></body></html>
        """;

    [Fact]
    public void AOneTeaserBoxThePassAppendedAfterTheStoryGoes()
    {
        var article = new ArticleExtractor().Extract(Page).Article;

        Assert.NotNull(article);
        Assert.Contains(article.Paragraphs, p => p.Contains("four aircraft", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("quiz", StringComparison.OrdinalIgnoreCase) || p.Contains("News I.Q.", StringComparison.Ordinal));
    }

    [Theory]
    // Before the story's main part: not a box the pass appended after it.
    [InlineData("<div><a href='/quiz'>Test Your News I.Q.</a></div><div>{STORY}</div>", 0)]
    // After it, a line with a link: a teaser.
    [InlineData("<div>{STORY}</div><div><a href='/quiz'>Test Your News I.Q.</a><p>Take our quiz.</p></div>", 1)]
    // After it, but without a link to another page, or a paragraph of its own: the story's tail.
    [InlineData("<div>{STORY}</div><div><p>Jennifer Ruiz in Dallas contributed to this report.</p></div>", 0)]
    [InlineData("<div>{STORY}</div><div><a href='#top'>Back to top</a></div>", 0)]
    [InlineData("<div>{STORY}</div><p>More at <a href='/report'>the report</a>.</p>", 0)]
    // After it, a row of cards under the row's heading, each a linked headline over its summary: teasers, however long.
    [InlineData("<div>{STORY}</div><section><h2>More from Economy</h2>{CARD}{CARD}</section>", 1)]
    [InlineData("<div>{STORY}</div><section><h2>More from Economy</h2><div>{CARD}{CARD}{CARD}</div></section>", 1)]
    // A card beside a block with prose before its link, or beside a paragraph: the story's own text.
    [InlineData("<div>{STORY}</div><section>{CARD}<div>The bank said <a href='/rates'>rates</a><p>would hold.</p></div></section>", 0)]
    [InlineData("<div>{STORY}</div><section>{CARD}<p><a href='/rates'>Rates</a> held for a third month, the bank said on Wednesday.</p></section>", 0)]
    // Whole briefs under the story, each an <article> with its linked headline, byline and paragraphs: other stories,
    // also inside the page's one wrapper; there a short link box is not judged.
    [InlineData("<div>{STORY}</div><section><h2>More local news</h2>{BRIEF}{BRIEF}</section>", 1)]
    [InlineData("<div id='site-container'><article>{STORY}</article><section><h2>More local news</h2>{BRIEF}{BRIEF}</section></div>", 1)]
    [InlineData("<div id='site-container'><article>{STORY}</article><div><a href='/quiz'>Take our quiz</a></div></div>", 0)]
    // One brief is no row, and a brief whose headline links nowhere else is the page's own.
    [InlineData("<div id='site-container'><article>{STORY}</article><section><h2>More local news</h2>{BRIEF}</section></div>", 0)]
    [InlineData("<div id='site-container'><article>{STORY}</article><section>{OWN}{OWN}</section></div>", 0)]
    public void OnlyShortLinkBoxesAfterTheMainPartGo(string parts, int expected)
    {
        const string Brief = "<article><h3><a href='/news/water-rates/article_8b22.html'>Shippenville raises water rates 8% to fund new well</a></h3>" +
            "<p>By Dale Kerschner Correspondent</p><div><p>Shippenville Borough Council on Tuesday approved an 8% increase in water rates beginning in January.</p>" +
            "<p>The new well is expected to be online by fall 2026, the council said.</p></div></article>";
        const string Own = "<article><h3><a href='#part-2'>Part two</a></h3><p>The inspections take about six hours per plane, and could cause some cancellations at the start of the busy season.</p></article>";
        const string Story = "<p>The emergency directive applies to twin-engine regional jets flown on behalf of American, Delta and United, as well as by several smaller airlines.</p>" +
            "<p>No accidents have been linked to the problem, and the FAA said the risk to passengers was low, though a cracked bracket could let an engine shift.</p>" +
            "<p>The inspections, which take about six hours per plane, could cause some flight cancellations at the start of the busy spring travel season.</p>" +
            "<p>The agency said it had received reports of cracked brackets on four aircraft so far, all with more than 20,000 flight hours, officials said.</p>";
        const string Card = "<div><a href='/economy/inflation-361700'><h3>Inflation slowed to 2.3 percent in November</h3></a>" +
            "<p>Consumer prices rose more slowly than in October, the statistics office said. Fuel got cheaper while food kept rising.</p><span>5 hours ago</span></div>";
        var html = parts.Replace("{STORY}", Story, StringComparison.Ordinal).Replace("{CARD}", Card, StringComparison.Ordinal)
            .Replace("{BRIEF}", Brief, StringComparison.Ordinal).Replace("{OWN}", Own, StringComparison.Ordinal);
        var document = DocumentParser.Parse("<div id='readability-page-1' class='page'>" + html + "</div>");
        var page = document.GetElementById("readability-page-1")!;

        Assert.Equal(expected, AppendedTeasers.Remove(page));
    }
}
