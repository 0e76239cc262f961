using ArticleExtract.Metadata;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class BylineNormalizerTests
{
    [Theory]
    [InlineData("By JANE DOE | Staff Writer, March 5, 2024", new[] { "JANE DOE" })]
    [InlineData("By Jane Doe, John Roe and Ann Lee", new[] { "Jane Doe", "John Roe", "Ann Lee" })]
    [InlineData("Von Hans Müller und Eva Schmidt", new[] { "Hans Müller", "Eva Schmidt" })]
    [InlineData("Jane Doe, Associated Press", new[] { "Jane Doe" })]
    [InlineData("Jane Doe @janedoe", new[] { "Jane Doe" })]
    [InlineData("Robert De Niro", new[] { "Robert De Niro" })]
    [InlineData("Written by: Jane Doe", new[] { "Jane Doe" })]
    public void ExtractsNames(string raw, string[] expected) =>
        Assert.Equal(expected, BylineNormalizer.Names(raw, ["Example News"]));

    [Theory]
    [InlineData("Example News")]
    [InlineData("Reuters")]
    [InlineData("March 5, 2024")]
    [InlineData("https://example.com/jane")]
    [InlineData("the council approved the budget on Tuesday after a long debate")]
    [InlineData("Staff Writer")]
    public void ReturnsNoNameForNonPeople(string raw) => Assert.Empty(BylineNormalizer.Names(raw, ["Example News"]));

    [Fact]
    public void JoinsNamesAsAReaderWrites() =>
        Assert.Equal("A One, B Two and C Three", BylineNormalizer.Join(["A One", "B Two", "C Three"]));
}
