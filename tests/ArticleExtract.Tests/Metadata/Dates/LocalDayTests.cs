using ArticleExtract.Metadata;
using ArticleExtract.Metadata.Dates;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Metadata.Dates;

public sealed class LocalDayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static ArticleDate Utc(string day, int hour, int minute) =>
        new(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(hour, minute), TimeSpan.Zero, DateSource.JsonLd, "datePublished");

    [Fact]
    public void APrintedLocalTimeGivesTheOffset()
    {
        var printed = new ArticleDate(new DateOnly(2023, 11, 8), new TimeOnly(17, 9), null, DateSource.VisibleText, "date element");
        var restated = LocalDay.Restate(Utc("2023-11-09", 1, 9), printed);
        Assert.Equal("2023-11-08T17:09:00-08:00", restated?.ToString());
        Assert.Equal(DateSource.JsonLd, restated?.Source);
    }

    [Fact]
    public void APrintedDayAloneIsTakenWhenACommonOffsetJoinsThem()
    {
        var day = new ArticleDate(new DateOnly(2023, 11, 8), null, null, DateSource.Url);
        Assert.Equal("2023-11-08", LocalDay.Restate(Utc("2023-11-09", 1, 9), day)?.ToString());

        // 08:35 UTC is the day before only twelve hours west: no newsroom keeps that time.
        Assert.Null(LocalDay.Restate(Utc("2023-11-09", 8, 35), day));
    }

    [Fact]
    public void TheSameInstantWithItsOwnOffsetIsPreferred()
    {
        var local = new ArticleDate(new DateOnly(2019, 10, 19), new TimeOnly(0, 4), TimeSpan.FromHours(2), DateSource.MetaTag, "date");
        Assert.Equal("2019-10-19T00:04:00+02:00", LocalDay.Restate(Utc("2019-10-18", 22, 4), local)?.ToString());

        // Another time in a stated zone (an update the next morning) gives the zone, when it puts the instant on that day.
        var otherInstant = new ArticleDate(new DateOnly(2019, 10, 19), new TimeOnly(9, 0), TimeSpan.FromHours(2), DateSource.MetaTag, "date");
        Assert.Equal("2019-10-19T00:04:00+02:00", LocalDay.Restate(Utc("2019-10-18", 22, 4), otherInstant)?.ToString());
        var westOfIt = new ArticleDate(new DateOnly(2019, 10, 19), new TimeOnly(9, 0), TimeSpan.FromHours(-5), DateSource.MetaTag, "date");
        Assert.Null(LocalDay.Restate(Utc("2019-10-18", 22, 4), westOfIt));
    }

    [Fact]
    public void TheResolverStatesAUtcInstantInTheZoneOfTheUpdatePrintedUnderTheHeadline()
    {
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html><head><meta property="article:published_time" content="2025-11-19T00:06:31.512Z"></head>
            <body><h1>Live updates: Colorado wildfire forces thousands to flee</h1>
            <div class="timestamp">Updated 9:12 PM EST, Tue November 18, 2025</div>
            <p>A fast-moving grass fire near Golden, Colorado, has burned more than 6,000 acres and forced thousands from their homes.</p></body></html>
            """), new Uri("https://www.example.com/us/live-news/colorado-wildfire"), Now);
        Assert.Equal("2025-11-18T19:06:31-05:00", metadata.Published?.ToString());
    }

    [Fact]
    public void TheResolverKeepsTheZoneOfAnUpdateThatPutsTheInstantOnAnotherDay()
    {
        // The update's zone (BST) puts the publication at 21:30 on the 16th, though the update and a dated element
        // further down give the 17th.
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html><head><meta property="article:published_time" content="2025-10-16T20:30:07.000Z"></head>
            <body><h1>Hallam Vale by-election: Greens take seat from Labour – as it happened</h1>
            <div class="dateline"><span>Fri 17 Oct 2025 05.56 BST</span></div>
            <p>Green candidate Ruth Okonedo overturned a Labour majority of more than 9,000 in the Pennine seat overnight.</p>
            <time datetime="2025-10-17">17 October 2025</time></body></html>
            """), null, Now);
        Assert.Equal("2025-10-16T21:30:07+01:00", metadata.Published?.ToString());
    }

    [Fact]
    public void TheSameInstantWithItsOwnOffsetOnTheSameDayIsFound()
    {
        var local = new ArticleDate(new DateOnly(2025, 5, 14), new TimeOnly(11, 32), TimeSpan.FromHours(2), DateSource.MetaTag, "article:published_time");
        Assert.Equal("2025-05-14T11:32:00+02:00", LocalDay.SameInstant(Utc("2025-05-14", 9, 32), local)?.ToString());
        Assert.Null(LocalDay.SameInstant(Utc("2025-05-14", 10, 32), local));
        Assert.Null(LocalDay.SameInstant(Utc("2025-05-14", 9, 32), new ArticleDate(new DateOnly(2025, 5, 14), new TimeOnly(9, 32), null, DateSource.VisibleText)));
    }

    [Fact]
    public void ALocalTimePrintedForAUtcInstantGivesItsOffsetOnAnyDay()
    {
        var printed = new ArticleDate(new DateOnly(2026, 3, 5), new TimeOnly(22, 41), null, DateSource.VisibleText, "text of time");
        var utc = new ArticleDate(new DateOnly(2026, 3, 6), new TimeOnly(1, 41, 12), TimeSpan.Zero, DateSource.TimeElement, "time");
        Assert.Equal("2026-03-05T22:41:12-03:00", LocalDay.InPrintedZone(utc, printed)?.ToString());

        var sameDay = new ArticleDate(new DateOnly(2022, 2, 1), new TimeOnly(12, 10), null, DateSource.VisibleText, "text of time");
        Assert.Equal("2022-02-01T12:10:00+01:00", LocalDay.InPrintedZone(Utc("2022-02-01", 11, 10), sameDay)?.ToString());

        // Seventeen minutes apart is no offset.
        Assert.Null(LocalDay.InPrintedZone(Utc("2022-02-01", 11, 10), new ArticleDate(new DateOnly(2022, 2, 1), new TimeOnly(12, 27), null, DateSource.VisibleText)));
    }

    [Fact]
    public void APrintedTimeWithItsZoneStatesTheUtcInstantInThatZone()
    {
        // "Mar. 6, 2026 | 00:45 JST" for 2026-03-05T15:45:00Z: the day the page prints is the 6th.
        var jst = new ArticleDate(new DateOnly(2026, 3, 6), new TimeOnly(0, 45), TimeSpan.FromHours(9), DateSource.VisibleText, "text of time");
        Assert.Equal("2026-03-06T00:45:00+09:00", LocalDay.InPrintedZone(Utc("2026-03-05", 15, 45), jst)?.ToString());

        // A zone that names another instant is no reading of this one.
        var wrong = new ArticleDate(new DateOnly(2026, 3, 6), new TimeOnly(0, 45), TimeSpan.FromHours(1), DateSource.VisibleText, "text of time");
        Assert.Null(LocalDay.InPrintedZone(Utc("2026-03-05", 15, 45), wrong));
    }

    [Fact]
    public void TheResolverTakesTheZoneATimeElementsTextNames()
    {
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html><head><meta property="article:published_time" content="2026-03-05T15:45:00Z"></head>
            <body><h1>Japan to offer 4-day workweek option to central government workers</h1>
            <div class="post-meta"><time datetime="2026-03-05T15:45:00Z">Mar. 6, 2026 | 00:45 JST</time> · <span>Politics</span></div>
            <p>TOKYO (Kyodo) -- The government will let central government employees choose a four-day workweek from fiscal 2027.</p></body></html>
            """), null, Now);
        Assert.Equal("2026-03-06T00:45:00+09:00", metadata.Published?.ToString());
    }

    [Fact]
    public void TheResolverReadsTheOffsetBetweenATimeElementsUtcValueAndItsPrintedText()
    {
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html><head><meta property="article:published_time" content="2026-03-06T01:41:12.345Z"></head>
            <body><h1>Receita divulga regras do Imposto de Renda 2026</h1><p class="from">Por Agência Brasil</p>
            <p class="updated"><time itemprop="datePublished" datetime="2026-03-06T01:41:12.345Z">05/03/2026 22h41</time></p>
            <p>A Receita Federal divulgou nesta quinta-feira as regras da declaração do Imposto de Renda da Pessoa Física 2026.</p></body></html>
            """), new Uri("https://g1.example.com/economia/noticia/2026/03/05/receita-divulga-regras.ghtml"), Now);
        Assert.Equal("2026-03-05T22:41:12-03:00", metadata.Published?.ToString());
    }

    [Fact]
    public void ATimeElementsTextWithATwoDigitYearIsReadThePagesWayRound()
    {
        // Dutch pages write the day first with dashes: "07-05-25, 00:47" is 7 May 2025, two hours after 22:47Z.
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html lang="nl-BE"><head><meta property="article:published_time" content="2025-05-06T22:47:00.000Z"></head>
            <body><h1>Bakker uit Lokeren stopt na 34 jaar met zijn zaak</h1>
            <div class="article__meta"><time class="article__time" datetime="2025-05-06T22:47:00.000Z">07-05-25, 00:47</time></div>
            <p>Na 34 jaar sluit Bakkerij De Korenaar in Lokeren eind deze maand de deuren, want er is geen overnemer gevonden.</p></body></html>
            """), null, Now);
        Assert.Equal("2025-05-07T00:47:00+02:00", metadata.Published?.ToString());
    }

    [Fact]
    public void AnUpdateTimePrintedFirstIsNoPublicationAndThePublishedOneGivesTheLocalDay()
    {
        // Advance's header prints the update above the publication; both values are UTC, the texts Eastern time.
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html><head><meta property="article:published_time" content="2025-11-05T03:52:00Z"></head>
            <body><h1>Lorain County voters renew parks levy</h1><div class="timestamps">
            <time class="timestamp timestamp--updated" datetime="2025-11-05T13:14:00Z">Updated: Nov. 05, 2025, 8:14 a.m.</time>
            <time class="timestamp timestamp--published" datetime="2025-11-05T03:52:00Z">Published: Nov. 04, 2025, 10:52 p.m.</time></div>
            <p>Voters in Lorain County renewed the Black River Metro Parks levy by a wide margin on Tuesday, unofficial results show.</p></body></html>
            """), null, Now);
        Assert.Equal("2025-11-04T22:52:00-05:00", metadata.Published?.ToString());
    }

    [Fact]
    public void ATimeElementsTextLabelledAsTheUpdateRestatesNoPublication()
    {
        // The theme's "post-published updated" classes mark the publication; the text under it prints the update's day.
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html><head><meta property="article:published_time" content="2025-11-18T21:40:02+00:00"></head>
            <body><h1>Glacier retreat in the Alps accelerated sharply in 2025</h1><div class="post-meta">
            <span class="time"><time class="post-published updated" datetime="2025-11-18T21:40:02+00:00">Last updated <b>Nov 19, 2025</b></time></span></div>
            <p>Switzerland's glaciers lost three percent of their remaining volume this year, the national monitoring network said.</p></body></html>
            """), null, Now);
        Assert.Equal("2025-11-18T21:40:02Z", metadata.Published?.ToString());
    }

    [Theory]
    [InlineData("Published March 27, 2024", "2024-03-27")]
    [InlineData("March 28, 2024", "2024-03-28T00:15:00Z")]
    [InlineData("12.03.2024-00:30", "2024-03-12T00:30:00+01:00")]
    public void TheResolverTakesTheDayATimeElementPrintsForItsUtcValue(string printed, string expected)
    {
        // Only the printed day for the UTC value: a day before is the newsroom's local day, the same day confirms it.
        var at = printed.StartsWith("12.", StringComparison.Ordinal) ? "2024-03-11T23:30:00Z" : "2024-03-28T00:15:00.000Z";
        var metadata = MetadataReader.Read(DocumentParser.Parse($$"""
            <html><head><meta property="article:published_time" content="{{at}}"></head>
            <body><h1>Ottawa to require large federal contractors to disclose carbon emissions</h1>
            <div class="c-timestamp"><time class="c-timestamp__published" datetime="{{at}}">{{printed}}</time></div>
            <p>Large federal contractors will have to disclose their greenhouse gas emissions starting next year, the government said.</p></body></html>
            """), null, Now);
        Assert.Equal(expected, metadata.Published?.ToString());
    }

    [Theory]
    [InlineData("2025-11-21T23:34:00Z", "zaterdag 22 november, 00:34", "2025-11-22T00:34:00+01:00")]
    [InlineData("2025-11-18T21:02:00Z", "11/19(火) 6:02配信", "2025-11-19T06:02:00+09:00")]
    [InlineData("2025-12-31T23:30:00Z", "1 janvier, 00h30", "2026-01-01T00:30:00+01:00")]
    [InlineData("2025-11-22T01:15:00Z", "Nov. 21, 8:15 p.m.", "2025-11-21T20:15:00-05:00")]
    public void TheResolverReadsAYearlessLocalTimeATimeElementPrintsForItsUtcValue(string at, string printed, string expected)
    {
        // The text leaves the year out; the value's year (or the next, across New Year) gives it.
        var metadata = MetadataReader.Read(DocumentParser.Parse($$"""
            <html><head><meta property="article:published_time" content="{{at}}"></head>
            <body><h1>Storm raast over zuidwesten</h1>
            <div class="meta"><time datetime="{{at}}">{{printed}}</time></div>
            <p>Een zware storm trekt vannacht over het zuidwesten van het land, meldt het KNMI.</p></body></html>
            """), null, Now);
        Assert.Equal(expected, metadata.Published?.ToString());
    }

    [Theory]
    [InlineData("zaterdag 22 november, 00:34", "2025-11-22T00:34:00")]
    [InlineData("22. November 00:34 Uhr", "2025-11-22T00:34:00")]
    [InlineData("22 de noviembre, 00:34", "2025-11-22T00:34:00")]
    [InlineData("November 21st at 11:34 PM", "2025-11-21T23:34:00")]
    [InlineData("11月22日 0:34", "2025-11-22T00:34:00")]
    [InlineData("22 november", "2025-11-22")]
    public void AYearlessDayIsReadInTheYearNearestTheKnownDate(string text, string expected)
    {
        var read = YearlessDateReader.Read(text, new DateOnly(2025, 11, 21), DateSource.VisibleText, null);
        Assert.Equal(expected, read?.ToString());
    }

    [Theory]
    [InlineData("24 november, 00:34")]
    [InlineData("11/22 0:34")]
    [InlineData("Posted 22 times")]
    [InlineData("Updated 3 hours ago")]
    public void ADayFarFromTheKnownDateOrNoDayAtAllIsNotRead(string text) =>
        Assert.Null(YearlessDateReader.Read(text, new DateOnly(2025, 11, 21), DateSource.VisibleText, null));

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-05-14T11:32:00+02:00\">", "")]
    [InlineData("", "<time datetime=\"2025-05-14T11:32:00+02:00\">14 mei 2025, 11:32</time>")]
    public void TheResolverStatesAUtcInstantWithTheOffsetThePageGivesForIt(string meta, string time)
    {
        var metadata = MetadataReader.Read(DocumentParser.Parse($$"""
            <html><head>{{meta}}<script type="application/ld+json">{"@type":"NewsArticle","headline":"Woningbouw stokt",
            "datePublished":"2025-05-14T09:32:00Z"}</script></head>
            <body><h1>Woningbouw stokt</h1>{{time}}<p>Body.</p></body></html>
            """), new Uri("https://www.example.nl/binnenland/2025/05/14/woningbouw-stokt/"), Now);
        Assert.Equal("2025-05-14T11:32:00+02:00", metadata.Published?.ToString());
    }

    [Fact]
    public void OnlyUtcInstantsAreRestated()
    {
        var stated = new ArticleDate(new DateOnly(2023, 11, 9), new TimeOnly(1, 9), TimeSpan.FromHours(1), DateSource.JsonLd);
        Assert.Null(LocalDay.Restate(stated, new ArticleDate(new DateOnly(2023, 11, 8), null, null, DateSource.Url)));
        Assert.Null(LocalDay.Restate(Utc("2023-11-09", 1, 9), new ArticleDate(new DateOnly(2023, 11, 6), null, null, DateSource.Url)));
    }

    [Fact]
    public void ALocalTimePrintedForTheInstantOutranksAnAddressBuiltFromTheUtcDay()
    {
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html><head><meta property="article:published_time" content="2025-12-04T01:45:00.000Z"></head>
            <body><h1>El Gobierno porteño confirmó un aumento del 4,2% en el subte y los colectivos de la Ciudad</h1>
            <div class="byline"><span>Por </span><a href="/autor/x/">Martina Echeverría</a></div>
            <div class="sharebar-article-date-container"><span class="sharebar-article-date">3 Dic, 2025 10:45 p.m. AR</span></div>
            <p>El Gobierno de la Ciudad de Buenos Aires confirmó este miércoles un aumento en las tarifas del subte y de los colectivos que dependen de la administración local.</p></body></html>
            """), new Uri("https://www.example.com/economia/2025/12/04/el-gobierno-porteno-confirmo-un-aumento/"), Now);
        Assert.Equal("2025-12-03T22:45:00-03:00", metadata.Published?.ToString());
    }

    [Fact]
    public void TheResolverRestatesAUtcDateOnThePrintedDay()
    {
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Colorado playoffs","datePublished":"2023-11-09T01:09:55Z"}</script></head>
            <body><h1>Colorado playoffs</h1><time class="published-date">November 8, 2023 at 6:09 p.m.</time><p>Body.</p></body></html>
            """), new Uri("https://www.denverpost.com/sports/colorado-playoffs/"), Now);
        Assert.Equal("2023-11-08T18:09:55-07:00", metadata.Published?.ToString());
    }

    [Fact]
    public void AnAddressOnTheUtcDayKeepsTheUtcDate()
    {
        var metadata = MetadataReader.Read(DocumentParser.Parse("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Muratov warns","datePublished":"2022-05-03T20:51:06Z"}</script></head>
            <body><h1>Muratov warns</h1><div class="date">4 de mayo de 2022</div><p>Body.</p></body></html>
            """), new Uri("https://www.infobae.com/america/mundo/2022/05/03/muratov/"), Now);
        Assert.Equal("2022-05-03T20:51:06Z", metadata.Published?.ToString());
    }
}
