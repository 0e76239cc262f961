using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class PullQuotesTests
{
    private const string Story =
        "<p>Most makers chose mildly flammable gases. Others went further, to propane, whose warming potential is close to zero. " +
        "“If you’re going to retrain every installer in the country on a flammable refrigerant anyway, why would you stop halfway?” " +
        "says Hanne Solberg, chief engineer at Fjordtherm.</p>" +
        "<p>The catch is the charge size: building codes limit how much flammable refrigerant may sit inside a home.</p>";

    private static string Cleaned(string quote)
    {
        var body = DocumentParser.Parse("<html><body><article>" + Story + quote + "</article></body></html>").Body!;
        PullQuotes.Remove(body);
        return NodeText.Of(body);
    }

    [Theory]
    // Trimmed and reworded by the editor, attribution beside it: Condé Nast's component, WordPress's block, a plain class.
    [InlineData("<div class='PullQuoteWrapper-fHjkLm'><blockquote><p>“If you’re retraining every installer anyway, why stop halfway?”</p>" +
                "<cite>—Hanne Solberg, Fjordtherm</cite></blockquote></div>")]
    [InlineData("<figure class='wp-block-pullquote'><blockquote><p>If you are going to retrain every installer anyway, why stop halfway?</p>" +
                "<cite>Hanne Solberg</cite></blockquote></figure>")]
    [InlineData("<div class='pull-quote pull-quote--right'><p>“If you’re going to retrain every installer … anyway, why would you stop halfway?”</p>" +
                "<p class='pull-quote__cite'>—Hanne Solberg, chief engineer</p></div>")]
    public void ANamedPullQuoteTheStoryRepeatsGoesWithItsAttribution(string quote)
    {
        var text = Cleaned(quote);
        Assert.DoesNotContain("—Hanne", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stop halfway?”\n", text, StringComparison.Ordinal);
        Assert.Contains("The catch is the charge size", text, StringComparison.Ordinal);
        Assert.Single(AllIndexes(text, "halfway"));
    }

    [Theory]
    // An epigraph: named a pull quote, but no paragraph holds its words.
    [InlineData("<aside class='pullquote'><p>All adventures are mysteries connecting the past with the plans we make.</p><cite>Mammut</cite></aside>")]
    // The story's words, but in a plain block quote: the block filter judges those, by exact repeats only.
    [InlineData("<blockquote><p>“If you’re retraining every installer anyway, why stop halfway?”</p></blockquote>")]
    // A wrapper named for the pull quotes it may hold is longer than any quote.
    [InlineData("<div class='pullquote-enabled'><p>If you are going to retrain every installer anyway, why stop halfway? " +
                "That question runs through the industry this year, from the factories in Norway to the installers in Massachusetts, " +
                "and the answer each maker gives decides which gas its next model carries, how its crews are trained, what the " +
                "building codes will allow in a home, and whether the fire services near its customers have updated their own training " +
                "for what they may meet in a basement.</p></div>")]
    public void OtherQuotesStay(string quote)
    {
        var body = DocumentParser.Parse("<html><body><article>" + Story + quote + "</article></body></html>").Body!;
        var before = NodeText.Of(body);
        PullQuotes.Remove(body);
        Assert.Equal(before, NodeText.Of(body));
    }

    [Theory]
    [InlineData("we were under a boil notice half the year", "the town was under a boil notice for half of the year the former mayor said", true)]
    // Most of its words, but not in order: the paragraph only shares the subject.
    [InlineData("the year half notice boil a under were we", "the town was under a boil notice for half of the year the former mayor said", false)]
    [InlineData("nobody was watching the water bills in town", "the council approved the contract in a fourteen minute meeting", false)]
    public void RepeatsCountsWordsInOrder(string quote, string paragraph, bool repeats) =>
        Assert.Equal(repeats, PullQuotes.Repeats(paragraph.Split(' '), quote.Split(' ')));

    private static List<int> AllIndexes(string text, string word)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }
}
