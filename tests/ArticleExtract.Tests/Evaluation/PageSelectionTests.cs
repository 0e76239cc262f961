using ArticleExtract.Evaluation.Corpus;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class PageSelectionTests
{
    private static List<ManifestEntry> Entries(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new ManifestEntry(i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), "x.gz", null, ExpectedValues.None))
            .ToList();

    [Fact]
    public void Small_corpora_are_taken_whole_sorted_by_id()
    {
        var entries = Entries(150);
        entries.Reverse();
        var selected = PageSelection.EveryKth(entries, 150, 250);
        Assert.Equal(150, selected.Count);
        Assert.Equal("0000", selected[0].Id);
        Assert.Equal("0149", selected[^1].Id);
    }

    [Fact]
    public void Large_corpora_take_every_kth_page_for_about_the_target()
    {
        var selected = PageSelection.EveryKth(Entries(990), 150, 250);
        // k = ceil(990 / 250) = 4: pages 0, 4, 8, ... 988.
        Assert.Equal(248, selected.Count);
        Assert.Equal("0004", selected[1].Id);
        Assert.Equal("0988", selected[^1].Id);
    }

    [Fact]
    public void Sample_is_deterministic_for_a_seed_and_keeps_manifest_order()
    {
        var entries = Entries(100);
        var first = PageSelection.Sample(entries, 10, 42);
        var second = PageSelection.Sample(entries, 10, 42);
        Assert.Equal(first.Select(e => e.Id), second.Select(e => e.Id));
        Assert.Equal(10, first.Select(e => e.Id).Distinct().Count());
        Assert.Equal(first.Select(e => e.Id).Order(StringComparer.Ordinal), first.Select(e => e.Id));
        Assert.NotEqual(first.Select(e => e.Id), PageSelection.Sample(entries, 10, 43).Select(e => e.Id));
    }

    [Fact]
    public void Limit_applies_after_sampling()
    {
        var entries = Entries(100);
        Assert.Equal(["0000", "0001", "0002"], PageSelection.Select(entries, 3, null, 0).Select(e => e.Id));
        var sampled = PageSelection.Sample(entries, 10, 7);
        Assert.Equal(sampled.Take(4).Select(e => e.Id), PageSelection.Select(entries, 4, 10, 7).Select(e => e.Id));
    }
}
