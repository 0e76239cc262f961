using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Xunit;

namespace ArticleExtract.Tests.Extraction;

public sealed class StoryDeckTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly ArticleExtractor Extractor = new();

    private const string Deck = "Forecasters warn up to two feet of snow could fall downwind of the lakes through the weekend.";
    private const string First = "BUFFALO, N.Y. — An early-season storm brought heavy lake-effect snow to western New York on Thursday, closing schools.";
    private const string Second = "The National Weather Service said travel would be very difficult to impossible in the heaviest bands through Saturday.";

    private static string Page(string deckHtml, string between = "") => $"""
        <html><head><title>Storm brings lake-effect snow</title></head><body>
        <div class="post-header"><h1>Storm brings lake-effect snow</h1>{deckHtml}<div class="meta">Jane Doe</div></div>
        {between}<div class="content"><p>{First}</p><p>{Second}</p></div></body></html>
        """;

    // The deck as read from the page, put back into blocks that stand for what the story gave.
    private static List<string> Restored(string html, params string[] blocks)
    {
        var document = DocumentParser.Parse(html);
        var metadata = MetadataReader.Read(document, null, Now);
        var list = blocks.ToList();
        StoryDeck.Find(metadata.HeadlineElement)?.Restore(list, metadata);
        return list;
    }

    [Theory]
    [InlineData("<h2 data-testid='standfirst'>{0}</h2>")]
    [InlineData("<div class='sub-title'>{0}</div>")]
    [InlineData("<h4>{0}</h4>")]
    [InlineData("<div class='header-teaser'><p class='header-teaser__text'>{0}</p></div>")]
    public void TheDeckUnderTheHeadlineOpensAStoryThatStartsWithTheProseAfterIt(string deckHtml) =>
        Assert.Equal([Deck, First, Second], Restored(Page(string.Format(System.Globalization.CultureInfo.InvariantCulture, deckHtml, Deck)), First, Second));

    [Fact]
    public void TheSummaryPointsUnderTheHeadlineEachOpenTheStory() =>
        Assert.Equal(
            ["Transport Department says trial of roadside cameras will begin in January, with automatic tickets", "Drivers' groups warn the scheme could hit delivery workers hardest", First, Second],
            Restored(Page("<div class='summary'><ul><li>Transport Department says trial of roadside cameras will begin in January, with automatic tickets</li>" +
                          "<li>Drivers' groups warn the scheme could hit delivery workers hardest</li></ul></div>"), First, Second));

    [Fact]
    public void SummaryPointsUnderTheHeadlineMayBeFragments() =>
        Assert.Equal(
            ["서울교통공사 “2028년 완료 목표, 2031년으로”", "시민단체 “안전 투자 미루면 사고 위험 커져”", First, Second],
            Restored(Page("<ul class='subtitleList'><li>서울교통공사 “2028년 완료 목표, 2031년으로”</li><li>시민단체 “안전 투자 미루면 사고 위험 커져”</li></ul>"), First, Second));

    [Theory]
    [InlineData("<ul><li><a href='/a'>Storm closes schools across the region for a second day</a></li><li><a href='/b'>Plows fall behind as snow piles up</a></li></ul>")]
    [InlineData("<ul><li>Short point</li><li>Another one</li></ul>")]
    [InlineData("<ul><li>12.11.2025 · 14:30</li><li>1,204 views · 32</li></ul>")]
    public void ListsOfLinksOrOfShortLabelsAreNoSummary(string list) =>
        Assert.Equal([First, Second], Restored(Page(list), First, Second));

    [Fact]
    public void TheDeckAfterTheHeadlinesOwnWrapperIsRead() =>
        Assert.Equal([Deck, First, Second], Restored(
            Page($"<h2>{Deck}</h2>").Replace("<h1>Storm brings lake-effect snow</h1>", "<div class='title'><h1>Storm brings lake-effect snow</h1></div>", StringComparison.Ordinal),
            First, Second));

    [Theory]
    // The byline and date row between the headline and the deck; a row that is no meta line stays the candidate.
    [InlineData("<div class='entry-meta'><span class='byline'>Von Lena Hartwig</span> <time>05.03.2025, 14:32 Uhr</time></div>", true)]
    [InlineData("<div class='entry-meta'>by Stephanie Pappas | October 31, 2014</div><div class='kicker'>Weather</div>", false)]
    public void TheDeckAfterTheBylineAndDateRowIsRead(string row, bool restored) =>
        Assert.Equal(restored ? [Deck, First, Second] : [First, Second],
            Restored(Page(row + $"<p class='entry-lead'>{Deck}</p>"), First, Second));

    [Fact]
    public void AnExcerptRepeatingTheStorysFirstParagraphIsNoDeck() =>
        Assert.Equal([First, Second], Restored(
            Page("<div class='entry-meta'><span class='byline'>Von Lena Hartwig</span> <time>05.03.2025, 14:32 Uhr</time></div>" +
                 $"<div class='intro'><strong>Summary:</strong> By Jane Doe{First}</div>"),
            First, Second));

    [Fact]
    public void ChromeBetweenTheDeckAndTheStoryDoesNotSeparateThem() =>
        Assert.Equal([Deck, First, Second], Restored(
            Page($"<h2>{Deck}</h2>", "<div class='signup'><p>Sign up to our free morning headlines email for the latest news every single morning.</p></div>"),
            First, Second));

    private const string Point = "A magnitude 5.8 earthquake shook Oaxaca early on Wednesday morning.";

    [Fact]
    public void TheDeckComesBeforeTheKeyPointsPrintedBetweenItAndTheProse() =>
        Assert.Equal([Deck, "What you need to know:", Point, First, Second], Restored(
            Page($"<h2>{Deck}</h2>", $"<div class='points'><p>What you need to know:</p><ul><li>{Point}</li></ul></div>"),
            "What you need to know:", Point, First, Second));

    [Fact]
    public void BlocksPrintedElsewhereBeforeTheProseKeepTheDeckOut() =>
        Assert.Equal([Elsewhere, First, Second], Restored(Page($"<h2>{Deck}</h2>"), Elsewhere, First, Second));

    private const string Elsewhere = "A different story in the page's lower column tells of a museum that reopened its doors after repairs.";

    // Past the first few paragraphs after the deck, the story the blocks open with is another one.
    [Fact]
    public void AStoryThatOpensElsewhereGetsNoDeck() =>
        Assert.Equal([Elsewhere], Restored(Page($"<h2>{Deck}</h2>").Replace("</body>", $"<section><p>{Second}</p><p>{First}</p><p>{Elsewhere}</p></section></body>", StringComparison.Ordinal), Elsewhere));

    [Fact]
    public void ADeckTheStoryHoldsAlreadyIsNotRepeated() =>
        Assert.Equal([First, Deck, Second], Restored(Page($"<h2>{Deck}</h2>"), First, Deck, Second));

    [Theory]
    [InlineData("<div class='meta'>by Stephanie Pappas, Live Science Contributor | October 31, 2014 07:15am ET</div>")]
    [InlineData("<p>Publié le 20/11/25 à 11h32 — Mis à jour le 20/11/25 à 14h05 — 3 min</p>")]
    // A row of the desk, the posting's day and time and the source: enough words for a deck, but no deck gives a time.
    [InlineData("<div class='detail-info'><span>Redaksi WartaMinang</span> &middot; <span>Rabu, 19 November 2025 - 21:47 WIB</span> <span>Sumber: ANTARA</span></div>")]
    [InlineData("<h2>Short deck line.</h2>")]
    [InlineData("<div class='deck'><p>One paragraph of the header that reads like a deck would.</p><p>And another one beside it here.</p></div>")]
    public void BylinesDateLinesShortLinesAndBoxesOfSeveralBlocksAreNoDeck(string deckHtml) =>
        Assert.Equal([First, Second], Restored(Page(deckHtml), First, Second));

    [Fact]
    public void TheDeckInTheHeaderComesBackAboveTheStoryColumnPastAPromptBetween()
    {
        // The deck in the header, a newsletter prompt between it and the story's column, whose lead the pass keeps.
        var page = $"""
            <html><head><title>Storm brings lake-effect snow</title></head><body><main>
            <header id="articleHeader"><h1>Storm brings lake-effect snow</h1><h2 data-testid="standfirst">{Deck}</h2>
            <div data-testid="author-and-date"><a rel="author" href="/author/jd">Jane Doe</a>
            <time datetime="2025-11-20T10:00:00Z">Thursday 20 November 2025</time></div></header>
            <div class="newsletter"><p>Sign up to our free Morning Headlines email for the latest news every morning of the week.</p>
            <form><input type="email"><button>Sign up</button></form></div>
            <div id="main" data-testid="article-body"><p>{First}</p><p>{Second}</p>
            <p>Crews worked through the night to keep the main roads open, and the state brought in extra plows from downstate.</p>
            </div></main></body></html>
            """;

        Assert.Equal(Deck, Extractor.Extract(page).Article!.Paragraphs[0]);
    }
}
