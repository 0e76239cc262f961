using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class HeadlineResolverTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static string? Headline(string html, Uri? url = null) => MetadataReader.Read(DocumentParser.Parse(html), url, Now).Headline;

    [Theory]
    // The page's only h1 is its logo and the title tag names the site: the first h2 that opens prose is the title; a
    // sidebar's h2 over links is not.
    [InlineData("<h2 class='tit'>NOVAREIGN to kick off first world tour in Seoul in August</h2><div class='info'>2025.05.20</div>" +
                "<div class='txt'><p>Rising boy group NOVAREIGN will open its first world tour with two concerts in Seoul in August, its agency said on Tuesday.</p></div>",
                "NOVAREIGN to kick off first world tour in Seoul in August")]
    [InlineData("<h2>Most read stories today</h2><ul><li><a href='/a'>One</a></li><li><a href='/b'>Two</a></li></ul><h2>Another section title here</h2>", null)]
    public void WithoutAnH1TheFirstH2OverProseIsTheTitle(string body, string? expected) =>
        Assert.Equal(expected, Headline("<html><head><title>K-Wave Daily</title></head><body><h1 class='logo'><a href='/'><img src='/logo.png' " +
                                        "alt='K-Wave Daily'></a></h1>" + body + "</body></html>"));

    [Fact]
    public void AnIssuersNameOpeningItsReleasesHeadlineStays() =>
        Assert.Equal("Skarvik Hydrogen ASA: Signs 12-year ammonia supply agreement", Headline("""
            <html><head><title>Skarvik Hydrogen ASA: Signs 12-year ammonia supply agreement</title>
            <meta property="og:site_name" content="GlobeNewswire News Room">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Skarvik Hydrogen ASA: Signs 12-year ammonia supply agreement",
            "author":{"@type":"Organization","name":"Skarvik Hydrogen ASA"},"publisher":{"@type":"Organization","name":"GlobeNewswire"}}</script></head>
            <body><h1>Skarvik Hydrogen ASA: Signs 12-year ammonia supply agreement</h1>
            <p>OSLO, Norway, Dec. 03, 2025 (GLOBE NEWSWIRE) -- Skarvik Hydrogen ASA today announced a supply agreement.</p></body></html>
            """));

    [Fact]
    public void ThePaywallsBadgeInsideTheHeadingIsNotPartOfTheTitle() =>
        Assert.Equal("Vierzigtausend Mal ans andere Ufer", Headline("""
            <html><head><title>Vierzigtausend Mal ans andere Ufer | ZEITPUNKT</title></head>
            <body><h1><span class="article-heading__title">Vierzigtausend Mal ans andere Ufer</span>
            <span class="zplus-badge">Z+ (abopflichtiger Inhalt)</span></h1></body></html>
            """));

    [Fact]
    public void AKickerInsideTheHeadingIsNotPartOfTheTitle() =>
        Assert.Equal("Autohäuser rechnen mit langsamem Anlaufen des Geschäfts", Headline("""
            <html><head><title>Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen des Geschäfts | MDR.DE</title></head>
            <body><h1><span class="dachzeile">Nach Corona-Lockerungen</span>
            <span class="headline">Autohäuser rechnen mit langsamem Anlaufen des Geschäfts</span></h1></body></html>
            """));

    [Theory]
    [InlineData("Schwerer Schlag für den Hafen: Reederei zieht Asiendienst aus Hamburg ab", "<span class='text-primary-base block mb-12'>Schwerer Schlag für den Hafen</span><span class='align-middle'>Reederei zieht Asiendienst aus Hamburg ab</span>")]
    [InlineData("Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum - Lebensmittelpraxis.de", "<span class='subtitle'>Olympische Spiele in Paris</span> Getränke per Schiff ins Stadtzentrum")]
    public void AKickerTheMetadataTitleSetsOffIsNotPartOfTheTitle(string ogTitle, string heading)
    {
        // The kicker's class says nothing; the metadata title prints it before a separator.
        var html = "<html><head><meta property='og:title' content='" + ogTitle + "'><title>" + ogTitle + "</title></head><body><h1>" + heading +
                   "</h1><p>Story.</p></body></html>";
        Assert.DoesNotContain(heading[(heading.IndexOf('>') + 1)..heading.IndexOf("</span>", StringComparison.Ordinal)], Headline(html), StringComparison.Ordinal);
    }

    [Fact]
    public void AKickerWordedOtherwiseInTheMetadataTitleIsNotPartOfTheTitle() =>
        Assert.Equal("Die Letzten ihrer Herde", Headline("""
            <html><head><meta property="og:title" content="Lüneburger Heide: Die Letzten ihrer Herde"></head>
            <body><h1><span class="block font-bold"><span class="logo">KOMPASS+</span> Schäfer in der Lüneburger Heide</span>
            <span class="align-middle">Die Letzten ihrer Herde</span></h1><p>Story.</p></body></html>
            """));

    [Fact]
    public void OfSeveralH1sTheOneThatWordsTheTitleTagNearlyAlikeIsTheHeadlineOverAnUnrelatedOgTitle() =>
        Assert.Equal("Wellaflex – Schnell aufgefrischtes Haar in jeder Situation mit dem Trockenshampoo", Headline("""
            <html><head><title>The Insiders - Schnell aufgefrischtes Haar in jeder Situation mit dem neuen Wellaflex Trockenshampoo - Info</title>
            <meta property="og:title" content="Möchtest Du The Insiders mit mir zusammen beitreten?"></head>
            <body><h1>Wellaflex &ndash; Schnell aufgefrischtes Haar in jeder Situation mit dem Trockenshampoo</h1><p>Story.</p>
            <h1>Anwendung</h1><p>More.</p></body></html>
            """));

    [Fact]
    public void AnH1ThatHoldsTheTitleAndMoreLeavesTheTitle() =>
        Assert.Equal("Energiewende und nachhaltiges Wirtschaften", Headline("""
            <html><head><title>Energiewende und nachhaltiges Wirtschaften</title></head>
            <body><h1>Energiewende, Mobilität und nachhaltiges Wirtschaften :</h1><p>Story.</p><h1>Mehr</h1></body></html>
            """));

    [Fact]
    public void AnEmphasisedPhraseOpeningTheHeadingStaysWhenTheTitleOpensWithItInOtherQuotes() =>
        Assert.Equal("Editor’s Letter: bye OC Baby, hi Bernsi Baby!", Headline("""
            <html><head><meta property="og:title" content="Editor&#039;s Letter: bye OC Baby, hi Bernsi Baby!"></head>
            <body><h1><b>Editor&rsquo;s Letter:</b><i> bye <b>OC</b> Baby, hi Bernsi <b>Baby!</b></i></h1></body></html>
            """));

    [Fact]
    public void AnEmphasisedPhraseOpeningTheHeadingStaysWithoutAKickerInTheTitle() =>
        Assert.Equal("Breaking: Council approves the budget for schools", Headline("""
            <html><head><meta property="og:title" content="Breaking: Council approves the budget for schools"></head>
            <body><h1><strong>Breaking:</strong> Council approves the budget for schools</h1></body></html>
            """));

    [Theory]
    [InlineData("<span class='label'>LIVE</span>")]
    [InlineData("<span class='c-badge'>Exklusiv</span>")]
    public void AShortBadgeInsideTheHeadingIsNotPartOfTheTitle(string badge) =>
        Assert.Equal("Kim orders sharp increase in missile production, days before drills", Headline(
            "<html><head><title>Ledger</title></head><body><h1>" + badge + " Kim orders sharp increase in missile production, days before drills</h1></body></html>"));

    [Theory]
    [InlineData("<br><small>State media says Kim toured three factories</small>")]
    [InlineData("<small>State media says Kim toured three factories</small>")]
    public void ASubtitleSetInsideTheHeadingAfterTheTitlesLineIsNotPartOfIt(string subtitle) =>
        Assert.Equal("Kim orders sharp increase in missile production", Headline(
            "<html><head><title>Kim orders sharp increase in missile production | Ledger</title></head><body><h1>Kim orders sharp increase in missile production" +
            subtitle + "</h1></body></html>"));

    [Fact]
    public void ADatedMetaLineSetInsideTheHeadingIsNotPartOfTheTitle() =>
        Assert.Equal("China unveils measures to boost services consumption as retail sales slow", Headline(
            "<html><head><title>China unveils measures to boost services consumption - Silk Road Daily</title></head><body><h1>China unveils " +
            "measures to boost services consumption as retail sales slow<br /><span>2025-11-20 20:14:07&nbsp;&nbsp;Source: Xinhua&nbsp;&nbsp;Hits: " +
            "<span id='hits'>1208</span></span></h1><div class='content'><p>China on Thursday unveiled a package of measures.</p></div></body></html>"));

    [Fact]
    public void AnH1WithItsSubtitleInsideAgreesWithTheMetadataOverASectionHeadingNamingItsKicker() =>
        Assert.Equal("Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh", Headline(
            "<html><head><title>Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh</title></head><body><h1 class='article-title'><span>" +
            "Dezuka Suisan: Deep-Fried Fish Cakes, Hot <span>and</span> Fresh</span><small class='article-subtitle'>Welcome to the Flavor " +
            "Capital of Northern Japan</small></h1><p>The shop opened in 1950.</p><h2>Dezuka Suisan</h2><p>It sells fish cakes.</p></body></html>"));

    [Fact]
    public void TheLogoLinkingHomeNamesTheSiteATitleEndsWith() =>
        Assert.Equal("Common fungicide leaves wild bumblebees unable to find their way home", Headline(
            "<html><head><title>Common fungicide leaves wild bumblebees unable to find their way home : Science News Today</title></head><body>" +
            "<a href='/'><img src='/logo.gif' alt='Science News Today'></a><p>Paris (AFP) - Wild bumblebees exposed to a fungicide got lost.</p></body></html>"));

    [Fact]
    public void OfATitleAndSubtitleBothPrintedAsHeadingsTheH1IsTheHeadline() =>
        Assert.Equal("Vom Boden aus gedacht", Headline(
            "<html><head><title>Vom Boden aus gedacht - Ann Cotten verwebt in ihrem Band Lokales und Globales : Literaturblatt</title></head><body>" +
            "<h1>Vom Boden aus gedacht</h1><h2>Ann Cotten verwebt in ihrem Band Lokales und Globales</h2><p>Text.</p></body></html>", new Uri("https://literaturblatt.de/a")));

    [Fact]
    public void AHeadingWrappedOverTwoLinesIsOneTitleWhenNoMetadataEndsAtTheBreak() =>
        Assert.Equal("Kim orders sharp increase in missile production days before drills", Headline(
            "<html><head><title>Ledger</title></head><body><h1>Kim orders sharp increase in missile production<br>days before drills</h1></body></html>"));

    [Fact]
    public void AHeadingWhoseOwnElementIsNamedLabelKeepsItsTitle() =>
        Assert.Equal("Kim orders sharp increase in missile production, days before drills", Headline(
            "<html><head><title>Ledger</title></head><body><h1><span class='title-label'>Kim orders sharp increase in missile production, days before drills</span></h1></body></html>"));

    [Fact]
    public void AHeadlineSetInABlockOfClassTitleAgreesWithTheTitleTag() =>
        Assert.Equal("Kim orders sharp increase in missile production, days before drills", Headline("""
            <html><head><title>Kim orders sharp increase in missile production, days before drills-Wealth Nexus Pro</title></head>
            <body><div class="title">Kim orders sharp increase in missile production, days before drills</div>
            <p>SEOUL, South Korea (AP) — North Korean leader Kim Jong Un made another inspection tour.</p></body></html>
            """));

    [Fact]
    public void ALongTeaserListOfTitleBlocksDoesNotHideTheHeadingAfterIt()
    {
        var teasers = string.Concat(Enumerable.Range(1, 90).Select(i => $"<div class='title'>Teaser number {i}</div>"));
        Assert.Equal("Harbour reopens after storm, and the fishing fleet sails again", Headline(
            "<html><head><title>Harbour reopens after storm | Daily Example</title></head><body>" + teasers +
            "<h1>Harbour reopens after storm, and the fishing fleet sails again</h1><p>The harbour reopened on Monday.</p></body></html>"));
    }

    [Fact]
    public void ASlideHeadingOfClassTitleDoesNotShortenTheTitle() =>
        Assert.Equal("Radfahren in der Stadt Salzburg", Headline("""
            <html><head><title>Radfahren in der Stadt Salzburg</title></head>
            <body><div class="slide"><img src="/a.jpg"><h4 class="title">Radfahren in der Stadt</h4></div><p>Text.</p></body></html>
            """));

    [Fact]
    public void AHeadingThatIsTheTitleLessItsKickerWins() =>
        Assert.Equal("Lotte Tobisch ist tot", Headline("""
            <html><head><meta property="og:title" content="Chronik: Lotte Tobisch ist tot">
            <title>Chronik: Lotte Tobisch ist tot - wien.ORF.at</title></head><body><h1>Lotte Tobisch ist tot</h1></body></html>
            """));

    [Fact]
    public void TheSiteNameHeadingAtTheEndOfTheTitleDoesNotAgree() =>
        Assert.Equal("United States to Lift Sudan Sanctions", Headline("""
            <html><head><title>United States to Lift Sudan Sanctions - The New York Times</title></head>
            <body><h2>The New York Times</h2><h2>Site Search Navigation</h2><h1>United States to Lift Sudan Sanctions</h1></body></html>
            """));

    [Fact]
    public void AHeadingThatLinksHomeNamesTheSite() =>
        Assert.Equal("Interning of Small Integers in Python", Headline("""
            <html><head><title>Four Years Remaining » Blog Archive » Interning of Small Integers in Python</title></head>
            <body><h1><a href="http://fouryears.eu">Four Years Remaining</a></h1><h2>Interning of Small Integers in Python</h2></body></html>
            """));

    [Fact]
    public void ALogoOfLinksToHomePagesNamesTheSite() =>
        Assert.Equal("'이준혁 멀티골' 울산, 개막전서 서울 3-1 완파", Headline("""
            <html><head><title>'이준혁 멀티골' 울산, 개막전서 서울 3-1 완파 : 네이버 스포츠</title>
            <meta property="og:title" content="'이준혁 멀티골' 울산, 개막전서 서울 3-1 완파"></head>
            <body><h1 class="logo"><a href="https://www.naver.com">NAVER</a><a href="https://sports.naver.com">스포츠</a></h1>
            <div class="news_headline"><h4 class="title">'이준혁 멀티골' 울산, 개막전서 서울 3-1 완파</h4></div></body></html>
            """));

    [Fact]
    public void AnH1OfTwoLinksIntoTheSiteIsStillAHeadline_Guard() =>
        Assert.Equal("Rain returns to the capital after weeks", Headline("""
            <html><head><title>Weather news - Daily Example</title></head>
            <body><h1><a href="/weather/rain-returns">Rain returns to the capital</a> <a href="/weather">after weeks</a></h1></body></html>
            """));

    [Fact]
    public void ABlogNameAboveThePostIsSkippedForTheOpenGraphTitle() =>
        Assert.Equal("Open Verilog flow for Silego GreenPak4 programmable logic devices", Headline("""
            <html><head><title>Silicon Exposed: Open Verilog flow for Silego GreenPak4 programmable logic devices</title>
            <meta property="og:title" content="Open Verilog flow for Silego GreenPak4 programmable logic devices"></head>
            <body><h1 class="title"><a href="http://siliconexposed.blogspot.com/">Silicon Exposed</a></h1></body></html>
            """));

    [Fact]
    public void AnH1ThatBeginsALongerTitleIsTheHeadline() =>
        Assert.Equal("Mandarinen-Schmand-Kuchen", Headline("""
            <html><head><title>Mandarinen-Schmand-Kuchen von jesusfreak | Chefkoch</title></head>
            <body><h1>Mandarinen-Schmand-Kuchen</h1></body></html>
            """));

    [Fact]
    public void EntitiesEscapedTwiceAreDecoded() =>
        Assert.Equal("6 Wellnessoasen im Thermen- & Vulkanland", Headline("""
            <html><head><meta property="og:title" content="6 Wellnessoasen im Thermen- &amp;#038; Vulkanland"></head><body></body></html>
            """));

    [Fact]
    public void JsonLdInACdataSectionIsRead() =>
        Assert.Equal("The Deck of Cards That Made Tarot A Global Phenomenon", Headline("""
            <html><head><meta property="og:title" content="If You Can Picture A Tarot Card">
            <script type="application/ld+json">//<![CDATA[
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"The Deck of Cards That Made Tarot A Global Phenomenon"}
            //]]></script></head><body><h1>The Deck of Cards That Made Tarot A Global Phenomenon</h1></body></html>
            """));

    [Fact]
    public void DublinCoreTitleComesBeforeOpenGraphWhenNoHeadingAgrees() =>
        Assert.Equal("Preferred title", Headline("""
            <html><head><title>Title Element</title><meta property="x:title dc:title" content="Preferred title">
            <meta property="og:title twitter:title" content="A title"></head><body><h2>Test</h2></body></html>
            """));

    [Fact]
    public void The_pages_only_h1_is_the_headline_when_no_metadata_title_agrees_with_a_heading() =>
        Assert.Equal("Der Nervenkrieg um den Brexit geht in die nächste Runde", Headline("""
            <html><head><title>Brexit: Nervenkrieg geht in nächste Runde | Example</title><meta property="og:title" content="Brexit: Nervenkrieg geht in nächste Runde">
            </head><body><h1>Der Nervenkrieg um den Brexit geht in die nächste Runde</h1><p>Text.</p></body></html>
            """));

    [Fact]
    public void An_h1_that_adds_a_kicker_to_a_metadata_title_yields_the_title() =>
        Assert.Equal("Große Aufgaben für die neue Regierung", Headline("""
            <html><head><meta property="og:title" content="Große Aufgaben für die neue Regierung"></head>
            <body><h1><span class="kicker">Tunesien</span> Große Aufgaben für die neue Regierung</h1><p>Text.</p></body></html>
            """));

    [Fact]
    public void An_h1_that_goes_on_after_a_metadata_title_is_the_fuller_headline() =>
        Assert.Equal("Saftiger Zitronenkuchen vom Blech: einfach köstlich!", Headline("""
            <html><head><title>Saftiger Zitronenkuchen vom Blech | Backen macht glücklich</title></head>
            <body><h1 class="entry-title">Saftiger Zitronenkuchen vom Blech: einfach köstlich!</h1><p>Text.</p></body></html>
            """));

    [Fact]
    public void An_h1_that_goes_on_with_the_posts_date_line_yields_the_metadata_title() =>
        Assert.Equal("Zuschauerrückkehr bei den Proficlubs der Region", Headline("""
            <html><head><meta property="og:title" content="Zuschauerrückkehr bei den Proficlubs der Region"></head>
            <body><h1>Zuschauerrückkehr bei den Proficlubs der Region <small>02.02.2022 • Verband, Presse</small></h1><p>Text.</p></body></html>
            """));

    [Fact]
    public void A_hidden_h1_that_repeats_the_title_tag_whole_is_the_title_less_the_sites_name() =>
        Assert.Equal("EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig", Headline("""
            <html><head><title>EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig | Umweltbundesamt</title>
            <meta property="og:site_name" content="Umweltbundesamt"></head>
            <body><h1 class="visuallyhidden">EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig | Umweltbundesamt</h1><p>Text.</p></body></html>
            """));

    [Fact]
    public void The_posts_date_before_the_headline_is_not_part_of_it() =>
        Assert.Equal("Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", Headline("""
            <html><head><title>23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln - Biathlon Antholz</title></head>
            <body><h2 class="headline">23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln</h2><p>Text.</p></body></html>
            """));

    [Fact]
    public void A_section_name_heading_that_agrees_with_the_title_tag_is_not_the_headline() =>
        Assert.Equal("Auf das erste Elektron kommt es an", Headline("""
            <html><head><title>News - Eawag</title><meta property="og:site_name" content="Eawag"><meta property="og:title" content="Auf das erste Elektron kommt es an"></head>
            <body><h1 class="pagetitle hidden">News</h1><p>Text.</p></body></html>
            """));

    [Fact]
    public void APermalinkMarkIsNotPartOfTheHeading() =>
        Assert.Equal("Evolve: Shared Mutable History", Headline("""
            <html><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head>
            <body><h1>evolve extension for Mercurial</h1><h1>Evolve: Shared Mutable History<a class="headerlink" href="#x">¶</a></h1></body></html>
            """));

    [Fact]
    public void ATitleThatIsOnlyTheSiteNameGivesNoHeadline() =>
        Assert.Null(Headline("""
            <html><head><title>Pradhvan</title><meta property="og:title" content="Pradhvan"><meta property="og:site_name" content="Pradhvan"></head><body></body></html>
            """));

    [Fact]
    public void PunctuationAloneIsNoHeadline() =>
        Assert.Equal("Anpassung der eBay-Verkaufsvorlagen", Headline("""
            <html><head><title>.:</title></head><body><h1>.:</h1><h1>Anpassung der eBay-Verkaufsvorlagen</h1></body></html>
            """));

    [Fact]
    public void A_front_page_title_gives_way_to_the_pages_heading() =>
        Assert.Equal("Time to say goodbye.", Headline("<html><head><title>Home</title></head><body><h1><a href='https://video.example/x'>Time to say goodbye.</a></h1><p>Text.</p></body></html>"));

    [Fact]
    public void A_title_that_only_starts_the_sites_name_is_no_headline() =>
        Assert.Null(Headline("""
            <html><head><title>ICON • ICON Magazine</title><meta property="og:site_name" content="ICON Magazine"><meta property="og:title" content="ICON Magazine"></head>
            <body><h1 class="head-title"><a href="https://icon.example/">ICON Magazine</a></h1><p>Davor und Danach</p></body></html>
            """));

    [Fact]
    public void AMenuHeadingThatBeginsTheTitleYieldsToTheSoleH1() =>
        Assert.Equal("Eignet sich eine Wärmepumpe im Altbau?", Headline("""
            <html><head><title>Wärmepumpe im Altbau - Wann es sich lohnt | heizung.example</title></head><body>
            <ul class="site-navigation__list"><li><h3 class="site-navigation__headline">Wärmepumpe</h3><a href="/wp">Alles zur Wärmepumpe</a></li></ul>
            <h1>Eignet sich eine Wärmepumpe im Altbau?</h1><p>Wärmepumpen nutzen die Wärme aus Luft, Erde oder Wasser.</p></body></html>
            """));
}
