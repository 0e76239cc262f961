using ArticleExtract.Metadata;
using ArticleExtract.Metadata.Dates;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Metadata.Dates;

public sealed class DateFindersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static ArticleDate? Published(string html, Uri? url = null) => MetadataReader.Read(DocumentParser.Parse(html), url, Now).Published;

    [Fact]
    public void TheDayInTheAddressTakesTheTimeOfTheLineLabelledAsThePublication()
    {
        const string Page = """
            <html lang="tr-TR">
            <head>
            <title>Asgari ücret için geri sayım: Komisyon ilk kez 2 Aralık'ta toplanıyor - Son Dakika Ekonomi Haberleri | Sabah</title>
            <meta name="description" content="Milyonlarca çalışanın gözü kulağı asgari ücret görüşmelerinde.">
            <meta property="og:title" content="Asgari ücret için geri sayım: Komisyon ilk kez 2 Aralık'ta toplanıyor">
            <meta property="og:url" content="https://www.sabah.com.tr/ekonomi/2025/11/20/asgari-ucret-icin-geri-sayim-komisyon-ilk-kez-2-aralikta-toplaniyor">
            <meta property="og:site_name" content="Sabah">
            <link rel="canonical" href="https://www.sabah.com.tr/ekonomi/2025/11/20/asgari-ucret-icin-geri-sayim-komisyon-ilk-kez-2-aralikta-toplaniyor">
            </head><body>
            <article class="newsArticle">
            <div class="newsDetailTitleArea">
            <h1 class="pageTitle">Asgari ücret için geri sayım: Komisyon ilk kez 2 Aralık'ta toplanıyor</h1>
            <h2 class="spot">Milyonlarca çalışanın gözü kulağı asgari ücret görüşmelerinde. Asgari Ücret Tespit Komisyonu'nun ilk toplantısı için tarih netleşirken, masada enflasyon farkı ve vergi istisnası başlıkları öne çıkıyor.</h2>
            </div>
            <div class="newsInfo">
            <div class="editorName"><span>Haber Merkezi</span></div>
            <span class="textInfo align-center">Giriş Tarihi: 20.11.2025 14:02<br>Son Güncelleme: 20.11.2025 16:35</span>
            <div class="newsShare">
            </div><div class="newsBox">Asgari Ücret Tespit Komisyonu ilk toplantısı için tarih netleşti.<br><br>Komisyon 2 Aralık günü toplanacak.</div></article></body></html>
            """;
        Assert.Equal("2025-11-20T14:02:00", Published(Page)?.ToString());
    }

    [Fact]
    public void ADateBeforeAnUpdatesLabelInTheSameLineIsThePublication() =>
        Assert.Equal("2025-11-30T11:42:00", Published("""
            <html lang="tr"><body><h1>Meteoroloji'den 9 il için yoğun kar uyarısı</h1>
            <div class="t-text">Haber Merkezi | 30.11.2025 11:42 | Güncelleme: 30.11.2025 14:10 | Okunma: 3.412</div>
            <p>Meteoroloji Genel Müdürlüğü, Doğu Anadolu Bölgesi'ndeki 9 il için yoğun kar yağışına karşı sarı kodlu uyarı yaptı.</p>
            <ul class="feed"><li>Asgari ücret görüşmeleri <span>29.11.2025</span></li></ul></body></html>
            """)?.ToString());

    [Fact]
    public void ATimesDayFirstTextGivesTheNewsroomsOffsetToItsUtcValue() =>
        Assert.Equal("2025-03-11T21:10:00-05:00", Published("<html lang='es'><body><h1>Minera Huallaga invertirá US$ 400 millones</h1>" +
            "<time datetime='2025-03-12T02:10:00.000Z'>Publicado el 11/03/2025 09:10 p.m.</time><p>La minera Huallaga anunció este martes una inversión de 400 millones de dólares para ampliar su planta de procesamiento en la sierra central.</p></body></html>")?.ToString());

    [Theory]
    [InlineData("es", "2025-11-09T06:00:00")]
    [InlineData("es-US", "2025-09-11T06:00:00")]
    public void ASpanishLabelUnderTheHeadlinePutsTheDayFirstBesideA12HourClock(string language, string expected) =>
        Assert.Equal(expected, Published($"<html lang='{language}'><body><h1>Comerciantes del Hospedaje Yaque denuncian pérdidas</h1>" +
            "<span class='fecha'>Publicado: <span>09/11/2025 06:00 AM</span></span><p>Los comerciantes del Hospedaje Yaque denunciaron este domingo pérdidas de hasta un cuarenta por ciento en sus ventas por las obras de drenaje pluvial.</p></body></html>")?.ToString());

    [Theory]
    [InlineData("<li><time>Sabtu, 29 November 2025</time></li><li><span class='icon'></span><time>14:05 WIB</time></li>", "2025-11-29T14:05:00+07:00")]
    [InlineData("<span class='date'>29.11.2025</span> <span class='sep'>|</span> <span class='time'>kl. 14.05</span>", "2025-11-29T14:05:00")]
    [InlineData("<span class='date'>November 29, 2025</span><span class='time'>2:05 PM ET</span>", "2025-11-29T14:05:00-05:00")]
    [InlineData("<span class='date'>November 29, 2025</span></ul><div class='byline'>By Dian Sastro | Nov. 29, 2025 at 2:05 PM</div><ul>", "2025-11-29T14:05:00")]
    public void ADayPrintedNearTheHeadlineTakesTheTimePrintedInTheElementAfterIt(string line, string expected) =>
        Assert.Equal(expected, Published($"<html><body><h1>Puncak musim hujan diprakirakan Desember</h1><ul class='post-info'>{line}</ul>" +
            "<p>Badan Meteorologi, Klimatologi, dan Geofisika memprakirakan puncak musim hujan di sebagian besar wilayah Indonesia akan terjadi pada periode Desember 2025 hingga Februari 2026, sehingga masyarakat diimbau waspada.</p></body></html>")?.ToString());

    [Theory]
    [InlineData("<span class='date'>29.11.2025</span><span class='upd'>Updated 16:20</span>")]
    [InlineData("<span class='date'>29.11.2025</span><span class='score'>Score 3:1 after extra time in the final</span>")]
    [InlineData("<span class='date'>29.11.2025</span><span class='prev'>Previous story: 28.11.2025 18:30</span>")]
    public void ADayKeepsNoTimeFromAnUpdateOrASentence(string line) =>
        Assert.Equal("2025-11-29", Published($"<html><body><h1>Cup final goes to extra time</h1><div>{line}</div>" +
            "<p>The final went to extra time on Saturday after the two sides were level at the end of ninety minutes, and the home side won it late on.</p></body></html>")?.ToString());

    [Fact]
    public void TheDateLineAfterALeadBetweenItAndTheHeadlineIsRead() =>
        Assert.Equal("2026-01-22T10:18:00", Published("""
            <html lang="hu"><body><div class="title-section"><h1>Rekordot döntött az áramfogyasztás a hidegben</h1>
            <div class="article_lead"><p>A MAVIR adatai szerint reggel nyolc óra után 7950 megawatton tetőzött a hazai rendszerterhelés, ami minden idők legmagasabb téli értéke. A hálózat bírta a terhelést, de a rendszerirányító tartalékokat is mozgósított.</p></div></div>
            <div class="article_date"><a href="/szerzo/nemeth-balazs">Németh Balázs</a> · <span>2026. január 22. – 10:18</span> <span>3 órája</span></div>
            <p>A rendszerirányító közleménye szerint a korábbi téli csúcsot, amelyet 2024 januárjában mértek, mintegy 180 megawattal haladta meg a csütörtöki érték, és a hálózat ezt is kibírta.</p></body></html>
            """, new Uri("https://telex.hu/belfold/2026/01/22/aramfogyasztas-rekord"))?.ToString());

    [Fact]
    public void AnUpdateLineDoesNotLendItsTimeToTheDayInTheAddress()
    {
        const string Page = """
            <html><body><h1>ETA anuncia su disolución</h1>
            <div class="update">Actualizado <strong>domingo 20/11/2025</strong> <strong>03:21 horas</strong></div>
            <p>La banda terrorista anunció este domingo su disolución definitiva en un comunicado.</p></body></html>
            """;
        Assert.Equal("2025-11-20", Published(Page, new Uri("https://www.elmundo.es/espana/2025/11/20/eta.html"))?.ToString());
    }

    [Fact]
    public void ADateMarkedByClassAfterTheHeadlineWinsOverASidebarTeaser()
    {
        var date = Published("""
            <html><body><aside><div class="teaser-date">03.03.2020</div></aside>
            <h1>Bund Naturschutz begrüßt Habeck</h1><div class="rte"><span class="date inline-block">20.01.2022</span>
            <p>Obwohl wir schon damit gerechnet haben, sind wir erleichtert.</p></div>
            <div class="related"><span class="post-date">01.01.2021</span></div></body></html>
            """);
        Assert.Equal("2022-01-20", date?.ToString());
        Assert.Equal(DateSource.VisibleText, date?.Source);
    }

    [Theory]
    [InlineData("<div>Updated 9:10 AM EST, June 4, 2025<br>Published 3:45 PM EST, June 3, 2025</div>")]
    [InlineData("<div>Updated 9:10 AM EST, June 4, 2025</div><div>June 3, 2025</div>")]
    public void ADateLabelledAsAnUpdateUnderTheHeadlineYieldsToThePublicationDate(string dates) =>
        Assert.Equal("2025-06-03", Published("<html><body><h1>Central bank holds rates steady</h1>" + dates +
            "<p>The central bank kept its main rate unchanged on Wednesday and said it expects to cut later this year.</p></body></html>")?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void AnUpdateDateUnderTheHeadlineStillDatesAPageThatGivesNoOther() =>
        Assert.Equal("2025-06-04", Published("<html><body><h1>Central bank holds rates steady</h1><div>Updated June 4, 2025</div>" +
            "<p>The central bank kept its main rate unchanged on Wednesday and said it expects to cut later this year.</p></body></html>")?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void AnUpdateDateIsTakenOnlyWhenNothingElseDatesThePage()
    {
        var document = DocumentParser.Parse("""
            <html><body><h1>Headline of the story</h1><span class="updated" title="2013-04-04T18:52:11+00:00"></span>
            <span class="post-date">5 March 2012</span></body></html>
            """);
        Assert.Equal("2012-03-05", DateElementFinder.Find(document, document.QuerySelector("h1"), Now)?.ToString());
    }

    [Fact]
    public void ATwoDigitYearIsReadInADateElement() =>
        Assert.Equal("2023-10-30", Published("""<html><body><div class="date"> Party, 30.10.23 </div><h1>Last-Minute-Halloween-Kostüme</h1><p>Text.</p></body></html>""")?.ToString());

    [Theory]
    // Korean, Japanese and Chinese pages put a two-digit year first; the day-first reading is left to the rest.
    [InlineData("ko", "<strong class='if_date'><span class='sound_only'>작성일</span> 25-11-20 14:32</strong>", "2025-11-20T14:32:00")]
    [InlineData("ko", "<span class='date'>25.11.20</span>", "2025-11-20")]
    [InlineData("de", "<span class='date'>25.11.20</span>", "2020-11-25")]
    [InlineData("de", "<span class='date'>25-11-20 14:32</span>", null)]
    [InlineData("nl-BE", "<time class='article__time'>20-11-25, 14:30</time>", "2025-11-20T14:30:00")]
    public void ATwoDigitYearIsReadTheWayThePagesLanguageWritesIt(string language, string element, string? expected) =>
        Assert.Equal(expected, Published($"<html lang='{language}'><body><h1>서울 올겨울 첫눈…작년보다 8일 늦어</h1>{element}<p>Text.</p></body></html>")?.ToString());

    [Fact]
    public void TheDatesOfThePreviousAndNextPostsDateNeitherThisOne()
    {
        var document = DocumentParser.Parse("""
            <html lang="ko"><body><div class="post-date">2025-11-19</div><h1>서울 올겨울 첫눈…작년보다 8일 늦어</h1><p>20일 서울에 올겨울 첫눈이 내렸다.</p>
            <ul class="bo_v_nb"><li class="btn_prv"><a href="/bbs/1">수능 성적 다음달 5일 통지</a> <span class="nb_date">25.11.18</span></li>
            <li class="btn_next"><a href="/bbs/3">서울시, 겨울철 제설 대책 가동</a> <span class="nb_date">25.11.20</span></li></ul></body></html>
            """);
        Assert.Equal("2025-11-19", DateElementFinder.Find(document, document.QuerySelector("h1"), Now)?.ToString());
    }

    [Theory]
    [InlineData("<dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt><dd>AutoCAD</dd></dl>", "2017-01-12")]
    [InlineData("<p>Dieser Artikel wurde am <b>14. Dezember 2015</b> um 14:48 veröffentlicht.</p>", "2015-12-14T14:48:00")]
    [InlineData("<div><h5>Datum: </h5>03.02.2022</div>", "2022-02-03")]
    [InlineData("<span>Posted on March 5, 2019</span>", "2019-03-05")]
    [InlineData("<span class='textInfo'>Giriş Tarihi: 20.11.2025 14:02</span>", "2025-11-20T14:02:00")]
    [InlineData("<span>Опубликовано: 20.11.2025 14:02</span>", "2025-11-20T14:02:00")]
    [InlineData("<span>Julkaistu 20.11.2025 14:02</span>", "2025-11-20T14:02:00")]
    // A label in a language that writes the day first keeps the day first beside a 12-hour clock; an English one does not.
    [InlineData("<span>Publicado: <span>09/11/2025 06:00 AM</span></span>", "2025-11-09T06:00:00")]
    [InlineData("<span>Posted: <span>09/11/2025 06:00 AM</span></span>", "2025-09-11T06:00:00")]
    public void ALabelledDateIsFound(string block, string expected)
    {
        var document = DocumentParser.Parse("<html><body><h1>Title</h1><p>Some long paragraph of the story that says nothing about when.</p>" + block + "</body></html>");
        Assert.Equal(expected, DateLabelFinder.Find(document, document.QuerySelector("h1"), Now)?.ToString());
    }

    [Fact]
    public void IndentationDoesNotCountAsTextWhenALabelledLineIsMeasured()
    {
        var indent = "\n" + new string(' ', 60);
        var block = "<div class='col'>" + indent + "<h5>Datum:  </h5>03.02.2022" + indent + "<br>" + indent +
                    "<h5>Autor:  </h5>se" + indent + indent + "</div>";
        var document = DocumentParser.Parse("<html><body><h1>Title</h1>" + block + "<p>Text.</p></body></html>");
        Assert.Equal("2022-02-03", DateLabelFinder.Find(document, document.QuerySelector("h1"), Now)?.ToString());
    }

    [Theory]
    [InlineData("<span class='blue'>01.02.2022</span>", "2022-02-01")]
    [InlineData("<em>\n  01.11.2023 11:35\n</em>", "2023-11-01T11:35:00")]
    [InlineData("<div>Mittwoch, 3. Februar 2021</div>", "2021-02-03")]
    [InlineData("<p>27.1.2022 - Bei der Erinnerung an die Verfolgten wurden auch die Namen der Frauen verlesen.</p>", "2022-01-27")]
    public void ATextThatIsOnlyADateDatesAPageThatStatesNothingElse(string block, string expected)
    {
        var document = DocumentParser.Parse("<html><body><nav><span>05.05.2020</span></nav><h1>Title</h1>" + block +
                                            "<p>The story, which does not say when it happened.</p></body></html>");
        Assert.Equal(expected, StandaloneDateFinder.Find(document, document.QuerySelector("h1"), Now)?.ToString());
        Assert.Equal(expected, Published(document.DocumentElement.OuterHtml)?.ToString());
    }

    [Theory]
    [InlineData("<nav><span>05.05.2020</span></nav>")]
    [InlineData("<ul><li><a href='/old'>05.05.2020</a></li></ul>")]
    [InlineData("<footer><p>12.03.2019</p></footer>")]
    [InlineData("<p>We met on 12.01.2017 in Berlin.</p>")]
    [InlineData("<p>Order 2017-4411</p>")]
    [InlineData("<p>2017 - 2021 the company grew its sales every year, the report said.</p>")]
    [InlineData("<p>In 2022 - the year of the flood - prices rose.</p>")]
    public void DatesOfOtherThingsAreNotStandaloneDates(string block)
    {
        var document = DocumentParser.Parse("<html><body><h1>Title</h1>" + block + "</body></html>");
        Assert.Null(StandaloneDateFinder.Find(document, document.QuerySelector("h1"), Now));
    }

    [Fact]
    public void ALabelledLineInsideALongFooterIsRead()
    {
        var tags = string.Concat(Enumerable.Range(1, 30).Select(i => $", <a href='/tag/{i}'>Stichwort Nummer {i}</a>"));
        var footer = "<div class='post-footer'>Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href='/author'>Heiner</a> " +
                     "geschrieben und unter den Stichworten " + tags + " veröffentlicht.</div>";
        var document = DocumentParser.Parse("<html><body><h1>Title</h1><p>Text.</p>" + footer + "</body></html>");
        Assert.Equal("2015-12-14T14:48:00", DateLabelFinder.Find(document, document.QuerySelector("h1"), Now)?.ToString());
    }

    [Fact]
    public void ADateWithoutALabelIsNotTakenByTheLabelFinder()
    {
        var document = DocumentParser.Parse("<html><body><h1>Title</h1><p>We met on 12.01.2017 in Berlin.</p></body></html>");
        Assert.Null(DateLabelFinder.Find(document, document.QuerySelector("h1"), Now));
    }

    [Theory]
    [InlineData("<div>Aktualisiert: 20.02.2022</div><div>Veröffentlicht am 06.10.2021</div>", "2021-10-06")]
    // Bengali and Hindi labels, with the dates in the script's own digits.
    [InlineData("<div>আপডেট: ২১ নভেম্বর ২০২৫, ০৮:২০</div><div>প্রকাশ: ২০ নভেম্বর ২০২৫, ০৯:১৫</div>", "2025-11-20T09:15:00")]
    [InlineData("<div>अपडेट: २१ नवंबर २०२५</div><div>प्रकाशित: २० नवंबर २०२५</div>", "2025-11-20")]
    // Tagalog: "Na-update" after "Inilathala" on one row.
    [InlineData("<div>Na-update: Disyembre 4, 2025, 7:02 PM</div><div>Inilathala: Disyembre 3, 2025, 4:18 PM</div>", "2025-12-03T16:18:00")]
    public void AnUpdateLabelYieldsToAPublicationLabel(string lines, string expected)
    {
        var document = DocumentParser.Parse("<html><body><h1>Title</h1>" + lines + "</body></html>");
        Assert.Equal(expected, DateLabelFinder.Find(document, document.QuerySelector("h1"), Now)?.ToString());
    }

    [Fact]
    public void RdfaAndHAtomMarkupDateTheStory()
    {
        Assert.Equal("2023-10-06T03:46:34Z", Published("""
            <html><body><h1>Buch: Digitale Mündigkeit</h1><span property="schema:dateCreated" content="2023-10-06T03:46:34+00:00"></span></body></html>
            """)?.ToString());

        var date = Published("""
            <html><body><aside><time class="entry-date published" datetime="2009-04-11T18:06:36">11. April 2009</time></aside>
            <h1>Laufen im Winter</h1><p>Text.</p>
            <footer><time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10. Februar 2019</time>
            <time class="updated" datetime="2019-02-09T23:00:55+01:00">9. Februar 2019</time></footer></body></html>
            """);
        Assert.Equal("2019-02-10T09:30:10+01:00", date?.ToString());
    }

    [Fact]
    public void TheDayInTheAddressYieldsToTheSameDayWithItsTime() =>
        Assert.Equal("2025-04-11T16:54:43", Published(
            "<html><body><h1>Kim orders more missiles</h1><span class='post-date'>Date:2025-04-11 16:54:43</span><p>Body.</p></body></html>",
            new Uri("https://news.example/2025/04/11/kim.html"))?.ToString());

    [Fact]
    public void TheCanonicalAddressDatesThePage() =>
        Assert.Equal("2020-01-13", Published("""
            <html><head><link rel="canonical" href="https://www.news24.com/world/2020/01/13/australian-megablaze"></head>
            <body><h1>Australian megablaze brought under control</h1></body></html>
            """, new Uri("http://www.asiapacificstar.com/news/263700449/megablaze"))?.ToString());

    [Fact]
    public void AnUntypedSchemaOrgScriptAndARecipeDateThePage()
    {
        Assert.Equal("2022-01-28T06:00:00+01:00", Published("""
            <html><head><script>{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H", "datePublished": "2022-01-28T06:00:00+01:00"}</script></head><body></body></html>
            """)?.ToString());
        Assert.Equal("2006-10-10", Published("""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Kuchen","datePublished":"2006-10-10"}</script></head><body></body></html>
            """)?.ToString());
    }

    [Fact]
    public void ACreationStampBeforeThePrintedPublicationIsTheDraftNotThePublication()
    {
        const string Head = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pause numérique au lycée","dateCreated":"2025-11-19T22:10:37+01:00"}</script></head>
            """;
        Assert.Equal("2025-11-20T16:21:00", Published(Head + """
            <body><h1>Pause numérique au lycée</h1><span class="published">Publié le 20 novembre 2025 à 16:21.</span><p>Texte.</p></body></html>
            """)?.ToString());

        // Alone, or printed on its own day, the creation stamp still dates the story, with its time and zone.
        Assert.Equal("2025-11-19T22:10:37+01:00", Published(Head + "<body><h1>Pause numérique au lycée</h1><p>Texte.</p></body></html>")?.ToString());
        Assert.Equal("2025-11-19T22:10:37+01:00", Published(Head + """
            <body><h1>Pause numérique au lycée</h1><span class="published">Publié le 19 novembre 2025</span><p>Texte.</p></body></html>
            """)?.ToString());
    }

    [Fact]
    public void AJavaStyleDateInJsonLdIsParsed() =>
        Assert.Equal("2020-01-28T15:28:56+01:00", Published("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Tue Jan 28 15:28:56 CET 2020"}</script></head><body></body></html>
            """)?.ToString());

    [Fact]
    public void ADatelineDateOpeningTheFirstParagraphIsRead() =>
        Assert.Equal("2022-01-27", Published($"""
            <html><body><h1>Holocaust-Gedenktag</h1><p>Von Claudia Lindner</p>
            <p>27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland {new string('x', 250)}</p></body></html>
            """)?.ToString());

    [Fact]
    public void ATwoDigitYearIsReadOnlyWhenAsked()
    {
        Assert.Null(DateTextFinder.Find("Party, 30.10.23", DateSource.VisibleText, null));
        Assert.Equal("2023-10-30", DateTextFinder.FindAllowingShortYear("Party, 30.10.23", DateSource.VisibleText, null)?.ToString());
        Assert.Null(DateTextFinder.FindAllowingShortYear("Version 1.10.23.4", DateSource.VisibleText, null));
    }

    [Fact]
    public void ADashedTwoDigitYearIsDayFirstOnlyInDutchAndBeforeA24HourTime()
    {
        Assert.Equal("2025-11-20", DateTextFinder.FindAllowingShortYear("20-11-25, 14:30", DateSource.VisibleText, null, ShortYear.DayFirstDashed)?.ToString()?[..10]);
        Assert.Null(DateTextFinder.FindAllowingShortYear("11-05-25 9:15 AM", DateSource.VisibleText, null, ShortYear.DayFirstDashed));
        Assert.Null(DateTextFinder.FindAllowingShortYear("Ref. 20-11-25", DateSource.VisibleText, null, ShortYear.DayFirstDashed));

        // Only where the page's language writes dashes so.
        Assert.Null(DateTextFinder.FindAllowingShortYear("20-11-25, 14:30", DateSource.VisibleText, null));
    }

    [Fact]
    public void TheDatePrintedUnderTheHeadlineBeatsAGenericDateMetaTag()
    {
        var date = Published("""
            <html><head><meta name="date" content="2020-02-12"><meta name="DC.date" content="2020-02-12"></head>
            <body><h1>Faire Lieferketten</h1><div class="meta">05.02.2020</div><p>Text.</p></body></html>
            """);
        Assert.Equal("2020-02-05", date?.ToString());

        Assert.Equal("2020-02-12", Published("""<html><head><meta name="date" content="2020-02-12"></head><body><h1>Faire Lieferketten</h1></body></html>""")?.ToString());
    }

    [Fact]
    public void ATimeElementJustAboveTheHeadlineDatesIt() =>
        Assert.Equal("2022-01-26", Published("""
            <html><body><div><time datetime="2022-01-26"> 26. Januar 2022</time></div><h1>Änderung der Anforderungen</h1>
            <p>Mit der am 15. Januar 2022 in Kraft getretenen Verordnung</p></body></html>
            """)?.ToString());

    [Fact]
    public void AnUndatedArticleObjectIsDatedByItsPageObject() =>
        Assert.Equal("2020-04-04T20:57:00+02:00", Published("""
            <html><head><script type="application/ld+json">[{"@type":"NewsArticle","headline":"US-Sport"},
            {"@type":"VideoObject","name":"Clip","uploadDate":"2020-04-04T20:57:00.000+02:00"}]</script></head><body></body></html>
            """)?.ToString());

    [Fact]
    public void AnEmbeddedVideosUploadDateYieldsToThePagesPublicationTags() =>
        Assert.Equal("2020-09-30T02:00:07-07:00", Published("""
            <html><head><meta itemprop="datePublished" content="2020-09-30T02:00:07-07:00">
            <script type="application/ld+json">{"@type":"VideoObject","name":"Clip","uploadDate":"2020-09-29T22:40:00-07:00"}</script>
            </head><body></body></html>
            """)?.ToString());

    [Fact]
    public void AVideoPageWithoutOtherDatesIsDatedByItsUpload() =>
        Assert.Equal("2020-09-29T22:40:00-07:00", Published("""
            <html><head><script type="application/ld+json">{"@type":"VideoObject","name":"Clip","uploadDate":"2020-09-29T22:40:00-07:00"}</script>
            </head><body></body></html>
            """)?.ToString());

    [Fact]
    public void ALastEditedLineDatesAPageWithNothingElse()
    {
        var document = DocumentParser.Parse("<html><body><h1>Download</h1><p>Text of the page.</p><p id='pageinfo'>BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by SomeUser)</p></body></html>");
        Assert.Equal("2019-11-10T13:28:18", DateLabelFinder.Find(document, document.QuerySelector("h1"), Now)?.ToString());
    }
}
