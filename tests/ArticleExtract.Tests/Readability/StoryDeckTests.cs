using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Xunit;

namespace ArticleExtract.Tests.Readability;

public sealed class StoryDeckTests
{
    private const string Opening = "The House of Representatives Committee on Power has given the Rural Electrification Agency a seven-day " +
                                   "ultimatum to submit documents on 214 solar mini-grid and grid-extension projects said to have been abandoned.";

    private const string Second = "The committee chairman issued the directive on Friday in Abuja during an investigative hearing into the status " +
                                  "of projects awarded between 2019 and 2023 under the agency's rural electrification fund.";

    private static (bool Restored, List<string> Blocks) Restore(string underHeadline)
    {
        var document = DocumentParser.Parse("<html><body><article><h1>Reps probe abandoned projects</h1>" + underHeadline +
                                            "<div class='post-content'><p>" + Opening + "</p><p>" + Second + "</p></div></article></body></html>");
        var deck = StoryDeck.Find(document.QuerySelector("h1"));
        List<string> blocks = [Opening, Second];
        if (deck is null)
        {
            return (false, blocks);
        }

        var metadata = new PageMetadata { Headline = "Reps probe abandoned projects", Byline = "Chinedu Okafor and Abiodun Sanusi", Authors = ["Chinedu Okafor", "Abiodun Sanusi"] };
        return (deck.Restore(blocks, metadata), blocks);
    }

    [Fact]
    public void ADeckUnderTheHeadlineOpensTheStory()
    {
        const string deck = "Lawmakers say contractors collected mobilisation fees and abandoned sites in 31 states.";
        var (restored, blocks) = Restore("<p class='deck'>" + deck + "</p>");
        Assert.True(restored);
        Assert.Equal([deck, Opening, Second], blocks);
    }

    [Fact]
    public void TheBylineAndDateRowIsNoDeck()
    {
        // Judged alone, the row is all the filter is given, and it keeps a lone header line rather than return nothing.
        var (restored, blocks) = Restore("<div class='post-meta'><span class='post-author'>Chinedu Okafor and Abiodun Sanusi</span> " +
                                         "<span class='post-date'>Saturday, 6th December 2025, Abuja Bureau</span></div>");
        Assert.False(restored);
        Assert.Equal([Opening, Second], blocks);
    }

    [Fact]
    public void AShortLineIsNoDeckHoweverDeeplyIndented()
    {
        var document = DocumentParser.Parse("<html><body><article><h1>Reps probe abandoned projects</h1><div class='post-meta'>\n" +
                                            "            <span>Okafor and Sanusi</span>\n            <span>Six hearings are planned in Abuja</span>\n" +
                                            "          </div><div class='post-content'><p>" + Opening + "</p><p>" + Second + "</p></div></article></body></html>");
        Assert.Null(StoryDeck.Find(document.QuerySelector("h1")));
    }
}
