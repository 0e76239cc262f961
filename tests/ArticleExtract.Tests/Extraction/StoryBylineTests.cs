using Xunit;

namespace ArticleExtract.Tests.Extraction;

public sealed class StoryBylineTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Story = """
        <p>Die Vorgeschichte der Büssing-NAG ist verzweigt, deshalb werden die Ursprungsfirmen zunächst einzeln betrachtet und dann zusammengeführt.</p>
        <p>Heinrich Büssing gründete 1869 in Braunschweig eine Fahrradfabrik und später eine Signalbauanstalt, die ihn wohlhabend machte.</p>
        <p>Die ersten Lastwagen aus Braunschweig fuhren im Jahr 1903 und fanden bald Käufer bei Feuerwehren im ganzen Land.</p>
        <p>Während der folgenden Kriegsjahre wurden keine weiteren Einsatzfahrzeuge auf dieser Basis mehr gebaut, berichten die Chronisten.</p>
        """;

    [Fact]
    public void ASignatureClosingTheStoryNamesTheAuthorWhenThePageMarksNone()
    {
        var article = Extractor.Extract("<html><body><div class='content'>" + Story +
            "<p>Text: Klausmartin Friedrich</p><p>Literatur: Gebhardt, Wolfgang: Büssing Lastwagen 1903 bis 1971. Stuttgart 2007</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Klausmartin Friedrich"], article.Authors);
        Assert.Equal("Klausmartin Friedrich", article.Byline);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.StartsWith("Text:", StringComparison.Ordinal));
    }

    private const string LastJapaneseSentence = "町は本年度、和紙の海外販路開拓を支援する補助制度を新設した。町商工観光課は「産業として次の世代に残せるよう後押ししたい」としている。";

    // A Japanese local story; its last paragraph, with or without the reporter's name, is given.
    private static string JapaneseStory(string last) =>
        "<html lang='ja'><head><title>美濃和紙、欧州へ初出荷</title></head><body><h1>美濃和紙、欧州へ初出荷</h1><div class='body'>" +
        "<p>美濃市の和紙工房が、フランスの高級文具店向けに初めて和紙を出荷した。職人らは「本場の評価を受けられる」と喜んでいる。</p>" +
        "<p>出荷されたのは手すきの便箋用紙およそ二千枚で、工房の職人五人が三カ月かけて仕上げた。色は生成りと藍の二種類だという。</p>" +
        last + "</div></body></html>";

    [Fact]
    public void AJapaneseReportersNameClosingTheLastParagraphIsTheAuthorAndStaysInTheText()
    {
        var article = Extractor.Extract(JapaneseStory("<p>" + LastJapaneseSentence + "（佐藤健太）</p>")).Article;

        Assert.NotNull(article);
        Assert.Equal(["佐藤健太"], article.Authors);
        Assert.EndsWith("（佐藤健太）", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void AJapaneseReportersNameSetAsALineOfItsOwnUnderTheStoryIsTheAuthor()
    {
        var article = Extractor.Extract(JapaneseStory("<p>" + LastJapaneseSentence + "</p><p class='kisha'>（佐々木直人）</p>")).Article;

        Assert.NotNull(article);
        Assert.Equal(["佐々木直人"], article.Authors);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("佐々木", StringComparison.Ordinal));
    }

    [Fact]
    public void ALabelledSignatureInAScriptWithoutCapitalsNamesTheAuthor()
    {
        // Georgian sets no capitals, though Unicode gave its letters some: the label is what tells the name.
        const string Georgian = """
            <p>აჭარაში მანდარინის მოსავლის აღება ოფიციალურად დაიწყო, ადგილობრივი ფერმერების თქმით, წელს მოსავალი წინა წელზე მეტია.</p>
            <p>აჭარის სოფლის მეურნეობის სამინისტროს ინფორმაციით, რეგიონში წელს სამოცი ათას ტონამდე მანდარინის მოკრეფაა მოსალოდნელი.</p>
            <p>ფერმერები ითხოვენ, რომ რეგიონში მეტი გადამამუშავებელი საწარმო გაიხსნას, რომელიც ხილს სამართლიან ფასად შეიძენს.</p>
            """;
        var article = Extractor.Extract("<html><body><div class='content'>" + Georgian +
            "<p style='text-align: right;'><strong>ავტორი: თამარ ბოლქვაძე</strong></p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["თამარ ბოლქვაძე"], article.Authors);
    }

    [Fact]
    public void TheBylinePrintedAloneUnderTheStoryIsItsCreditNotItsLastLine()
    {
        var article = Extractor.Extract("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Hà Nội\"," +
            "\"author\":{\"@type\":\"Person\",\"name\":\"Thanh Lam - Đức Minh\"}}</script></head><body><article class='fck_detail'>" + Story +
            "<p class='Normal' style='text-align:right;'><strong>Thanh Lam - Đức Minh</strong></p></article></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal("Thanh Lam - Đức Minh", article.Byline);
        Assert.StartsWith("Während der folgenden Kriegsjahre", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ABylinePrintedAfterANewsroomUsersAuthorFieldNamesTheAuthor()
    {
        // The theme's meta block (hidden by its stylesheet) credits the CMS user; the byline line under it names the writer.
        var article = Extractor.Extract("<html><head><style>.entry-meta{display:none}</style></head><body><article>" +
            "<h1>Rail passengers to tap in and out across the north</h1><div class='entry-meta'><span class='byline'>by <span class='author vcard' " +
            "itemprop='author' itemscope><a class='url fn n' href='/author/newsdesk/' rel='author'><span class='author-name' itemprop='name'>newsdesk</span></a>" +
            "</span></span></div><div class='gp-byline-line'>By Lucia Ortega | 11/20/2025 09:15 AM</div>" +
            Story + "</article></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Lucia Ortega"], article.Authors);
    }

    [Fact]
    public void AWiresSignatureInParenthesesNamesItsReporters()
    {
        var article = Extractor.Extract("<html><body><div class='content'>" + Story +
            "<p>(By Chen Yi-hsuan and Kevin Lin)</p><p>Enditem/AW</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Chen Yi-hsuan", "Kevin Lin"], article.Authors);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("(By ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<strong>CAMILO ANDRÉS RUIZ</strong><br>Redacción Bogotá<br>EL TIEMPO", "Camilo Andrés Ruiz")]
    [InlineData("Aminata Sawadogo<br>Lefaso.net", "Aminata Sawadogo")]
    [InlineData("Olivia Brandt<br>Rédaction", "Olivia Brandt")]
    [InlineData("<strong>MARIANA OSPINA CÁRDENAS</strong><br>Redacción Medellín<br>En X: @marianaospinac", "Mariana Ospina Cárdenas")]
    [InlineData("<em>Jasur Qodirov tayyorladi.</em>", "Jasur Qodirov")]
    [InlineData("Подготовила Анна Петрова", "Анна Петрова")]
    public void ASignOffOfNameDeskAndPaperUnderTheStoryNamesTheAuthorAndIsNoParagraph(string signOff, string author)
    {
        // The page's chrome after it (a follow prompt, tags, a typo tool) does not hide it.
        var article = Extractor.Extract("<html><head><meta property='og:site_name' content='EL TIEMPO'></head><body><div class='content'>" + Story +
            "<p>" + signOff + "</p><p>#metro #Toshkent</p><p>Kun.uz’ni Telegram va Facebook’da kuzatib boring.</p>" +
            "<div>Matnda xatolik topdingizmi? Uni belgilang va Ctrl + Enter tugmalarini bosing.</div></div></body></html>",
            new Uri("https://lefaso.net/spip.php?article141234")).Article;

        Assert.NotNull(article);
        Assert.Equal([author], article.Authors);
        Assert.StartsWith("Während der folgenden Kriegsjahre", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void TheStampOfThePublicationDayUnderTheStoryIsNoParagraph()
    {
        var article = Extractor.Extract("<html><head><meta property='article:published_time' content='2025-11-20T09:15:00+05:30'></head><body><div class='content'>" +
            Story + "<p class='published-footnote'>(Published 20 November 2025, 09:15 IST)</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.StartsWith("Während der folgenden Kriegsjahre", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Camilo Ruiz Visitó Bogotá Ayer Temprano")]
    [InlineData("Aminata Sawadogo Burkina Faso")]
    public void ANameFollowedByOtherWordsThanADeskOrThePaperIsNoSignOff(string line)
    {
        var article = Extractor.Extract("<html><head><meta property='og:site_name' content='EL TIEMPO'></head><body><div class='content'>" + Story +
            "<p>" + line + "</p></div></body></html>", new Uri("https://lefaso.net/spip.php?article141234")).Article;

        Assert.NotNull(article);
        Assert.Empty(article.Authors);
    }

    [Theory]
    [InlineData("Redacción")]
    [InlineData("Redação")]
    [InlineData("Newsroom")]
    public void PeoplePrintedAsTheStorysBylineOutrankANewsroomCreditedInTheMarkup(string newsroom)
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='" + newsroom + "'></head><body><div class='content'>" +
            "<p>Por Lucía Beltrán y Andrés Molina Ferrer</p>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Lucía Beltrán", "Andrés Molina Ferrer"], article.Authors);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.StartsWith("Por ", StringComparison.Ordinal));
    }

    // A newsroom, or a company on its own press release, credited alone.
    [Theory]
    [InlineData("Redaksi")]
    [InlineData("Rédaction")]
    [InlineData("Redazione")]
    [InlineData("Таҳририят")]
    [InlineData("Calloway Marine Robotics")]
    [InlineData("EIN Presswire")]
    [InlineData("Northwind Therapeutics")]
    [InlineData("华夏新闻网")]
    [InlineData("广州日报社")]
    public void ACreditNamingNoPersonIsTheBylineButNoAuthor(string credit)
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='" + credit + "'></head><body><div class='content'>" + Story +
            "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(credit, article.Byline);
        Assert.Empty(article.Authors);
    }

    [Theory]
    [InlineData("Pewarta: Willi Irawan<br>Editor: Siti Rahmawati<br>Copyright © ANTARA 2025", "Willi Irawan")]
    [InlineData("Pewarta: Rina Fotosari<br>Editor: Siti Rahmawati", "Rina Fotosari")]
    public void AnIndonesianCreditBlockUnderTheStoryNamesItsReporterOverANewsroom(string credit, string reporter)
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='Redaksi'></head><body><div class='content'>" + Story +
            "<p>" + credit + "</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal([reporter], article.Authors);
    }

    [Fact]
    public void TheReporterInAChineseWiresOpenerOutranksTheSiteNamedAsAuthor()
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='华夏新闻网'></head><body><div class='content'>" +
            "<p>中新网重庆11月18日电（记者 韩璐）记者18日从重庆市口岸物流办获悉，截至11月17日，今年西部陆海新通道铁海联运班列累计开行12036列，同比增长14.2%。</p>" +
            "<p>据介绍，今年以来，西部陆海新通道持续拓展辐射范围，目的地已覆盖全球一百多个国家和地区的数百个港口，货物品类不断丰富。</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["韩璐"], article.Authors);
    }

    [Theory]
    [InlineData("Redaksi")]
    [InlineData("Admin Warta")]
    [InlineData("admin")]
    public void TheReporterSignedUnderTheStoryOutranksTheSitesAccount(string account)
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='" + account + "'></head><body><div class='content'>" + Story +
            "<p>Pewarta: Rina Kartika<br>Editor: Budi Santoso<br>Copyright © ANTARA 2025</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Rina Kartika"], article.Authors);
    }

    [Theory]
    [InlineData("RND/dpa")]
    [InlineData("Agencia EFE")]
    [InlineData("TT")]
    [InlineData("Anadolu Ajansı")]
    [InlineData("Agência Brasil")]
    [InlineData("新华社")]
    [InlineData("Interfax")]
    [InlineData("TASR")]
    [InlineData("Tanjug")]
    [InlineData("Keystone-SDA")]
    [InlineData("BSS")]
    [InlineData("रासस")]
    [InlineData("اے پی پی")]
    // The agency with the desk the story came from.
    [InlineData("IANS New Delhi")]
    [InlineData("PTI Mumbai")]
    // The initials and the name.
    [InlineData("AFP - Agence France Presse")]
    [InlineData("TPS")]
    public void AnAgencyCreditedAloneIsTheBylineButNoAuthor(string agency)
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='" + agency + "'></head><body><div class='content'>" +
            Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Empty(article.Authors);
        Assert.Equal(agency, article.Byline);
    }

    [Theory]
    [InlineData("<div class='author-name'><a href='/author/afp'>AFP</a></div>", "AFP")]
    [InlineData("<p class='meta'>Publié le 20 novembre 2025 | <span class='article_source'>Source : APS</span></p>", "APS")]
    [InlineData("<div data-dot='ogm-article-author'><span class='g_h5'>ČTK</span></div>", "ČTK")]
    [InlineData("<div class='ansa-src'><img src='/ansa.png' alt='ANSA'><span class='src-name'>ANSA</span></div>", "ANSA")]
    // A header's row of fields, the source first: "Source: AP  Date:2025-11-20 09:14:22  Views: 1532".
    [InlineData("<div class='art_info'>Source: AP &nbsp;&nbsp;Date:2025-11-20 09:14:22 &nbsp;&nbsp;Views: 1532</div>", "AP")]
    [InlineData("<div class='info'>来源：新华社 | 时间：2025-11-20</div>", "新华社")]
    // The source among the row's fields, each label in an element of its own.
    [InlineData("<div class='info'><small>Publisher:</small>admin&nbsp;&nbsp;<small>Source:</small>Xinhua&nbsp;&nbsp;<small>Time:</small>2025-11-20 09:14</div>", "Xinhua")]
    [InlineData("<div class='info'><span>作者：</span>admin <span>来源：</span>新华社 <span>发布时间：</span>2025-11-20</div>", "新华社")]
    public void AnAgencyPrintedAsTheOnlyCreditIsTheByline(string credit, string agency)
    {
        var article = Extractor.Extract("<html><body><h1>Die Geschichte der Büssing-NAG</h1>" + credit + "<div class='content'>" +
            Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Empty(article.Authors);
        Assert.Equal(agency, article.Byline);
    }

    [Fact]
    public void ASourceRowNamingNoAgencyIsNoCredit()
    {
        var article = Extractor.Extract("<html><body><h1>Die Geschichte der Büssing-NAG</h1><div class='art_info'>Source: Internet &nbsp;Date:2025-11-20</div>" +
            "<div class='content'>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Null(article.Byline);
    }

    [Fact]
    public void APicturesSourceIsNoCredit()
    {
        var article = Extractor.Extract("<html><body><h1>Die Geschichte der Büssing-NAG</h1><figure><img src='/a.jpg' alt=''>" +
            "<figcaption>Ein Büssing-Lastwagen aus dem Jahr 1903 im Braunschweiger Museum <span class='image-source'>AFP</span></figcaption></figure>" +
            "<div class='content'>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Null(article.Byline);
    }

    [Fact]
    public void AnAgencyCreditOutranksANewsroomNamedAsAuthor()
    {
        var article = Extractor.Extract("""
            <html><head><meta name='author' content='EFE'>
            <script type='application/ld+json'>{"@type":"NewsArticle","headline":"Die Büssing-NAG","author":{"@type":"Person","name":"Redacción"}}</script>
            </head><body><div class='content'>
            """ + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Empty(article.Authors);
        Assert.Equal("EFE", article.Byline);
    }

    [Fact]
    public void TheAgencysOwnNewsroomKeepsItsCredit()
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='ANSA'></head><body><h1>Die Geschichte der Büssing-NAG</h1>" +
            "<span class='news-author'>Redazione ANSA</span><div class='content'>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal("Redazione ANSA", article.Byline);
    }

    [Fact]
    public void AnAgencyListedOnlyAsAStructuredOrganisationIsNoCredit()
    {
        // Wire-repost templates name the agency as the JSON-LD author organisation on pages that print no credit.
        var article = Extractor.Extract("""
            <html><head>
            <script type='application/ld+json'>{"@type":"NewsArticle","headline":"Die Büssing-NAG","author":{"@type":"Organization","name":"Associated Press"}}</script>
            </head><body><div class='content'>
            """ + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Empty(article.Authors);
        Assert.Null(article.Byline);
    }

    [Fact]
    public void PeoplePrintedAsTheStorysBylineOutrankAnotherPersonCreditedInTheMarkup()
    {
        // A WordPress paper's uploader as the markup's author, the writers printed over the story.
        var article = Extractor.Extract("<html><head><meta name='author' content='Oluwaseun Adeyemi'></head><body><div class='content'>" +
            "<p><strong>By Emeka Nwosu &amp; Chioma Eze, Abuja</strong></p>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Emeka Nwosu", "Chioma Eze"], article.Authors);
    }

    [Fact]
    public void TheMarkupsAuthorPrintedOverTheStoryKeepsTheCredit()
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='Emeka Nwosu'></head><body><div class='content'>" +
            "<p><strong>By Emeka Nwosu, Abuja</strong></p>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Emeka Nwosu"], article.Authors);
    }

    [Fact]
    public void PeoplePrintedAsTheStorysBylineOutrankAnAgencyCreditedInTheMarkup()
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='Agencia EFE'></head><body><div class='content'>" +
            "<p>Por Lucía Beltrán</p>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Lucía Beltrán"], article.Authors);
    }

    [Fact]
    public void ABylineGluedBeforeTheWireDatelineNamesTheAuthorsAndLeavesTheParagraphAtTheDateline()
    {
        var article = Extractor.Extract("<html><body><div class='content'><p>By HYUNG-JIN KIM and KIM TONG-HYUNG The Associated Press SEOUL, South Korea (AP) — " +
            "North Korean leader Kim Jong Un made another inspection tour of major munitions factories, state media said Monday.</p>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["HYUNG-JIN KIM", "KIM TONG-HYUNG"], article.Authors);
        Assert.Equal(("SEOUL, South Korea", "AP"), (article.Dateline?.Location, article.Dateline?.Agency));
        Assert.StartsWith("North Korean leader", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AnAggregatorsTagBeforeTheWireDatelineIsNoPartOfTheParagraph()
    {
        var article = Extractor.Extract("<html><body><div class='content'><p><span class='src'>(MENAFN- AFP)</span> Paris (AFP) - " +
            "France will raise its minimum wage by two percent in January, the labour ministry said on Thursday.</p>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(("Paris", "AFP"), (article.Dateline?.Location, article.Dateline?.Agency));
        Assert.StartsWith("France will raise", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain("MENAFN", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AParentheticalOpeningThatNoDatelineFollowsStays()
    {
        var article = Extractor.Extract("<html><body><div class='content'><p>(Long-Term Care) France will raise its minimum wage by two " +
            "percent in January, the labour ministry said on Thursday.</p>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.StartsWith("(Long-Term Care) France", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(Reporting by Hyonhee Shin in Seoul; Editing by Gerry Doyle)", new[] { "Hyonhee Shin" })]
    // Reuters' Spanish, Portuguese and French services.
    [InlineData("(Reporte de Abril Castañeda; editado por Manuel Ibarrola)", new[] { "Abril Castañeda" })]
    [InlineData("(Reportagem de Marcela Ayres em Brasília; Edição de Pedro Fonseca)", new[] { "Marcela Ayres" })]
    [InlineData("(Reportage Jean Dupont, version française Claude Chendjou, édité par Sophie Louet)", new[] { "Jean Dupont" })]
    [InlineData("Reporting by Jane Doe in Berlin and John Roe in Paris; Additional reporting by Ann Lee; Writing by Tom Fox; Editing by Sam Poe", new[] { "Jane Doe", "John Roe", "Ann Lee", "Tom Fox" })]
    public void TheWiresCreditLineNamesItsReportersAndStaysStoryText(string credit, string[] expected)
    {
        var article = Extractor.Extract("<html><body><div class='content'>" + Story + "<p>" + credit + "</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(expected, article.Authors);
        Assert.Equal(credit, article.Paragraphs[^1]);
    }

    [Theory]
    [InlineData("Editor: Zhou Min", new[] { "Li Qian", "Victor Hale" })]
    // A job title run into the name is the writer's own credit.
    [InlineData("Senior Editor Zhou Min", new[] { "Zhou Min" })]
    public void AnAuthorTagNamingThePagesEditorYieldsToTheWiresCredit(string line, string[] expected)
    {
        var article = Extractor.Extract("<html><head><meta name='author' content='Zhou Min'></head><body><div class='content'>" + Story +
            "<p>(Reporting by Li Qian and Victor Hale; Editing by Raju Menon)</p></div><div class='x'>" + line + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(expected, article.Authors);
    }

    [Theory]
    [InlineData("최윤호 기자 uknow@donga.com", new[] { "최윤호" })]
    [InlineData("김철수·이영희 기자", new[] { "김철수", "이영희" })]
    public void AKoreanReportersLineUnderTheStoryNamesTheReporters(string line, string[] expected)
    {
        var article = Extractor.Extract("<html><body><div class='content'>" + Story + "<p>" + line + "</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(expected, article.Authors);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("기자", StringComparison.Ordinal));
    }

    [Fact]
    public void ASignatureTheFilterTrimsOffTheStorysEndStillNamesTheAuthor()
    {
        var article = Extractor.Extract("<html><body><div class='content'>" + Story +
            "<p><em>Von <span itemscope itemtype='http://schema.org/Person'>Cosima Künzel</span></em></p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Cosima Künzel"], article.Authors);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("Künzel", StringComparison.Ordinal));
    }

    [Fact]
    public void ASignatureLabelOverTheNameOnItsOwnLineNamesTheAuthor()
    {
        var article = Extractor.Extract("<html><body><div class='content'>" + Story +
            "<p><b>Von:</b><br><br>Götz Warnke</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Götz Warnke"], article.Authors);
    }

    [Fact]
    public void APostByLineOpeningTheStoryNamesTheAuthor()
    {
        var article = Extractor.Extract("<html><body><div class='content'><p>Blog Beitrag von Margarita Koreneva</p>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Margarita Koreneva"], article.Authors);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("Koreneva", StringComparison.Ordinal));
    }

    [Fact]
    public void ABareNameThatStartsWithAGivenNameUnderTheLastParagraphSignsTheStory()
    {
        var article = Extractor.Extract("<html><body><div class='content'>" + Story + "<p><b><i>Stefan Wasmer</i></b></p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Stefan Wasmer"], article.Authors);
    }

    private const string Vietnamese = """
        <p>Những ngày này, giá cà phê nhân xô tại Đắk Lắk đã vượt mốc 110.000 đồng mỗi kg, mức cao nhất từ đầu niên vụ.</p>
        <p>Nhiều hộ nông dân ở huyện Krông Pắc cho biết họ tranh thủ thu hoạch và phơi sấy để bán khi giá đang thuận lợi.</p>
        <p>Theo Sở Nông nghiệp và Môi trường tỉnh, sản lượng niên vụ này ước đạt khoảng 550.000 tấn, tăng nhẹ so với năm trước.</p>
        """;

    [Theory]
    [InlineData("Hoàng Long - Thu Hà", new[] { "Hoàng Long", "Thu Hà" })]
    [InlineData("Nguyễn Minh Châu", new[] { "Nguyễn Minh Châu" })]
    [InlineData("Thu Hà - Minh Anh", new string[0])]
    [InlineData("Hoàng Long - Thu Hà - Bản tin tổng hợp hằng ngày", new string[0])]
    public void AVietnameseSignatureOfNamesAloneSignsTheStoryWhenAFamilyNameOpensOne(string signature, string[] authors)
    {
        // Vietnamese papers sign with the writers' names alone under the last paragraph, family name first; pen names
        // of given names only ride along with one that opens with a family name.
        var article = Extractor.Extract("<html><body><div class='content'>" + Vietnamese +
            "<p style='text-align: right;'><strong>" + signature + "</strong></p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(authors, article.Authors);
        if (authors.Length > 0)
        {
            Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph == signature);
        }
    }

    [Theory]
    [InlineData("Gedanken zur Zeit | Wolfgang Michal", "Wolfgang Michal")]
    [InlineData("Gedanken zur Zeit – Dr. Alexander Klier", "Alexander Klier")]
    [InlineData("Gedanken zur Zeit | Example News", null)]
    [InlineData("Gedanken zur Zeit | Martin Rütter DOGS", null)]
    public void APersonalSiteNamedAfterItsOwnerIsSignedByTheOwner(string title, string? author)
    {
        var article = Extractor.Extract("<html><head><title>" + title + "</title></head><body><h1>Gedanken zur Zeit</h1><div class='content'>" + Story +
                                        "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(author is null ? [] : [author], article.Authors);
    }

    [Fact]
    public void ABareNameUnderTheLastParagraphIsNoSignature()
    {
        var article = Extractor.Extract("<html><body><div class='content'>" + Story + "<p><b>Weitere Informationen</b></p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void AnOpenerLineAboveTheStoryNamesTheAuthorOnAPageWithoutHeadline()
    {
        var article = Extractor.Extract("<html><body><div class='content'><p>---- by Kenneth Surin</p>" + Story + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Kenneth Surin"], article.Authors);
    }

    [Fact]
    public void AParagraphInTheMiddleOfTheStoryIsNoSignature()
    {
        var article = Extractor.Extract("<html><body><div class='content'>" + Story + "<p>Von Klaus Stanjek</p>" + Story + Story +
            "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void AVietnameseTextAndPhotosCreditClosingTheStoryNamesTheAuthor()
    {
        var article = Extractor.Extract("<html lang='vi'><body><div class='content'>" +
            "<p>Khoảng 9 giờ sáng 28/2, tàu cá của ông Trần Văn Lộc cập cảng cá Sa Huỳnh sau 22 ngày bám biển với gần 4 tấn cá ngừ đại dương.</p>" +
            "<p>Theo Ban Quản lý cảng cá, từ đầu tháng 2 đến nay đã có hơn 60 lượt tàu câu cá ngừ cập cảng, sản lượng đạt khoảng 180 tấn.</p>" +
            "<p>Chị Nguyễn Thị Hoa, chủ cơ sở thu mua hải sản, cho biết cá ngừ được bảo quản theo quy trình mới nên chất lượng tốt hơn.</p>" +
            "<div align='right'><b>Bài, ảnh: PHẠM LINH</b></div></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["PHẠM LINH"], article.Authors);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("PHẠM LINH", StringComparison.Ordinal));
    }

    [Fact]
    public void ALithuanianWritersBareNameUnderTheStoryIsTheAuthor()
    {
        var article = Extractor.Extract("<html lang='lt'><body><div class='content'>" +
            "<p>Kryžių kalną šiemet aplankė rekordinis skaičius turistų: per pirmuosius devynis mėnesius čia apsilankė daugiau nei pusė milijono žmonių.</p>" +
            "<p>Tarp užsienio turistų daugiausia buvo lenkų, latvių ir vokiečių, o pastebimai padaugėjo ir keliautojų iš Ispanijos bei Italijos.</p>" +
            "<p>Šiaulių rajono savivaldybė jau parengė aikštelės išplėtimo projektą, kuriame numatyta įrengti dar šešiasdešimt vietų automobiliams.</p>" +
            "<p><i>Rasa Petrauskienė</i></p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Rasa Petrauskienė"], article.Authors);
    }

    [Fact]
    public void AWritersNameBesideHerMailAddressOverTheStoryIsTheAuthor()
    {
        var article = Extractor.Extract("<html lang='is'><body><div class='content'>" +
            "<p><b>Sigríður Ólafsdóttir</b> &middot; <a href='mailto:sigga@example.is'>sigga@example.is</a></p>" +
            "<p>Gjaldskrá hitaveitunnar í sveitarfélaginu hækkar um níu prósent um næstu áramót. Bæjarráð samþykkti hækkunina á fundi sínum í gær.</p>" +
            "<p>Í minnisblaði sem lagt var fyrir bæjarráð kemur fram að rekstrarkostnaður veitunnar hafi aukist verulega á síðustu tveimur árum.</p>" +
            "<p>Meðalheimili mun greiða um sex hundruð krónum meira á mánuði fyrir heitt vatn eftir hækkunina, samkvæmt útreikningum veitunnar.</p>" +
            "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Sigríður Ólafsdóttir"], article.Authors);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public void AFaroeseNewsroomInTheStructuredDataYieldsToTheWritersInTheHeader()
    {
        var article = Extractor.Extract("<html lang='fo'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Kanningar av havbotninum\"," +
            "\"author\":{\"@type\":\"Person\",\"name\":\"Redaktiónin\"}}</script></head><body><article><h1>Kanningar av havbotninum</h1>" +
            "<div class='meta'><span class='byline'>Tekstur: <a href='/author/rogvi/'>Rógvi Joensen</a> og <a href='/author/sunnvor/'>Sunnvør Hansen</a></span></div>" +
            "<div class='content'>" + Story + "</div></article></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Rógvi Joensen", "Sunnvør Hansen"], article.Authors);
    }

    [Fact]
    public void ABylineInADeeplyIndentedTableCellIsRead()
    {
        // The cell's raw text runs past a line's length with its indentation; collapsed it is one short line.
        var indent = "\n" + new string(' ', 40);
        var article = Extractor.Extract("<html lang='pt'><body><table><tr><td><h1>Corredor do Lobito: carga ferroviária cresce 38 por cento</h1></td></tr>" +
            "<tr><td class='dados_noticia'>" + indent + "Por <b>Celestino Catumbela</b> &nbsp;|&nbsp; 09/06/2025 14:20 &nbsp;|&nbsp; Visualizações: 3.127" + indent + "</td></tr>" +
            "<tr><td>" + Story + "</td></tr></table></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Celestino Catumbela"], article.Authors);
    }

    [Fact]
    public void ACebuanoBylineOpenedByNiNamesTheAuthor()
    {
        var article = Extractor.Extract("<html lang='ceb'><body><h1>Duha ka balay nasunog sa Mandaue</h1><div class='post-body'>" +
            "<div><i>Ni Kenneth Ladera</i></div>" +
            "<div>Duha ka balay ang nasunog samtang usa ka 7 anyos nga bata ang naangol sa sunog nga misilaob sa Sitio Lawis sayo sa kaadlawon.</div>" +
            "<div>Sumala sa Bureau of Fire Protection Mandaue, ang sunog nagsugod mga alas 3:20 sa kaadlawon sa balay sa usa ka drayber sa jeep.</div>" +
            "<div>Temporaryo nga gipasilongan sa barangay gym ang duha ka pamilya nga apektado, samtang nanghatag na og relief packs ang siyudad.</div>" +
            "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(["Kenneth Ladera"], article.Authors);
    }

    // A Slovak "text and photo" credit closing the story in a table cell; lines under the headline ("el": set there).
    [Theory]
    [InlineData("<div align='right'><i>Text a foto: Miroslav Hudec</i></div>", "sk", "Miroslav Hudec")]
    [InlineData("<div class='news_author'>Γράφει η <a href='/syntaktes/maria'>Μαρία Σταυρακάκη</a></div>", "el", "Μαρία Σταυρακάκη")]
    // An Indonesian "report" label beside the editor's; a server form's label named for the byline by its id alone.
    [InlineData("<div class='penulis'>Laporan: <b>Rahmad Hidayat</b> &nbsp;|&nbsp; Editor: <b>Fitri Yanti</b></div>", "el", "Rahmad Hidayat")]
    [InlineData("<div class='articleinfo'><span id='ctl00_ContentPlaceHolder1_lblByline'>Liam O'Connell | AAP | December 3, 2025</span></div>", "el", "Liam O'Connell")]
    public void ALabelledCreditLineNamesTheAuthor(string credit, string language, string name)
    {
        var greek = language == "el"; // the credit under the headline
        var article = Extractor.Extract("<html lang='" + language + "'><body><table><tr><td><h1>Most cez Slanú otvoria v apríli</h1></td></tr><tr><td>" +
            (greek ? credit : string.Empty) + Story + (greek ? string.Empty : credit) + "</td></tr></table></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal([name], article.Authors);
    }
}
