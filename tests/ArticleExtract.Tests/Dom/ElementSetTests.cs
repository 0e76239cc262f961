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

    // Above the hashing size, elements of names the set holds none of are answered by their name; those of a held
    // name by identity.
    [Fact]
    public void AnswersByNameThenIdentityAboveTheHashingSize()
    {
        var document = DocumentParser.Parse("<html><body>" + string.Concat(Enumerable.Repeat("<div><section><p>same</p></section></div>", 20)) + "</body></html>");
        var divs = document.QuerySelectorAll("div").ToList();
        var sections = document.QuerySelectorAll("section").ToList();
        var set = new ElementSet();
        for (var i = 0; i < 10; i++)
        {
            set.Add(divs[i]);
        }

        set.Add(sections[15]);
        Assert.True(set.Contains(divs[9]));
        Assert.False(set.Contains(divs[10]));
        Assert.True(set.Contains(sections[15]));
        Assert.False(set.Contains(sections[14]));
        Assert.All(document.QuerySelectorAll("p"), paragraph => Assert.False(set.Contains(paragraph)));
    }
}
