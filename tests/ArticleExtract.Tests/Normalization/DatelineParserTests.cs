using ArticleExtract.Normalization;
using Xunit;

namespace ArticleExtract.Tests.Normalization;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("SEOUL, South Korea (AP) — North Korean leader Kim Jong Un made", "SEOUL, South Korea (AP) —", "SEOUL, South Korea", "AP", "North Korean leader Kim Jong Un made")]
    [InlineData("WASHINGTON (Reuters) - The Senate voted on Tuesday", "WASHINGTON (Reuters) -", "WASHINGTON", "Reuters", "The Senate voted on Tuesday")]
    [InlineData("(CNN) — A powerful storm hit the coast", "(CNN) —", null, "CNN", "A powerful storm hit the coast")]
    [InlineData("Hong Kong (CNN Business) China's economy grew", "Hong Kong (CNN Business)", "Hong Kong", "CNN Business", "China's economy grew")]
    [InlineData("BERLIN -- Germany's parliament on Friday", "BERLIN --", "BERLIN", null, "Germany's parliament on Friday")]
    [InlineData("NEW DELHI: India's monsoon arrived early", "NEW DELHI:", "NEW DELHI", null, "India's monsoon arrived early")]
    [InlineData("Indianapolis – The city council approved", "Indianapolis –", "Indianapolis", null, "The city council approved")]
    [InlineData("WASHINGTON, D.C. — Lawmakers returned", "WASHINGTON, D.C. —", "WASHINGTON, D.C.", null, "Lawmakers returned")]
    [InlineData("LOS ANGELES (AP) — A judge ruled", "LOS ANGELES (AP) —", "LOS ANGELES", "AP", "A judge ruled")]
    [InlineData("BERLIN (dpa) — Rain returned", "BERLIN (dpa) —", "BERLIN", "dpa", "Rain returned")]
    [InlineData("SEOUL —", "SEOUL —", "SEOUL", null, "")]
    public void SplitsDatelines(string paragraph, string text, string? location, string? agency, string rest)
    {
        var parsed = DatelineParser.TryParse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal(new Dateline(text, location, agency), parsed.Value.Dateline);
        Assert.Equal(rest, parsed.Value.Remainder);
    }

    [Theory]
    [InlineData("DEAR ABBY: My husband and I have been married for ten years.")]
    [InlineData("UPDATE: The road has reopened.")]
    [InlineData("Tested by: John Smith")]
    [InlineData("In October, Rep. David McKinley, R-W.Va., visited the plant.")]
    [InlineData("A HUNTER who killed a protected bear was fined.")]
    [InlineData("CLICK FOR FULL RESULTS")]
    [InlineData("North Korean leader Kim Jong Un made another inspection tour.")]
    [InlineData("Note: prices may vary.")]
    [InlineData("The U.S.-led coalition said on Monday")]
    [InlineData("Kim has been trying to beef up ties with China and Russia.")]
    [InlineData("However — and this matters — the vote failed.")]
    public void RefusesLookAlikes(string paragraph) => Assert.Null(DatelineParser.TryParse(paragraph));

    [Fact]
    public void LongInputIsExaminedOnlyAtItsStart()
    {
        var paragraph = "BERLIN — " + new string('x', 200_000);
        var parsed = DatelineParser.TryParse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal("BERLIN —", parsed.Value.Dateline.Text);
    }
}
