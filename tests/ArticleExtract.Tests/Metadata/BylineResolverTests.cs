using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class BylineResolverTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<string> Authors(string html) => MetadataReader.Read(DocumentParser.Parse(html), null, Now).Authors;

    [Theory]
    [InlineData("Sadhbh O'Sullivan", "<a href=\"/author/sadhbh\">Sadhbh O'Sullivan</a>, <a href=\"/author/elisabeth\">Elisabeth Kochan</a>",
        new[] { "Sadhbh O'Sullivan", "Elisabeth Kochan" })]
    [InlineData("Rudolf Fischer", "von Rudolf Fischer, Simon Kohler", new[] { "Rudolf Fischer", "Simon Kohler" })]
    // The affiliation printed beside the name is no second author.
    [InlineData("Sarah Hinger", "Sarah Hinger, ACLU Racial Justice Program", new[] { "Sarah Hinger" })]
    // A second name whose given name the list does not know is still a name beside the first.
    [InlineData("Carmen Villalobos", "<span>By </span><a href=\"/author/carmen\">Carmen Villalobos</a><span> and </span><a href=\"/author/grant\">Grant Whitley</a>",
        new[] { "Carmen Villalobos", "Grant Whitley" })]
    [InlineData("Sarah Hinger", "Sarah Hinger and Newcastle University", new[] { "Sarah Hinger" })]
    public void APrintedBylineNamingMoreAuthorsThanJsonLdExtendsIt(string author, string byline, string[] expected) =>
        Assert.Equal(expected, Authors($$$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Single at Christmas",
            "author":{"@type":"Person","name":"{{{author}}}"}}</script></head>
            <body><h1>Single at Christmas</h1><div class="byline">{{{byline}}}</div>
            <p>Every year the same question comes up at the table, and every year the answer is the same one.</p></body></html>
            """));

    // An Arabic name in an element named for the author reads as from an author field: Arabic script has no capitals
    // to tell a name from a phrase in page text; Chinese, whose names have no spaces, does not.
    [Theory]
    [InlineData("<td class='auteur'>كريمة بوعلام</td>", new[] { "كريمة بوعلام" })]
    [InlineData("<span class='author'>本报记者</span>", new string[0])]
    // The Nordic languages' word for the writer as the element's name ("skribent", "forfatter").
    [InlineData("<span class='skribent'>Anna Holm/TT</span>", new[] { "Anna Holm" })]
    public void ANameInAnAuthorElementWithoutCapitalsCountsInRightToLeftScripts(string byline, string[] expected) =>
        Assert.Equal(expected, Authors("<html><body><h1>انطلاق حملة الحصاد</h1><table><tr>" + (byline.StartsWith("<td", StringComparison.Ordinal) ? byline : "<td>" + byline + "</td>") +
            "</tr></table><p>أشرف وزير الفلاحة والتنمية الريفية اليوم على الانطلاق الرسمي لحملة الحصاد والدرس في ولاية تيارت.</p></body></html>"));

    [Theory]
    // The speaker of a quote in the story and the author of an embedded post are not its writers.
    [InlineData("<blockquote class='ecl-blockquote'><p>This scheme will help Italy scale up renewable hydrogen.</p>" +
                "<footer><cite class='ecl-blockquote__author'>Margit Ståhlberg, Executive Vice-President</cite></footer></blockquote>")]
    [InlineData("<blockquote class='cc-short-block'><div>Our work is to build a vibrant, usable commons.</div>" +
                "<div class='user-title'><a href='/author/ryan/'>Ryan Merkley, CEO</a></div></blockquote>")]
    public void AQuotesAuthorIsNoByline(string quote) =>
        Assert.Empty(Authors("<html><body><h1>Commission approves Italian hydrogen scheme</h1>" +
            "<p>The European Commission approved a €1.2 billion Italian scheme on Tuesday to support renewable hydrogen.</p>" + quote +
            "<p>The scheme will run until 2030, the Commission said in a statement.</p></body></html>"));

    [Fact]
    public void ALineOnlyItsWordsMarkAsTheBylineExtendsJsonLdToo() =>
        Assert.Equal(["Jeanne Marie Obispo", "Kristoffer Anne Dalisay"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Comelec extends registration",
            "author":{"@type":"Person","name":"Jeanne Marie Obispo"}}</script></head>
            <body><h1>Comelec extends registration</h1><div id="art_plat"><span>By: </span><a href="/byline/jeanne-marie-obispo">Jeanne Marie Obispo</a>,
            <a href="/byline/kristoffer-anne-dalisay">Kristoffer Anne Dalisay</a> - <a href="/byline/reporters">Reporters</a><br>Philippine Daily Inquirer / 05:12 AM November 20, 2025</div>
            <p>The Commission on Elections extended voter registration by two weeks on Wednesday, citing long queues.</p></body></html>
            """));

    [Theory]
    // An element whose class is the word that opens bylines holds the name; "by" inside a longer class says nothing.
    [InlineData("by", new[] { "Nur Syafiqah Ismail" })]
    [InlineData("nearby", new string[0])]
    public void AnElementClassedByHoldsTheBylinesName(string className, string[] expected) =>
        Assert.Equal(expected, Authors($"""
            <html><body><h1>Tampines resident finds python in kitchen cabinet</h1>
            <div class="meta"><span class="{className}">Nur Syafiqah Ismail</span> <span class="sep">|</span> <span class="when">January 24, 2026</span></div>
            <p>A Tampines resident found a two-metre python coiled inside her kitchen cabinet on Friday night, she said.</p></body></html>
            """));

    // An empty separator between the names' elements ends no byline.
    [Fact]
    public void AnEmptySeparatorBetweenTwoAuthorsKeepsBoth() =>
        Assert.Equal(["Ana Ruiz", "Peter Kowalski"], Authors("""
            <html><body><div class="head"><h1>Ice jam floods homes along Merrimack River in Concord</h1><div class="meta"><div class="byline">
            <span class="byline-name"><a href="/author/ana-ruiz/">Ana Ruiz</a></span><span class="byline-sep"></span>
            <span class="byline-name"><a href="/author/peter-kowalski/">Peter Kowalski</a></span></div></div></div>
            <p>Firefighters used boats to reach residents on Sewalls Falls Road after the river rose overnight, the chief said.</p></body></html>
            """));

    [Fact]
    public void TheNewsroomInTheAuthorSlotYieldsToTheWriterOfTheStorysBylineLine() =>
        // "Voice Newsroom" is the desk the CMS files every story under; the writer, with the outlet's initials and the
        // date, opens the story.
        Assert.Equal(["Tama Rāwiri"], Authors("""
            <html><body><h1>Whangārei hospital rebuild delayed by at least a year</h1>
            <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/newsroom/">Voice Newsroom</a></div>
            <div class="td-post-content"><p><strong>Tama Rāwiri | RNZ | March 3, 2026</strong></p>
            <p>The first stage of Whangārei's long-awaited hospital rebuild will open at least a year later than planned, Health New Zealand has confirmed.</p></div>
            </body></html>
            """));

    [Theory]
    // Persian labels: the reporter's in a line of its own under the headline, and in a field named for the reporter.
    [InlineData("<div class='meta'><span>خبرنگار: محمدحسین نوروزی</span></div>", "محمدحسین نوروزی")]
    [InlineData("<div class='field field--name-field-reporter'><span class='field__label'>گزارشگر:</span> <span class='field__item'>شبنم رحیمی</span></div>", "شبنم رحیمی")]
    public void APersianReportersLabelNamesTheAuthor(string line, string author) =>
        Assert.Equal([author], Authors($"""
            <html><body><h1>جزئیات جشنواره فیلم فجر اعلام شد</h1>{line}
            <p>دبیر جشنواره فیلم فجر از برگزاری این رویداد از ۱۲ تا ۲۲ بهمن و اکران همزمان در ۳۱ استان خبر داد و گفت که فهرست فیلم‌ها هفته آینده اعلام می‌شود.</p>
            </body></html>
            """));

    [Fact]
    public void TheDesksPlaceInAnAuthorBoxIsNoAuthor() =>
        // "authorDesk": the camel-cased part names the desk's place beside the wire's name.
        Assert.Empty(Authors("""
            <html><body><h1>Cox's Bazar hotels fully booked as holidaymakers throng beach</h1>
            <div class="author-info"><span class="authorName">UNB</span> <span class="authorDesk">Cox's Bazar</span></div>
            <p>Hotels, motels and guesthouses in Cox's Bazar are almost fully booked as thousands of holidaymakers have thronged the beach.</p>
            </body></html>
            """));

    [Fact]
    public void ThePublishingCompanyNamedAsTheJsonLdPersonIsNoAuthor() =>
        Assert.Empty(Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Baht firms against dollar",
            "author":{"@type":"Person","name":"Bangkok Post Public Company Limited"}}</script></head>
            <body><h1>Baht firms against dollar</h1>
            <p>The baht firmed against the US dollar on Thursday as foreign investors returned to Thai equities.</p></body></html>
            """));

    [Fact]
    public void EachAuthorsBoxBesideTheFirstAddsItsLinkedName() =>
        Assert.Equal(["Ana Paula Reis", "Bruno Tavares"], Authors("""
            <html><head><title>Chuva forte alaga ruas do Rio</title></head><body><h1>Chuva forte alaga ruas do Rio</h1>
            <div class="c-signature"><strong class="c-signature__author"><a href="/autores/ana-paula-reis.shtml">Ana Paula Reis</a></strong>
            <strong class="c-signature__author"><a href="/autores/bruno-tavares.shtml">Bruno Tavares</a></strong>
            <span class="c-signature__location">Rio de Janeiro</span></div>
            <p>A chuva forte que atingiu o Rio de Janeiro nesta quinta-feira alagou ruas da zona norte.</p></body></html>
            """));

    [Theory]
    // The photographer credited in a picture's caption is no author of the story.
    [InlineData("<figure><img src='/a.jpg'><figcaption class='media-caption'>Una calle inundada en Gandia este jueves. " +
        "<span class='media-author'>Natxo Francés / EFE</span></figcaption></figure>")]
    // Nor is one credited as "name | agency", a byline's shape, in a caption under an agency's credit.
    [InlineData("<figure><img src='/a.jpg'><figcaption><span>Una quitanieves despeja la carretera, en una imagen de archivo.</span> " +
        "<span class='media-source'>Fernando Villar | EFE</span></figcaption></figure><div class='byline'><div class='byline-name'>Agencia EFE</div></div>")]
    // A caption set in a div of its own, not a figcaption, credits its photographer the same way.
    [InlineData("<div class='media-block'><img src='/a.jpg'><div class='media-block__caption'><span class='media-block__description'>" +
        "Parking in Žvėrynas</span> <span class='media-block__author'>/ Ž. Gedvilas / BNS</span></div></div>")]
    // The place and time in the byline box are no author either.
    [InlineData("<div class='voc-author'><p class='voc-author__name'>Europa Press</p><time class='voc-author__time'>Madrid<br>Actualizado 20/11/2025</time></div>")]
    // A label in its own element ("Data publicării:") names no one.
    [InlineData("<div class='author-meta'><span class='date'>Data publicării: <time datetime='2026-01-15T09:05:00+02:00'>15.01.2026 09:05</time></span></div>")]
    public void NoPersonIsCreditedWhereOnlyAPhotographerOrAPlaceIsNamed(string html) =>
        Assert.Empty(Authors("<html><head><title>La DANA deja lluvias en la Safor</title></head><body><h1>La DANA deja lluvias en la Safor</h1>" +
            html + "<p>Protección Civil ha enviado un mensaje de alerta a los móviles de la comarca de la Safor.</p></body></html>"));

    [Fact]
    public void TheWritersLabelInItsOwnElementIsNoName() =>
        Assert.Equal(["Marko Horvat"], Authors("<html><body><h1>Vlada usvojila prijedlog proračuna</h1><div class='author-holder'>" +
            "<span class='author-label'>Piše:</span> <span class='author-name'>Marko Horvat</span>, <span class='publish-date'>utorak, 17.2.2026. 11:34</span></div>" +
            "<p>Vlada je na današnjoj sjednici usvojila prijedlog državnog proračuna za sljedeću godinu i uputila ga Saboru.</p></body></html>"));

    [Theory]
    // Family name first: the hyphen between the two links joins two people, however the second name reads.
    [InlineData("<a class='author-name' href='/tac-gia/tran-canh.htm'>Trần Cảnh</a> - <a class='author-name' href='/tac-gia/thu-hang.htm'>Thu Hằng</a>",
        new[] { "Trần Cảnh", "Thu Hằng" })]
    [InlineData("<a class='author-name' href='/tac-gia/a'>Lê Minh</a> và <a class='author-name' href='/tac-gia/b'>Phạm Thu Trang</a>",
        new[] { "Lê Minh", "Phạm Thu Trang" })]
    // Text of its own between the links is read with them: one linked name and a title.
    [InlineData("<a class='author-name' href='/tac-gia/a'>Lê Minh</a> - Phóng viên <a class='author-name' href='/chuyen-muc/kinh-te'>Kinh tế</a>",
        new[] { "Lê Minh" })]
    public void ABylineBoxOfNameLinksNamesOnePersonPerLink(string links, string[] expected) =>
        Assert.Equal(expected, Authors($$$"""
            <html><head><title>Xuất khẩu gạo năm 2025 có thể vượt 8,5 triệu tấn</title></head>
            <body><h1>Xuất khẩu gạo năm 2025 có thể vượt 8,5 triệu tấn</h1>
            <div class="details__author"><div class="details__author__meta">{{{links}}}</div><div class="meta"><time>20/11/2025 09:15</time></div></div>
            <p>Số liệu Bộ Nông nghiệp công bố ngày 19.11 cho thấy trong 10 tháng, cả nước xuất khẩu 7,4 triệu tấn gạo.</p></body></html>
            """));

    [Theory]
    [InlineData("<a href=\"/autoren/\">Autoren</a>", new string[0])]
    [InlineData("<a href=\"https://example.de/autoren/#top\">Unsere Autorinnen</a>", new string[0])]
    [InlineData("<a href=\"/autoren/anna-berg/\">Anna Berg</a>", new[] { "Anna Berg" })]
    [InlineData("<a href=\"/author/?id=52\">Anna Berg</a>", new[] { "Anna Berg" })]
    [InlineData("<a href=\"/reporter/anna-berg/\">Anna Berg</a>", new[] { "Anna Berg" })]
    [InlineData("<a href=\"/praca/oferta/radio-plus/reporter/161018\">Radio Plus</a>", new string[0])]
    public void OnlyALinkToOneAuthorsPageIsAnAuthorField(string link, string[] expected) =>
        Assert.Equal(expected, Authors($$$"""
            <html><head><title>Kältehilfe öffnet Notunterkünfte</title></head>
            <body><h1>Kältehilfe öffnet Notunterkünfte</h1>
            <p>Wegen der Kälte öffnet die Berliner Kältehilfe in dieser Woche zusätzliche Notunterkünfte für Obdachlose.</p>
            <footer><ul><li><a href="/impressum/">Impressum</a></li><li>{{{link}}}</li><li><a href="/hilfe/">Hilfe</a></li></ul></footer></body></html>
            """));

    [Theory]
    [InlineData("2025-03-14 14:42 &nbsp; Source: Reuters &nbsp; Author: Marta Lindqvist &nbsp; Hits: <span>3482</span>", new[] { "Marta Lindqvist" })]
    [InlineData("Time: 2025-03-14 | Source: Reuters | Writer: Marta Lindqvist | Views: 88", new[] { "Marta Lindqvist" })]
    // Labels in their own elements with nothing between them: the next label ends the name.
    [InlineData("<small>Time:</small>2025-03-14 14:42<small>Source:</small>Xinhua<small>Author:</small>Wang Lei<small>Click:</small>88 times", new[] { "Wang Lei" })]
    // After a slash the label credits a picture.
    [InlineData("Londyn / autor: Pixabay, Twitter", new string[0])]
    public void AnAuthorFieldInsideAMetaLineNamesTheAuthor(string line, string[] expected) =>
        Assert.Equal(expected, Authors(
            "<html><head><title>EU tightens battery rules | Ledger</title></head><body><h1>EU tightens battery rules</h1><div class=\"info\">" + line +
            "</div><p>European Union negotiators agreed early on Friday to tighten recycling targets for electric-vehicle batteries.</p></body></html>"));

    [Theory]
    [InlineData("Redacción: Juan Pérez", "Juan Pérez")]
    [InlineData("Reportagem: Ana Souza", "Ana Souza")]
    [InlineData("Propos recueillis par Marie Dupont", "Marie Dupont")]
    [InlineData("Reporter Kim Min-su", "Kim Min-su")]
    [InlineData("Reporter: Zhang Wei", "Zhang Wei")]
    [InlineData("Staff Reporter Park Ji-hoon", "Park Ji-hoon")]
    public void ALabelledBylineLineInAnUnnamedBoxUnderTheHeadlineNamesTheAuthor(string line, string expected) =>
        Assert.Equal([expected], Authors(
            "<html><head><title>Kim orders more missiles | Ledger</title></head><body><h1>Kim orders more missiles</h1>" +
            "<div class='meta'>" + line + "</div><p>North Korean leader Kim Jong Un made another inspection tour of major munitions factories.</p></body></html>"));

    [Theory]
    // A role on the line under the name is no part of the name.
    [InlineData("<div class=\"name\"><span>Marta Lindqvist</span></div><div class=\"role\">Europe reporter, Brussels</div>", new[] { "Marta Lindqvist" })]
    [InlineData("<div>Inga Hoeltmann</div><div><a href=\"/in/ih\">Meetings Like</a> <span>Follow</span></div>", new[] { "Inga Hoeltmann" })]
    // The opener on a line of its own waits for the name on the next.
    [InlineData("<div>By</div><div>Marta Lindqvist</div><div>Europe reporter</div>", new[] { "Marta Lindqvist" })]
    [InlineData("<div>Rezept von</div><div>Marta Lindqvist</div><div>Hobbyköchin</div>", new[] { "Marta Lindqvist" })]
    // A button beside the name is no co-author.
    [InlineData("<div>Marta Lindqvist</div></div><div class=\"byline-share\"><span>SHARE</span>", new[] { "Marta Lindqvist" })]
    // Co-authors on lines of their own stay.
    [InlineData("<div>Marta Lindqvist</div><div>Henrik Sørensen</div>", new[] { "Marta Lindqvist", "Henrik Sørensen" })]
    public void ANameEndsWhereItsLineEnds(string byline, string[] expected) =>
        Assert.Equal(expected, Authors(
            "<html><head><title>EU tightens battery rules | Ledger</title></head><body><h1>EU tightens battery rules</h1>" +
            "<div data-component=\"byline-block\"><time datetime=\"2025-03-14\">14 March 2025</time>" + byline +
            "</div><p>European Union negotiators agreed early on Friday to tighten recycling targets for electric-vehicle batteries.</p></body></html>"));

    [Theory]
    [InlineData("/autores/carmen-oltra.html")]
    [InlineData("/autori/carmen-oltra")]
    [InlineData("/auteurs/carmen-oltra")]
    public void ALinkToTheAuthorsPageInACardNamesTheAuthorWithoutThePlaceBesideIt(string href) =>
        Assert.Equal(["Carmen Oltra"], Authors(
            "<html><head><title>Huelga en el puerto | Crónica</title></head><body><h1>Huelga en el puerto</h1>" +
            "<div class=\"c-author\"><img src=\"/a.jpg\" alt=\"\"><div class=\"c-author__info\"><a class=\"c-author__name\" href=\"" + href +
            "\">Carmen Oltra</a><span class=\"c-author__place\">Valencia</span></div></div>" +
            "<p>Los estibadores del puerto de Valencia iniciaron el jueves una huelga de cuarenta y ocho horas.</p></body></html>"));

    [Fact]
    public void ASignatureBoxNamesTheAuthor() =>
        Assert.Equal(["Julie Marceau"], Authors(
            "<html><body><h1>Québec versera 400 millions aux municipalités</h1><div class=\"sc-signature\"><span class=\"sc-signature__name\">" +
            "<a href=\"/profil/12345/julie-marceau\">Julie Marceau</a></span> <a class=\"sc-signature__profile\" href=\"/profil/12345/julie-marceau\">Consulter le profil</a></div>" +
            "<p>Le gouvernement du Québec versera 400 millions de dollars aux municipalités pour leurs infrastructures.</p></body></html>"));

    [Theory]
    [InlineData("Автор", "Айгерим Сапарова")]
    [InlineData("Autore", "Giulia Ferri")]
    [InlineData("Yazar", "Ayşe Demir")]
    public void TheAuthorLabelInItsOwnElementIsNoName(string label, string name) =>
        Assert.Equal([name], Authors(
            "<html><body><h1>Уборочная кампания завершена</h1><div class=\"article__author\"><span class=\"article__author-label\">" + label +
            "</span> <a class=\"article__author-name\" href=\"/author/1\">" + name + "</a></div>" +
            "<p>Уборочная кампания в Казахстане завершена, сообщили в министерстве сельского хозяйства в понедельник.</p></body></html>"));

    [Theory]
    [InlineData("<span class=\"voc-author__name\">Europa Press</span> <span class=\"voc-author__place\">Madrid</span>", new string[0])]
    [InlineData("<span class=\"voc-author__name\">Lucía Beltrán</span> <span class=\"voc-author__place\">Madrid</span>", new[] { "Lucía Beltrán" })]
    public void ThePlacePrintedInTheBylineBoxIsNoAuthor(string box, string[] expected) =>
        Assert.Equal(expected, Authors($$"""
            <html><body><h1>El precio de la vivienda sube</h1><div class="voc-author">{{box}}</div>
            <p>El precio de la vivienda libre subió un 8,4 % en el último trimestre, según los datos publicados este lunes.</p></body></html>
            """));

    [Theory]
    // The author's role in a span of its own beside the name; each author's own element side by side, the agency's
    // among them; the label before the name in a span so named.
    [InlineData("<div class=\"content-meta-author\"><div><a class=\"content-meta-name\" href=\"/muhabir/deniz-aksoy/\">Deniz Aksoy</a> " +
                "<span class=\"content-meta-role\">Sözcü Gazetesi</span></div></div>", new[] { "Deniz Aksoy" })]
    [InlineData("<div class=\"aw-byline\"><span class=\"aw-byline__author\"><a href=\"/p/anni-kuusela\">Anni Kuusela</a></span>" +
                "<span class=\"aw-byline__author\">STT</span></div>", new[] { "Anni Kuusela" })]
    [InlineData("<div class=\"article__author\"><span class=\"article__author-label\">Autors:</span> " +
                "<span class=\"article__author-name\" itemprop=\"author\">LETA</span></div>", new string[0])]
    // The photographer's card beside the reporter's, its role naming what he does: no co-author.
    [InlineData("<div class=\"nyh_byline\"><div class=\"nyh_byline__author\"><div><a class=\"nyh_byline__name\" href=\"mailto:s@svt.se\">Sara Lindqvist</a>" +
                "<span class=\"nyh_byline__role\">Reporter</span></div></div><div class=\"nyh_byline__author\"><div><span class=\"nyh_byline__name\">Erik Wallström</span>" +
                "<span class=\"nyh_byline__role\">Fotograf</span></div></div></div>", new[] { "Sara Lindqvist" })]
    // A span named a label may hold the names themselves.
    [InlineData("<address class=\"authorsign\"><span class=\"authorsign-label\">Elsa Provenzano et Mickaël Bosredon</span></address>",
                new[] { "Elsa Provenzano", "Mickaël Bosredon" })]
    public void EachPartOfTheBylineBoxIsReadForWhatItIs(string box, string[] expected) =>
        Assert.Equal(expected, Authors($$"""
            <html><body><h1>Kaupunki leikkaa bussivuoroja</h1>{{box}}
            <p>Kaupunki leikkaa ensi vuonna bussivuoroja noin kymmenen prosenttia, kertoi liikennejohtaja torstaina.</p></body></html>
            """));

    [Fact]
    public void ThePublishersAddressInThePageFooterIsNoByline()
    {
        const string Story = "<h1>Ny bro åbner i december</h1><p>Den nye cykelbro over havnen åbner i december, oplyser kommunen torsdag.</p>";
        Assert.Empty(Authors("<html><body>" + Story + "<footer class=\"site-footer\"><address class=\"site-footer__address\">" +
            "Politikens Hus, Rådhuspladsen 37, 1785 København V. Tlf. 33 11 85 11</address></footer></body></html>"));
        Assert.Equal(["Mette Holm"], Authors("<html><body><article>" + Story + "<footer><address>Mette Holm</address></footer></article></body></html>"));
    }

    [Theory]
    [InlineData("szerzo", "szerzo-nev")]
    [InlineData("autor", "autor-name")]
    public void AnAuthorClassInTheSitesLanguageMarksTheByline(string box, string name) =>
        Assert.Equal(["Szabó Dániel"], Authors($$"""
            <html><body><h1>Drágul a benzin jövő héten</h1><div class="{{box}}"><a class="{{name}}" href="/szerzo/szabo-daniel">Szabó Dániel</a></div>
            <p>Jövő szerdától ismét drágul a benzin és a gázolaj is, közölte a Holtankoljak.hu csütörtökön.</p></body></html>
            """));

    [Fact]
    public void ATurkishReportersBoxNamesTheReporterWithoutThePlacesTrade() =>
        Assert.Equal(["Ece Karaman"], Authors("""
            <html><body><h1>İzmir'de sağanak hayatı felç etti</h1><div class="muhabir"><img src="/u/ece.jpg" alt="">
            <span class="ad">Ece Karaman</span> <small>İzmir Muhabiri</small></div>
            <p>İzmir'de gece saatlerinde başlayan sağanak yağış, kentin birçok noktasında su baskınlarına neden oldu.</p></body></html>
            """));

    [Theory]
    [InlineData("writer", "كتبت: زينب الساعدي", "زينب الساعدي")]
    [InlineData("writer", "نووسەر: <b>ژیلا ئەحمەد</b>", "ژیلا ئەحمەد")]
    [InlineData("author", "كتب: حسن علي", "حسن علي")]
    public void ALabelledNameInAScriptWithoutCapitalsInABylineBoxIsTheAuthor(string box, string byline, string name) =>
        Assert.Equal([name], Authors($$"""
            <html><body><h1>ملوحة شط العرب تهدد بساتين الفاو</h1><div class="meta"><span class="{{box}}">{{byline}}</span></div>
            <p>يواجه مزارعو قضاء الفاو وناحية السيبة جنوبي البصرة موسماً صعباً هذا العام بعد ارتفاع نسب الملوحة في مياه شط العرب.</p></body></html>
            """));

    [Fact]
    public void AnUnlabelledPhraseInAScriptWithoutCapitalsInABylineBoxNamesNoOne() =>
        Assert.Empty(Authors("""
            <html><body><h1>ملوحة شط العرب تهدد بساتين الفاو</h1><div class="meta"><span class="writer">أخبار المحافظات</span></div>
            <p>يواجه مزارعو قضاء الفاو وناحية السيبة جنوبي البصرة موسماً صعباً هذا العام بعد ارتفاع نسب الملوحة في مياه شط العرب.</p></body></html>
            """));

    [Fact]
    public void AClassEndingInAuthorInTheSitesLanguageNamesTheBylineItsLabelOpens() =>
        Assert.Equal(["Amra Hodžić"], Authors("""
            <html><body><table><tr><td class="vijest_naslov"><h1>Besplatan prevoz za učenike</h1></td></tr>
            <tr><td class="vijest_autor">Piše: Amra Hodžić (FENA)</td></tr>
            <tr><td><p>Od januara će učenici i penzioneri u Kantonu Sarajevo koristiti javni prevoz besplatno, odlučila je Vlada.</p></td></tr></table></body></html>
            """));

    [Fact]
    public void ASidebarListsAuthorClassIsNoByline() =>
        Assert.Empty(Authors("""
            <html><body><h1>Abzocke bei den Mieten</h1><p>Die Mieten in den Großstädten steigen weiter, zeigt eine neue Studie.</p>
            <ul><li><a href="/a1">Mietendeckel jetzt</a><div class="kontextliste-autor">Pressemitteilung von Katja Kipping</div></li>
            <li><a href="/a2">Wohnen ist ein Grundrecht</a><div class="kontextliste-autor">Im Wortlaut von Pascal Meiser</div></li></ul></body></html>
            """));

    [Fact]
    public void AReviewerTheMetadataListsBesideTheWriterIsNoAuthor() =>
        Assert.Equal(["Nadia Ferreira"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Heart study",
            "author":[{"@type":"Person","name":"Nadia Ferreira"},{"@type":"Person","name":"Raymond Cole, MD, FACC"}]}</script></head>
            <body><h1>Heart study</h1><div class="byline">Written by Nadia Ferreira on November 20, 2025 —
            <a href="/medical-integrity">Medically reviewed by</a> <a href="/reviewers/raymond-cole-md">Raymond Cole, MD, FACC</a></div>
            <p>A daily walk of twenty minutes lowered blood pressure in adults over sixty, a new study found.</p></body></html>
            """));

    [Fact]
    public void AnEditorTheMetadataListsBesideTheWriterIsNoAuthor()
    {
        // Kompas: the JSON-LD lists the editor, whom the page's credit box labels "Editor".
        const string Page = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Cuaca ekstrem",
            "author":[{"@type":"Person","name":"Larasati Dyah Utami"},{"@type":"Person","name":"Bagus Santosa"}]}</script></head>
            <body><h1>Cuaca ekstrem</h1><div class="credit-title-name"><h6>Penulis</h6><a href="/tag/larasati">Larasati Dyah Utami</a></div>
            <div class="credit-title-name"><h6>Editor</h6><div class="credit-title-nameEditor"><a href="/tag/bagus-santosa">Bagus Santosa</a></div></div>
            <p>BMKG memperingatkan potensi cuaca ekstrem di wilayah Jabodetabek hingga akhir November.</p></body></html>
            """;
        Assert.Equal(["Larasati Dyah Utami"], Authors(Page));

        // A job title run into the name is no label: "Senior Editor Bagus Santosa" wrote with her.
        Assert.Equal(["Larasati Dyah Utami", "Bagus Santosa"], Authors(Page.Replace("<h6>Editor</h6>", "<h6>Senior Editor</h6> ", StringComparison.Ordinal)));
    }

    [Fact]
    public void APhotographerCreditedAfterTheNameInACaptionIsNoAuthor() =>
        Assert.Equal(["Nadia Brenner"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Billing portal crash",
            "author":[{"@type":"Person","name":"Nadia Brenner"},{"@type":"Person","name":"Elizabeth Conley"}]}</script></head>
            <body><h1>Billing portal crash</h1><figure><img src="/a.jpg" alt=""><figcaption><span class="caption-text">Resident Gloria Tran waits at
            the customer service office.</span> <span class="caption-credit">Elizabeth Conley/Staff photographer</span></figcaption></figure>
            <p>Houston's new water billing portal crashed on its first day, leaving thousands of customers unable to pay.</p></body></html>
            """));

    [Fact]
    public void APhotographerWhoseRoleFollowsTheNameInTheBylineIsNoAuthor() =>
        // Schibsted's byline sets each credit's role in an element after the name: a space, no separator.
        Assert.Equal(["Ingrid Solheim"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Siste ferja forsvinner",
            "author":[{"@type":"Person","name":"Ingrid Solheim"},{"@type":"Person","name":"Magnus Brekke"}]}</script></head>
            <body><h1>Siste ferja forsvinner</h1><div data-test-tag="byline">
            <div class="byl"><a href="/forfatter/ingrid-solheim"><span>Ingrid Solheim</span></a> <span class="role">Journalist</span></div>
            <div class="byl"><a href="/forfatter/magnus-brekke"><span>Magnus Brekke</span></a>
              <span class="role">Fotograf</span></div></div>
            <p>Fra 1. april blir kveldsavgangen klokken 23.40 kuttet, og pendlerne vet ikke hvordan de skal komme seg hjem.</p></body></html>
            """));

    [Fact]
    public void AJapaneseNameWithTheIterationMarkIsAName() =>
        // "佐々木": 々 repeats the ideograph before it, as common in surnames as any ideograph.
        Assert.Equal(["山本遥", "佐々木健太"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"部活動の地域移行",
            "author":[{"@type":"Person","name":"山本遥"},{"@type":"Person","name":"佐々木健太"}]}</script></head>
            <body><h1>部活動の地域移行</h1><p>公立中学校の部活動を地域のクラブなどに移す「地域移行」について、全国の自治体の3割が実施のめどが立っていないことがわかった。</p></body></html>
            """));

    [Fact]
    public void ASecondContributorByAShortGivenNameIsACoAuthor() =>
        // BBC's contributors, each a name over a role: "Sam" and "Rhys" are given names as "Samuel" is.
        Assert.Equal(["Emma Lowther", "Sam Hartley", "Rhys Evans"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Spa Bridge to close","author":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script></head>
            <body><h1>Spa Bridge to close</h1><div data-testid="byline-new-contributors">
            <div class="sc-contributor"><span>Emma Lowther</span><div class="sc-8 role">BBC News, Yorkshire</div></div>
            <div class="sc-contributor"><span>Sam Hartley</span><div class="sc-8 role">Local Democracy Reporting Service</div></div>
            <div class="sc-contributor"><span>Rhys Evans</span><div class="sc-8 role">BBC Wales</div></div></div>
            <p>A Victorian footbridge in Scarborough will close for 18 months while it is repaired, the council said.</p></body></html>
            """));

    [Fact]
    public void TheSitesNameAfterADashClosesTheByline()
    {
        Assert.Equal(["Retno Ayuningtyas"], Authors("""
            <html><head><meta property="og:site_name" content="detikfinance"></head>
            <body><h1>KAI siapkan tiket</h1><div class="detail__author">Retno Ayuningtyas - detikFinance</div>
            <p>PT Kereta Api Indonesia menyiapkan 3,4 juta tiket untuk libur Natal dan Tahun Baru.</p></body></html>
            """));

        // The publisher's group before the site's name is no person.
        Assert.Empty(Authors("""
            <html><head><meta property="og:site_name" content="La Estrella de Panamá"><meta name="author" content="GESE - La Estrella de Panamá"></head>
            <body><h1>El espacio físico</h1><p>El espacio físico es un agente que determina la dinámica en el entorno laboral.</p></body></html>
            """));
    }

    [Fact]
    public void TheSitesNameBeforeADashOpensTheByline() =>
        Assert.Equal(["أمين الوردي"], Authors("""
            <html><head><meta property="og:site_name" content="هسبريس"><title>حقينة السدود ترتفع | هسبريس</title></head>
            <body><h1>حقينة السدود ترتفع</h1><span class="author"><a href="/author/amine">هسبريس - أمين الوردي</a></span>
            <p>ارتفعت نسبة ملء السدود بالمملكة إلى 38 في المائة بعد التساقطات المطرية الأخيرة التي شهدتها عدة مناطق.</p></body></html>
            """));

    [Fact]
    public void AFactCheckerLinkedInTheBylineIsNoAuthor() =>
        Assert.Equal(["Grace Whitmore"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Fermented foods","author":{"@type":"Person","name":"Grace Whitmore"}}</script>
            </head>
            <body><script>var page = {"factChecker":"Anna Lindqvist"};</script><h1>Fermented foods</h1><div class="css-byline"><span>Written by <a href="/authors/grace-whitmore">Grace Whitmore</a> on November 20, 2025</span>
            <span><a href="/fact-checking">Fact checked by</a> <a href="/authors/anna-lindqvist">Anna Lindqvist, PhD</a></span></div>
            <p>Eating fermented foods every day was tied to lower markers of inflammation in adults over sixty.</p></body></html>
            """));

    [Fact]
    public void AJsonLdAuthorGivenByReferenceIsResolved() =>
        Assert.Equal(["Christoph Hein"], Authors("""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Article","headline":"Können Fische Schmerzen spüren?","author":{"@id":"https://a.example/#/schema/person/fb3"}},
            {"@type":["Person","Organization"],"@id":"https://a.example/#/schema/person/fb3","name":"Christoph Hein"}]}</script></head><body></body></html>
            """));

    [Fact]
    public void TheWrittenByRowOfTheSharingTagsNamesTheAuthor() =>
        Assert.Equal(["Christoph Hein"], Authors("""
            <html><head><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Christoph Hein">
            <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="8 Minuten"></head><body></body></html>
            """));

    [Fact]
    public void AnAuthorLinkAfterTheHeadlineWinsOverATeaserBeforeIt() =>
        Assert.Equal(["Emily Burack"], Authors("""
            <html><body><div class="sidebar"><div class="byline"><a href="https://blogs.example/author/bertin-sanders/">Bertin Sanders</a></div></div>
            <h1>State of Washington swears in a justice</h1>
            <span class="byline"> By <a href="https://www.example/writers/emily-burack/">Emily Burack</a></span><p>Body.</p></body></html>
            """));

    [Theory]
    [InlineData("data-testid=\"byline\"")]
    [InlineData("data-component=\"byline-block\"")]
    [InlineData("data-qa=\"author-name\"")]
    public void AComponentMarkedAsBylineInADataAttributeNamesTheAuthor(string mark) =>
        Assert.Equal(["Hyung-Jin Kim"], Authors($"""
            <html><body><h1>North Korea's Kim orders sharp increase in missile production</h1>
            <div {mark}><span>Hyung-Jin Kim</span><span>Associated Press</span></div><p>Body.</p></body></html>
            """));

    [Fact]
    public void TheAuthorsRoleInItsOwnPartOfTheBylineNamesNoOne() =>
        Assert.Equal(["Jane Doe"], Authors("""
            <html><body><h1>State of Washington swears in a justice</h1><div class="byline">
            <span class="byline__author-name">Jane Doe</span><span class="byline__author-role">Senior Editor, Politics</span></div>
            <p>Body.</p></body></html>
            """));

    [Fact]
    public void BesideAnAuthorFieldOnlyAnotherFieldIsACoAuthor() =>
        Assert.Equal(["Lynne Eldridge MD"], Authors("""
            <html><body><h1>What is lung cancer?</h1><div>
            <a href="/bio/lynne" data-component="byLine" rel="author"><span itemprop="name">Lynne Eldridge MD</span></a>
            <a href="/" class="byline-site">Lung Cancer Specialist</a></div><p>Body.</p></body></html>
            """));

    [Fact]
    public void AuthorsPrintedSideBySideAreAllKept() =>
        Assert.Equal(["KEVIN SACK", "ADAM NOSSITER"], Authors("""
            <html><body><h1>Ebola story</h1><p class="byline-dateline">
            <span class="byline" itemprop="author"><a rel="author" href="/s/kevin_sack"><span itemprop="name">KEVIN SACK</span></a>, </span>
            <span class="byline" itemprop="author"><a rel="author" href="/n/adam_nossiter"><span itemprop="name">ADAM NOSSITER</span></a></span></p>
            <div class="comments"><span class="author">Commenter Name</span></div></body></html>
            """));

    [Fact]
    public void AuthorsInCardsOfTheirOwnAreAllKept() =>
        Assert.Equal(["Linnea Holmberg", "Jonas Ek"], Authors("""
            <html><body><h1>Snow closes the railway</h1><ul class="bylines">
            <li class="byline"><img src="/a.png" alt=""><div><a href="/av/linnea-holmberg" rel="author">Linnea Holmberg</a><span class="email">linnea@example.se</span></div></li>
            <li class="byline"><img src="/b.png" alt=""><div><a href="/av/jonas-ek" rel="author">Jonas Ek</a><span class="email">jonas@example.se</span></div></li>
            </ul><p>Body.</p></body></html>
            """));

    [Theory]
    [InlineData("<h2>Another story</h2>")]
    [InlineData("<a href=/other-story>Another story</a>")]
    public void AuthorsInTeaserCardsAreNotCoAuthors(string teaser) =>
        Assert.Equal(["Linnea Holmberg"], Authors($$"""
            <html><body><h1>Snow closes the railway</h1><ul class="bylines">
            <li class="byline"><div><a href="/av/linnea-holmberg" rel="author">Linnea Holmberg</a></div>{{teaser}}</li>
            <li class="byline"><div><a href="/av/jonas-ek" rel="author">Jonas Ek</a></div>{{teaser}}</li>
            </ul><p>Body.</p></body></html>
            """));

    [Fact]
    public void AnAgencyNamedInFullIsNoAuthorNorAPartOfOne() =>
        Assert.Empty(Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"Australian Associated Press"}]}</script></head>
            <body><h1>H</h1><address><a rel="author" href="/profile/aap">Australian Associated Press</a></address><p>Body.</p></body></html>
            """));

    [Theory]
    [InlineData("<figcaption>Firefighters at the station. Foto: Hallvard Bakke / VG</figcaption><div class=credit>Foto: <a href=/f/hb>Hallvard Bakke</a></div>", "Ingrid Solberg|Martin Haugen")]
    [InlineData("<figcaption>Photos by Hallvard Bakke and Ingrid Solberg</figcaption>", "Martin Haugen")]
    [InlineData("<p class=byline>By Hallvard Bakke</p><figcaption>Photo: Hallvard Bakke</figcaption>", "Ingrid Solberg|Martin Haugen|Hallvard Bakke")]
    [InlineData("<figcaption><span>Firefighters at the station.</span> <span>Beeld Hallvard Bakke</span></figcaption>", "Ingrid Solberg|Martin Haugen")]
    [InlineData("<p>No credits printed.</p>", "Ingrid Solberg|Martin Haugen|Hallvard Bakke")]
    public void APersonTheMetadataListsButThePageCreditsOnlyForPicturesIsNoAuthor(string credits, string expected) =>
        Assert.Equal(expected.Split('|'), Authors($$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"Ingrid Solberg"},{"@type":"Person","name":"Martin Haugen"},{"@type":"Person","name":"Hallvard Bakke"}]}</script></head>
            <body><h1>H</h1>{{credits}}<p>Body.</p></body></html>
            """));

    [Theory]
    [InlineData("/eu/egilea/peio-etxart")]
    [InlineData("/skribent/ingrid-solberg")]
    [InlineData("/toimittaja/anni-korhonen")]
    public void ALinkToTheAuthorsPageNamedInTheSitesLanguageIsAByline(string href) =>
        Assert.Single(Authors($"""
            <html><body><h1>H</h1><div class="field field--name-field-x"><div class="field__label">Egilea</div>
            <div class="field__item"><a href="{href}">Peio Etxart</a></div></div><p>Body.</p></body></html>
            """));

    [Fact]
    public void AUserNameInTheMetadataYieldsToTheNamePrintedOnThePage() =>
        Assert.Equal(["Edilson La Rosa"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"edilson.la.rosa"}}</script></head>
            <body><h1>H</h1><a class="author-name" href="/autor/edilson-la-rosa/">Edilson La Rosa</a></body></html>
            """));

    [Theory]
    [InlineData("Glamour Magazine", "Sophia Chabbott", "Sophia Chabbott")]
    [InlineData("Frankfurter Allgemeine Zeitung GmbH", "Karin Finkenzeller", "Karin Finkenzeller")]
    [InlineData("Glamour Magazine", "Redaktion Berlin", "Glamour Magazine")]
    [InlineData("Prashant Jha", "Jesse Coghlan", "Prashant Jha")]
    [InlineData("Todd", "Todd Bates", "Todd Bates")]
    [InlineData("Todd", "Jesse Coghlan", "Todd")]
    [InlineData("Redacción", "María Fernanda López", "María Fernanda López")]
    [InlineData("Redacción", "Redacción Madrid", "Redacción")]
    public void AnOrganisationOrAGivenNameAloneInTheAuthorFieldYieldsToAPersonPrintedOnThePage(string field, string printed, string expected) =>
        Assert.Equal([expected], Authors($$"""
            <html><head><meta name="author" content="{{field}}"></head>
            <body><h1>Headline of the story</h1><a class="author-name" href="/author/x/">{{printed}}</a><p>Text.</p></body></html>
            """));

    [Fact]
    public void AUserNameAloneIsStillTheAuthor() =>
        Assert.Equal(["jesusfreak"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"Recipe","name":"Kuchen"}</script>
            <script type="application/ld+json">{"@type":"Article","headline":"Kuchen","author":{"@type":"Person","name":"jesusfreak"}}</script></head><body></body></html>
            """));

    [Fact]
    public void AShortByLineNearTheHeadlineNamesTheAuthor() =>
        Assert.Equal(["Daniela Obers"], Authors("""
            <html><body><h1>So lernen wir Grenzen zu setzen</h1><div><p><i>von Daniela Obers</i></p><h2>Grenzen, das Fundament</h2><p>Text.</p></div></body></html>
            """));

    [Fact]
    public void AWireBylineSignedWithItsAgencyNamesTheAuthor() =>
        Assert.Equal(["Hyung-Jin Kim"], Authors("""
            <html><body><h1>Kim orders more missiles</h1><p class="x1">Hyung-Jin Kim, The Associated Press</p><p>SEOUL (AP) — Text.</p></body></html>
            """));

    [Fact]
    public void ALiveBlogsContributorsLineNamesTheAuthors() =>
        Assert.Equal(["Aled Morgan", "Sophie Grant"], Authors("""
            <html><body><h1>Storm Bram live: trains cancelled</h1><span class="lx-c-header__contributors">Reporting by Aled Morgan and Sophie Grant</span>
            <p>Body text of the story.</p></body></html>
            """));

    [Theory]
    // Spanish and Italian "firma", the signature a story is printed under, as a CMS field or a class of its own.
    [InlineData("<div class=\"field field--name-field-firma field__item\">Texto: Mariela Quispe Rocha / Fotos: Javier Mamani Choque</div>")]
    [InlineData("<div class=\"firma\">Por Mariela Quispe Rocha</div>")]
    public void ASignatureFieldNamesTheAuthor(string byline) =>
        Assert.Equal(["Mariela Quispe Rocha"], Authors($"""
            <html lang="es"><body><h1>Bloqueo de diésel en Cochabamba</h1>{byline}
            <p>Los transportistas bloquearon este lunes las salidas de la ciudad por la falta de diésel.</p></body></html>
            """));

    [Fact]
    public void ASlovenianAuthorClassNamesTheAuthor() =>
        Assert.Equal(["Peter Zupan"], Authors("""
            <html lang="sl"><body><h1>Smučišče odpira sezono</h1><div class="submitted"><span class="avtor">Peter Zupan / STA</span> | <span class="datum">02.12.2025 | 15:20</span></div>
            <p>Maribor, 2. decembra (STA) - Smučišče na Pohorju bo v soboto odprlo novo sezono.</p></body></html>
            """));

    [Fact]
    public void ASignatureClassThatOpensACompanysNameIsNoByline_Guard() =>
        Assert.Empty(Authors("""
            <html lang="de"><body><h1>Neue Filiale eröffnet</h1><div class="firma-name">Anna Berger</div>
            <p>Die Bäckerei hat am Montag ihre dritte Filiale in der Altstadt eröffnet.</p></body></html>
            """));

    [Fact]
    public void TheAuthorsInitialsAreNotTheirName() =>
        Assert.Equal(["Leila Farahani"], Authors("""
            <html><body><h1>Caravanserai restored</h1><p>TEHRAN – The restoration of the Safavid-era caravanserai is complete.</p>
            <p class="item-author-initials">ABU/</p><div class="item-author"><span>By</span> <a href="/author/63/Leila-Farahani" rel="author">Leila Farahani</a></div>
            </body></html>
            """));

    [Theory]
    [InlineData("<ol class='commentlist'><li><span class='comment-author'>Jane Reader</span></li></ol>")]
    // Comments named in other words: a French portal's "réactions".
    [InlineData("<div class='bloc-reactions'><div class='reaction'><div class='auteur-reaction'><b>Konan Didier</b> - 06/05/2025</div></div></div>")]
    // A section whose id is the local word for comments.
    [InlineData("<div id='comentarios'><div class='comentario'><span class='autor_com'>PepeG</span> <span class='fecha_com'>15/02/2026 21:31</span></div></div>")]
    public void ACommenterIsNoAuthor(string thread) =>
        Assert.Empty(Authors("<html><body><h1>Story</h1><p>Body text of the story.</p>" + thread + "</body></html>"));

    [Fact]
    public void TheParselyPageObjectNamesTheAuthorOnlyWhenNothingElseDoes()
    {
        const string Page = "<meta name='parsely-page' content='{\"author\":\"Ann Coulter\"}'>";
        Assert.Equal(["Ann Coulter"], Authors("<html><head>" + Page + "</head><body><h1>Story</h1><p>Body text of the story.</p></body></html>"));
        Assert.Equal(["Jane Doe", "John Roe"], Authors("<html><head>" + Page + "</head><body><h1>Story</h1>" +
            "<p class='byline'>By Jane Doe and John Roe</p><p>Body text of the story.</p></body></html>"));
    }

    [Fact]
    public void AnAuthorBoxsLinksAreNoNames() =>
        Assert.Equal(["Ann Coulter"], Authors("""
            <html><head><meta name='parsely-page' content='{"author":"Ann Coulter"}'></head><body><h1>Story</h1>
            <div class="author-box"><div class="authortitle">Political Commentator</div><ul class="author"><li><a href="/author/acoulter/">See All Articles</a></li>
            <li><a href="/author/acoulter/feed/">Subscribe to RSS</a></li></ul></div><p>Body text of the story.</p></body></html>
            """));

    [Fact]
    public void DublinCoreCreatorComesBeforeTheAuthorMetaTag() =>
        Assert.Equal(["Creator Name"], Authors("""
            <html><head><meta name="author" content="Site Default"><meta property="dc:creator" content="Creator Name"></head><body></body></html>
            """));

    [Fact]
    public void ABylineBlockThatHoldsAnAuthorFieldYieldsToTheField() =>
        Assert.Equal(["Alex Perry"], Authors("""
            <html><body><h1>Nintendo's first iPhone game</h1><div class="authorinfo"><a href="http://partner.example">Tech Insider</a>
            <span itemprop="author" itemscope><span itemprop="name">Alex Perry</span></span></div><p>Body.</p></body></html>
            """));

    [Fact]
    public void AnAuthorPropertyAmongOthersMarksAnAuthorField() =>
        Assert.Equal(["KEVIN SACK", "SHERI FINK", "PAM BELLUCK"], Authors("""
            <html><body><h1>Ebola story</h1><p class="byline-dateline">
            <span class="byline" itemprop="author creator" itemscope>By <a rel="author" href="/s/kevin_sack"><span itemprop="name">KEVIN SACK</span></a>, </span><span class="byline" itemprop="author creator" itemscope><a rel="author" href="/f/sheri_fink"><span itemprop="name">SHERI FINK</span></a>, </span><span class="byline" itemprop="author creator" itemscope><a rel="author" href="/b/pam_belluck"><span itemprop="name">PAM BELLUCK</span></a></span></p>
            <p>Body.</p></body></html>
            """));

    [Fact]
    public void AMoreByLinkBesideTheAuthorAddsNoOtherName() =>
        Assert.Equal(["Richard Eskow"], Authors("""
            <html><body><h1>The sharing economy</h1><div><span><a rel="author" href="/writer/richard_eskow/">Richard Eskow</a></span>
            <span><a class="byline" href="/writer/richard_eskow/">More Richard Eskow</a></span></div><p>Body.</p></body></html>
            """));

    [Fact]
    public void AnAuthorTagThatRepeatsTheTitlesSiteNameYieldsToThePrintedByline() =>
        Assert.Equal(["CHRISTOPHER WEBER", "JOHN ANTCZAK"], Authors("""
            <html><head><title>Wildfire near Los Angeles forces evacuations | The Valley Ledger</title><meta name="author" content="The Valley Ledger"></head>
            <body><h1>Wildfire near Los Angeles forces evacuations</h1><p class="by">By CHRISTOPHER WEBER and JOHN ANTCZAK Associated Press</p>
            <p>LOS ANGELES (AP) — A fast-moving wildfire tore through a hillside neighborhood on Tuesday.</p></body></html>
            """));

    [Fact]
    public void ABloggersNameAfterTheTitleStaysTheAuthorWhenNoBylineIsPrinted() =>
        Assert.Equal(["Nicolas Perriault"], Authors("""
            <html><head><title>Get your Frontend JavaScript Code Covered | Nicolas Perriault</title><meta name="author" content="Nicolas Perriault"></head>
            <body><h1>Get your Frontend JavaScript Code Covered</h1><p>So finally you're testing your frontend JavaScript code? Great!</p></body></html>
            """));

    [Fact]
    public void ATeaserThatRepeatsTheHeadlineAboveTheStoryIsNotItsHeader() =>
        Assert.Equal(["Nataliya Vasilyeva"], Authors("""
            <html><head><title>Space ship breaks up over Siberia</title></head><body>
            <ul class="stream"><li><h3><a href="/news/space-ship-150638637.html">Space ship breaks up over Siberia</a></h3></li></ul>
            <ul class="follow-authors"><li class="author-follow"><a href="/tagged/michael-isikoff">Michael Isikoff</a></li></ul>
            <article><h1>Space ship breaks up over Siberia</h1><div class="author-name">Nataliya Vasilyeva</div>
            <p>An unmanned Russian cargo ship broke up in the atmosphere minutes after its launch.</p></article></body></html>
            """));

    [Theory]
    [InlineData("Nils Pickert ist freier Autor und Journalist.", "Nils Pickert")]
    [InlineData("Stefanus Stahl - Maschinenbauer und Abenteurer.", "Stefanus Stahl")]
    [InlineData("Nils writes about families and fairness.", "Nils")]
    public void APersonShownByFirstNameTakesTheFullNameTheBiographyOpensWith(string bio, string expected) =>
        Assert.Equal([expected], Authors($$$"""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Article","headline":"Kulturtechnik","author":{"@id":"https://a.example/#/schema/person/1"}},
            {"@type":"Person","@id":"https://a.example/#/schema/person/1","name":"{{{bio.Split(' ')[0]}}}","description":"{{{bio}}}"}]}</script></head><body></body></html>
            """));

    [Fact]
    public void AnOrganisationAsJsonLdAuthorYieldsToThePrintedByline() =>
        Assert.Equal(["Juliane Ziegengeist"], Authors("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Romeo is back",
            "author":{"@type":"Organization","name":"Motorsport-Total.com"}}</script></head><body>
            <h1>Romeo is back</h1><div class="author">von <a href="/ueber-uns/autor/juliane-ziegengeist">Juliane Ziegengeist</a></div>
            <p>The team confirmed on Monday that its driver would return for the final race of the season.</p></body></html>
            """));

    [Fact]
    public void ABylineInsideALinkNamesTheAuthorOfAnotherStory() =>
        Assert.Empty(Authors("""
            <html><head><title>Scholz in Washington</title></head><body><h1>Scholz in Washington</h1>
            <p>The chancellor met the president on Friday to talk about trade and climate policy.</p>
            <a href="/politik/scholz-gruen"><div class="teaser-content"><h3>Die wunderbare Wandlung des Olaf Scholz</h3>
            <div class="author-name">Von Andreas Hoffmann</div></div></a></body></html>
            """));

    [Theory]
    [InlineData("<div class='fn org country-name'>New Zealand</div>")]
    [InlineData("<div class='navbox authority-control'>New Zealand</div>")]
    [InlineData("<div class='author'>Źródło: Statista.com</div>")]
    public void OrganisationsAuthorityBoxesAndSourcesAreNoAuthors(string element) =>
        Assert.Empty(Authors("<html><head><title>Wellington</title></head><body><h1>Wellington</h1>" + element +
            "<p>Wellington is the capital city of New Zealand and lies at the south-western tip of the North Island.</p></body></html>"));

    [Theory]
    [InlineData("Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45", "Pamela Sladky")]
    [InlineData("Posted by <b>Konstantin</b>", "Konstantin")]
    [InlineData("Escrito por <b>Ana María Pérez</b>", "Ana María Pérez")]
    [InlineData("Texte : Ana María Pérez", "Ana María Pérez")]
    [InlineData("Contributor: <a href='/c/ap'>Ana María Pérez</a>", "Ana María Pérez")]
    [InlineData("Ein Bericht von Pamela Sladky", "Pamela Sladky")]
    [InlineData("<span>Pamela Sladky</span> | 27.01.2022 um 14:26", "Pamela Sladky")]
    [InlineData("Pamela Sladky · April 11, 2025 · 3 min read", "Pamela Sladky")]
    public void AnUnmarkedBylineLineInMoreLanguagesIsFound(string line, string expected) =>
        Assert.Equal([expected], Authors("<html><body><h1>Übung macht den Meister</h1><div class='metaInfo'>" + line +
            "</div><p>Die Übung stärkt die Rückenmuskulatur des Pferdes und verbessert die Balance.</p></body></html>"));

    [Fact]
    public void ASectionNamedBeforeTheDateIsNoAuthor() =>
        Assert.Empty(Authors("<html><body><h1>Borrell: no aplazar las parlamentarias empeorará la situación</h1><div class='meta'>" +
            "<a href='/category/el-mundo/'>El Mundo</a> <a href='/category/politica/'>Política</a> | octubre 7, 2020 | 7:09 am</div>" +
            "<p>El jefe de la diplomacia europea dijo que aplazar las elecciones empeoraría la situación en el país.</p></body></html>"));

    [Fact]
    public void TheWritersNameInTheAgencysBylineBoxIsTheAuthor() =>
        Assert.Equal(["Matthew Daly"], Authors("<html><body><h1>House passes the bill</h1><span class='c-byline'>By <span class='c-byline__item'><a href='/authors/ap'>" +
            "<span class='c-byline__author-name'>Associated Press</span></a></span><span class='c-byline__item'><time datetime='2020-06-24T20:53:52'>Jun 24, 2020</time></span>" +
            "<div class='c-byline__additional'><strong class='byline-name'>Matthew Daly</strong></div></span>" +
            "<p>The House passed the bill on Wednesday after a long debate in the chamber.</p></body></html>"));

    [Fact]
    public void ASiteDatingItsOwnPostIsNoAuthor() =>
        Assert.Empty(Authors("<html><head><title>Cup-Vorschau: Bruderduell in Stans - Handball Schweiz</title></head><body>" +
            "<h1>Cup-Vorschau: Bruderduell in Stans</h1><div class='meta'>Handball Schweiz • 02.02.2022</div>" +
            "<p>Die Halle in Stans wird voll sein, wenn die beiden Brüder im Cup gegeneinander antreten.</p></body></html>"));

    [Theory]
    [InlineData("<span>By</span><span><a href='/about/newsteam/alex-bozarjian'>Alex Bozarjian</a></span>")]
    [InlineData("<span class='label'>Von:</span> <b>Alex Bozarjian</b>")]
    public void AnOpenerInAnElementOfItsOwnReadsTheNameBesideIt(string line) =>
        Assert.Equal(["Alex Bozarjian"], Authors("<html><body><div><h1>Salon chain bans men from its locations</h1></div><div><div><img alt='Alex Bozarjian Image' src='/a.jpg'></div><div>" +
            line + "<span><img alt='KTRK logo' src='/k.png'></span></div><div>Thursday, November 9, 2023 4:41AM</div></div>" +
            "<p>The salon chain says it will no longer allow men into any of its locations after an incident last week.</p></body></html>"));

    [Fact]
    public void ABylineLineEndsAtItsLineBreak() =>
        Assert.Equal(["Patti Domm"], Authors("<html><body><h1>Fed's statement on Operation Twist</h1><span>By: <a href='/id/1583'>Patti Domm</a>" +
            "<br>CNBC Executive News Editor</span><p>The Federal Reserve took direct aim at mortgages on Wednesday.</p></body></html>"));

    [Theory]
    [InlineData("<table><tr><th><span>Di</span><span>Dienstag</span></th><td>14.30 - 16.00 Uhr</td></tr></table>")]
    [InlineData("<div><span>von </span><span><a href='/user/KB_Redaktion.html'>KB_Redaktion</a></span></div>")]
    public void AWeekdayOrAUserNameIsNoBylineLine(string block) =>
        Assert.Empty(Authors("<html><body><h1>Öffnungszeiten des Reparaturcafés</h1>" + block +
            "<p>Das Reparaturcafé hilft bei defekten Geräten aller Art und trifft sich jeden Dienstag.</p></body></html>"));

    [Fact]
    public void EveryAuthorTagCountsAndCatalogueNamesAreTurnedRound() =>
        Assert.Equal(["F. Kooman", "Michiel de Jong"], Authors("""
            <html><head><meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">
            <title>remoteStorage</title></head><body><h1>remoteStorage</h1><p>The protocol supports storing and retrieving documents.</p></body></html>
            """));

    [Theory]
    [InlineData("Jane Doe, John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Doe, Reuters", new[] { "Doe" })]
    public void ACommaBetweenFullNamesOrBeforeAnAgencyIsNoCatalogueName(string creator, string[] expected) =>
        Assert.Equal(expected, Authors("<html><head><meta name='dc.creator' content='" + creator +
            "'><title>Storm warning</title></head><body><h1>Storm warning</h1><p>The storm reached the coast on Monday.</p></body></html>"));

    [Fact]
    public void ElementsSideBySideInAnAuthorBoxAreSeparateWords() =>
        Assert.Equal(["Isabel Caro", "José Miguel Wilson"], Authors("""
            <html><body><h1>La agenda del gobierno</h1><div class="author-info"><span>Isabel Caro</span><span> y </span><span>José Miguel Wilson</span><span>Hace 13 horas</span></div>
            <p>El gobierno presentó este martes su agenda legislativa para el próximo semestre.</p></body></html>
            """));

    [Theory]
    [InlineData("<div class='meta'><span class='label'>Datum:</span> 19.11.2021<br><span class='label'>Autor:</span> Fritz Imhof<br><span class='label'>Quelle:</span> Livenet</div>")]
    [InlineData("<div class='meta'><h4>Autor</h4><p><a href='/profil/fritz-imhof'>Fritz Imhof</a><b>, </b></p></div>")]
    public void ALabelElementNamesTheAuthorInTheTextAfterIt(string meta) =>
        Assert.Equal(["Fritz Imhof"], Authors("<html><body><h1>Wie die Sprache das Denken prägt</h1>" + meta +
            "<p>Die Sprache prägt unser Denken mehr, als wir im Alltag wahrnehmen, sagt die Publizistin.</p></body></html>"));

    [Fact]
    public void ASeparatorBeforeTheOpenerInAScreenReaderLabelStillOpensTheByline() =>
        Assert.Equal(["Cara Stiles"], Authors("""
            <html><body><h1>A stranger at the bus stop</h1><div class="article_meta_info"><span class="trending">yas!</span>
            <span class="screen-reader-text">| By </span><span>Cara Stiles</span> | <time>April 13, 2020</time></div>
            <p>She could not take her eyes off the woman at the bus stop, and she was sure she had seen her before.</p></body></html>
            """));

    [Theory]
    [InlineData("<span class='field-content'>25.10.2022 - Reiner Nagel</span>", "Reiner Nagel")]
    [InlineData("<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>", "Uta Helkenberg")]
    [InlineData("<div class='gallery-meta'>Posted on September 21, 2020 by Adi Tzlil</div>", "Adi Tzlil")]
    [InlineData("<p class='text-muted'>3. März 2021 – von Jana Berg</p>", "Jana Berg")]
    [InlineData("<div class='meta'>Updated: April 11, 2025 · By Jana Berg, The Associated Press</div>", "Jana Berg")]
    [InlineData("<div class='meta'>Aktualisiert am 11.04.2025 – von Jana Berg</div>", "Jana Berg")]
    public void ADateLineNamesTheAuthorAfterTheDate(string line, string expected) =>
        Assert.Equal([expected], Authors("<html><body><h1>Die Freiheit der Planung</h1>" + line +
            "<p>Die Stadt der Zukunft entsteht in vielen kleinen Schritten, sagt der Architekt im Gespräch.</p></body></html>"));

    [Theory]
    [InlineData("<div class='detay-bilgi-alani'><div><span>Zeynep Ateş, Burak Demirci</span><span class='tarih'> |03.12.2025 - Güncelleme : 03.12.2025</span></div></div>", new[] { "Zeynep Ateş", "Burak Demirci" })]
    [InlineData("<div class='meta'><span>Ana Ruiz y Luis Gómez</span><span> | 03.12.2025</span></div>", new[] { "Ana Ruiz", "Luis Gómez" })]
    public void NamesInTheirOwnElementBeforeTheDateAreTheByline(string line, string[] expected) =>
        Assert.Equal(expected, Authors("<html><body><h1>Yerli deprem erken uyarı sistemi sahada test edildi</h1>" + line +
            "<p>TÜBİTAK desteğiyle geliştirilen sistem, deprem dalgalarını algıladıktan sonra birkaç saniye içinde uyarı üretebiliyor.</p></body></html>"));

    [Theory]
    [InlineData("<div class='font-semibold'>Devon Carter | Staff Writer | February 18, 2026</div>", new[] { "Devon Carter" })]
    [InlineData("<div>Devon Carter | Food Columnist | 18.02.2026</div>", new[] { "Devon Carter" })]
    [InlineData("<div>Devon Carter | Food and Drink | February 18, 2026</div>", new string[0])]
    public void ANameAndItsJobBeforeTheDateAreTheByline(string line, string[] expected) =>
        Assert.Equal(expected, Authors("<html><body><h1>After 61 years, Rosie's Diner will close</h1>" + line +
            "<p>Rosie's Diner, the Elm Street breakfast counter that has opened at 5 a.m. nearly every day since 1965, will close.</p></body></html>"));

    [Fact]
    public void ASponsoredLinksBoxSignedByItsNetworkNamesNoAuthor() =>
        Assert.Empty(Authors("<html><body><h1>Tornado destroys 14 homes in Nebraska town</h1><div class='article-authors'>by: <span>Associated Press</span></div>" +
            "<p>A tornado tore through the small eastern Nebraska town of Ashby Creek late Monday, destroying at least 14 homes.</p>" +
            "<div class='taboola-below'><div>Sponsored Stories <span>by Taboola</span></div><a href='https://trc.taboola.com/1'>Unsold SUVs</a></div></body></html>"));

    [Fact]
    public void ASectionNameBeforeTheDateIsNoByline() =>
        Assert.Empty(Authors("<html><body><h1>Yerli deprem erken uyarı sistemi sahada test edildi</h1><div><span>Bilim Teknoloji</span><span> |03.12.2025</span></div>" +
            "<p>TÜBİTAK desteğiyle geliştirilen sistem, deprem dalgalarını algıladıktan sonra birkaç saniye içinde uyarı üretebiliyor.</p></body></html>"));

    [Theory]
    [InlineData("<span>25.10.2022 - Politik</span>")]
    [InlineData("<span>25.10.2022 - Olympia aktuell</span>")]
    [InlineData("<span>25.10.2022 - NEUE TERMINE</span>")]
    [InlineData("<span>Stadt der Zukunft - Reiner Nagel</span>")]
    public void ADateLineWithoutANameAfterTheDateNamesNoAuthor(string line) =>
        Assert.Empty(Authors("<html><body><h1>Die Freiheit der Planung</h1>" + line +
            "<p>Die Stadt der Zukunft entsteht in vielen kleinen Schritten, sagt der Architekt im Gespräch.</p></body></html>"));

    // Sixty question-and-answer lines: more text than the byline search reads under the headline.
    private static readonly string LongInterview = string.Concat(Enumerable.Range(1, 60).Select(i =>
        $"<p><strong>Frage {i}:</strong> Wie ging es nach der Ankunft im Lager weiter, Woche {i}?</p>"));

    [Fact]
    public void AnAuthorLabelBoxFarBelowTheHeadlineNamesTheAuthor() =>
        Assert.Equal(["Nikolai Huke"], Authors("<html><body><h1>Wir waren fast 40 Tage in Quarantäne</h1>" + LongInterview +
            "<div class='news__meta'><h4 class='news__meta-title'>Autor</h4><p><a href='/profil/nikolai-huke'>Nikolai Huke</a><b>, </b></p></div></body></html>"));

    [Theory]
    [InlineData("<div><u>Autorin: </u>Alys Arden</div>")]
    [InlineData("<div class='comment'>Kommentar <small class='by'>von</small> <cite>Mareike Schulz</cite></div>")]
    [InlineData("<li class='widget'><h2 class='widgettitle'>Autor</h2><ul><li><a href='/about/'>Über-Ich</a></li></ul></li>")]
    public void FarBelowTheHeadlineOnlyAnAuthorLabelBoxWithAFullNameNamesTheAuthor(string box) =>
        Assert.Empty(Authors("<html><body><h1>Wir waren fast 40 Tage in Quarantäne</h1>" + LongInterview + box + "</body></html>"));

    [Fact]
    public void AnAuthorLinkInTheSitesMenuIsNoByline() =>
        Assert.Empty(Authors("""
            <html><body><ul class="mega-menu"><li class="mega-menu-item"><a href="/author/rudolf-linsenbarth/">Rudolf Linsenbarth</a></li></ul>
            <h1>Creditshelf wächst</h1><p>Der Kreditmarktplatz hat im ersten Halbjahr deutlich mehr Kredite vermittelt als im Vorjahr.</p></body></html>
            """));

    [Fact]
    public void AnOpenerInsideALongParagraphReadsNothingAfterTheParagraph() =>
        Assert.Empty(Authors("<html><body><h1>Preis für nachhaltige Finanzprodukte</h1><p>Bild: Logo des Preises für nachhaltige Finanzprodukte " +
            "von <em>Bankmagazin</em> und weiteren Partnern aus der Branche</p><p class='flap'>Weitere Informationen</p></body></html>"));

    [Theory]
    [InlineData("<p class='css-p0cgg8'>Jane Morrow and Tom Reyes | Reuters</p>", new[] { "Jane Morrow", "Tom Reyes" })]
    [InlineData("<div class='css-93lk9c'>María Fernández — Staff Writer</div>", new[] { "María Fernández" })]
    public void ABylineSignedWithAnAgencyOrTradeWithoutByNamesTheAuthors(string line, string[] expected) =>
        Assert.Equal(expected, Authors("<html><body><h1>Central bank holds rates steady</h1>" + line +
            "<p>The central bank kept its main rate unchanged on Wednesday and said it expects to cut later this year.</p></body></html>"));
    // Component styles capitalise the byline's class ("Byline__Author"): each author in a box of their own, side by side.
    [Fact]
    public void CapitalisedAuthorBoxesSideBySideAreCoAuthors() =>
        Assert.Equal(["Oliver Pennington", "Sophie Tanaka"], Authors("<html><body><h1>Youth mobility deal agreed</h1><div class='Byline__Container'>" +
            "<span class='Byline__Author'><a href='/profile/oliver-pennington'>Oliver Pennington</a>, Europe Editor</span><span class='Byline__Divider'> | </span>" +
            "<span class='Byline__Author'><a href='/profile/sophie-tanaka'>Sophie Tanaka</a>, Political Correspondent</span></div>" +
            "<p>Young Britons and Europeans will be able to live and work in each other's countries for up to three years under the deal.</p></body></html>"));

    // A weekly edition prints a byline over each of its articles: with a story between them, the second credits another story.
    [Fact]
    public void BylinesWithAStoryBetweenThemAreNoCoAuthors()
    {
        const string Story = "<p>The kernel's new scheduler landed this week after two years of review on the mailing list, with benchmarks " +
                             "showing gains on desktop workloads and no regressions on the servers the maintainers tested, the developers said.</p>" +
                             "<p>Several distributions plan to ship it in their spring releases, and the maintainers expect the old code to go next year.</p>";
        Assert.Equal(["Nathan Willis"], Authors("<html><body><h1>Weekly edition</h1><div class='FeatureByline'>By <b>Nathan Willis</b></div>" + Story +
            "<div class='FeatureByline'>By <b>Jonathan Corbet</b></div>" + Story + "</body></html>"));
    }

    // The photographer's credit under a caption, in an element named for an author's picture, is no byline.
    [Fact]
    public void APhotoCreditNamedForTheAuthorIsNoByline() =>
        Assert.Empty(Authors("<html><body><h1>El Gobierno limita los pisos turísticos</h1><div class='pie_foto'>Cajetines para llaves en un portal " +
            "de Lavapiés. <span class='autor_foto'>EFE/Fernando Alvarado</span></div>" +
            "<p>El anteproyecto exigirá el voto favorable de tres quintas partes de los propietarios para abrir un piso turístico.</p></body></html>"));
}
