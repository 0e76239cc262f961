using AngleSharp.Dom;
using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Xunit;

namespace ArticleExtract.Tests.Extraction;

public sealed class LiveStreamTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static readonly (string Title, string[] Text)[] Updates =
    [
        ("Departures board starting to turn green",
            ["The first departure since the fault, a Loganair flight to Stornoway, took off at 09:14, and a steady stream of flights has left since then."]),
        ("'We were told nothing for two hours'",
            ["Karen Mitchell, from Paisley, was due to fly to Alicante with her two children at 07:05 and spent the morning on the tarmac.",
             "“We sat on the plane for nearly two hours and were told nothing,” she said, adding that the children were exhausted."]),
        ("What caused the failure?",
            ["NATS, which runs air traffic control at 13 of the UK's biggest airports, said a technical issue with a flight data server had stopped controllers receiving data automatically.",
             "Controllers switched to entering flight plans by hand, a much slower process, which cut the number of aircraft that could be handled.",
             "It is the second significant failure in the country's air traffic system in two years, after a fault in August 2023 disrupted 700,000 passengers.",
             "The company said engineers had replaced the faulty server by mid-morning and that it would publish a report on what went wrong within a month."]),
        ("Airport statement",
            ["A Glasgow Airport spokesperson said departures had resumed and thanked passengers for their patience during a very difficult morning."]),
    ];

    // A live page as a BBC-style template sets it: a list of entries, each an article with a header holding the time
    // stamp and the title, the text in a body box, a share footer; a call for readers' stories among the entries. The
    // longest entry holds more than the readability pass's 500 characters, below which it parses the page anew.
    private static string LivePage(Func<int, string> time, string title = "h3") =>
        "<html><head><title>Glasgow Airport: Flights grounded - BBC News</title></head><body><main>" +
        "<h1>Glasgow Airport: Flights grounded after air traffic control failure</h1><div class='post-stream'><ol class='stream-list'>" +
        string.Concat(Updates.Select((update, i) =>
            "<li class='list-item'><article><header class='header-wrapper'><div class='timestamp'><span>published at</span>" + time(i) + "</div>" +
            $"<{title} class='heading-wrapper'><span>{update.Title}</span></{title}></header>" +
            "<div class='rich-text-container'>" + string.Concat(update.Text.Select(text => $"<p>{text}</p>")) + "</div>" +
            "<footer><button>Share</button></footer></article></li>" +
            (i == 1 ? "<li class='list-item'><section><h3>Get in touch</h3><p>Have you been affected by the disruption at the airport? Email us.</p></section></li>" : ""))) +
        "</ol></div></main><footer class='footer'><a href='/'>BBC Homepage</a></footer></body></html>";

    private static string Stamp(int i) => $"<time datetime='2025-08-22T{10 - i:00}:{58 - (i * 7)}:00+01:00'>{10 - i:00}:{58 - (i * 7)} BST</time>";

    [Fact]
    public void ALivePagesUpdatesAreOneStory()
    {
        // The readability pass scores each entry on its own and keeps the one with the most text.
        var article = Extractor.Extract(LivePage(Stamp)).Article;

        Assert.NotNull(article);
        Assert.Equal(Updates.SelectMany(update => update.Text.Prepend(update.Title)), article.Paragraphs);
    }

    [Fact]
    public void AListOfKeyEventsAboveTheStreamIsNotTakenForIt()
    {
        // The key events box lists the updates' titles and times, each a link to its entry, before the stream.
        var keyEvents = "<ul class='key-events'>" + string.Concat(Updates.Select((update, i) =>
            $"<li class='ke-item'><a href='#block-{i}'>{Stamp(i)}<span>{update.Title}</span></a></li>")) + "</ul>";
        var page = LivePage(Stamp).Replace("<div class='post-stream'>", keyEvents + "<div class='post-stream'>", StringComparison.Ordinal);

        Assert.Equal(Updates.SelectMany(update => update.Text.Prepend(update.Title)), Restored(page));
    }

    [Fact]
    public void TheSummaryUnderTheHeadlineOpensTheStory()
    {
        // The page's bullet points between the headline and the updates; its promotion item is links only.
        string[] points =
        [
            "All flights in and out of Glasgow Airport were grounded for almost three hours on Friday morning",
            "Passengers are warned to expect delays and cancellations for the rest of the day",
        ];
        var summary = "<div class='summary-box'><h2>Summary</h2><ul>" + string.Concat(points.Select(point => $"<li>{point}</li>")) +
                      "<li><a href='/email'>Get our breaking news email</a>, <a href='/app'>free app</a></li></ul></div>";
        var article = Extractor.Extract(LivePage(Stamp).Replace("<div class='post-stream'>", summary + "<div class='post-stream'>", StringComparison.Ordinal)).Article;

        Assert.NotNull(article);
        Assert.Equal(points.Concat(Updates.SelectMany(update => update.Text.Prepend(update.Title))), article.Paragraphs);
    }

    [Fact]
    public void EntriesMarkedWithAModifierAndAPinnedPostBesideThemAreOneStream()
    {
        // "block dcr-block" beside "block is-key-event dcr-block", and a pinned post's wrapper first under the same parent.
        var page = LivePage(Stamp)
            .Replace("<li class='list-item'><article>", "<li class='list-item item--keyed'><article>", StringComparison.Ordinal)
            .Replace("<ol class='stream-list'>", "<ol class='stream-list'><div class='pinned'><span>Pinned post</span></div>", StringComparison.Ordinal);
        var first = page.IndexOf("item--keyed", StringComparison.Ordinal);
        page = page[..first] + "list-item" + page[(first + "item--keyed".Length)..];

        Assert.Equal(Updates.SelectMany(update => update.Text.Prepend(update.Title)), Restored(page));
    }

    [Fact]
    public void EntriesWithoutAnUpdatesTimeAreNoStream()
    {
        // A list of sections without time stamps is no live page: the pass's choice stands.
        var article = Extractor.Extract(LivePage(_ => string.Empty)).Article;

        Assert.NotNull(article);
        Assert.Contains(Updates[2].Text[0], article.Paragraphs);
        Assert.DoesNotContain(Updates[0].Text[0], article.Paragraphs);
    }

    // What the pass keeps on a live page: the body of the entry with the most text.
    private static IElement KeptLongestEntry(IDocument document)
    {
        var story = document.CreateElement("div");
        var longest = document.QuerySelectorAll("ol > li").First(item => item.TextContent.Contains(Updates[2].Title, StringComparison.Ordinal));
        foreach (var kept in longest.QuerySelectorAll(".rich-text-container > p").ToList())
        {
            story.AppendChild(kept);
        }

        document.Body!.AppendChild(story);
        return story;
    }

    private static string[] Restored(string page)
    {
        var document = DocumentParser.Parse(page);
        var stream = LiveStream.Find(document.Body);
        var continuation = StoryContinuation.Record(document, liveStream: stream);
        var story = KeptLongestEntry(document);
        continuation.Restore(story);
        return story.Children.Select(block => block.TextContent).ToArray();
    }

    [Fact]
    public void TheKeptEntryTakesBackTheOtherEntriesInReadingOrder()
    {
        var blocks = Restored(LivePage(Stamp));

        Assert.Equal(Updates.SelectMany(update => update.Text.Prepend(update.Title)), blocks);
    }

    public static TheoryData<string, string> NotUpdates => new()
    {
        // A dossier: whole articles on one page, published years apart.
        { "articles years apart", "h3" },
        // Each entry has a headline of its own: the next stories loaded under this one.
        { "articles with headlines", "h1" },
        // The time sits in the link to another page: a list of teasers.
        { "teasers", "h3" },
    };

    [Theory]
    [MemberData(nameof(NotUpdates))]
    public void EntriesThatAreArticlesOrTeasersAreNoStream(string kind, string title)
    {
        Func<int, string> time = kind switch
        {
            "articles years apart" => i => $"<time datetime='{2019 - i}-05-14T12:34:08+00:00'>14 May {2019 - i}</time>",
            "teasers" => i => $"<a href='/news/story-{i}'>{Stamp(i)}</a>",
            _ => Stamp,
        };

        var blocks = Restored(LivePage(time, title));

        Assert.Contains(Updates[2].Text[0], blocks);
        Assert.DoesNotContain(Updates[0].Text[0], blocks);
        Assert.DoesNotContain(Updates[3].Text[0], blocks);
    }
}
