using ArticleExtract.Dom;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Dom;

/// <summary>The set answers by identity, the same below and above the size where it starts hashing.</summary>
public sealed class ElementSetTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void HoldsWhatWasAddedAndNothingElse(int added)
    {
        var document = DocumentParser.Parse("<html><body>" + string.Concat(Enumerable.Repeat("<p class='same'>same</p>", 60)) + "</body></html>");
        var paragraphs = document.QuerySelectorAll("p").ToList();
        var set = new ElementSet();

        for (var i = 0; i < added; i++)
        {
            Assert.True(set.Add(paragraphs[i]));
        }

        Assert.False(set.Add(paragraphs[0]));
        Assert.Equal(added, set.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            // Elements equal in every attribute and in text are still other elements.
            Assert.Equal(i < added, set.Contains(paragraphs[i]));
        }
    }
}
