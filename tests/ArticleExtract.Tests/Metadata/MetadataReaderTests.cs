using System.Globalization;
using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class MetadataReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static PageMetadata Read(string html, Uri? url = null) => MetadataReader.Read(DocumentParser.Parse(html), url, Now);

    // The page's own addresses: the first canonical link (its rel among others) resolved against the base element's
    // address, and the image_src link as the lead image where no metadata names one; the home logo's alt text is a
    // site name that a title's suffix is matched against.
    [Fact]
    public void TheLinkAndBaseElementsGiveTheCanonicalAddressTheLeadImageAndTheBase()
    {
        var metadata = Read("""
            <html><head><base href="https://news.example/world/"><link rel="alternate canonical" href="story-1.html">
            <link rel="canonical" href="https://other.example/">
            <link rel="image_src" href="/img/lead.jpg"><title>Floods close schools - Daily Ledger</title></head><body>
            <a href="/"><img src="/logo.png" alt="Daily Ledger"></a>
            <h1>Floods close schools</h1><p>Heavy rain flooded roads across the county on Monday, closing twelve schools.</p></body></html>
            """);
        Assert.Equal("https://news.example/world/story-1.html", metadata.CanonicalUrl?.ToString());
        Assert.Equal("https://news.example/img/lead.jpg", metadata.LeadImage?.ToString());
        Assert.Equal("Floods close schools", metadata.Headline);
    }

    [Fact]
    public void ADayPrintedNearTheHeadlineThatIsTheUtcDayKeepsTheInstantWhateverAnUpdateLineSays()
    {
        var metadata = Read("""
            <html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Wildfire forces thousands to flee",
            "datePublished":"2025-08-19T21:36:00.000Z","dateModified":"2025-08-20T14:05:12.382Z"}</script></head><body>
            <div class="post-metadata"><ul><li><span class="post-metadata__date">Aug 19, 2025</span></li><li>6 min read</li></ul>
            <div class="post-metadata__updated"><span>Updated: Aug 20, 2025</span></div></div>
            <h1>Wildfire forces thousands to flee</h1><p>A fast-moving wildfire driven by gusts of up to 40 mph tore through ranch land.</p></body></html>
            """);
        Assert.Equal("2025-08-19T21:36:00Z", metadata.Published?.ToString());
    }

    [Theory]
    [InlineData("<time class=\"updated\" datetime=\"2025-07-09T08:12:00+00:00\">July 9, 2025</time>")]
    [InlineData("<time itemprop=\"dateModified\" datetime=\"2025-07-09T08:12:00+00:00\">July 9, 2025</time>")]
    public void ATimeMarkedAsTheUpdateDoesNotMoveThePublicationDay(string update)
    {
        var metadata = Read($$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Copper hits a record",
            "datePublished":"2025-07-08T16:45:00+00:00"}</script></head><body>
            <h1>Copper hits a record</h1><span class="posted-on">{{update}}<time class="entry-date published"
            datetime="2025-07-08T16:45:00+00:00">July 8, 2025</time></span>
            <p>Copper prices rose to a record on Tuesday as an outage at a large Chilean mine tightened supply.</p></body></html>
            """);
        Assert.Equal("2025-07-08T16:45:00Z", metadata.Published?.ToString());
    }

    [Theory]
    [InlineData("<figure><img src=\"/a.jpg\"><figcaption>{0}</figcaption></figure>")]
    [InlineData("<div class=\"wp-caption\"><img src=\"/a.jpg\"><p class=\"wp-caption-text\">{0}</p></div>")]
    public void APhotoCaptionUnderTheHeadlineDoesNotDateTheStory(string picture)
    {
        var caption = string.Format(CultureInfo.InvariantCulture, picture, "A woman pushes a stroller in Seoul, South Korea, Tuesday, Sept. 9, 2025. (AP Photo/Ahn Young-joon)");
        var metadata = Read($$"""
            <html><head><meta property="article:published_time" content="2025-09-10T03:14:22+00:00"></head><body>
            <h1>South Korea's births rise for a second year</h1>{{caption}}
            <time class="entry-date updated" datetime="2025-09-10T03:14:22+00:00">September 10, 2025</time>
            <p>SEOUL, South Korea (AP) — South Korea's births rose for a second straight year, the statistics agency said Wednesday.</p></body></html>
            """);
        Assert.Equal("2025-09-10T03:14:22Z", metadata.Published?.ToString());
    }

    [Fact]
    public void ReadsJsonLdInsideGraphAndKeepsTheStatedOffset()
    {
        var metadata = Read("""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily Example"},
             {"@type":["NewsArticle"],"headline":"Storm hits coast","datePublished":"2025-04-11T16:54:43+08:00",
              "dateModified":"2025-04-12","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
              "image":{"@type":"ImageObject","url":"https://img.example/a.jpg"},"articleBody":"Text."}]}
            </script><title>Storm hits coast | Daily Example</title></head><body><h1>Storm hits coast</h1></body></html>
            """);
        Assert.Equal("Storm hits coast", metadata.Headline);
        Assert.Equal("2025-04-11T16:54:43+08:00", metadata.Published?.ToString());
        Assert.Equal(DateSource.JsonLd, metadata.Published?.Source);
        Assert.Equal("2025-04-12", metadata.Modified?.ToString());
        Assert.Equal(["Jane Doe", "John Roe"], metadata.Authors);
        Assert.Equal("Jane Doe and John Roe", metadata.Byline);
        Assert.Equal("Daily Example", metadata.SiteName);
        Assert.Equal(new Uri("https://img.example/a.jpg"), metadata.LeadImage);
    }

    [Fact]
    public void OnePersonEntryWithAListOfNamesCreditsEachName()
    {
        var metadata = Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":["Carla Ibáñez","Julian Reyes"]}}</script></head>
            <body><h1>H</h1><p>Body.</p></body></html>
            """);
        Assert.Equal(["Carla Ibáñez", "Julian Reyes"], metadata.Authors);
    }

    [Fact]
    public void AnOrganisationAsAuthorIsNoByline()
    {
        var metadata = Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Associated Press"}}</script></head>
            <body><div class="author">Associated Press</div></body></html>
            """);
        Assert.Null(metadata.Byline);
        Assert.Empty(metadata.Authors);
    }

    [Theory]
    [InlineData("Halvorsen Analytics", "Halvorsen Analytics")]
    [InlineData("Corvana Therapeutics, Inc.", "Corvana Therapeutics")]
    [InlineData("Nordlicht Energie GmbH", "Nordlicht Energie")]
    public void ACompanyNamedAsAuthorInJsonLdIsNoAuthorInTheMetaTags(string organization, string printed)
    {
        var metadata = Read($$$"""
            <html><head><meta name="author" content="{{{printed}}}"><meta name="DC.creator" content="{{{organization}}}">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"{{{organization}}}"},
            "publisher":{"@type":"Organization","name":"PR Wire"}}</script></head><body></body></html>
            """);
        Assert.Empty(metadata.Authors);
    }

    [Fact]
    public void ANewsroomNamedAsAuthorInJsonLdStaysACredit_Guard()
    {
        var metadata = Read("""
            <html><head><meta name="author" content="Redaktion Gelbe Liste">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Redaktion Gelbe Liste"}}</script></head>
            <body></body></html>
            """);
        Assert.NotEmpty(metadata.Authors);
    }

    [Fact]
    public void BrokenOrHostileJsonLdIsIgnored()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var metadata = Read($$"""
            <html><head><script type="application/ld+json">{{deep}}</script>
            <script type="application/ld+json">{"@type":"NewsArticle", "headline": "Line
            break inside"}</script></head><body></body></html>
            """);
        Assert.Equal("Line break inside", metadata.Headline);
    }

    [Fact]
    public void MetaTagsGiveDatesDescriptionLanguageAndAbsoluteUrls()
    {
        var metadata = Read("""
            <html lang="de-DE"><head><title>Regen kehrt zurück - Beispiel</title>
            <meta property="article:published_time" content="2025-04-11T08:54:43Z">
            <meta name="description" content="Nach Wochen kommt der Regen.">
            <meta property="og:image" content="/img/rain.jpg">
            <link rel="canonical" href="/2025/04/11/regen.html">
            </head><body><h1>Regen kehrt zurück</h1></body></html>
            """, new Uri("https://news.example/section/page?id=1"));
        Assert.Equal("Regen kehrt zurück", metadata.Headline);
        Assert.Equal("2025-04-11T08:54:43Z", metadata.Published?.ToString());
        Assert.Equal("article:published_time", metadata.Published?.SourceDetail);
        Assert.Equal("Nach Wochen kommt der Regen.", metadata.Description);
        Assert.Equal("de-DE", metadata.Language);
        Assert.Equal(new Uri("https://news.example/img/rain.jpg"), metadata.LeadImage);
        Assert.Equal(new Uri("https://news.example/2025/04/11/regen.html"), metadata.CanonicalUrl);
    }

    [Fact]
    public void TheCanonicalLinkNamesTheSiteWhenThePageComesWithoutItsAddress()
    {
        var metadata = Read("""
            <html><head><title>Ledger: Regen kehrt nach Wochen der Trockenheit zurück</title>
            <link rel="canonical" href="https://www.ledger.example/2025/04/11/regen.html">
            </head><body><p>Nach Wochen kommt der Regen.</p></body></html>
            """);
        Assert.Equal("Regen kehrt nach Wochen der Trockenheit zurück", metadata.Headline);
        Assert.Contains("ledger", metadata.SiteNames);
    }

    [Theory]
    [InlineData("2025-04-11T16:54:43+09:00", "2025-04-11T16:54:43+09:00")]
    [InlineData("2025-04-11T12:00:00Z", "2025-04-11")]
    [InlineData("2025-04-12T09:00:00+09:00", "2025-04-11")]
    public void ATimeElementInTheBylineLineStatesTheTimeOfTheDayTheLinePrints(string machine, string expected)
    {
        var metadata = Read("<html><body><h1>Kim orders more missiles</h1><div class='meta'>By Jane Doe · <time datetime='" + machine +
                            "'>April 11, 2025</time></div><p>Body.</p></body></html>");
        Assert.Equal(expected, metadata.Published?.ToString());
    }

    [Fact]
    public void VisibleDateNearTheHeadlineHasNoInventedZone()
    {
        var metadata = Read("<html><body><h1>Kim orders more missiles</h1><div>View</div><div>Date:2025-04-11 16:54:43</div><p>Body.</p></body></html>");
        Assert.Equal("2025-04-11T16:54:43", metadata.Published?.ToString());
        Assert.Equal(DatePrecision.LocalDateTime, metadata.Published?.Precision);
        Assert.Equal(DateSource.VisibleText, metadata.Published?.Source);
    }

    [Fact]
    public void AHeadlinePrintedInABoldTableCellAnchorsTheDateBesideIt()
    {
        const string Headline = "Japan's exports rise for third month as chip demand offsets weaker car shipments";
        var metadata = Read(
            $"<html><head><title>{Headline} - Global Market Daily</title></head><body><table>" +
            "<tr><td><a href='/'>Home</a> | <a href='/news'>News</a></td></tr>" +
            $"<tr><td><b>{Headline}</b></td></tr><tr><td>2025-03-20 17:12 &nbsp; From: Reuters &nbsp; Clicks: 532</td></tr>" +
            "<tr><td>" + string.Concat(Enumerable.Repeat("Exports climbed 4.2% from a year earlier, the ministry said. ", 5)) + "</td></tr>" +
            "</table></body></html>");
        Assert.Equal(Headline, metadata.Headline);
        Assert.Equal("2025-03-20T17:12:00", metadata.Published?.ToString());
        Assert.Equal(DateSource.VisibleText, metadata.Published?.Source);
    }

    [Fact]
    public void TheUrlIsALastResortForTheDay()
    {
        var metadata = Read("<html><body><h1>Headline here</h1><p>Body.</p></body></html>", new Uri("https://news.example/2024/03/05/story.html"));
        Assert.Equal("2024-03-05", metadata.Published?.ToString());
        Assert.Equal(DateSource.Url, metadata.Published?.Source);
    }

    [Theory]
    [InlineData("https://www.example.com/style/blogs/2014/05/how-to-pack.html", "2014-05-23T13:30:00")]
    [InlineData("https://www.example.com/style/2014/05/23/how-to-pack.html", "2014-05-23T13:30:00")]
    [InlineData("https://www.example.com/style/2009/09/how-to-pack.html", "2009-09-02T00:00:00-04:00")]
    [InlineData("https://www.example.com/style/blogs/how-to-pack.html", "2009-09-02T00:00:00-04:00")]
    public void AStatedPublicationMonthsBeforeTheAddressMonthIsTheTemplates(string url, string expected)
    {
        var metadata = Read("""
            <html><head><meta property="article:published_time" content="2009-09-02T00:00:00-04:00"></head>
            <body><h1>How to pack for a weekend trip</h1><div class="byline">On <span class="date">May 23, 2014</span> at 1:30 PM</div>
            <p>Packing light is an art.</p></body></html>
            """, new Uri(url));
        Assert.Equal(expected, metadata.Published?.ToString());
    }

    [Fact]
    public void FutureDatesAreImplausible()
    {
        var metadata = Read("<html><head><meta property='article:published_time' content='2031-01-01'></head><body></body></html>");
        Assert.Null(metadata.Published);
    }

    [Fact]
    public void TheSiteNameAloneIsNeverTheHeadline()
    {
        var metadata = Read("<html><head><meta property='og:site_name' content='Daily Example'><title>Daily Example</title></head><body><h1>Daily Example</h1><h1>Storm hits the coast tonight</h1></body></html>");
        Assert.NotEqual("Daily Example", metadata.Headline);
    }

    [Theory]
    [InlineData("Floods force thousands from homes in southern Brazil_Global Daily Post", "Global Daily Post")]
    [InlineData("Floods force thousands from homes in southern Brazil_World_腾讯网", "腾讯网")]
    [InlineData("Floods force thousands from homes in southern Brazil - World - Daily Example", "Daily Example")]
    public void TheSiteNameIsWhatTheTitleAddsAfterTheHeadline(string title, string siteName)
    {
        var metadata = Read($"<html><head><title>{title}</title></head><body><h1>Floods force thousands from homes in southern Brazil</h1><p>Text.</p></body></html>");
        Assert.Equal("Floods force thousands from homes in southern Brazil", metadata.Headline);
        Assert.Equal(siteName, metadata.SiteName);
    }

    [Fact]
    public void APartBeforeTheHeadlineIsNoSiteName() =>
        Assert.Null(Read("<html><head><title>News - Elder: Out of the ghetto to Augusta</title></head><body><h1>Elder: Out of the ghetto to Augusta</h1></body></html>").SiteName);

    [Theory]
    [InlineData("UK university student halls too full to be safe, experts warn", null)]
    [InlineData("US-Sport in Zeiten von Corona - ZDFmediathek", "US-Sport in Zeiten von Corona - ZDFmediathek")]
    [InlineData("読売新聞オンライン", "読売新聞オンライン")]
    public void AnApplicationNameThatIsASentenceNamesNoSite(string applicationName, string? siteName)
    {
        var metadata = Read("<html><head><meta name='application-name' content='" + applicationName + "'>" +
                            "<title>UK university student halls too full to be safe, experts warn</title></head><body><p>Text.</p></body></html>");

        Assert.Equal(siteName, metadata.SiteName);
        if (siteName is null)
        {
            Assert.Equal("UK university student halls too full to be safe, experts warn", metadata.Headline);
        }
    }

    [Fact]
    public void TheParselyPageTimeIsTheLastResort()
    {
        const string Page = "<meta name='parsely-page' content='{\"pub_date\":\"2014-12-30T01:30:41Z\"}'>";
        Assert.Equal("2014-12-30T01:30:41Z", Read("<html><head>" + Page + "</head><body><h1>Story</h1><p>Text.</p></body></html>").Published?.ToString());
        Assert.Equal("2014-12-29T20:30:00-05:00", Read("<html><head>" + Page + "</head><body><h1>Story</h1>" +
            "<time datetime='2014-12-29T20:30:00-05:00'>Dec. 29</time><p>Text.</p></body></html>").Published?.ToString());
    }

    [Theory]
    [InlineData("<p>24 November 2025 (Updated: 25 November 2025)</p>", "2025-11-24", "2025-11-25")]
    [InlineData("<p>Veröffentlicht am 24.11.2025</p><p><em>Aktualisiert am 26.11.2025</em></p>", "2025-11-24", "2025-11-26")]
    [InlineData("<p>Article mis à jour le 27 novembre 2025.</p>", "2025-11-27", "2025-11-27")]
    // An update dated before the publication is another item's; an update in words ("há 2 horas") names no day.
    [InlineData("<p>24 November 2025</p><p>Updated: 20 November 2025</p>", "2025-11-24", null)]
    [InlineData("<p>24/11/2025 15h45 - Atualizado há 2 horas</p>", "2025-11-24T15:45:00", null)]
    public void AnUpdatePrintedUnderTheHeadlineIsTheModifiedDate(string lines, string published, string? modified)
    {
        var metadata = Read("<html><head><title>Kim orders more missiles | Ledger</title></head><body><h1>Kim orders more missiles</h1>" + lines +
            "<p>North Korean leader Kim Jong Un made another inspection tour of major munitions factories and ordered a drastic increase in production of missiles and other weapons, state media said Monday.</p></body></html>");
        Assert.Equal(published, metadata.Published?.ToString());
        Assert.Equal(modified, metadata.Modified?.ToString());
    }

    [Theory]
    [InlineData("""{"@type":"NewsArticle","headline":"Drought","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall__content"}}""", new[] { ".paywall__content" })]
    [InlineData("""{"@type":"NewsArticle","headline":"Drought","hasPart":[{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".locked"},{"@type":"WebPageElement","isAccessibleForFree":true,"cssSelector":".free"}]}""", new[] { ".locked" })]
    [InlineData("""{"@type":"NewsArticle","headline":"Drought","hasPart":{"@type":"WebPageElement","cssSelector":".part"}}""", new string[0])]
    public void ReadsTheSubscriberPartsJsonLdDeclares(string jsonLd, string[] expected) =>
        Assert.Equal(expected, Read("<html><head><script type='application/ld+json'>" + jsonLd + "</script></head><body><h1>Drought</h1></body></html>").PaywalledParts);
    [Theory]
    // A short host label is still the site's name ("ndr" in www.ndr.de), unless it is a country's second level ("co").
    [InlineData("NDR", "https://www.ndr.de/nachrichten/story-100.html", new string[0])]
    [InlineData("BBC", "https://www.bbc.co.uk/news/world-1", new string[0])]
    // The site's name as its host spells it, without the space.
    [InlineData("El Colombiano", "https://www.elcolombiano.com/colombia/story-EN1", new string[0])]
    [InlineData("Hildesheimer Presse", "https://hildesheimer-presse.de/hund/", new string[0])]
    // A blog named after its author is signed by the author.
    [InlineData("Wolfgang Michal", "https://www.wolfgangmichal.de/2024/03/sorgfalt/", new[] { "Wolfgang Michal" })]
    [InlineData("Frau Sabienes", "https://frau-sabienes.de/konsum/", new[] { "Frau Sabienes" })]
    public void AnAuthorFieldNamingTheSiteByItsAddressIsNoAuthor(string author, string url, string[] expected)
    {
        var metadata = Read("<html><head><meta name='author' content='" + author + "'><title>Regen am Wochenende</title></head><body>" +
            "<h1>Regen am Wochenende</h1><p>Am Wochenende regnet es im ganzen Land, sagt der Wetterdienst.</p></body></html>", new Uri(url));
        Assert.Equal(expected, metadata.Authors);
    }
    [Theory]
    // datePublished equal to dateModified is the last save: the meta tag's earlier time is the publication.
    [InlineData("2025-11-21T15:14:22Z", "2025-11-21T15:14:22Z", "2025-11-20T17:30:00-06:00", "2025-11-20T17:30:00-06:00")]
    // A real update leaves datePublished alone, and a meta tag stating the same publication changes nothing.
    [InlineData("2025-11-21T15:14:22Z", "2025-11-22T08:00:00Z", "2025-11-20T17:30:00-06:00", "2025-11-21T15:14:22Z")]
    [InlineData("2025-11-21T15:14:22Z", "2025-11-21T15:14:22Z", "2025-11-21T09:14:22-06:00", "2025-11-21T09:14:22-06:00")]
    // The same clock reading under another zone is a wrong zone, not an earlier publication.
    [InlineData("2014-05-14T15:40:14Z", "2014-05-14T15:40:14Z", "2014-05-14T15:40:14+02:00", "2014-05-14T15:40:14Z")]
    [InlineData("2023-11-01T09:46:30Z", "2023-11-01T09:46:30Z", "2023-11-01T05:46:30Z", "2023-11-01T09:46:30Z")]
    public void AJsonLdPublicationStampedWithTheLastSaveGivesWayToAnEarlierStatedOne(string published, string modified, string meta, string expected)
    {
        var metadata = Read("<html><head><meta property='article:published_time' content='" + meta + "'>" +
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Storm closes port\",\"datePublished\":\"" + published +
            "\",\"dateModified\":\"" + modified + "\"}</script></head><body><h1>Storm closes port</h1><p>The port closed on Thursday.</p></body></html>");
        Assert.Equal(expected, metadata.Published?.ToString());
    }

    [Fact]
    public void AJsonLdPublicationStampedWithTheLastSaveGivesWayToThePrintedOne()
    {
        var metadata = Read("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Storm closes port\"," +
            "\"datePublished\":\"2025-11-20T08:02:00-05:00\",\"dateModified\":\"2025-11-20T08:02:00-05:00\"}</script></head><body>" +
            "<h1>Storm closes port</h1><span>November 19, 2025 at 6:30 p.m. EST</span><p>Updated November 20, 2025 at 8:02 a.m. EST</p>" +
            "<p>The port closed on Thursday after the storm damaged two cranes, the harbour master said.</p></body></html>");
        Assert.Equal("2025-11-19T18:30:00-05:00", metadata.Published?.ToString());
    }
    [Theory]
    // The line under the headline prints the first posting without a zone: the newsroom's clock, read against the stamp's.
    [InlineData("2025-11-20T10:40:12+09:00", "입력 2025.11.20 09:15", "2025-11-20T09:15:00")]
    // The stamped instant itself on another clock, to the minute: no earlier publication.
    [InlineData("2020-10-13T20:48:33Z", "October 13, 2020 4:48 PM", "2020-10-13T20:48:33Z")]
    public void AJsonLdPublicationStampedWithTheLastSaveGivesWayToAnEarlierClockReadingPrintedWithoutAZone(
        string stamp, string line, string expected)
    {
        var metadata = Read("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Storm closes port\"," +
            "\"datePublished\":\"" + stamp + "\",\"dateModified\":\"" + stamp + "\"}</script></head><body>" +
            "<h1>Storm closes port</h1><p class='date'>" + line + "</p>" +
            "<p>The port closed on Thursday after the storm damaged two cranes, the harbour master said.</p></body></html>");
        Assert.Equal(expected, metadata.Published?.ToString());
    }

    // The page's clock, from a time element showing its UTC value on the newsroom's ("Updated March 5 2025 - 6:41am" for
    // 19:41Z on the 4th), restates a UTC publication instant on the newsroom's day; that element's own UTC value near the
    // headline is no printed day confirming the UTC one.
    [Theory]
    [InlineData("<time datetime='2025-03-04T19:41:00Z'>Updated March 5 2025 - 6:41am</time>, first published 6:12am", "2025-03-05T06:12:00+11:00")]
    [InlineData("<time datetime='2025-03-04T19:41:00Z'>Updated March 4 2025 - 7:41pm</time>", "2025-03-04T19:12:00Z")]
    [InlineData("<time datetime='2025-03-04T19:41:00Z'>Updated 2 hours ago</time>", "2025-03-04T19:12:00Z")]
    // A time element printing the publication's own instant in a zone it names, its datetime the UTC value without a zone.
    [InlineData("<time datetime='2025-03-04 19:12'>03/04/2025 02:12 PM EST</time>", "2025-03-04T14:12:00-05:00")]
    [InlineData("<time datetime='2025-03-04 19:12'>03/05/2025 06:12 AM AEDT</time>", "2025-03-05T06:12:00+11:00")]
    public void AUtcPublicationIsRestatedOnTheClockATimeElementShows(string stamp, string expected)
    {
        var metadata = Read("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Flood-hit graziers promised recovery package\"," +
            "\"datePublished\":\"2025-03-04T19:12:00+00:00\"}</script></head><body>" +
            "<h1>Flood-hit graziers promised recovery package</h1><div class='text-gray-500'>" + stamp + "</div>" +
            "<p>Primary producers in western Queensland will be able to claim grants to rebuild fences and restock.</p></body></html>");
        Assert.Equal(expected, metadata.Published?.ToString());
    }

    // A time element with no machine value prints the newsroom's day and time without the year, as Japanese portals do.
    [Theory]
    [InlineData("<time>11/12(水) 7:14</time>", "2025-11-12T07:14:00+09:00")]
    [InlineData("<time>11/11(火) 22:14</time>", "2025-11-11T22:14:00Z")]
    public void AUtcPublicationIsRestatedOnTheDayAYearlessTimePrints(string stamp, string expected)
    {
        var metadata = Read("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"米、半導体規制の見直しを検討\"," +
            "\"datePublished\":\"2025-11-11T22:14:00Z\"}</script></head><body><h1>米、半導体規制の見直しを検討</h1><div class='meta'><span>時事通信</span> " + stamp +
            "</div><p>米政府高官は11日、対中半導体輸出規制の一部を見直す方向で同盟国と調整に入ったと明らかにした。</p></body></html>");
        Assert.Equal(expected, metadata.Published?.ToString());
    }

    [Fact]
    public void ADayAloneInTheMetaTagTakesTheTimePrintedForThatDayUnderTheHeadline()
    {
        var metadata = Read("<html><head><meta name='publishdate' content='2025-11-20'><title>冰雪季开幕</title></head><body>" +
            "<h1>冰雪季开幕</h1><div class='col-1-1 fl'>2025年11月20日05:29 | 来源：人民网－人民日报</div>" +
            "<p>哈尔滨冰雪季20日开幕，各地游客纷纷前来。</p></body></html>");
        Assert.Equal("2025-11-20T05:29:00", metadata.Published?.ToString());
    }

    [Fact]
    public void ADayAloneInAPubdateTimeTakesTheTimeOfAnotherForTheSameDay()
    {
        var metadata = Read("<html><head><title>大阪の冬</title></head><body><p class='article-date'><time datetime='2025-11-21' pubdate>2025年11月21日</time></p>" +
            "<h1>大阪の冬</h1><p>大阪で初雪が観測された。</p>" +
            "<ul class='article-info'><li><time datetime='2025-11-21T18:30:00+09:00' pubdate>18:30</time></li></ul></body></html>");
        Assert.Equal("2025-11-21T18:30:00+09:00", metadata.Published?.ToString());
    }

    [Fact]
    public void TheDatedMetaLineInsideTheHeadingDatesTheStoryBeforeARelatedListBelow()
    {
        var metadata = Read("<html><head><title>China unveils measures - Silk Road Daily</title></head><body><h1>China unveils measures to boost " +
            "services consumption<br><span>2025-11-20 20:14:07 Source: Xinhua Hits: 1208</span></h1><div class='content'><p>China on Thursday " +
            "unveiled a package of measures aimed at boosting spending on services.</p></div><ul><li><a href='/a'>Retail sales growth hits a " +
            "14-month low</a><span>(2025-11-15)</span></li></ul></body></html>");
        Assert.Equal("2025-11-20T20:14:07", metadata.Published?.ToString());
    }

    [Fact]
    public void ADateAfterManyShortStoryLinesDatesARelatedStoryNotThisOne()
    {
        // The story's short paragraphs are parted by <br>, so none of them is a long line; the header's date sits before
        // the headline, the related list's after the story.
        var lines = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"Line {i} of the council's plan for the new trolleybus route runs on with details of stops, fares and timetables.<br><br>"));
        var metadata = Read("<html><head><title>New trolleybus route</title></head><body><table><tr><td class='news-date'>12.02.2026 | 09:15</td></tr>" +
            "<tr><td><h1>New trolleybus route to Rudno</h1></td></tr><tr><td class='news-text'>" + lines + "</td></tr></table>" +
            "<ul><li><a href='/a'>City buys ten more trolleybuses</a> <span>(09.02.2026)</span></li></ul></body></html>");
        Assert.Equal("2026-02-12T09:15:00", metadata.Published?.ToString());
    }
}
