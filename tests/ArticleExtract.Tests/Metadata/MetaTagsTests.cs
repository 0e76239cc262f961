using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class MetaTagsTests
{
    private static MetaTags Read(string head) => MetaTags.Read(DocumentParser.Parse("<html><head>" + head + "</head><body></body></html>"));

    [Fact]
    public void APropertyValueReplacesANameValueForTheSameKey() =>
        Assert.Equal("Open Graph property title", Read("""
            <meta name="og:title" content="Open Graph name title"><meta property="og:title" content="Open Graph property title">
            """).Get("og:title"));

    [Fact]
    public void TheFirstOfTwoPropertyValuesStays() =>
        Assert.Equal("First", Read("""<meta property="og:title" content="First"><meta property="og:title" content="Second">""").Get("og:title"));

    [Fact]
    public void SpaceSeparatedPropertiesAreEachIndexed()
    {
        var tags = Read("""<meta property="og:title twitter:title" content="A title">""");
        Assert.Equal("A title", tags.Get("og:title"));
        Assert.Equal("A title", tags.Get("twitter:title"));
    }

    [Fact]
    public void AListedItemsMicrodataIsNotThePagesOwn()
    {
        var tags = MetaTags.Read(DocumentParser.Parse("""
            <html><body><article itemscope itemtype="http://schema.org/NewsArticle"><h1>Story</h1>
            <meta itemprop="dateModified" content="2014-12-23T10:24:05-05:00"></article>
            <ul itemscope itemtype="http://schema.org/ItemList"><li itemprop="itemListElement"><a href="/v">Video</a>
            <meta itemprop="datePublished" content="2014-11-20T16:00:49Z"></li></ul>
            <div itemscope itemtype="https://schema.org/Comment"><meta itemprop="author" content="commenter"></div>
            </body></html>
            """));
        Assert.Null(tags.Get("datepublished"));
        Assert.Null(tags.Get("author"));
        Assert.Equal("2014-12-23T10:24:05-05:00", tags.Get("datemodified"));
    }

    [Fact]
    public void DublinCoreIsFoundWithDotOrColon()
    {
        var tags = Read("""<meta property="dc:creator" content="Creator Name"><meta name="DCTERMS:title" content="T">""");
        Assert.Equal("Creator Name", tags.Get("dc.creator"));
        Assert.Equal("T", tags.Get("dcterms.title"));
    }

    [Fact]
    public void TheOlderParselyPageObjectGivesItsAuthorsAndTime()
    {
        var tags = Read("""
            <meta name='parsely-page' content='{"title":"Story","pub_date":"2014-12-25T16:57:37Z","authors":["Jane Doe","John Roe"]}'>
            """);
        Assert.Equal(["Jane Doe", "John Roe"], tags.GetAll(MetaTags.ParselyPageAuthor));
        Assert.Equal("2014-12-25T16:57:37Z", tags.Get(MetaTags.ParselyPagePublished));
    }

    [Theory]
    [InlineData("{\"author\": ")]
    [InlineData("[\"Jane Doe\"]")]
    [InlineData("{\"author\": {\"name\": \"Jane Doe\"}}")]
    public void ABrokenOrOddParselyPageObjectGivesNothing(string json) =>
        Assert.Null(Read("<meta name='parsely-page' content='" + json + "'>").Get(MetaTags.ParselyPageAuthor));
}
