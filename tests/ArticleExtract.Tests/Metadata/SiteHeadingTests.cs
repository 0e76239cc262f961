using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class SiteHeadingTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("./", true)]
    [InlineData("index.html", true)]
    [InlineData("/index.php", true)]
    [InlineData("https://www.example.com/", true)]
    [InlineData("https://www.example.com", true)]
    [InlineData("//www.example.com/", true)]
    [InlineData("https://web.archive.org/web/20080731095558/http://www.dimido.de/", true)]
    [InlineData("/2024/03/05/story.html", false)]
    [InlineData("https://www.example.com/news/", false)]
    [InlineData("/index.php?p=2", false)]
    [InlineData("https://www.example.com/?page=2", false)]
    [InlineData("https://web.archive.org/web/20080731095558/http://www.dimido.de/2008/07/post/", false)]
    [InlineData("#top", false)]
    [InlineData(null, false)]
    public void RecognisesHomePageLinks(string? href, bool expected) => Assert.Equal(expected, SiteHeading.IsHome(href));

    [Fact]
    public void AHeadingWhoseWholeTextLinksHomeIsTheSiteName()
    {
        var document = DocumentParser.Parse("<h1><a href='/'>DimidoBlog</a></h1><h2><a href='/'>Home</a> Was ist Virales Marketing?</h2>");
        Assert.True(SiteHeading.IsHomeLink(document.QuerySelector("h1")!, "DimidoBlog"));
        Assert.False(SiteHeading.IsHomeLink(document.QuerySelector("h2")!, "Home Was ist Virales Marketing?"));
    }
}
