using ArticleExtract.Metadata;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class TitleAgreementTests
{
    [Theory]
    [InlineData("Lotte Tobisch ist tot", "Chronik: Lotte Tobisch ist tot")]
    [InlineData("Kaeser verarscht Neubauer", "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer")]
    [InlineData("Bielersee-Winterhechte", "Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin")]
    [InlineData("Ladensterben immer dramatischer", "Ladensterben immer dramatischer » ☆☆☆☆☆ - Journalistenwatch e.V.")]
    [InlineData("Interning of Small Integers in Python", "Four Years Remaining » Blog Archive » Interning of Small Integers in Python")]
    public void AHeadingIsTheTitleLessAKickerOrAffix(string heading, string title) =>
        Assert.True(TitleAgreement.IsPartOf(heading, title, []));

    [Theory]
    [InlineData("The New York Times", "United States to Lift Sudan Sanctions - The New York Times")]
    [InlineData("Silicon Exposed", "Silicon Exposed: Open Verilog flow for Silego GreenPak4 programmable logic devices")]
    [InlineData("Mandarinen-Schmand-Kuchen", "Mandarinen-Schmand-Kuchen von jesusfreak | Chefkoch")]
    [InlineData("Short", "Short: a much longer title")]
    [InlineData("痞客邦 PIXNET", "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET")]
    public void TheShortPartOfATitleDoesNotAgree(string heading, string title) =>
        Assert.False(TitleAgreement.IsPartOf(heading, title, []));

    [Fact]
    public void AKnownSiteNameMayBeLongerThanTheHeading() =>
        Assert.True(TitleAgreement.IsPartOf("Faire Lieferketten", "Faire Lieferketten - Evangelisches Jugendwerk in Württemberg", ["Evangelisches Jugendwerk in Württemberg"]));

    [Fact]
    public void LooseAgreementTakesAnyAffixForThreeWordsOrMore()
    {
        const string title = "Archive of Our Own Fan Fiction Beta - Conversations with a Cryptid";
        Assert.False(TitleAgreement.IsPartOf("Conversations with a Cryptid", title, []));
        Assert.True(TitleAgreement.IsPartOf("Conversations with a Cryptid", title, [], loose: true));
        Assert.False(TitleAgreement.IsPartOf("Two Words", "Two Words - and a much longer story title here", [], loose: true));
    }

    [Theory]
    [InlineData("Mandarinen-Schmand-Kuchen", "Mandarinen-Schmand-Kuchen von jesusfreak | Chefkoch", true)]
    [InlineData("Der historische Purzelbaum", "Der historische Purzelbaum (2021/5)", true)]
    [InlineData("Der historische Purz", "Der historische Purzelbaum (2021/5)", false)]
    [InlineData("Kurz", "Kurz und gut", false)]
    public void APrefixEndsOnAWordBoundary(string heading, string title, bool expected) =>
        Assert.Equal(expected, TitleAgreement.IsPrefixOf(heading, title));
}
