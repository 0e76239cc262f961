using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class PageCleanerTests
{
    private const string Prose =
        "<p>The council approved the budget on Tuesday after a long debate about schools, roads and the future of the old library building.</p>";

    private static string CleanedText(string bodyHtml)
    {
        var document = DocumentParser.Parse("<html><body>" + bodyHtml + "</body></html>");
        PageCleaner.Clean(document);
        return document.Body!.TextContent;
    }

    [Theory]
    // A caption named in the site's language, a sportsbook's odds strip, and comments named in Icelandic.
    [InlineData("<div class='bildtext'>Die Brücke über die Elbe bei Nacht. Foto: Archiv</div>", "Elbe bei Nacht")]
    [InlineData("<table><tr><td class='myndatexti'>Varnargarðarnir ofan Flateyrar.</td></tr></table>", "Varnargarðarnir")]
    [InlineData("<div class='odds-strip'><table><tr><td>DEN</td><td>-4.5 (-110)</td><td>-185</td></tr></table></div>", "-185")]
    // A match's lineups, scorecard and standings beside the report; a betting box named in Portuguese.
    [InlineData("<div class='dcr-lineups'><h3>Lineups</h3><table><tr><td>Hale; Hutchings, Orme, Fenwick</td><td>Wróbel; Steer, Kovač</td></tr></table></div>", "Hutchings")]
    [InlineData("<div class='scorecard-mini'><table><tr><td>K Venkatesan</td><td>c Qureshi b Thakkar</td><td>84</td></tr></table></div>", "Qureshi")]
    [InlineData("<div class='tabela-classificacao'><table><tr><td>1</td><td>Rio Pardo</td><td>31</td></tr></table></div>", "Rio Pardo")]
    [InlineData("<div class='apostas-box'><p>Odds para o campeão do Paulistão</p><p>Rio Pardo 2.10 · Vale do Tietê 3.40</p></div>", "Vale do Tietê")]
    // A newsletter box named in Hungarian; a layout's side column named in Spanish.
    [InlineData("<div class='hirlevel-cikkben'><strong>Ne maradjon le semmiről!</strong> Iratkozzon fel a reggeli hírlevelünkre. <a href='/hirlevel'>Feliratkozom</a></div>", "Iratkozzon")]
    [InlineData("<div class='col-lateral'><div class='podcast-box'><h3>Escucha nuestros podcasts</h3><p>Noticias, análisis y entrevistas.</p></div></div>", "podcasts")]
    // A Facebook post as its embed code sets it, the page's name and date under the post.
    [InlineData("<div class='fb-post-embed'><blockquote class='fb-xfbml-parse-ignore' cite='https://www.facebook.com/x/posts/1'><p>Požar je lokaliziran.</p>" +
                "— <a href='https://www.facebook.com/x'>Vatrogasna zajednica</a>, 22. kolovoza 2025.</blockquote></div>", "Vatrogasna")]
    // A clip's card named a player by its accessible name, its title and description beside the button.
    [InlineData("<div class='gnt_em gnt_em_vp' aria-label='Video player'><div class='gnt_em_vp_pw'><button aria-label='Play video'></button></div>" +
                "<div class='gnt_em_vp_t'>FAA chief questioned on controller shortages</div><div class='gnt_em_vp_c'>Lawmakers pressed the acting FAA " +
                "administrator on staffing at a hearing earlier this month.</div><div>Story continues below</div></div>", "Lawmakers pressed")]
    // A TV station's lead clip: its title, summary, credit and transcript beside the player's slot.
    [InlineData("<div class='video video_type_lead'><div class='video__player-wrapper'><div class='video__player' data-src='/v.m3u8'></div></div>" +
                "<div class='video__caption'><div class='video__title'>Aurora council votes on shelter plan</div><div class='video__summary'>Aurora " +
                "City Council gave initial approval to a plan that would turn a former big-box store into a year-round shelter.</div>" +
                "<div class='video__transcript'><div class='video__transcript-label'>Transcript</div><div class='video__transcript-text'>AURORA'S CITY " +
                "COUNCIL TONIGHT MOVED AHEAD WITH A PLAN TO TURN AN EMPTY STORE ON EAST COLFAX INTO A SHELTER THAT NEVER CLOSES. OUR JORDAN PIKE WAS " +
                "AT THE MEETING AND JOINS US LIVE. JORDAN, THE VOTE WAS CLOSER THAN MANY EXPECTED, AND NEIGHBORS CAME OUT IN FORCE TO SPEAK BOTH FOR " +
                "AND AGAINST THE PLAN, WHICH STILL NEEDS A SECOND VOTE LATER THIS MONTH BEFORE THE CITY CAN BUY THE BUILDING.</div></div>" +
                "<div class='video__credit'>Credit: KCDN</div></div></div>", "big-box")]
    // A clip named by its test mark, its running time spelled out ("2 min 14 s"), its caption beside the button.
    [InlineData("<div class='sc-video-0 gHjKlP' data-testid='video-embed'><div class='sc-video-1'><button aria-label='Lire la vidéo'>▶</button>" +
                "<span>Lecture · 2 min 14 s</span></div><div class='sc-video-2'>Les images de l'embâcle filmées par drone au lever du jour.</div></div>", "embâcle")]
    [InlineData("<div class='athugasemdir'><b>Athugasemdir (2)</b><div>Halla skrifaði: Vonandi stenst tímaáætlunin.</div></div>", "Vonandi")]
    // A component named by its test mark ("data-test", as Investing.com sets it).
    [InlineData("<div data-test='ad-slot-inarticle'><div>Publicidad</div><div>Anuncio de terceros. No es una oferta ni una recomendación.</div></div>", "Anuncio de terceros")]
    // A player's card typed as a medium by a data attribute, its classes opaque.
    [InlineData("<div class='gnt_em gnt_em_vp' data-c-vt='video'><div><img src='/t.jpg' alt=''></div><div>Poughkeepsie tenants describe winter " +
                "without heat</div><div>Tenants at three apartment buildings talk about living through heat outages this winter.</div></div>", "Poughkeepsie")]
    // An ad slot named in the site's language, its label and the advertiser's line.
    [InlineData("<div class='news_werbung'><span>Werbung</span><br><div id='div-gpt-x'></div><span>Mehr Rendite mit ETF-Sparplänen ab 0 Euro " +
                "Ordergebühr - jetzt Depot eröffnen!</span></div>", "Rendite")]
    // A comment section named in Serbian.
    [InlineData("<div id='komentari' class='komentari'><h3>Коментари (23)</h3><div class='kom'><div>Драган, Ниш</div>" +
                "<div>Медијална зарада је права слика, а не просек. Код нас у Нишу нико не прима 105 хиљада.</div></div></div>", "Медијална")]
    // A weather widget, named in French.
    [InlineData("<div class='bloc_meteo'><div class='titre_bloc'>Météo</div>Craponne : 14°C, averses</div>", "averses")]
    // A box of partner offers, a Korean recommendation engine's widget.
    [InlineData("<div class='comp mntl-commerce-table'><p class='mntl-commerce-table__title'>Compare High-Yield Savings Accounts</p>" +
                "<table><tr><th>Provider</th><th>APY</th></tr><tr><td>Northbridge Bank</td><td>4.10%</td></tr></table></div>", "Northbridge")]
    [InlineData("<section class='CityPicker_picker__Zt1mR'><h2>Axion Local is in 34 cities</h2><p>Get smarter, faster about where you live.</p>" +
                "<a href='/local'>Find your city</a></section>", "34 cities")]
    [InlineData("<div id='dablewidget_GOGOGO'><p class='dable-title'>당신이 좋아할 만한 콘텐츠</p><p>추천 콘텐츠 · 광고</p></div>", "추천")]
    // Comment sections named in abbreviation and in Chinese pinyin (评论).
    [InlineData("<div class='cmts'><div class='cmts-h'>Comments (3)</div><div class='cmt'><div class='cmt-u'>traveler_jen</div>" +
                "<div class='cmt-t'>Was supposed to fly to Labuan Bajo next week. Hoping it settles down.</div></div></div>", "Labuan Bajo")]
    [InlineData("<div class='content_pinglun'><div class='pinglun_title'>网友评论</div><div class='pinglun_item'><span class='pl_user'>山城老李</span>" +
                "<p class='pl_text'>鱼嘴站这几年变化真大，以前这边全是荒地。</p></div></div>", "山城老李")]
    // A caption named in French ("légende"), a release's boilerplate, a poll named in Spanish, reactions named in Portuguese.
    [InlineData("<div class='article-legende'>Un enfant reçoit une dose de vaccin à Limete.</div>", "Un enfant")]
    [InlineData("<div class='press-release__boilerplate'><h3>About Capitol Children's</h3><p>Capitol Children's has served the capital since 1921.</p></div>", "since 1921")]
    [InlineData("<div class='encuesta'><p class='encuesta__pregunta'>¿Sabes cuál es la zona de seguridad más cercana?</p><button>Sí (61%)</button></div>", "Sabes")]
    [InlineData("<div class='css-reacoes'>O que você achou? <button>🔥 312</button></div>", "achou")]
    public void ChromeNamedInMoreWordsGoes(string chrome, string marker) =>
        Assert.DoesNotContain(marker, CleanedText("<article>" + Prose + chrome + Prose + "</article>"), StringComparison.Ordinal);

    [Fact]
    public void DablesMarkOfTheStoryBodyStays()
    {
        // Dable, a recommendation engine, asks sites to wrap the story's text in "dable-content-wrapper": each part
        // of a story split around ads is wrapped so, and none of them is its widget.
        var text = CleanedText(
            "<article><div class='field--name-body'><div class='dable-content-wrapper'>" + Prose + "</div></div><div class='ad'>Iklan</div>" +
            "<div class='field--name-body body-continued'><div class='dable-content-wrapper'><p>Second part of the story, after the ad.</p></div></div>" +
            "<div id='dablewidget_GOGOGO'><p>추천 콘텐츠 · 광고</p></div></article>");
        Assert.Contains("Second part", text, StringComparison.Ordinal);
        Assert.DoesNotContain("추천", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMarqueeTickerGoesAndAMarqueeHoldingThePageStays()
    {
        var ticker = CleanedText("<marquee><b>REMINDER:</b> Ledger office closed Thursday for Thanksgiving.</marquee>" + Prose + Prose);
        Assert.DoesNotContain("REMINDER", ticker, StringComparison.Ordinal);
        Assert.Contains("council approved", ticker, StringComparison.Ordinal);

        // Its end tag missing, the marquee holds the rest of the page.
        var swallowed = CleanedText("<marquee>Breaking news" + Prose + Prose + Prose);
        Assert.Contains("council approved", swallowed, StringComparison.Ordinal);
    }

    [Fact]
    public void ACaptionOverAStoryToldInBareDivsGoes()
    {
        const string Story =
            "<div>MIAMI, March 19 (UPI) -- The U.S. Coast Guard offloaded more than 37,000 pounds of cocaine at Port Everglades on Tuesday, officials said.</div><div><br></div>" +
            "<div>The drugs were seized during 14 separate interdictions in international waters of the eastern Pacific Ocean over the past two months.</div>";
        var text = CleanedText(
            "<div class='post-body'><table class='tr-caption-container'><tr><td class='tr-caption'>Crew members of the cutter Stone unload bales of cocaine. " +
            "Photo courtesy of U.S. Coast Guard</td></tr></table>" + Story + "</div><div class='comment-form'><p>Comments are moderated. Please keep it civil.</p></div>");
        Assert.DoesNotContain("Crew members", text, StringComparison.Ordinal);
        Assert.Contains("37,000 pounds", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMatchReportsLineUpsBoxGoes()
    {
        const string Paragraph = "<p>Die Gastgeber taten sich in der Folge schwer gegen die tief stehende Eintracht, die mit einer Fünferkette auf " +
                                 "den Platz geschickt wurde und lange sicher stand.</p>";
        var page = "<html><body><article><h1>Lindenthal rettet spät einen Punkt gegen Weserau</h1>" + Paragraph + Paragraph + Paragraph +
                   "<div class='sb-lineup'><div class='sb-lineup__title'>Aufstellung</div><div>1. FC Lindenthal: Berger - Pohl, Ostermann, " +
                   "Kühne, Arslan - Weiß (61. Hartung), Lindqvist - Brandt</div><div>Schiedsrichter: Tobias Reichert (Augsburg)</div></div>" +
                   Paragraph + Paragraph + Paragraph + "</article></body></html>";
        var article = new ArticleExtractor().Extract(page).Article;
        Assert.NotNull(article);
        Assert.DoesNotContain("Schiedsrichter", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ParagraphsInABoxTypedAsAMediumStay() =>
        Assert.Contains("Tenants at three", CleanedText("<article>" + Prose + "<div data-kind='video'><p>Tenants at three apartment buildings " +
                                                        "talk about living through heat outages this winter.</p></div>" + Prose + "</article>"), StringComparison.Ordinal);

    [Fact]
    public void TheStoryFoldedBehindAReadMoreButtonIsShown()
    {
        var text = CleanedText("<article>" + Prose + "<button class='readmore-button'>Story Continues</button>" +
                               "<div class='read-more-wrapper' style='display:none'>" + Prose.Replace("council", "mayor", StringComparison.Ordinal) +
                               Prose.Replace("council", "mayor", StringComparison.Ordinal) + "</div>" +
                               "<div class='collapse-menu' style='display:none'><p>Menu item one</p></div></article>");
        Assert.Contains("mayor", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu item", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class='bl-body__rest' hidden>", true)]
    [InlineData("<div class='story-remainder' style='display:none'>", true)]
    [InlineData("<div class='interest-box' hidden>", false)]
    [InlineData("<div class='forest-panel' hidden>", false)]
    public void TheRestOfTheStoryFoldedAwayIsShown(string fold, bool shown)
    {
        var text = CleanedText("<article>" + Prose + "<button>Continue reading</button>" + fold +
                               Prose.Replace("council", "mayor", StringComparison.Ordinal) + Prose.Replace("council", "mayor", StringComparison.Ordinal) +
                               "</div></article>");
        Assert.Equal(shown, text.Contains("mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void AWitnessCallBoxBetweenTheParagraphsGoesWhole()
    {
        var text = CleanedText("<article>" + Prose + "<div class='kontakt24-box'><p>Jesteś świadkiem ważnego wydarzenia?</p>" +
                               "<p>Wyślij zdjęcia i nagrania na Kontakt24.</p><a href='/dodaj-material'>Dodaj materiał</a></div>" + Prose + "</article>");
        Assert.DoesNotContain("Dodaj", text, StringComparison.Ordinal);
        Assert.Contains("council approved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkStyledAsAButtonAloneInItsBlockGoes()
    {
        var text = CleanedText("<article>" + Prose + "<p class='button-wrapper'><a class='button primary' href='/p/story?action=share'><span>Share The Gridlock</span></a></p>" + Prose + "</article>");
        Assert.DoesNotContain("Gridlock", text, StringComparison.Ordinal);

        // A button-styled link inside a sentence is the sentence's.
        text = CleanedText("<article>" + Prose + "<p>The full plan is <a class='btn' href='/plan.pdf'>on the council site</a> for anyone to read.</p>" + Prose + "</article>");
        Assert.Contains("on the council site", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATooltipGoesEvenInTheStorysHeader()
    {
        var document = DocumentParser.Parse("<html><body><article><div class='lede'><h1>Lumina's Slate C is a color e-reader</h1><div class='article-byline'><p>by <span><a href='/authors/tl'>Tomás Lindqvist</a>" +
                                            "<span class='x1' role='tooltip'><span>Tomás Lindqvist is a reviewer covering e-readers.</span><a href='/authors/tl'>Follow</a></span></span></p></div></div>" + Prose + "</article></body></html>");
        PageCleaner.Clean(document, document.QuerySelector("h1"));
        var text = document.Body!.TextContent;
        Assert.DoesNotContain("reviewer covering", text, StringComparison.Ordinal);
        Assert.Contains("Tomás Lindqvist", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ABoxAroundATextBoxToCopyGoes()
    {
        var text = CleanedText("<article>" + Prose + "<div class='news-embed-box'><p>Ottieni il codice embed</p><textarea readonly>&lt;iframe src='https://example.com/embed/1'&gt;&lt;/iframe&gt;</textarea></div>" + Prose + "</article>");
        Assert.DoesNotContain("embed", text, StringComparison.Ordinal);
        Assert.Contains("council approved", text, StringComparison.Ordinal);
    }

    // A summary a machine wrote beside the story (MachineSummary).
    [Theory]
    [InlineData("<div class='ai-summary-box'><div class='ai-summary-box__header'>Summary is AI-generated, newsroom-reviewed</div><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul></div>")]
    [InlineData("<div class='ai-insights' data-module='ai-summary'><button>Toggle summary</button><div class='ai-insights-title'>Quick summary</div><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul></div>")]
    [InlineData("<section class='key-points'><h3>Key points</h3><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul><p class='note'>This summary was generated by AI and checked by our editors.</p></section>")]
    [InlineData("<section class='bl-keypoints'><h2>Key points</h2><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul><p>Key points are generated by Brieflane and reviewed by our editors.</p></section>")]
    [InlineData("<div class='article-zusammenfassung'><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul><small>KI-generierte Zusammenfassung</small></div>")]
    [InlineData("<section class='kort' aria-label='Kort fortalt'><h2>Kort fortalt</h2><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul><p>Oppsummeringen er laget med hjelp av KI og kvalitetssikret av Aftenposten.</p></section>")]
    [InlineData("<div class='sammanfattning'><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul><p>Sammanfattningen är gjord med hjälp av AI.</p></div>")]
    [InlineData("<div class='tiivistelma'><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul><p>Tiivistelmä on tehty tekoälyn avulla.</p></div>")]
    [InlineData("<div class='summary-box' data-testid='article-summary'><p>Summary</p><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul><p class='summary-note'>This summary was produced with the help of AI and reviewed by our journalists.</p></div>")]
    [InlineData("<div class='gnt_ar_kp'><h2>Key Points</h2><span>AI-assisted summary ⓘ</span><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul></div>")]
    public void AMachineWrittenSummaryBoxGoes(string box)
    {
        var text = CleanedText("<article><h1>Engineers testify on ghost projects</h1>" + box + Prose + Prose + Prose + "</article>");

        Assert.DoesNotContain("declared complete", text, StringComparison.Ordinal);
        Assert.Contains("council approved", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class='summary'><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul></div>")]
    [InlineData("<div class='story-list'><ul><li>Two engineers say 14 projects were declared complete.</li><li>The senate panel will resume hearings.</li></ul><p>Officials said the AI-generated images shown at the hearing were fake.</p></div>")]
    public void AListWithoutAMachineNoteStays(string box) =>
        Assert.Contains("declared complete", CleanedText("<article><h1>Engineers testify on ghost projects</h1>" + box + Prose + Prose + Prose + "</article>"), StringComparison.Ordinal);

    // The related box lacks its last </div>: the parser puts the rest of the story inside it.
    private const string UnclosedRelatedBox =
        "<div class='related-inline'><div class='box'><h3>Related Posts</h3><div class='posts'>" +
        "<h4><a href='/a'>Champagne makers brace for an early harvest</a></h4><h4><a href='/b'>Farmers block motorways</a></h4></div></div>" +
        "<p>Some farmers are experimenting with olive trees, hazelnuts or sunflowers, while others hope to build solar farms.</p>" +
        "<p>Exports have also suffered. Shipments of Bordeaux wine to China have fallen by more than half since 2018.</p>" +
        "<div class='tags'><a href='/tag/wine'>wine</a></div></div>";

    [Fact]
    public void KeepsStoryParagraphsAnUnclosedChromeBoxSwallowed()
    {
        var text = CleanedText("<div id='story'>" + Prose + Prose + Prose + Prose + UnclosedRelatedBox + "</div>");
        Assert.Contains("olive trees", text, StringComparison.Ordinal);
        Assert.Contains("Exports have also suffered", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Champagne", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related Posts", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleasesTheStoryAnUnclosedChromeBoxSwallowedWhenItHoldsMostOfIt()
    {
        // One paragraph before the box, the rest inside it: the box holds the story, so it stays, but the readability
        // pass would drop it for its class; the paragraphs must leave it.
        var document = DocumentParser.Parse("<html><body><div id='story'>" + Prose + UnclosedRelatedBox.Replace(
            "<p>Exports", Prose + Prose + Prose + "<p>Exports", StringComparison.Ordinal) + "</div></body></html>");
        PageCleaner.Clean(document);

        Assert.Empty(document.QuerySelectorAll(".related-inline p"));
        Assert.Contains("olive trees", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Champagne", document.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsStoryParagraphsNamedForThePaywallButNotItsOffer()
    {
        var text = CleanedText("<div class='article-text'>" + Prose + "<p class='text paywall-fade'>Statt der bislang vorgesehenen 20 Prozent muss " +
                               "die Stadt künftig 30 Prozent der Baukosten selbst tragen.</p><p class='paywall'>The ministry declined to comment.</p></div>" +
                               "<div class='paywall'><p class='paywall__kicker'>Weiterlesen mit RA+</p><a href='/abo'>Jetzt für 0,99 € testen</a></div>");
        Assert.Contains("30 Prozent der Baukosten", text, StringComparison.Ordinal);
        Assert.Contains("declined to comment", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Weiterlesen mit RA+", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsTheTeasersLastParagraphInAFadingWrapper()
    {
        var text = CleanedText("<div class='article-text'>" + Prose + "<div class='c-paywall-fade'><p>In de Tweede Kamer klinkt al kritiek op de " +
                               "overname van het bedrijf.</p></div></div><div class='c-paywall'><h2>Lees verder met een FD-abonnement</h2>" +
                               "<a href='/abo'>Bekijk abonnementen</a></div>");
        Assert.Contains("In de Tweede Kamer klinkt al kritiek", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lees verder met een FD-abonnement", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com/p/x/'><div><a href='https://www.instagram.com/p/x/'>" +
                "Pogledajte ovu objavu na Instagramu</a></div><p><a href='https://www.instagram.com/p/x/'>Objava koju dijeli Advent u Zagrebu " +
                "(@adventzagreb)</a></p></blockquote>")]
    [InlineData("<blockquote class='tiktok-embed' cite='https://www.tiktok.com/@x/video/1'><section><a href='https://www.tiktok.com/@x'>@x</a> " +
                "Der Weihnachtsmarkt ist eröffnet</section></blockquote>")]
    // A WordPress site's card of another of its posts.
    [InlineData("<blockquote class='wp-embedded-content' data-secret='k3J9xA'><a href='https://example.org/2025/11/12/weihnachtsmarkt/'>" +
                "Der Weihnachtsmarkt ist eröffnet</a></blockquote>")]
    public void RemovesAPostEmbedWhateverItsLanguage(string embed)
    {
        var text = CleanedText("<div id='story'>" + Prose + embed + Prose + "</div>");
        Assert.DoesNotContain("adventzagreb", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Weihnachtsmarkt", text, StringComparison.Ordinal);
        Assert.Contains("council approved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsAPaywallPartThatOpensWithProseWhole()
    {
        // The links inside its paragraphs are the story's own: no box of links swallowed what follows them.
        const string Linked = "<p>The mayor said the <a href='/a'>library plan</a> and the <a href='/b'>school budget</a> would be settled before the summer recess.</p>";
        var document = DocumentParser.Parse("<html><body><div id='story'>" + Prose + "<div class='hcf-paywall'><p>Von wegen. The opposition had " +
                                            "warned for months that the figures did not add up at all.</p>" + Linked + Linked + Prose + Prose + Prose + "</div></div></body></html>");
        PageCleaner.Clean(document);
        Assert.Equal(6, document.QuerySelectorAll(".hcf-paywall > p").Length);
    }

    [Theory]
    [InlineData("<div class='author-box'><h3><a href='/author/jane'>Jane Doe</a></h3>" +
                "<p>Jane Doe covers agriculture and trade for the paper and has reported from three continents since 2009.</p>" +
                "<p>She previously worked for a farming weekly and studied economics at the University of Leeds in England.</p></div>")]
    [InlineData("<div class='related-inline' hidden><a href='/a'>One</a> <a href='/b'>Two</a>" +
                "<p>Jane Doe covers agriculture and trade for the paper and has reported from three continents since 2009.</p>" +
                "<p>She previously worked for a farming weekly and studied economics at the University of Leeds in England.</p></div>")]
    public void RemovesChromeBoxesWithTheirOwnParagraphs(string box)
    {
        var text = CleanedText("<div id='story'>" + Prose + Prose + Prose + Prose + box + "</div>");
        Assert.DoesNotContain("Jane Doe", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<related-articles><ul><li><a href='/a'>Council delays the vote</a></li></ul></related-articles>")]
    [InlineData("<div class='wp-block-techcrunch-inline-cta'><p>Techcrunch event</p><p><span>San Francisco, CA</span> | <span>October 13-15, 2026</span></p><a href='/a'>Council delays the vote</a></div>")]
    [InlineData("<app-storyline-teaser><div><span>Mehr zum Thema:</span> <a href='/a'>Council delays the vote</a></div></app-storyline-teaser>")]
    public void RemovesACustomElementNamedAsChrome(string widget)
    {
        var text = CleanedText("<article>" + Prose + Prose + widget + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("delays the vote", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<section class='Card Boxscore' aria-label='Box Score'><table><tr><th>Okafor</th><td>37</td><td>12-21</td><td>34</td></tr><tr><th>Mensah</th><td>33</td><td>8-13</td><td>19</td></tr></table></section>")]
    [InlineData("<div class='match-stats'><table><tr><td>Possession</td><td>58%</td><td>42%</td></tr><tr><td>Shots</td><td>14</td><td>9</td></tr></table></div>")]
    [InlineData("<div class='GameStrip'><table><tr><td>UTA</td><td>30</td><td>28</td></tr></table></div>")]
    public void RemovesASportsPagesScoreWidgets(string widget)
    {
        var text = CleanedText("<article>" + Prose + Prose + "</article>" + widget);
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UTA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Okafor", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<nav>Home News Sport</nav>")]
    [InlineData("<div class='breadcrumbs'>Home > News</div>")]
    [InlineData("<div id='sidebarRight'>Hot list</div>")]
    [InlineData("<ul class='relatedPosts'><li>Other</li></ul>")]
    [InlineData("<div class='post-like vote'>veryGood! (63)</div>")]
    [InlineData("<div role='navigation'>Menu items</div>")]
    [InlineData("<div hidden>Hidden text</div>")]
    [InlineData("<div style='display: none'>Hidden text</div>")]
    [InlineData("<div aria-hidden='true'>Hidden text</div>")]
    [InlineData("<div class='most-read'>Top ten</div>")]
    // A sticky player's card of the clip to follow: another story's title and summary.
    [InlineData("<div class='video-player__up-next'><h3>Other fire near Marion</h3><p>Firefighters from four departments spent the afternoon fighting a grass fire north of Marion as wind gusts topped 45 mph.</p></div>")]
    [InlineData("<div class='article__userbar-emoji'><span>veryGood</span><span>Other</span></div>")]
    // The teaser of the story to read next, its title and lead.
    [InlineData("<section class='next-article'><span>Next article</span><h2><a href='/b'>Other schools close for snow</a></h2><p>Other schools in the province closed their doors on Monday as heavy snow cut the mountain roads.</p></section>")]
    [InlineData("<figure><img src='x.jpg'><figcaption>A caption</figcaption></figure>")]
    public void RemovesChrome(string chrome)
    {
        var text = CleanedText(Prose + Prose + chrome);
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hot list", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other", text, StringComparison.Ordinal);
        Assert.DoesNotContain("caption", text, StringComparison.Ordinal);
        Assert.DoesNotContain("veryGood", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Top ten", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div data-testid='related-articles'><div><span>Other</span></div></div>")]
    [InlineData("<div data-component='share-bar'><div>Other</div></div>")]
    [InlineData("<div data-qa='most-read'><div>Other</div></div>")]
    [InlineData("<div data-testid='image-caption'><span>Other</span></div>")]
    public void RemovesChromeNamedInAComponentMark(string chrome)
    {
        var text = CleanedText(Prose + Prose + chrome + "<div data-component='text-block'>" + Prose + "</div>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split("council approved").Length - 1);
    }

    [Fact]
    public void KeepsAStoryContainerWhoseClassLooksLikeChrome()
    {
        var text = CleanedText("<div class='article hot'>" + Prose + Prose + Prose + "</div><div class='sidebar'><p>Short.</p></div>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Short.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsAPageWideFormAroundTheStory()
    {
        var text = CleanedText("<form id='aspnetForm'>" + Prose + Prose + "</form>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsThatMerelyContainChromeTokensAreNotChrome()
    {
        var text = CleanedText("<div class='headline-shadow download-free'>" + Prose + "</div><div class='thread'>" + Prose + "</div>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_inside_a_sentence_stays_whatever_its_class()
    {
        var text = CleanedText(Prose + "<p>At <span class='ticker' data-symbol='HD'>Home Depot</span>, we first realized it.</p>" +
                               "<p><span class='ticker'>DAX 15,300 +0.4%</span></p>");

        Assert.Contains("At Home Depot, we first realized it.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DAX", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parts_of_a_quote_chip_inside_a_sentence_stay()
    {
        // MarketWatch's chip: the symbol in a "ticker" span inside the chip's link, the change beside it.
        var text = CleanedText(Prose + "<p>Shares of Nvidia Corp. <span class='qt-chip'><a class='qt-chip' href='/investing/stock/nvda'>" +
                               "<span class='qt-chip__ticker'>NVDA</span>, <span class='qt-chip__change'>+3.12%</span></a></span> closed higher.</p>" +
                               "<p><span class='ticker-bar'><a href='/spx'><span class='ticker'>SPX 6,712</span></a></span></p>");

        Assert.Contains("Shares of Nvidia Corp. NVDA, +3.12% closed higher.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SPX", text, StringComparison.Ordinal);
    }

    [Theory]
    // The standard's quote figure, its caption the quote's source (Squarespace's quote block), even when classed a caption.
    [InlineData("<figure class='block'><blockquote>A town without a bookstore is like a house without a window.</blockquote>" +
                "<figcaption class='source'>— a note someone left taped to our door</figcaption></figure>", true)]
    [InlineData("<figure><blockquote><p>A town without a bookstore is like a house without a window.</p></blockquote>" +
                "<figcaption class='wp-element-caption'>— a note someone left taped to our door</figcaption></figure>", true)]
    // A figure with a picture is a media box, quote or not.
    [InlineData("<figure><img src='door.jpg'><blockquote>A town without a bookstore is like a house without a window.</blockquote>" +
                "<figcaption>— a note someone left taped to our door</figcaption></figure>", false)]
    public void AQuoteFiguresCaptionIsItsSourceAndStays(string figure, bool kept)
    {
        var text = CleanedText("<article>" + Prose + figure + Prose + "</article>");
        Assert.Equal(kept, text.Contains("house without a window", StringComparison.Ordinal));
        Assert.Equal(kept, text.Contains("note someone left", StringComparison.Ordinal));
    }

    [Fact]
    public void The_parts_of_a_linked_quote_chip_inside_a_sentence_stay()
    {
        // The chip is the link itself, its parts spans named for the ticker.
        var text = CleanedText(Prose + "<p>Halvex Semiconductor Inc. <a class='ticker-chip' href='/quote/HLVX:US'><span class='ticker-chip__sym'>HLVX</span> " +
                               "<span class='ticker-chip__chg up'>+17.8%</span></a> shares posted their biggest gain.</p>" +
                               "<p><a href='/spx'><span class='ticker'>SPX 6,712</span></a></p>");

        Assert.Contains("Halvex Semiconductor Inc. HLVX +17.8% shares posted their biggest gain.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SPX", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class='nl-box'><h4>Get the morning briefing</h4><p>Sign up to get the top stories every morning.</p><form><input type='email'><button>Go</button></form></div>")]
    [InlineData("<div class='k7'><div><b>Get the morning briefing</b> Sign up to get the top stories.</div><input type='email'><span>Go</span></div>")]
    public void RemovesTheBoxAroundASmallFormWhateverItsName(string box)
    {
        var text = CleanedText("<article>" + Prose + box + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("morning briefing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign up", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovesAPlayerWithItsTranscriptAndItsPlaylist()
    {
        // A station's player: the clip's title, its transcript folded under it, and the list of clips that play next.
        const string Player = "<div class='featured-media'><div class='video-player'><img src='/still.jpg' alt=''>" +
                              "<p class='video-player__title'>County votes on jail expansion after public hearing</p>" +
                              "<details><summary>Show transcript</summary><p>Good evening, I'm Tom Whitaker. The county is moving ahead with a " +
                              "bigger jail tonight, and our reporter was at the courthouse for the vote and joins us live.</p></details></div>" +
                              "<div class='video-playlist'><h2>Top Videos from KXRN 6</h2><ol><li><a href='/v/1'>Greenbelt section closed for repairs</a> " +
                              "<span>1:42</span></li><li><a href='/v/2'>District breaks ground on a new high school</a> <span>2:05</span></li></ol></div></div>";
        var text = CleanedText("<article>" + Player + Prose + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Good evening", text, StringComparison.Ordinal);
        Assert.DoesNotContain("jail expansion", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Top Videos", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovesAVideoCardNamedByItsComponentsTestMark()
    {
        const string Card = "<div class='sc-9b3e02d7-0' data-testid='embedded-video'><button aria-label='Video afspelen'><span>0:48</span>" +
                            "</button><p>Zo ziet de storm eruit in Vlissingen</p></div>";
        var text = CleanedText("<article>" + Prose + Card + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vlissingen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovesAReaderPollButKeepsAnOptionOfASearchForm()
    {
        const string Poll = "<div class='sondagem card'><div class='card-body'><p>Sondagem: Concorda com a nova tarifa?</p>" +
                            "<div><input type='radio' name='s1' id='a'><label for='a'>Sim, é justa</label></div>" +
                            "<div><input type='radio' name='s1' id='b'><label for='b'>Não, é demasiado cara</label></div>" +
                            "<button>Votar</button><span>1.318 votos</span></div></div>";
        var text = CleanedText("<article>" + Prose + Poll + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sondagem", text, StringComparison.Ordinal);
        Assert.DoesNotContain("votos", text, StringComparison.Ordinal);

        // A timetable search's "departure / arrival" choice is no poll: only a box named for one makes it so.
        const string Choice = "<div class='timetable'><span>Travel time</span><label><input type='radio' name='t'>Departure</label>" +
                              "<label><input type='radio' name='t'>Arrival</label></div>";
        Assert.Contains("Departure", CleanedText("<article>" + Prose + Choice + Prose + "</article>"), StringComparison.Ordinal);
    }

    [Fact]
    public void RemovesANewsletterBoxWhoseButtonLinksToTheNewsletterPage()
    {
        // No form: the box's button leads to the sign-up page.
        var text = CleanedText("<article>" + Prose + "<div class='x_nl'><p class='x_nl_t'>Apúntate a la newsletter de Comunidad Valenciana</p>" +
                               "<p>Las noticias más importantes de la Comunidad Valenciana, cada mañana en tu correo.</p>" +
                               "<a class='_btn' href='https://elpais.example/newsletters/comunidad-valenciana/'>Apuntarme</a></div>" + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Apúntate", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovesAMembersUpsellLinkingToGhostsPortal()
    {
        var text = CleanedText("<article>" + Prose + "<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>📬</div>" +
                               "<div class='kg-callout-text'>You’re reading the free edition of The Gulf Ledger. Paying members get the full data " +
                               "notes. <a href='#/portal/signup'><strong>Upgrade here</strong></a></div></div>" + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("free edition", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsAParagraphThatLinksToANewsletterInItsText()
    {
        const string Mention = "<p>The council's <a href='/newsletters/council'>newsletter</a> will carry the budget in full next week.</p>";
        var text = CleanedText("<article>" + Prose + "<div>" + Mention + "</div>" + Prose + "</article>");
        Assert.Contains("will carry the budget", text, StringComparison.Ordinal);
    }

    // A shopping card as magazines set them: image, brand, name, blurb and a sponsored button to the shop.
    [Theory]
    [InlineData("<a class='product-btn' href='https://shop-links.example/x?url=amazon' rel='nofollow sponsored'>Buy</a>")]
    [InlineData("<a class='btn' href='https://shop-links.example/x'>$420 at Amazon</a>")]
    [InlineData("<a class='btn' href='https://shop-links.example/x'>29,99 € bei Otto</a>")]
    public void RemovesAProductCardBetweenTheParagraphs(string offer)
    {
        var card = "<div class='css-1m3t7um'><div><img src='/oven.jpg' alt=''></div><div><span>Le Creuset</span><span>Signature Round Dutch Oven, 5.5 qt</span>" +
                   "<div>The gold standard, with a lifetime warranty and a new lighter lid; it comes in eleven colours and works on every hob.</div>" + offer + "</div></div>";
        var text = CleanedText("<article>" + Prose + Prose + card + Prose + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gold standard", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsAStoryParagraphWithASponsoredLinkInIt()
    {
        const string Paragraph = "<div><p>Our tester liked the <a href='https://shop-links.example/x' rel='sponsored'>Lodge pot</a>, which heated evenly and cost a quarter as much as the French one.</p></div>";
        var text = CleanedText("<article>" + Prose + Paragraph + Prose + "</article>");
        Assert.Contains("heated evenly", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class='duet--cta--membership-ask'><p>You've read 1 article in the last month</p><p>Here at Vox, we're unwavering in our " +
                "commitment to covering the issues that matter most to you. Our work is free to read because readers like you choose to support it.</p>" +
                "<div><a href='https://www.vox.example/pages/support-now'>Yes, I'll give $10/month</a></div></div>", "unwavering")]
    // Public radio asks its listeners for a gift, through its pledge site.
    [InlineData("<div class='ArticlePage-supportBox'><h2>Stand up for trustworthy local news</h2><p>Independent, fact-based journalism " +
                "from KWRV is free for everyone because listeners like you chip in. Make your gift today and help keep it that way.</p>" +
                "<a class='Button' href='https://pledge.kwrv.example/?src=article'>Make a monthly gift</a></div>", "chip in")]
    // The button goes to the membership site's bare host; only its words say what it takes.
    [InlineData("<div class='gni-nota'><h2>UN PÚBLICO INFORMADO DECIDE MEJOR. APOYA A LOS CIUDADANOS</h2><p>Hacemos periodismo desde " +
                "hace 106 años, y el periodismo es fundamental para que la opinión pública se fortalezca.</p>" +
                "<a href='https://ccc.diario.example/'>Hágase miembro ahora</a></div>", "106 años")]
    public void RemovesAnAppealThatAsksReadersToFundTheWork(string appeal, string marker)
    {
        var text = CleanedText("<article>" + Prose + Prose + appeal + Prose + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AScriptBuiltPlayersTitleLineGoesWithItsSlot()
    {
        const string Player = "<div class='video-wrap'><div id='jwplayer-q8Zx4TrP' class='jwplayer-container'></div>" +
                              "<p class='video-title'>Drone video shows tornado damage in Weldon Spring</p></div>";
        var text = CleanedText("<article>" + Prose + Player + Prose + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Drone video", text, StringComparison.Ordinal);
    }

    [Theory]
    // A video card with its title, running time and source, and no player yet; a player named so holding only its title.
    [InlineData("<div class='video-resource'><div class='video-resource__headline'>Video shows waves crashing over seafront in Brighton</div>" +
                "<div class='video-resource__duration'>01:12</div><div class='video-resource__source-text'>- Source: CNN</div></div>", "waves crashing")]
    [InlineData("<div class='yle__article__embed'><div class='areena-player' data-id='1-72345678'><p class='areena-player__title'>Katso: Mistä asumistuen kasvu johtuu? Yle Areena</p></div></div>", "asumistuen")]
    public void AMediaCardNamedForItsPlayerGoes(string card, string title)
    {
        var text = CleanedText("<article>" + Prose + card + Prose + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain(title, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASubheadingWithAWeakWordInItsNameBetweenTheStorysParagraphsStays()
    {
        const string Teaser = "<div class='teaser-xs'><a href='/a'>Sturmtief: Die Lage im Überblick</a></div>";
        var text = CleanedText("<article>" + Prose + Teaser + "<h2 class='meta__headline columns twelve'>Orkanböen an der Küste</h2>" + Prose +
                               "<h2 class='meta__headline'>Mehr zum Thema</h2></article>");
        Assert.Contains("Orkanböen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mehr zum Thema", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AVideoPagesDescriptionInItsVideoSectionStays()
    {
        // Named "video" and showing the clip's length, but holding the page's own headline and description.
        const string Section = "<div class='video-teaser'><span>01:34</span><h1>Video of the Gardners hours before birth</h1>" +
                               "<p>In a video posted to their Facebook page, the couple ask for prayers of support as they prepare to welcome two sets of twins.</p></div>";
        Assert.Contains("prayers of support", CleanedText(Section), StringComparison.Ordinal);
    }

    [Fact]
    public void APhotoBoxBeforeTheStoryIsNoLead()
    {
        // A plain block with a picture, its caption and credit, where a lead could stand: the caption is no lead.
        const string Photo = "<div class='photo' id='main-image'><div class='photo__wrap'><img src='bus.jpg' alt=''></div>" +
                             "<div class='photo__caption'>Bus listrik Transjakarta melintas di Jalan MH Thamrin, Jakarta Pusat, Kamis (18/7/2024).</div>" +
                             "<div class='photo__author'>KOMPAS.com/RIZKY PRATAMA PUTRA</div><a href='/image/1' class='photo__icon'>Lihat Foto</a></div>";
        var text = CleanedText("<div class='read'>" + Photo + "<div class='read__content'>" + Prose + Prose + Prose + "</div></div>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("melintas", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsAStoryInsideAPageWideForm()
    {
        var text = CleanedText("<form id='aspnetForm'><div class='x'>" + Prose + Prose + Prose + "</div><input type='email'></form>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsAWeaklyNamedPostWhoseTextIsSplitByLineBreaks()
    {
        // Blogger's post column is "widget Blog"; its post is text and <br>s, with only a short <p> elsewhere in it.
        var line = "Mein letzter Post ist schon fast ein halbes Jahr her, und ich habe viel erlebt seitdem. ";
        var post = string.Concat(Enumerable.Repeat(line + "<br><br>", 14));
        var text = CleanedText("<div class='widget Blog' id='Blog1'><div class='post-body'>" + post + "</div><p>Labels: Alltag</p></div>" +
                               "<div class='about'>" + Prose + Prose + Prose + "</div>");
        Assert.Contains("halbes Jahr", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsTheStorysOwnHeaderAroundTheHeadline()
    {
        const string Page = "<html><body><div id='head'><header><h1>Snow weighs on solar panels</h1><p>A blanket of snow cuts the output.</p>" +
                            "<div class='share'>Share on Facebook</div></header></div><div id='photos'><img src='a.jpg'></div>" +
                            "<div id='content'>" + Prose + Prose + Prose + Prose + "</div></body></html>";

        // Without knowing the headline, a small <header> is page chrome; around the headline it is the story's.
        var unknown = DocumentParser.Parse(Page);
        PageCleaner.Clean(unknown);
        Assert.DoesNotContain("blanket of snow", unknown.Body!.TextContent, StringComparison.Ordinal);

        var known = DocumentParser.Parse(Page);
        PageCleaner.Clean(known, known.QuerySelector("h1"));
        Assert.Contains("blanket of snow", known.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", known.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h4>Environment</h4><h1>Snow weighs on solar panels</h1>", false)]
    [InlineData("<div class='kicker'><h3>Environment</h3></div><h1>Snow weighs on solar panels</h1>", false)]
    [InlineData("<h4>Environment is what the panels face.</h4><h1>Snow weighs on solar panels</h1>", true)]
    [InlineData("<p>Environment</p><h1>Snow weighs on solar panels</h1>", true)]
    [InlineData("<div><h3>Environment</h3> and more</div><h1>Snow weighs on solar panels</h1>", true)]
    // A block the site names as the kicker ("ue-c-article__kicker", "occhiello"), not only a heading.
    [InlineData("<div class='ue-c-article__kicker'>Environment | Winter 2025</div><h1>Snow weighs on solar panels</h1>", false)]
    [InlineData("<p class='occhiello'>Environment</p><h1>Snow weighs on solar panels</h1>", false)]
    [InlineData("<div class='ue-c-article__kicker'>Environment is what the panels face.</div><h1>Snow weighs on solar panels</h1>", true)]
    public void TheKickerHeadingRightAboveTheHeadlineGoes(string header, bool kept)
    {
        var document = DocumentParser.Parse("<html><body><article>" + header + Prose + Prose + "</article></body></html>");
        PageCleaner.Clean(document, document.QuerySelector("h1"));
        Assert.Equal(kept, document.Body!.TextContent.Contains("Environment", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<a class='hat' href='/porto-alegre/'>Porto Alegre</a> <span class='kicker'>Proteção contra cheias</span>", false)]
    [InlineData("<span class='issue'>Edição 42</span> <span class='kicker'>Proteção contra cheias</span>", true)]
    [InlineData("<span>Proteção contra cheias chega ao fim.</span>", true)]
    public void TheSectionLinkAndLabelSetInlineBeforeTheHeadlineLeaveTheStory(string inline, bool kept)
    {
        // Marked before the readability pass, removed from the story it chose: the whole header is in it here.
        var article = new ArticleExtractor().Extract(
            "<html><head><title>Porto Alegre conclui reforço de diques</title></head><body><article><div class='header'>" + inline +
            "<h1>Porto Alegre conclui reforço de diques</h1><p>Intervenção no sistema custou R$ 86 milhões e elevou a cota dos diques.</p></div>" +
            Prose + Prose + Prose + "</article></body></html>").Article;
        Assert.NotNull(article);
        Assert.Equal(kept, article.Text.Contains("Proteção contra cheias", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<div class='x'><iframe src='https://www.youtube.com/embed/x'></iframe><p>Video: What the deal means for shoppers</p></div>", "Video:")]
    [InlineData("<figure><video src='/v.mp4'></video><p>Watch: the fire from above</p></figure>", "Watch:")]
    public void APlayerGoesWithItsTitleLine(string box, string title) =>
        Assert.DoesNotContain(title, CleanedText(Prose + box + Prose), StringComparison.Ordinal);

    [Fact]
    public void AnImageGoesWithItsCaptionAndABareImageWrapperStays()
    {
        var captioned = "<div class='image-container'><img src='/a.jpg' alt=''><p class='source'><span>Illustration by Mike Nudelman</span></p></div>";
        Assert.DoesNotContain("Nudelman", CleanedText(Prose + captioned + Prose), StringComparison.Ordinal);

        // A wrapper with no text removes nothing but the line break it makes between the text around it.
        var document = DocumentParser.Parse("<html><body><article>" + Prose + "<div id='w'><img src='/b.jpg'></div>" + Prose + "</article></body></html>");
        PageCleaner.Clean(document);
        Assert.NotNull(document.GetElementById("w"));
    }

    [Fact]
    public void AnImagesCaptionIsMeasuredWithoutTheMarkupsIndentation()
    {
        // Kyodo's picture box: a caption of about a hundred characters, indented the way templates print it.
        const string Indent = "\n                    ";
        var captioned = "<div class='mainpic'>" + Indent + "<img src='/a.jpg' alt=''>" + Indent +
            "<p>Photo taken Nov. 1, 2025, shows tourists crowding a street in Kyoto's Higashiyama district. (Kyodo)</p>" + Indent +
            "<p class='copyright'>&copy;KYODO</p>" + Indent + "</div>";
        Assert.DoesNotContain("Higashiyama", CleanedText(Prose + captioned + Prose), StringComparison.Ordinal);
    }

    [Fact]
    public void BloggersPictureTableGoesWithItsCaptionWhereADataTableStays()
    {
        // Blogger: the picture in one cell, its caption in the cell below, among the post's lines of text in divs.
        const string Line = "<div><span style='font-family: arial;'>Bitcoin fell below $85,000 for the first time in seven months as investors " +
            "pulled money from exchange-traded funds and leveraged bets unwound.</span></div><div><br></div>";
        const string Picture = "<table align='center' class='tr-caption-container'><tbody><tr><td><a href='/btc.jpg'><img src='/btc.jpg'></a></td></tr>" +
            "<tr><td class='tr-caption'>Bitcoin has erased its 2025 gains. Photographer: Jose Sarmento Matos/Bloomberg</td></tr></tbody></table>";
        Assert.DoesNotContain("erased its 2025 gains", CleanedText(
            "<div class='post-body entry-content' itemprop='description articleBody'>" + Picture + Line + Line + Line + "</div>"), StringComparison.Ordinal);

        // A table of more cells with an icon in it is data.
        const string Data = "<table><tr><th>Platform</th><th><img src='/x86.png'> x86_64</th><th>arm64</th></tr>" +
            "<tr><td>Docker Desktop</td><td>Yes</td><td>Yes</td></tr></table>";
        Assert.Contains("Docker Desktop", CleanedText(
            "<div class='post-body entry-content' itemprop='description articleBody'>" + Data + Line + Line + Line + "</div>"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheStorysKeyPointsSetAsideStayWhereOtherAsidesGo()
    {
        // ABC's key points above the story, in an aside named for them.
        const string Points = "<aside class='KeyPoints_keyPoints__Wqpz2' data-component='KeyPoints'><p><strong>Key points:</strong></p><ul>" +
            "<li><p>A power fault disabled the Brogo water treatment plant during Thursday night's storms</p></li>" +
            "<li><p>About 9,000 homes and businesses in Bega, Tathra and surrounding towns are affected</p></li></ul></aside>";
        Assert.Contains("Brogo water treatment", CleanedText("<article>" + Points + Prose + Prose + "</article>"), StringComparison.Ordinal);

        // Named for key points but made of links, or named otherwise: the page's own asides.
        const string Linked = "<aside class='key-points'><ul><li><a href='/a'>Storm leaves thousands without power across the valley</a></li>" +
            "<li><a href='/b'>Council warns of rate rise to fund water upgrades</a></li></ul></aside>";
        const string Related = "<aside class='related'><ul><li>Storm leaves thousands without power across the valley</li></ul></aside>";
        const string Picks = "<aside class='comp story-highlights'><h3>Story Highlights</h3><ul><li>Storm leaves thousands without power across the valley</li></ul></aside>";
        var text = CleanedText("<article>" + Linked + Related + Picks + Prose + Prose + "</article>");
        Assert.DoesNotContain("thousands without power", text, StringComparison.Ordinal);
    }

    [Fact]
    public void APictureBoxWithItsCreditLineGoesWithACaptionLongerThanAnImagesAlone()
    {
        // idnes' opening picture: the photographer's line, a two-sentence caption and the gallery's link.
        var box = "<div class='opener-foto'><a href='/foto'><img src='/a.jpg' alt=''></a><p class='author'>Foto: Anna Vavríková, MAFRA</p>" +
            "<p class='text'>Estakáda u Chrlic patří k nejvytíženějším místům dálnice D1. Denně přes ni projede přes 80 tisíc aut.</p>" +
            "<a class='more-photos' href='#'>16 fotografií</a></div>";
        Assert.DoesNotContain("Estakáda", CleanedText(Prose + box + Prose), StringComparison.Ordinal);

        // Without a credit line the same text beside a picture is more than a caption, and stays.
        var uncredited = "<div class='opener'><img src='/a.jpg' alt=''><p>Estakáda u Chrlic patří k nejvytíženějším místům dálnice D1. " +
            "Denně přes ni projede přes 80 tisíc aut, v létě o čtvrtinu víc.</p></div>";
        Assert.Contains("Estakáda", CleanedText(Prose + uncredited + Prose), StringComparison.Ordinal);
    }

    [Fact]
    public void AVideoCardListingTheClipsThatPlayNextGoes()
    {
        // g1's video block: the clip's title and length, then the playlist's titles, longer together than a caption.
        var card = "<div class='content-video'><div class='content-video__placeholder'><div class='content-video__title'>Temporal derruba árvores em SP</div>" +
            "<div class='content-video__duration'>01:47</div></div><div class='content-video__playlist'><ul><li>Motorista escapa de árvore que caiu sobre ônibus na Zona Sul</li>" +
            "<li>Ventania arranca telhado de escola na Mooca</li><li>Veja como ficou a Marginal Pinheiros após o temporal</li></ul></div></div>";
        var text = CleanedText("<article>" + Prose + card + Prose + Prose + "</article>");
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ventania", text, StringComparison.Ordinal);

        // A card so named holding a sentence of description longer than a title keeps the caption's measure.
        var described = "<div class='video-box'><div class='video-box__duration'>01:47</div><div>Der Sturm hat in der Nacht zum Freitag in weiten Teilen " +
            "Südbayerns Bäume entwurzelt, Dächer abgedeckt und Straßen blockiert, wie die Polizei mitteilte.</div></div>";
        Assert.Contains("Südbayerns", CleanedText("<article>" + Prose + described + Prose + Prose + "</article>"), StringComparison.Ordinal);
    }

    [Fact]
    public void TextBesideAnImagesOwnFigureIsNoCaption()
    {
        // A how-to's step: its heading and instruction, and the photo in a figure of its own.
        var step = "<div class='mod step'><div class='content'><span class='headline2'>Step 2</span><p>Insert your plant into the hole.</p></div>" +
            "<figure class='stepThumb'><img src='/step2.jpg' alt=''></figure></div>";
        Assert.Contains("Insert your plant into the hole.", CleanedText(Prose + step + Prose), StringComparison.Ordinal);
    }

    [Theory]
    // gnuboard's headings for screen readers only; NDTV's abbreviated breadcrumb.
    [InlineData("<h2 class='sound_only'>페이지 정보</h2>", "페이지 정보")]
    [InlineData("<div class='brdCrmb'><a href='/'>Home</a> <a href='/india'>India News</a></div>", "India News")]
    public void ChromeNamedInAbbreviatedOrSnakeCaseClassesGoes(string chrome, string text) =>
        Assert.DoesNotContain(text, CleanedText("<article>" + Prose + chrome + Prose + "</article>"), StringComparison.Ordinal);

    [Fact]
    public void ADatelineNamedAsSuchKeepsItsPlaceForTheReadabilityPass()
    {
        var document = DocumentParser.Parse("<html><body><p><span class='dateline'>NEW DELHI:</span> The council approved the budget on Tuesday.</p>" +
                                            "<p><span class='dateline'>March 5, 2024</span></p></body></html>");
        PageCleaner.Clean(document);

        var spans = document.QuerySelectorAll("span");
        Assert.False(spans[0].HasAttribute("class"));
        Assert.Equal("dateline", spans[1].GetAttribute("class"));
    }

    [Fact]
    public void TextSetStraightIntoAnArticleBetweenLineBreaksBecomesParagraphs()
    {
        var document = DocumentParser.Parse("<html><body><article><h1>Rates held</h1>First paragraph of the story.<br><br>Second <b>paragraph</b>, with a line<br>break." +
                                            "<br><br><div class='comments'><p>A comment.</p></div></article></body></html>");
        PageCleaner.Clean(document);

        Assert.Equal(["First paragraph of the story.", "Second paragraph, with a linebreak."],
            document.QuerySelectorAll("article > p").Select(p => p.TextContent.Trim()));
    }

    private const string Comment = "<p>I have been following this story for years and the response has failed in any meaningful way.</p>";

    [Fact]
    public void ACommentThreadKnownByItsReplyLinksGoesWhateverItsClassesSay()
    {
        var thread = "<div class='x227'><div><b>kim_watcher</b> <span>April 12, 2025</span>" + Comment + "<a href='#'>Reply</a></div>" +
                     "<div><b>mary_k</b> <span>April 12, 2025</span>" + Comment.Replace("years", "months", StringComparison.Ordinal) + "<a href='#'>Antworten</a></div></div>";
        var text = CleanedText("<section>" + Prose + "</section><section>" + Prose + "</section><section>" + Prose + "</section>" + thread);
        Assert.Contains("council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("following this story", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AForumPostBetweenBarsOfButtonsIsNoCommentThreadThoughTheBoardSaysMore()
    {
        var bar = "<div class='action-bar'><a href='/post?mode=reply'>Reply</a> <a href='/print'>Print view</a> <a href='/search'>Search this topic</a> <a href='/next'>Next topic</a></div>";
        var board = "<div class='x9'><p>Welcome to the board: read the rules before you post, be kind to other members and search before you ask a question.</p>" +
                    "<p>Moderators answer questions about accounts on weekdays; the archive holds every topic since the board opened in 2004.</p>" +
                    "<p>Members who break the rules twice lose their posting rights for a month, and spam accounts are deleted without notice.</p></div>";
        var text = CleanedText("<div class='page-body-inner'>" + bar + "<div class='post'>" + Prose + Prose + "</div>" + bar + "</div>" + board);
        Assert.Contains("council approved", text, StringComparison.Ordinal);
    }

    private const string BareLine = "The council approved the budget on Tuesday after a long debate about schools and roads.<br><br>";

    [Fact]
    public void BesideAStoryToldInBareLinesAWidgetWithoutParagraphsIsNoStory()
    {
        // The page's only paragraphs are the footer's; the story's lines count as prose too, so the scorecard (all of its
        // text measured, having no paragraph) is a small share of the page and goes by its name.
        var story = "<div class='story'>" + string.Concat(Enumerable.Repeat(BareLine, 8)) +
                    "<div class='scorecard-mini'><table><tr><td>K Venkatesan</td><td>c Qureshi b Thakkar</td><td>84</td><td>56</td></tr>" +
                    "<tr><td>HV Iyer (c)</td><td>st Kamath b Bhosle</td><td>42</td><td>31</td></tr><tr><td>T Anand</td><td>not out</td>" +
                    "<td>27</td><td>13</td></tr></table><div>Player of the Match: Karthik Venkatesan</div></div>" + BareLine + "</div>" +
                    "<footer><p>© 2025 The Daily Wicket.</p></footer>";
        var text = CleanedText(story);
        Assert.DoesNotContain("Qureshi", text, StringComparison.Ordinal);
        Assert.Contains("approved the budget", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ABlogPostInShortBareLinesStaysThoughItsWidgetIsNamedAsChrome()
    {
        // Blogger's post sits in "widget Blog": the lines of a lyric are short, and still the page's prose.
        var lines = string.Concat(Enumerable.Range(1, 30).Select(i => $"Line {i} of the song goes on here<br>"));
        var text = CleanedText("<div class='widget Blog'><h3>Song</h3><div class='post-body'>" + lines + "</div><p class='comment-footer'>Post a comment</p></div>" +
                               "<div class='sidebar'><p>" + string.Concat(Enumerable.Repeat("About me and this blog. ", 4)) + "</p></div>");
        Assert.Contains("Line 17 of the song", text, StringComparison.Ordinal);
    }
    // A story served whole in parts between ads, each in the metered paywall's box: the parts are the story; the offer's
    // own box of short lines still goes.
    [Fact]
    public void AStoryInMeteredPaywallPartsStaysWhole()
    {
        const string First = "Ice cover across the five Great Lakes peaked at just under 6 percent this winter, according to data released on Wednesday by the federal laboratory in Ann Arbor, the lowest maximum since systematic records began in 1973.";
        const string Second = "Lake Erie, the shallowest of the lakes and usually the one that freezes most completely, never iced over beyond its western basin, and Lake Superior topped out at 9 percent.";
        const string Third = "Winter air temperatures across the basin have risen by about 3 degrees since the 1970s, according to a regional climate assessment, and the trend in ice cover has followed.";
        var article = new ArticleExtractor().Extract(
            "<html><head><title>Great Lakes ice hits a low</title></head><body><main><h1>Great Lakes ice hits a low</h1>" +
            $"<div class='article-body'><div class='wl-paywall meteredContent'><p>{First}</p></div></div>" +
            "<div class='article-body-ad'><div class='ad-label'>Advertisement</div></div>" +
            $"<div class='article-body'><div class='wl-paywall meteredContent'><p>{Second}</p><h3>What comes next</h3><p>{Third}</p></div></div>" +
            "<div class='paywall'><p>Subscribe to keep reading.</p><p>Already a subscriber? Log in.</p></div></main></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal([First, Second, "What comes next", Third], article.Paragraphs);
    }
}
