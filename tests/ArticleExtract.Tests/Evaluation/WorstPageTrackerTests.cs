using ArticleExtract.Evaluation.Corpus;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class WorstPageTrackerTests
{
    [Fact]
    public void Keeps_the_lowest_f1_pages_worst_first_within_capacity()
    {
        var tracker = new WorstPageTracker(capacity: 2);
        Offer(tracker, "good", "a b c d e", "a b c d e");
        Offer(tracker, "bad", "a b c d e", "x y z w v");
        Offer(tracker, "half", "a b c d e f", "a b c d e x y");

        Assert.True(tracker.RankedByF1);
        Assert.Equal(["bad", "half"], tracker.Pages.Select(p => p.Id));
        Assert.Equal(0.0, tracker.Pages[0].Score);
        Assert.Equal("x y z w v", tracker.Pages[0].Leaked);
        Assert.Equal("a b c d e", tracker.Pages[0].Missed);
    }

    [Fact]
    public void Without_body_text_pages_rank_by_snippet_misses_and_show_the_snippets()
    {
        var tracker = new WorstPageTracker();
        var entry = new ManifestEntry("s1", "x.gz", null, new ExpectedValues { With = ["kept text", "lost text"], Without = ["menu", "cookie notice"] });
        var body = "kept text, menu and cookie notice";
        tracker.Offer(entry, body, PageScorer.Score(entry.Expected, new ExtractedFields { Body = body }));
        var clean = new ManifestEntry("s2", "x.gz", null, new ExpectedValues { With = ["kept"] });
        tracker.Offer(clean, "kept", PageScorer.Score(clean.Expected, new ExtractedFields { Body = "kept" }));

        Assert.False(tracker.RankedByF1);
        var page = Assert.Single(tracker.Pages);
        Assert.Equal("s1", page.Id);
        Assert.Equal(3, page.Score);
        Assert.Equal("cookie notice", page.Leaked);
        Assert.Equal("lost text", page.Missed);
    }

    private static void Offer(WorstPageTracker tracker, string id, string expected, string predicted)
    {
        var entry = new ManifestEntry(id, "x.gz", null, new ExpectedValues { BodyText = expected });
        tracker.Offer(entry, predicted, PageScorer.Score(entry.Expected, new ExtractedFields { Body = predicted }));
    }
}
