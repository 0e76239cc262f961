using ArticleExtract.Metadata;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class HeadlineLeadTests
{
    [Theory]
    [InlineData("» Jens Weber", "Jens Weber")]
    [InlineData("[> Jens Weber", "Jens Weber")]
    [InlineData("23.01.2022 - Dorothea Wierer darf noch jubeln", "Dorothea Wierer darf noch jubeln")]
    [InlineData("2024-03-05 | Council approves budget", "Council approves budget")]
    [InlineData("India News | Delhi Metro to Extend Magenta Line Services by 30 Minutes", "Delhi Metro to Extend Magenta Line Services by 30 Minutes")]
    [InlineData("Agency News | Council approves budget", "Council approves budget")]
    public void AMarkOrADateBeforeTheHeadlineGoes(string headline, string expected) =>
        Assert.Equal(expected, HeadlineLead.Strip(headline));

    [Theory]
    [InlineData("[Rezi] Love is War")]
    [InlineData("«Gute Löhne alleine reichen nicht»")]
    [InlineData("2022 - the year in review")]
    [InlineData("-20 degrees in Moscow")]
    [InlineData("»")]
    [InlineData("News of the World | The paper's last edition")]
    [InlineData("Good News: the river is clean again")]
    public void BracketsQuotesYearsAndSignsThatArePartOfTheHeadlineStay(string headline) =>
        Assert.Equal(headline, HeadlineLead.Strip(headline));
}
