using System.Text;
using AngleSharp;
using Xunit;

namespace ArticleExtract.Tests.Extraction;

public sealed class ExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    // A paragraph long enough to read as story prose: the sentence three times.
    private static string StoryParagraph(string sentence) => "<p>" + string.Concat(Enumerable.Repeat(sentence, 3)) + "</p>";

    private const string Page = """
        <html><head><title>Rain returns to the capital - Daily Example</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Rain returns to the capital</h1>
        <p>BERLIN (dpa) — After weeks of drought, rain finally returned to the capital on Tuesday, filling reservoirs and cooling the streets.</p>
        <p>Forecasters expect more showers later in the week as a front moves in from the west, bringing cooler air with it.</p>
        </article></body></html>
        """;

    [Fact]
    public void RubyReadingsAreNotText()
    {
        const string page = """
            <html lang="ja"><head><title>子どもへの体罰を禁止する法律ができる</title></head><body><article>
            <h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp></ruby>を禁止する法律ができる</h1>
            <p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、親が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。</p>
            <p>最近、親に虐待された子どもを児童相談所が守ることができなくて、子どもが亡くなる事件が続いています。このため、法律では児童相談所の力を強くしました。</p>
            <p>法律では虐待をした親に専門家が子どもの育て方を教えたり、子どもを守る仕事をする専門の職員を増やしたりすることも決まりました。</p>
            </article></body></html>
            """;

        var article = Extractor.Extract(page).Article!;

        Assert.StartsWith("子どもへの虐待をなくすための法律ができて、", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("子どもへの体罰を禁止する法律ができる", article.Headline);
    }

    [Fact]
    public void TextComesInUnicodeFormC()
    {
        // "Mu\u0308nchen": the umlaut as a combining mark, as text pasted from some editors carries it.
        var decomposed = "Mu\u0308nchen";
        var page = "<html><head><title>Neue U-Bahn fu\u0308r " + decomposed + "</title></head><body><article><h1>Neue U-Bahn fu\u0308r " + decomposed +
                   "</h1>" + StoryParagraph("Die Stadt " + decomposed + " baut eine neue U-Bahn-Linie quer durch die Innenstadt. ") +
                   StoryParagraph("Der Stadtrat hat den Bau am Dienstag nach langer Debatte beschlossen. ") + "</article></body></html>";

        var article = Extractor.Extract(page).Article!;

        Assert.Equal("Neue U-Bahn für München", article.Headline);
        Assert.StartsWith("Die Stadt München baut", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("Die Stadt München baut", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithALoneSurrogateIsKeptAsItIs()
    {
        // A lone surrogate has no normal form: the text stays as the page gave it rather than failing the page.
        var page = "<html><head><title>Broken bytes</title></head><body><article><h1>Broken bytes</h1>" +
                   StoryParagraph("The council approved the budget \uD800 on Tuesday after a long debate. ") +
                   StoryParagraph("The vote on the new library was put off until the spring session. ") + "</article></body></html>";

        var article = Extractor.Extract(page).Article!;

        Assert.Contains("budget \uD800 on Tuesday", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyInputIsAFailureNotAnException()
    {
        Assert.Equal(FailureReason.EmptyInput, Extractor.Extract(string.Empty).Failure?.Reason);
        Assert.Equal(FailureReason.EmptyInput, Extractor.Extract("  \n\t ").Failure?.Reason);
        Assert.Equal(FailureReason.EmptyInput, Extractor.Extract(Array.Empty<byte>()).Failure?.Reason);
    }

    [Fact]
    public void BinaryInputIsRecognised()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        var result = Extractor.Extract(png);
        Assert.False(result.Succeeded);
        Assert.Equal(FailureReason.BinaryInput, result.Failure.Reason);
    }

    [Fact]
    public void PlainTextGivesAnArticleOrAFailureNeverAnException()
    {
        var result = Extractor.Extract("Just a line of plain text, no markup at all, but a full sentence of it.");
        Assert.True(result.Succeeded || result.Failure is not null);
    }

    [Fact]
    public void NavigationOnlyPageHasNoArticle()
    {
        var result = Extractor.Extract("<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav></body></html>");
        Assert.Equal(FailureReason.NoArticleFound, result.Failure?.Reason);
    }

    [Fact]
    public void A_page_without_a_story_keeps_its_metadata_as_a_partial_article()
    {
        const string Page =
            "<html lang='en'><head><title>Highlights: the cup final | Sports Site</title>" +
            "<meta property='og:title' content='Highlights: the cup final'>" +
            "<meta property='article:published_time' content='2024-05-18T21:30:00+01:00'>" +
            "<meta name='author' content='Jane Roe'></head>" +
            "<body><nav><a href='/'>Home</a><a href='/video'>Video</a></nav><video src='final.mp4'></video></body></html>";

        var result = Extractor.Extract(Page);

        Assert.Equal(FailureReason.NoArticleFound, result.Failure?.Reason);
        Assert.Null(result.Article);
        var partial = Assert.IsType<Article>(result.Partial);
        Assert.Equal("Highlights: the cup final", partial.Headline);
        Assert.Equal("2024-05-18T21:30:00+01:00", partial.Published?.ToString());
        Assert.Equal("Jane Roe", partial.Byline);
        Assert.Empty(partial.Paragraphs);
        Assert.Equal("en", partial.Language);
    }

    [Fact]
    public void Refused_input_has_no_partial_article()
    {
        Assert.Null(Extractor.Extract(string.Empty).Partial);
        Assert.Null(Extractor.Extract(new byte[] { 0, 1, 2, 3, 0, 0, 0, 5, 0xFF, 0xFE, 0, 0 }).Partial);
        Assert.Null(Extractor.Extract("<p>A story that is found.</p>").Partial);
    }

    [Fact]
    public void OversizedInputIsRefusedWithoutReadingItAll()
    {
        var small = new ArticleExtractor(new ArticleExtractorOptions { MaxInputBytes = 1024 });
        Assert.Equal(FailureReason.InputTooLarge, small.Extract(new byte[4096]).Failure?.Reason);
        Assert.Equal(FailureReason.InputTooLarge, small.Extract(new string('x', 4096)).Failure?.Reason);
        using var stream = new MemoryStream(new byte[1_000_000]);
        Assert.Equal(FailureReason.InputTooLarge, small.Extract(stream).Failure?.Reason);
        Assert.True(stream.Position <= 1_000_000);
    }

    [Fact]
    public void InvalidOptionsThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(new ArticleExtractorOptions { MaxInputBytes = 0 }));
        Assert.Throws<ArgumentException>(() => new ArticleExtractor(new ArticleExtractorOptions { FallbackEncoding = "no-such-charset" }));
        Assert.Throws<ArgumentNullException>(() => Extractor.Extract((string)null!));
    }

    [Fact]
    public void StringBytesAndStreamAgree()
    {
        var fromString = Extractor.Extract(Page).Article;
        var fromBytes = Extractor.Extract(Encoding.UTF8.GetBytes(Page)).Article;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Page));
        var fromStream = Extractor.Extract(stream).Article;
        Assert.NotNull(fromString);
        Assert.Equal(fromString.Text, fromBytes?.Text);
        Assert.Equal(fromString.Text, fromStream?.Text);
        Assert.Equal("Rain returns to the capital", fromString.Headline);
        Assert.Equal(new Dateline("BERLIN (dpa) —", "BERLIN", "dpa"), fromString.Dateline);
        Assert.Equal(2, fromString.Paragraphs.Count);
    }

    [Fact]
    public async Task AsyncExtractionHonoursCancellation()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Page));
        var result = await Extractor.ExtractAsync(stream, null, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var again = new MemoryStream(Encoding.UTF8.GetBytes(Page));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Extractor.ExtractAsync(again, null, cancelled.Token));
    }

    [Fact]
    public async Task OneExtractorServesManyThreads()
    {
        var tasks = Enumerable.Range(0, 16).Select(_ => Task.Run(() => Extractor.Extract(Page).Article?.Text, TestContext.Current.CancellationToken));
        var texts = await Task.WhenAll(tasks);
        Assert.All(texts, text => Assert.Equal(texts[0], text));
        Assert.NotNull(texts[0]);
    }

    [Fact]
    public void TheParserHasNoWayToFetchAnything()
    {
        // Extraction is offline by construction: the browsing context has no document or resource loader.
        var document = ArticleExtract.Parsing.DocumentParser.Parse("<html><head><link rel='stylesheet' href='http://198.51.100.1/x.css'></head><body><img src='http://198.51.100.1/i.png'></body></html>");
        Assert.Null(document.Context.GetService<AngleSharp.Io.IResourceLoader>());
        Assert.Null(document.Context.GetService<AngleSharp.Io.IDocumentLoader>());
    }

    [Fact]
    public void The_first_speaker_of_a_transcript_is_no_dateline()
    {
        const string Page = """
            <html><body><article><h1>How startups find their first users</h1>
            <p>JESSICA LIVINGSTON: The most important thing an early-stage startup should know about marketing is that it should not do much of it at first.</p>
            <p>PAUL GRAHAM: Successful startups almost always start narrow and deep, with a small group of users who love the product.</p>
            <p>JESSICA LIVINGSTON: At the start we advise founders to seek out their first users one at a time, in person if they can.</p>
            </article></body></html>
            """;
        var result = Extractor.Extract(Page);
        Assert.True(result.Succeeded);
        Assert.Null(result.Article.Dateline);
        Assert.StartsWith("JESSICA LIVINGSTON: The most important thing", result.Article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[뉴스엔 김명미 기자]", "김명미")]
    [InlineData("[OSEN=이대선 기자]", "이대선")]
    [InlineData("[스포츠서울 | 김동영 기자]", "김동영")]
    public void A_korean_papers_bracketed_byline_opening_the_story_is_its_byline_not_its_text(string opener, string reporter)
    {
        var page = $"""
            <html lang="ko"><head><meta charset="utf-8"><title>루미나 하린 활동 중단</title></head><body><article><h1>루미나 하린 활동 중단</h1>
            <p>{opener} 그룹 루미나 멤버 하린이 건강상의 이유로 당분간 활동을 중단한다고 소속사가 14일 밝혔다.</p>
            <p>소속사는 공식 팬 커뮤니티를 통해 하린이 최근 컨디션 난조로 병원을 찾았고 충분한 휴식이 필요하다는 소견을 받았다고 전했다.</p>
            <p>이에 따라 루미나는 다음 달 방콕을 시작으로 하는 아시아 투어를 4인 체제로 소화할 예정이라고 덧붙였다.</p>
            </article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Null(result.Article.Dateline);
        Assert.StartsWith("그룹 루미나 멤버", result.Article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal([reporter], result.Article.Authors);
    }

    [Fact]
    public void A_bracketed_tag_that_names_no_reporter_stays_in_the_story_Guard()
    {
        const string Page = """
            <html lang="ko"><head><meta charset="utf-8"><title>루미나 하린 활동 중단</title></head><body><article><h1>루미나 하린 활동 중단</h1>
            <p>[속보] 그룹 루미나 멤버 하린이 건강상의 이유로 당분간 활동을 중단한다고 소속사가 14일 밝혔다.</p>
            <p>소속사는 공식 팬 커뮤니티를 통해 하린이 최근 컨디션 난조로 병원을 찾았고 충분한 휴식이 필요하다는 소견을 받았다고 전했다.</p>
            </article></body></html>
            """;
        var result = Extractor.Extract(Page);
        Assert.True(result.Succeeded);
        Assert.StartsWith("[속보] 그룹 루미나", result.Article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_writers_credit_named_a_credit_under_the_story_names_its_author()
    {
        var page = $"""
            <html lang="id"><head><meta charset="utf-8"><meta name="author" content="Redaksi Ranah Post"><title>BPBD petakan daerah rawan banjir</title></head><body>
            <article><h1>BPBD petakan daerah rawan banjir</h1>
            {StoryParagraph("Badan Penanggulangan Bencana Daerah memetakan dua belas daerah rawan banjir menjelang puncak musim hujan. ")}
            {StoryParagraph("Menurut dia, BPBD telah menyiagakan personel dan peralatan di setiap daerah rawan termasuk perahu karet. ")}
            <p class="antara-credit">Pewarta: Rizky Maulana Putra<br>Editor: Hendra Wijaya<br>COPYRIGHT © ANTARA 2025</p>
            </article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(["Rizky Maulana Putra"], result.Article.Authors);
        Assert.DoesNotContain(result.Article.Paragraphs, p => p.Contains("Pewarta", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wires_credit_line_named_a_credit_names_its_reporters_and_stays()
    {
        var page = $"""
            <html><head><meta charset="utf-8"><meta name="author" content="Reuters"><title>Nepal landslides kill 14</title></head><body>
            <article><h1>Nepal landslides kill 14</h1>
            <p>KATHMANDU, July 9 (Reuters) - Landslides triggered by heavy rain killed at least 14 people in Nepal on Wednesday, officials said.</p>
            {StoryParagraph("Landslides and floods kill hundreds of people in the Himalayan nation each year during the monsoon season. ")}
            <p class="story-credit">(Reporting by Bikash Thapa; Editing by Martin Petty)</p>
            </article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(["Bikash Thapa"], result.Article.Authors);
        Assert.Equal("(Reporting by Bikash Thapa; Editing by Martin Petty)", result.Article.Paragraphs[^1]);
    }

    [Fact]
    public void A_wire_named_in_hebrew_as_the_author_is_the_storys_source()
    {
        var page = $"""
            <html lang="he" dir="rtl"><head><meta charset="utf-8"><meta name="author" content="רויטרס"><title>הבנק המרכזי האירופי הותיר את הריבית ללא שינוי</title></head><body>
            <article><h1>הבנק המרכזי האירופי הותיר את הריבית ללא שינוי</h1>
            {StoryParagraph("הבנק המרכזי האירופי הותיר היום את הריבית ללא שינוי בפעם השלישית ברציפות, כצפוי. ")}
            {StoryParagraph("הסוחרים בשווקים מתמחרים כעת סיכוי נמוך בלבד להפחתת ריבית נוספת בישיבה הבאה. ")}
            </article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Article.Authors);
        Assert.Equal("רויטרס", result.Article.Byline);
    }

    [Theory]
    [InlineData("kn", "ಪಿಟಿಐ")]
    [InlineData("ml", "പിടിഐ")]
    [InlineData("or", "ୟୁଏନଆଇ")]
    public void An_indian_wire_spelt_in_the_papers_script_is_the_storys_source(string language, string agency)
    {
        var page = $"""
            <html lang="{language}"><head><meta charset="utf-8"><meta name="author" content="{agency}"><title>Gaganyaan test</title></head><body>
            <article><h1>Gaganyaan test</h1>
            {StoryParagraph("ISRO completed the first integrated air drop test for the Gaganyaan crew module on Saturday. ")}
            {StoryParagraph("The parachutes deployed in sequence and the module landed safely in the sea off Sriharikota. ")}
            </article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Article.Authors);
        Assert.Equal(agency, result.Article.Byline);
    }

    [Theory]
    [InlineData("崔媽媽基金會執行長接受中央社記者電話訪問時表示，草案方向值得肯定，但實務上租屋族擔心遭報復而不敢檢舉，主管機關應建立匿名申訴管道，並加強查核。（編輯：陳仁華）1141205",
                "崔媽媽基金會執行長接受中央社記者電話訪問時表示，草案方向值得肯定，但實務上租屋族擔心遭報復而不敢檢舉，主管機關應建立匿名申訴管道，並加強查核。")]
    [InlineData("国土交通省の担当者は記者会見で、ライドシェアの対象地域を段階的に広げ、安全面の基準を見直した上で、政府は来年度の本格導入を目指す方針だと述べた。【時事通信社】",
                "国土交通省の担当者は記者会見で、ライドシェアの対象地域を段階的に広げ、安全面の基準を見直した上で、政府は来年度の本格導入を目指す方針だと述べた。")]
    public void A_wires_note_glued_to_the_last_sentence_goes(string last, string kept)
    {
        var page = $"""
            <html><head><meta charset="utf-8"><title>住宅租賃條例修正草案</title></head><body><article><h1>住宅租賃條例修正草案</h1>
            <p>行政院會今天通過住宅租賃市場發展及管理條例部分條文修正草案，擬強化包租代管業的管理，並加重未依規定經營業者的罰則，保障租屋族權益。</p>
            <p>內政部政務次長在院會後記者會表示，近年租屋市場需求持續增加，全台租屋家戶已超過百萬戶，租賃糾紛也隨之增加，有必要全面檢討現行規定。</p>
            <p>{last}</p>
            </article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(kept, result.Article.Paragraphs[^1]);
    }

    [Theory]
    [InlineData("Luciana Amorim – Repórter da Agência Brasil", "Luciana Amorim")]
    [InlineData("Secretaria Municipal – Educação em Tempo Integral", null)]
    public void A_name_over_the_story_with_a_dash_and_the_writers_trade_is_its_byline(string line, string? author)
    {
        var page = $"""
            <html lang="pt"><head><meta charset="utf-8"><title>Matrículas em tempo integral crescem 14%</title></head><body>
            <article><h1>Matrículas em tempo integral crescem 14%</h1>
            <p><em>{line}</em></p>
            {StoryParagraph("O número de estudantes matriculados em jornada de tempo integral nas redes públicas cresceu neste ano. ")}
            {StoryParagraph("Ao todo, milhões de alunos passaram a ficar ao menos sete horas diárias na escola, segundo o censo. ")}
            </article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(author is null ? [] : [author], result.Article.Authors);
        Assert.DoesNotContain(result.Article.Paragraphs, p => author is not null && p.Contains(author, StringComparison.Ordinal));
    }

    // "Dana Kessler Associated Press" over the story: a name and the wire it files for, with no "By" and no mark; the wire's
    // credit alone ("Por Agencia EFE") names no person.
    [Theory]
    [InlineData("Dana Kessler Associated Press", "Dana Kessler")]
    [InlineData("Mary Ann Whitfield Reuters", "Mary Ann Whitfield")]
    [InlineData("Dana Kessler, Associated Press", "Dana Kessler")]
    [InlineData("Dana Kessler | Associated Press", "Dana Kessler")]
    [InlineData("Por Agencia EFE", null)]
    public void A_name_over_the_story_with_the_wire_it_files_for_is_its_byline(string line, string? author)
    {
        var page = $"""
            <html lang="en"><head><meta charset="utf-8"><title>Senate votes to limit utility shutoffs</title></head><body>
            <article><h1>Senate votes to limit utility shutoffs</h1>
            <div><span>{line}</span></div>
            {StoryParagraph("Electric and natural gas companies could no longer cut off service on days of extreme heat under the bill. ")}
            {StoryParagraph("The measure now goes to the House, where a similar proposal stalled in committee last year. ")}
            </article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(author is null ? [] : [author], result.Article.Authors);
        Assert.DoesNotContain(result.Article.Paragraphs, p => author is not null && p.Contains(author, StringComparison.Ordinal));
    }

    // "<b>Bu haberler de ilginizi çekebilir:</b> <a>…</a> - <a>…</a>" between a Turkish story's <br>-separated paragraphs: the
    // read-also label, its words before the known "ilginizi çekebilir", over links to other stories.
    [Fact]
    public void A_Turkish_read_also_label_over_its_links_goes()
    {
        var page = """
            <html lang="tr"><head><meta charset="utf-8"><title>Maçka'da heyelan: 6 ev boşaltıldı</title></head><body>
            <table><tr><td><h1>Maçka'da heyelan: 6 ev boşaltıldı</h1></td></tr><tr><td class="metin">
            Trabzon'un Maçka ilçesinde etkili olan yağışların ardından meydana gelen heyelan nedeniyle altı ev tedbir amacıyla boşaltıldı.<br><br>
            AFAD İl Müdürlüğü jeoloji mühendislerinin yaptığı ilk incelemede, heyelanın devam etme ihtimali bulunduğu tespit edildi.<br><br>
            <b>Bu haberler de ilginizi çekebilir:</b> <a href="/haber_detay.asp?haberID=40198">Sümela Manastırı ziyarete kapatıldı</a> - <a href="/haber_detay.asp?haberID=40177">Of'ta dere taştı, tarım arazileri su altında kaldı</a><br><br>
            İş makineleriyle yolu açma çalışması başlatılırken, mahalle sakinlerinin ulaşımı alternatif köy yolu üzerinden sağlanıyor.<br><br>
            Meteoroloji, Doğu Karadeniz'de yağışların hafta sonuna kadar aralıklarla süreceğini, dikkatli olunması gerektiğini bildirdi.
            </td></tr></table></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(4, result.Article.Paragraphs.Count);
        Assert.DoesNotContain(result.Article.Paragraphs, p => p.Contains("ilginizi", StringComparison.Ordinal));
    }

    // An old CMS's table cell named in camel case for its writer ("<td class='newsWriter'>") holds the byline.
    [Fact]
    public void A_cell_named_for_the_news_writer_holds_the_byline()
    {
        var page = $"""
            <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح معرض بغداد الدولي للكتاب</title></head><body>
            <table><tr><td class="newsTitle"><h2>افتتاح معرض بغداد الدولي للكتاب</h2></td></tr>
            <tr><td class="newsWriter">زينب محمد</td></tr>
            <tr><td class="newsBody">
            افتتحت في بغداد، أمس الأربعاء، فعاليات الدورة الجديدة من معرض بغداد الدولي للكتاب بمشاركة أكثر من 350 دار نشر عربية وأجنبية من عشرين دولة.<br><br>
            وقال رئيس اللجنة المنظمة للمعرض إن هذه الدورة تتضمن أكثر من مئة فعالية ثقافية بين ندوات وأمسيات شعرية وحفلات توقيع للكتب الجديدة.<br><br>
            وأضاف أن إدارة المعرض خصصت جناحاً لكتب الأطفال وآخر للكتب المترجمة، فضلاً عن جناح خاص بدور النشر العراقية الناشئة.
            </td></tr></table></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(["زينب محمد"], result.Article.Authors);
    }

    [Fact]
    public void A_teaser_cards_source_is_no_credit_of_the_story()
    {
        var page = $"""
            <html><head><title>Trend Micro launches a free Wi-Fi protection app</title></head><body>
            <article><h1>Trend Micro launches a free Wi-Fi protection app</h1>
            {StoryParagraph("Trend Micro said on Thursday it would release an app that protects people using public wireless networks. ")}
            {StoryParagraph("The company said the app encrypts traffic automatically when the phone joins an unknown network. ")}
            </article>
            <ul class="ranking"><li><a href="/story/1"><span class="ttl">Nikkei rebounds as yen weakens</span><span class="source">Reuters</span></a></li></ul>
            </body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Null(result.Article.Byline);
    }

    [Fact]
    public void An_agency_named_in_og_article_author_is_the_storys_credit()
    {
        var page = $"""
            <html><head><title>Obama admits US gun laws are his biggest frustration</title><meta property="og:article:author" content="Reuters"></head><body>
            <article><h1>Obama admits US gun laws are his biggest frustration</h1>
            {StoryParagraph("President Barack Obama said on Friday that his failure to pass gun safety laws was his biggest frustration. ")}
            {StoryParagraph("He said it was distressing not to have resolved the issue despite repeated mass shootings. ")}
            </article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Article.Authors);
        Assert.Equal("Reuters", result.Article.Byline);
    }

    [Fact]
    public void A_stated_article_body_replaces_an_extraction_that_holds_little_of_it()
    {
        var sentences = Enumerable.Range(1, 30).Select(i => $"Sentence number {i} of the stated story tells readers what happened at the harbour on day {i}.");
        var body = string.Join("\\n", sentences); // a JSON line break
        var page = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour story","articleBody":"{{body}}"}</script></head>
            <body><h1>Harbour story</h1><div class="teaser"><p>A short teaser paragraph that the page shows above the fold, with enough words to be the densest text here by far.</p></div></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(30, result.Article.Paragraphs.Count);
        Assert.StartsWith("Sentence number 1 of the stated story", result.Article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_guide_rendered_by_script_is_read_from_its_stated_steps()
    {
        var page = """
            <html><head><script type="application/ld+json">{"@type":"HowTo","name":"How to sew a round tablecloth",
             "description":"<p>A round table deserves a cloth that fits.</p>",
             "step":[{"@type":"HowToSection","name":"Step 1: Measure","itemListElement":[{"@type":"HowToDirection","text":"<p>Measure the table's diameter.</p>"}]},
                     {"@type":"HowToStep","text":"Cut the fabric to size."}]}</script></head>
            <body><div id="app"></div><script>render()</script></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(["A round table deserves a cloth that fits.", "Step 1: Measure", "Measure the table's diameter.", "Cut the fabric to size."],
            result.Article.Paragraphs);
    }

    [Fact]
    public void A_guides_stated_steps_do_not_replace_a_story_found_on_the_page()
    {
        var page = """
            <html><head><script type="application/ld+json">{"@type":"Recipe","name":"Bread","recipeInstructions":["Knead the dough."]}</script></head>
            <body><h1>Bread</h1><article><p>My grandmother baked this bread every Sunday, and the whole street knew it by the smell.</p>
            <p>It takes a day, most of it waiting, and it is worth every hour of it.</p></article></body></html>
            """;
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.DoesNotContain("Knead the dough.", result.Article.Paragraphs);
    }

    [Fact]
    public void A_stated_article_body_in_html_is_split_at_its_block_tags()
    {
        Assert.Equal(["First paragraph, with bold.", "Second – paragraph."],
            ArticleExtract.Normalization.ArticleBodySplitter.Split("<p>First paragraph, <strong>with bold</strong>.</p>\n<p>Second &ndash; paragraph.</p>"));
        Assert.Equal(["First paragraph.", "Second paragraph."],
            ArticleExtract.Normalization.ArticleBodySplitter.Split("&lt;p class=&quot;texto&quot;&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;"));
    }

    [Theory]
    [InlineData("https://example.com/2023/13/05/budget")]
    [InlineData("https://example.com/artikel/2023/43/budget")]
    public void An_address_with_an_impossible_date_in_its_path_still_gives_the_story(string address)
    {
        // SmartReader reads a date from such a path and fails on month 13 or 43 when the page states no other date.
        var paragraph = StoryParagraph("The council approved the budget on Tuesday after a long debate about schools and roads. ");
        var page = "<html><head><title>Budget</title></head><body><article><h1>Budget</h1>" + string.Concat(Enumerable.Repeat(paragraph, 4)) + "</article></body></html>";
        var result = Extractor.Extract(System.Text.Encoding.UTF8.GetBytes(page), new Uri(address), null);
        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(4, result.Article.Paragraphs.Count);
    }

    [Fact]
    public void The_lead_in_the_storys_own_header_is_kept_and_its_chrome_is_not()
    {
        var paragraph = StoryParagraph("Solar panels under heavy snow can crack, and experts say owners should not climb onto roofs to clear them. ");
        var page = "<html><body><nav><a href='/'>Home</a></nav><article><div id='articleHead'><header><h1>Snow weighs on solar panels</h1>" +
                   "<p>A blanket of snow on a solar array cuts its output and strains its mounts.</p>" +
                   "<span class='byline'>von <a href='/autor/anja/'>Anja Schmoll</a></span><div class='share'>Share on Facebook</div></header></div>" +
                   "<div id='articleContent'>" + paragraph + paragraph + paragraph + "</div></article></body></html>";
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.StartsWith("A blanket of snow on a solar array", result.Article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(result.Article.Paragraphs, p => p.Contains("Share on", StringComparison.Ordinal));
    }

    [Fact]
    public void The_category_links_in_the_storys_own_header_are_chrome()
    {
        var paragraph = StoryParagraph("The president warned of radicalisation among protesters and said the state must defend its institutions. ");
        var page = "<html><body><article id='post-87191' class='post-87191 post type-post status-publish format-standard has-post-thumbnail hentry'>" +
                   "<header><p class='post-categories'><a href='/category/corona/'>Corona and its consequences</a>, <a href='/category/debate/'>Debate</a>, " +
                   "<a href='/category/germany/'>Germany</a>, <a href='/category/politics/'>Politics</a></p><h1>President warns of radicalisation</h1></header>" +
                   "<div class='entry-content'>" + paragraph + paragraph + paragraph + "</div></article></body></html>";
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.StartsWith("The president warned", result.Article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_after_a_subtitle_is_found_and_stays_where_it_was_printed()
    {
        var paragraph = StoryParagraph("Doctors said more than half of the hospitals had closed, and the rest were running short of fuel and medicine. ");
        var page = "<html><body><article><h1>Gaza’s doctors struggle</h1><p>With most hospitals closed, doctors struggle to care for premature babies.</p>" +
                   "<p>KHAN YOUNIS, GAZA — The assault has left the health sector in a state of near-total collapse, an investigation found.</p>" +
                   paragraph + paragraph + "</article></body></html>";
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal("KHAN YOUNIS, GAZA —", result.Article.Dateline?.Text);
        Assert.StartsWith("With most hospitals closed", result.Article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("The assault has left", result.Article.Paragraphs[1], StringComparison.Ordinal);
        Assert.Contains("premature babies.\n\nKHAN YOUNIS, GAZA — The assault", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sites_own_initials_where_a_place_would_stand_are_no_dateline()
    {
        var paragraph = StoryParagraph("Nhiều hộ dân ở huyện Ba Tri phải mua nước ngọt với giá cao để sinh hoạt hằng ngày. ");
        var page = "<html><head><meta property='og:site_name' content='TUOI TRE ONLINE'></head><body><article><h1>Bến Tre: Mặn vào sâu 60km</h1>" +
                   "<p>TTO - Độ mặn trên các tuyến sông chính ở Bến Tre tiếp tục tăng cao trong những ngày gần đây.</p>" + paragraph + paragraph +
                   "</article></body></html>";
        var article = Extractor.Extract(page).Article!;
        Assert.Null(article.Dateline);
        Assert.StartsWith("TTO - Độ mặn", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sáng 20/11, UBND TP Hà Nội trình HĐND thành phố đề án thu phí phương tiện cơ giới vào khu vực nội đô.")]
    [InlineData("120 camera AI sẽ được lắp tại 38 nút giao trên Vành đai 2 trước Tết Nguyên đán, giúp phát hiện xe đi sai làn.")]
    public void A_place_stamped_before_the_lead_with_no_separator_printed_is_its_dateline(string lead)
    {
        var paragraph = StoryParagraph("Theo đề án, ôtô cá nhân đi vào vùng lõi trong giờ cao điểm sẽ phải trả phí mỗi lượt, tùy loại xe. ");
        var page = "<html><body><article><h1>Hà Nội đề xuất thu phí ôtô vào nội đô</h1><p class='description'><span class='location-stamp'>Hà Nội</span>" +
                   lead + "</p>" +
                   paragraph + paragraph + "<p><span class='location'>Cầu Giấy</span> là quận có nhiều trạm thu phí nhất theo đề án.</p></article></body></html>";
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        var article = result.Article;
        Assert.Equal("Hà Nội", article.Dateline?.Location);
        Assert.Null(article.Dateline?.Agency);
        Assert.Equal(lead, article.Paragraphs[0]);
        Assert.StartsWith("Hà Nội - " + lead, article.Text, StringComparison.Ordinal);

        // A place the sentence goes on from (lower case after it) is the sentence's subject, not a stamp.
        Assert.StartsWith("Cầu Giấy là quận", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_in_a_div_above_a_story_of_bare_text_divs_is_put_back_first()
    {
        // The readability pass turns every div of bare text into a new paragraph, the lead's as well as the story's.
        var sentence = "Giá gạo 5% tấm của Việt Nam hiện dao động 395 - 405 USD/tấn, mức thấp nhất trong gần 3 năm qua. ";
        var body = string.Concat(Enumerable.Range(1, 5).Select(i => "<div>" + i + ". " + sentence + sentence + "</div>"));
        const string lead = "Dù giá gạo xuất khẩu đã giảm gần 20% so với đầu năm, sản lượng gạo Việt Nam bán ra nước ngoài vẫn tăng mạnh.";
        var page = "<html><body><div class='content'><h1>Xuất khẩu gạo năm 2025 có thể vượt 8,5 triệu tấn</h1>" +
                   "<div class='sapo'><div>" + lead + "</div></div><div id='abody'>" + body + "</div></div>" +
                   "<div class='footer'><div>Trụ sở: 268-270 Nguyễn Đình Chiểu, Quận 3, TP.HCM. Giấy phép số 123/GP-BTTTT.</div></div></body></html>";
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal(lead, result.Article.Paragraphs[0]);
        Assert.StartsWith("1. Giá gạo", result.Article.Paragraphs[1], StringComparison.Ordinal);
        Assert.Equal(6, result.Article.Paragraphs.Count);
    }

    [Fact]
    public void An_opener_after_two_paragraphs_of_the_story_is_no_dateline()
    {
        var page = "<html><body><article><h1>Joburg suburbs face 54-hour water outage</h1>" +
                   "<p>More than 30 suburbs in the south and west of Johannesburg will be without water for up to 54 hours this weekend.</p>" +
                   "<p>The utility said the work, which starts at 20:00 on Friday and is expected to end early on Monday, could not be delayed.</p>" +
                   "<blockquote class='twitter-tweet'><p>PLANNED MAINTENANCE: Rand Water Eikenhof pipeline valve replacement from Friday 21 November.</p></blockquote>" +
                   StoryParagraph("Residents were urged to store enough water for three days and to use it sparingly. ") + "</article></body></html>";
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Null(result.Article.Dateline);
        Assert.Contains(result.Article.Paragraphs, p => p.StartsWith("PLANNED MAINTENANCE: Rand Water", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wire_dateline_is_found_below_a_republishers_notes_of_a_few_sentences()
    {
        var page = "<html><body><article><h1>Tiny pterosaur found on Skye</h1>" +
                   "<p>Holiday closure: all branches are closed on Thursday and Friday. Digital collections remain available at any hour.</p>" +
                   "<p>Shared from Agence France-Presse through the library's newspaper database. Cardholders can read more papers for free.</p>" +
                   "<p>PARIS, Nov 13, 2025 (AFP) - A pterosaur no bigger than a blackbird is shedding light on flying reptile evolution.</p>" +
                   StoryParagraph("The near-complete skeleton belongs to a previously unknown species, the researchers said on Thursday. ") +
                   "</article></body></html>";
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal("PARIS", result.Article.Dateline?.Location);
        Assert.Equal("AFP", result.Article.Dateline?.Agency);
        Assert.StartsWith("A pterosaur no bigger", result.Article.Paragraphs[2], StringComparison.Ordinal);

        // Without a wire named, the same opener after two sentences of prose is a sentence of the story.
        var unnamed = Extractor.Extract(page.Replace(" (AFP) -", " -", StringComparison.Ordinal)).Article!;
        Assert.Null(unnamed.Dateline);
    }

    [Theory]
    [InlineData("(서울=연합뉴스) 홍다연 기자 = 한국은행이 20일 기준금리를 연 2.50%로 동결했다.", "ko", new[] { "홍다연" })]
    [InlineData("(서울=연합뉴스) 김철수·이영희 기자 = 한국은행이 20일 기준금리를 연 2.50%로 동결했다.", "ko", new[] { "김철수", "이영희" })]
    [InlineData("(세종=연합뉴스) 박영서 이슬기 기자 = 한국은행이 20일 기준금리를 연 2.50%로 동결했다.", "ko", new[] { "박영서", "이슬기" })]
    // Regional papers set the opener in square brackets.
    [InlineData("[부산=연합뉴스] 김선호 기자 = 한국은행이 20일 기준금리를 연 2.50%로 동결했다.", "ko", new[] { "김선호" })]
    [InlineData("【ワシントン=木村健二】米政権は19日、中国への半導体製造装置の輸出規制を強化すると発表した。", "ja", new[] { "木村健二" })]
    [InlineData("【ソウル木下沙織】韓国政府は20日、来年度の最低賃金を引き上げると発表した。", "ja", new[] { "木下沙織" })]
    // An agency after the "=" is the source, no reporter.
    [InlineData("【ロンドン=ロイター】英中央銀行は20日、政策金利を据え置くと発表した。", "ja", new string[0])]
    // BTA's correspondent before the agency inside the slashes.
    [InlineData("Варна, 20 ноември /Мария Стоянова, БТА/ Общинският съвет одобри ремонта на Аспаруховия мост.", "bg", new[] { "Мария Стоянова" })]
    // The portal's correspondent after it, closing the opener.
    [InlineData("БИШКЕК, 18 ноя — 24.kg, Анара Бекова. С 1 декабря грузовым автомобилям запретят въезжать в центр.", "bg", new[] { "Анара Бекова" })]
    // Or inside the slashes after the portal's address.
    [InlineData("БИШКЕК /24.kg, Анара Юсупова/. С 1 декабря грузовым автомобилям запретят въезжать в центр.", "bg", new[] { "Анара Юсупова" })]
    public void The_reporter_a_wire_opener_names_is_the_author_when_the_page_credits_no_one_else(string lead, string language, string[] expected)
    {
        var more = language switch
        {
            "ko" => "시장에서는 동결을 예상하는 목소리가 많았으며, 한은은 물가 흐름을 더 지켜보겠다는 입장을 밝혔다. ",
            "bg" => "Ремонтът ще започне през пролетта и ще продължи около осемнадесет месеца, съобщиха от общината в сряда. ",
            _ => "市場では据え置きを予想する声が多く、政府は今後の物価の動きを注視する考えを示した。",
        };

        // The Korean and Bulgarian pages name only an agency as author; the Japanese one, its paper as an organisation.
        var credit = language == "ja" ? "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"読売新聞\"}}</script>"
                                      : "<meta name='author' content='연합뉴스'>";
        var page = $"<html lang='{language}'><head><title>Story</title>{credit}</head>" +
                   $"<body><article><h1>Story</h1><p>{lead}</p>" + StoryParagraph(more) + StoryParagraph(more) + "</article></body></html>";
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.NotNull(result.Article.Dateline);
        Assert.Equal(expected, result.Article.Authors);
    }

    [Theory]
    [InlineData("Redaktion")]
    [InlineData("Calloway Marine Robotics")]
    public void The_reporter_a_wire_opener_names_replaces_a_newsroom_or_organisation_credited_alone(string credit)
    {
        const string More = "시장에서는 동결을 예상하는 목소리가 많았으며, 한은은 물가 흐름을 더 지켜보겠다는 입장을 밝혔다. ";
        var page = $"<html lang='ko'><head><title>Story</title><meta name='author' content='{credit}'></head><body><article><h1>Story</h1>" +
                   "<p>(서울=연합뉴스) 홍다연 기자 = 한국은행이 20일 기준금리를 연 2.50%로 동결했다.</p>" + StoryParagraph(More) + StoryParagraph(More) +
                   "</article></body></html>";
        Assert.Equal(["홍다연"], Extractor.Extract(page).Article!.Authors);
    }

    [Fact]
    public void A_wire_opener_naming_the_metadata_author_with_a_colleague_credits_both()
    {
        const string More = "시장에서는 동결을 예상하는 목소리가 많았으며, 한은은 물가 흐름을 더 지켜보겠다는 입장을 밝혔다. ";
        var page = "<html lang='ko'><head><title>Story</title><meta name='author' content='박영서'></head><body><article><h1>Story</h1>" +
                   "<p>(세종=연합뉴스) 박영서 이슬기 기자 = 한국은행이 20일 기준금리를 연 2.50%로 동결했다.</p>" + StoryParagraph(More) + StoryParagraph(More) +
                   "</article></body></html>";
        var result = Extractor.Extract(page);
        Assert.Equal(["박영서", "이슬기"], result.Article!.Authors);
        Assert.StartsWith("한국은행이", result.Article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_after_a_box_of_key_points_is_found()
    {
        var paragraph = StoryParagraph("Doctors said more than half of the hospitals had closed, and the rest were running short of fuel and medicine. ");
        var page = "<html><body><article><h1>EU tightens battery rules</h1><div class='key-points'><h3>Key Points</h3><ul>" +
                   "<li>EU to require 70% lithium recovery from old batteries by 2031</li><li>Digital battery passport to track origin</li>" +
                   "<li>Campaigners criticise three-year opt-out for member states</li></ul>" +
                   "<p>These key points were generated with the help of AI and reviewed by an editor.</p></div>" +
                   "<p>BRUSSELS (Reuters) - European Union negotiators agreed early on Friday to tighten recycling targets for batteries.</p>" +
                   paragraph + paragraph + "</article></body></html>";
        var result = Extractor.Extract(page);
        Assert.True(result.Succeeded);
        Assert.Equal("BRUSSELS", result.Article.Dateline?.Location);
        Assert.Equal("Reuters", result.Article.Dateline?.Agency);
        Assert.DoesNotContain(result.Article.Paragraphs, p => p.StartsWith("BRUSSELS", StringComparison.Ordinal));
    }

    private const string NoscriptPost = """
        <p>Over the past few years we have seen threats on the web becoming increasingly sophisticated and harder to spot.</p>
        <p>Phishing sites now rotate their addresses within minutes, which makes lists of known bad sites less useful.</p>
        <p>Enhanced protection checks uncommon sites in real time and warns users before they enter their passwords.</p>
        <p>The feature is off by default and can be switched on in the privacy settings of the browser at any time.</p>
        <p>Early tests with a group of volunteers found that it caught twice as many phishing pages as the standard mode.</p>
        """;

    [Fact]
    public void APostPrintedInNoscriptBesideItsScriptTemplateIsTheStory()
    {
        var article = Extractor.Extract("<html><body><div class='post-body'><script type='text/template'>" + NoscriptPost + "</script><noscript>" +
                                        NoscriptPost + "</noscript></div><div class='sidebar'><p>The latest news and insights on security.</p></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Contains(article.Paragraphs, paragraph => paragraph.StartsWith("Phishing sites now rotate", StringComparison.Ordinal));
    }

    [Fact]
    public void AConsentBoxInNoscriptBesideALongerStoryStaysOut()
    {
        var consent = "<noscript><div class='consent'><p>We would like to process and share personal data about your use of our site.</p>" +
                      "<p>Any data you provide will be stored and processed in the United States.</p><p>By clicking accept you grant your consent.</p></div></noscript>";
        var article = Extractor.Extract("<html><body>" + consent + "<article>" + NoscriptPost + NoscriptPost.Replace("threats", "dangers", StringComparison.Ordinal) +
                                        "</article></body></html>").Article;

        Assert.NotNull(article);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("consent", StringComparison.Ordinal));
    }

    // An AFP-style story printed as <font> runs between double breaks, as old portal templates do.
    private static readonly string[] BeeSentences =
    [
        "Wild bumblebees exposed to a widely used farm fungicide were far more likely to get lost on their way back to the nest, researchers said Tuesday.",
        "In field experiments in eastern France, bees that had fed on sugar water containing traces of the fungicide returned to their colonies less often.",
        "Fungicides are generally considered safe for pollinators because they target fungi, not insects, lead author Claire Dumontet told AFP on Tuesday.",
        "The team fitted 412 bumblebees with radio-frequency tags weighing less than a grain of rice and tracked them with readers at 24 colonies.",
        "Exposed bees also spent on average 19 minutes longer on each foraging trip, which the researchers said could reduce the food brought back.",
    ];

    [Fact]
    public void RunsOfFontTextBetweenDoubleBreaksInATableCellStayParagraphsWithTheirSpaces()
    {
        // A forum portal's layout: the story in a table cell as <font> runs between <br><br>. The readability pass alone
        // joins every other pair of runs with no space between ("…on Tuesday.In field…").
        var sentences = BeeSentences[..4];
        var cell = string.Join("<br />\n<br />\n", sentences.Select(text => "<font face='Arial'><font size='3'>" + text + "</font></font>"));
        var article = Extractor.Extract("<html><head><title>Bees get lost</title></head><body><h1>Bees get lost</h1><table><tr><td id='article_content'>" +
                                        cell + "</td></tr></table></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(sentences, article.Paragraphs);
    }

    [Theory]
    [InlineData("center")]
    [InlineData("blockquote")]
    [InlineData("span")]
    [InlineData("font")]
    public void RunsOfFontTextBetweenDoubleBreaksInAnyContainerStayParagraphsWithTheirSpaces(string container)
    {
        // The readability pass counts <font> as a block: it swaps the double break before one for an empty paragraph
        // and the runs on both sides join ("…said Tuesday.In field…").
        var sentences = BeeSentences;
        var runs = string.Join("<br>\n<br>\n", sentences.Select(text => "<font>" + text + "</font>"));
        var article = Extractor.Extract("<html><head><title>Bees get lost</title></head><body><div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>" +
                                        "<h1>Bees get lost</h1><" + container + ">" + runs + "</" + container + "></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(sentences, article.Paragraphs);
    }

    [Theory]
    [InlineData("section-header")]
    [InlineData("styles__HeaderStyled-sc-1e2gpzo-1 kJmTqc")]
    public void ASubheadingNamedAHeaderStaysInTheStory(string name)
    {
        // The readability pass drops whatever is named "header" as the page's header, its section titles with it (unless
        // the story is so short that it runs again without that rule).
        var article = Extractor.Extract("<html><head><title>Vitalis buys Farmafacil</title></head><body><h1>Vitalis buys Farmafacil</h1><article>" +
                                        "<p>Drogarias Vitalis said on Tuesday it would buy the northeastern chain Farmafacil for 2.4 billion reais in cash and shares.</p>" +
                                        "<p>The deal includes 412 stores in four states and a distribution centre, and still needs approval from the antitrust regulator.</p>" +
                                        "<h2 class='" + name + "'>Shares rise</h2>" +
                                        "<p>Shares in Vitalis rose 6.3% in late trading, while the benchmark index gained 0.4%, their biggest daily gain since August.</p>" +
                                        "<p>Analysts said the price, about 11 times Farmafacil's expected earnings, was in line with recent deals in the sector.</p>" +
                                        "<p>Vitalis said it would keep the Farmafacil brand in the region and did not plan to close any of the stores it is buying.</p>" +
                                        "</article></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal("Shares rise", article.Paragraphs[2]);
    }

    [Fact]
    public void AnInlineElementWhoseNameReadsAsChromeStaysInItsSentence()
    {
        // The readability pass drops any element whose name holds one of its unlikely words, even inside another word:
        // "legendSpanClass" reads as "legends", and the release's place and day went from its first sentence.
        var article = Extractor.Extract("<html><head><title>Northwind launches Atlas Pick 3</title></head><body><h1>Northwind launches Atlas Pick 3</h1>" +
                                        "<section class='release-body'><p><span class='legendSpanClass'><span class='xn-location'>SAN FRANCISCO</span></span>, " +
                                        "<span class='legendSpanClass'><span class='xn-chron'>March 5, 2026</span></span> /PRNewswire/ -- Northwind Robotics, a developer of " +
                                        "autonomous mobile robots for logistics, today announced the general availability of Atlas Pick 3.</p>" +
                                        "<p>The system combines a new gripper design with on-device vision models to handle more than 50,000 product types without retraining.</p>" +
                                        "<p>Early customers include three regional grocery distributors, which ran the system in pilot warehouses for six months last year.</p>" +
                                        "<p>Northwind said the robots would be sold as a subscription starting at 2,900 dollars a month per unit, including maintenance.</p>" +
                                        "</section></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(new Dateline("SAN FRANCISCO, March 5, 2026 /PRNewswire/ --", "SAN FRANCISCO", "PRNewswire"), article.Dateline);
        Assert.StartsWith("Northwind Robotics, a developer", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ASubheadingWhoseAnchorIdSaysCommentStaysInTheStory()
    {
        string[] story =
        [
            "The city council adopted a $148 million general fund budget on Tuesday, the largest in the city's history.",
            "Police and fire together make up 61% of general fund spending, and four firefighter positions are added this year.",
            "Council members made several changes to the draft budget released in January after residents spoke at three hearings.",
            "Eastside library hours will remain unchanged, at a cost of about $38,000, and youth sports fees will rise by only $5.",
        ];
        // Long enough that the pass keeps its first, strict attempt, which drops what its class words mark.
        var article = Extractor.Extract("<html><head><title>Council adopts budget</title></head><body><h1>Council adopts budget</h1><div class='entry-content'>" +
                                        StoryParagraph(story[0]) + StoryParagraph(story[1]) +
                                        "<h2 class='wp-block-heading' id='h-what-changed-after-public-comment'>What changed after public comment</h2>" + StoryParagraph(story[2]) + StoryParagraph(story[3]) +
                                        "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Contains("What changed after public comment", article.Paragraphs);
    }

    [Fact]
    public void AnAppealToPayForTheJournalismIsNoStoryText()
    {
        const string Appeal = "<div class='epic'><p>Support the Guardian</p><p>I hope you appreciated this live blog. Before you move on, I wonder if you " +
                              "would consider supporting our journalism as we enter a new year of weather extremes.</p><p>We have no shareholders and no " +
                              "billionaire owner.</p><div><a href='https://support.example.com/contribute'>Support us</a></div></div>";
        string[] story =
        [
            "Transport for Wales has suspended all services on the north Wales coast line between Chester and Holyhead until at least 6pm.",
            "Avanti West Coast trains from London Euston will terminate at Crewe, and replacement buses will run where the roads are open.",
            "Conwy county council has closed the seafront road and opened a rest centre for anyone who has been asked to leave their home.",
            "The Met Office said gusts of up to 80mph were recorded on exposed coasts overnight, and more are expected this afternoon.",
        ];
        var article = Extractor.Extract("<html><head><title>Storm Eunice live</title></head><body><h1>Storm Eunice live</h1><div class='liveblog-body'>" +
                                        "<p>" + story[0] + "</p><p>" + story[1] + "</p>" + Appeal + "<p>" + story[2] + "</p><p>" + story[3] + "</p>" +
                                        "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(story, article.Paragraphs);
    }

    [Fact]
    public void StoryParagraphsBesideASubscriptionPromotionLinkStay()
    {
        // Only the link asks for money: the section around it holds the story's first paragraphs.
        string[] story =
        [
            "With the number of coronavirus cases increasing, leading members of Congress are challenging orders for teleworking employees to return.",
            "“I think we have to press the pause button immediately,” the chairman of the House Government Operations subcommittee said in an interview.",
            "Senators representing Maryland and Virginia sent a letter Thursday to the Office of Management and Budget warning against premature reopenings.",
            "“Reopening too quickly by ending maximum telework threatens to erase the progress made against the virus,” the senators wrote in the letter.",
        ];
        var article = Extractor.Extract("<html><head><title>Federal workers return</title></head><body><h1>Federal workers return</h1><div class='article-body'>" +
                                        "<div class='teaser-content'><section><div><p>" + story[0] + "</p></div><div><a href='https://subscribe.example.com/offers'>" +
                                        "Support our journalism. Subscribe today.</a></div><div><p>" + story[1] + "</p></div></section></div>" +
                                        "<div class='remainder-content'><section><p>" + story[2] + "</p><p>" + story[3] + "</p></section></div></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(story, article.Paragraphs);
    }

    [Fact]
    public void APortalsPhotoCaptionSetInASpanDoesNotRunIntoTheFirstLine()
    {
        // Naver prints the photo and its caption in a span, then the story's lines between line breaks.
        string[] story =
        [
            "3월 들어 이례적인 폭설이 제주에 쏟아지면서 5일 제주국제공항을 오가는 항공편이 무더기로 결항했다.",
            "한국공항공사 제주지역본부에 따르면 이날 오전 10시 기준 제주공항 출발·도착 항공편 120편이 결항했고 80편이 지연 운항했다.",
            "제주지방기상청은 6일 오전까지 산지에 최고 20㎝ 이상의 눈이 더 내릴 것으로 예보했다. 공항 측은 활주로 제설 작업을 이어가고 있다.",
            "항공사들은 결항 승객을 위해 임시 항공편을 투입할 계획이라고 밝혔다. 승객들은 출발 전 항공사 누리집에서 운항 정보를 확인해야 한다.",
        ];
        var article = Extractor.Extract("<html><head><title>제주공항 폭설로 항공편 무더기 결항</title></head><body><h2>제주공항 폭설로 항공편 무더기 결항</h2>" +
                                        "<div id='dic_area'><span class='end_photo_org'><img src='/p.jpg' alt=''><em class='img_desc'>(제주=연합뉴스) 박지훈 기자 = " +
                                        "5일 오전 제주국제공항 3층 출발 대합실이 결항으로 발이 묶인 승객들로 붐비고 있다. 2026.3.5 [연합뉴스 자료사진]</em></span><br>" +
                                        "(제주=연합뉴스) 김민수 기자 = " + string.Join("<br><br>", story) + "<br><br></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(story, article.Paragraphs);
        Assert.Equal("(제주=연합뉴스) 김민수 기자 =", article.Dateline?.Text);
    }

    [Fact]
    public void AnImageInsideAParagraphsPhraseKeepsItsText()
    {
        const string Line = "The city’s new trams <span class='badge'><img src='/icon.png' alt=''> run on green power</span> from their first day, the operator said on Monday.";
        var article = Extractor.Extract("<html><head><title>Trams</title></head><body><h1>Trams</h1><article><p>" + Line + "</p>" +
                                        "<p>The first line opens in June and runs from the station to the university, with a stop every five hundred metres.</p>" +
                                        "<p>Tickets cost the same as on the buses, and the old bus route will be cut back once the trams are running.</p>" +
                                        "<p>Construction took three years and ran over budget by eleven per cent, the city council’s auditors found.</p></article></body></html>").Article;

        Assert.NotNull(article);
        Assert.Contains("run on green power", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ALiveBlogKeepsTheTitlesSetInEachEntrysHeader()
    {
        // Each entry's title sits in the entry's header, beside its time stamp: a header is chrome, its title is not.
        (string Title, string Text)[] entries =
        [
            ("Rail services suspended across north Wales", "Transport for Wales has suspended all services on the north Wales coast line between Chester and Holyhead until at least 6pm."),
            ("Seafront road closed in Llandudno", "Conwy county council has closed the seafront road and opened a rest centre for anyone who has been asked to leave their home."),
            ("Gusts of 80mph recorded overnight", "The Met Office said gusts of up to 80mph were recorded on exposed coasts overnight, and more are expected this afternoon."),
        ];
        var blog = string.Concat(entries.Select((entry, i) =>
            $"<article class='block'><header class='block-header'><time datetime='2026-01-14T1{i}:20:00Z'>1{i}.20 GMT</time><h2 class='block-title'>{entry.Title}</h2>" +
            $"<div class='share'><button>Share</button></div></header><div class='block-elements'><p>{entry.Text}</p></div></article>"));
        var article = Extractor.Extract("<html><head><title>Storm Eunice live</title></head><body><h1>Storm Eunice live</h1><div class='liveblog-body'>" +
                                        blog + "</div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(entries.SelectMany(entry => new[] { entry.Title, entry.Text }), article.Paragraphs);
    }

    [Fact]
    public void ASubheadingRepeatingTheTitlesWordsStaysInTheStory()
    {
        // The readability pass takes the first h1/h2 whose words the (social) title holds for the headline and drops it;
        // here the page's h1 differs from that title, so the subheading was the first.
        var article = Extractor.Extract("<html><head><title>Tram to the new district will run only in 2027 as works slip - City News</title>" +
                                        "<meta property='og:title' content='Tram only in 2027, penalties for the contractor'></head><body>" +
                                        "<h1>Tram to the new district will run only in 2027 as works slip</h1><article>" +
                                        "<p>Residents of the new district will wait longer for their tram than planned, the city's investment company said on Tuesday.</p>" +
                                        "<p>The contractor will not finish the track by the end of 2026, and the first trams will run in June 2027 at the earliest.</p>" +
                                        "<h2>Penalties for the contractor</h2>" +
                                        "<p>The contract sets penalties of 0.05 percent of its value for each day of delay, more than 200,000 zloty a day.</p>" +
                                        "<p>Opposition councillors said they would call an extraordinary session of the city council over the delay.</p>" +
                                        "<p>Until the tram runs, replacement buses serve the district every five minutes at peak hours, the transport company said.</p>" +
                                        "</article></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal("Penalties for the contractor", article.Paragraphs[2]);
    }

    [Fact]
    public void TheStorysSubscriberPartTheJsonLdDeclaresIsReadThoughHidden()
    {
        // The page serves the whole story, hides the rest under a "paywall" class with display:none, and says so in its
        // JSON-LD for search engines.
        var article = Extractor.Extract("<html><head><title>Drought in the Gers</title><script type='application/ld+json'>" +
                                        "{\"@type\":\"NewsArticle\",\"headline\":\"Drought in the Gers\",\"isAccessibleForFree\":\"False\"," +
                                        "\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":\"False\",\"cssSelector\":\".premium-paywall__content\"}}" +
                                        "</script></head><body><h1>Drought in the Gers</h1><article>" +
                                        "<p>Thirty-one towns in the Gers have been under drought restrictions since Monday, the prefecture said on Tuesday.</p>" +
                                        "<p>The aquifer that supplies most of the department is at its lowest level for early March since records began.</p>" +
                                        "<div class='premium-paywall'><p>This article is reserved for subscribers.</p></div>" +
                                        "<div class='premium-paywall__content' style='display:none'>" +
                                        "<p>Farmers fear the restrictions will reach irrigation before the maize and sunflower sowing in April.</p>" +
                                        "<p>The prefect will decide by the end of the month whether to extend the measures to the whole department.</p>" +
                                        "</div></article></body></html>").Article;

        Assert.NotNull(article);
        Assert.Contains(article.Paragraphs, paragraph => paragraph.StartsWith("Farmers fear", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, paragraph => paragraph.StartsWith("The prefect will decide", StringComparison.Ordinal));
    }

    [Fact]
    public void APaywallOfferBoxTheJsonLdDeclaresIsNotRevealedAsStory()
    {
        // The page was served without the story's rest: the declared selector names the offer box itself.
        var article = Extractor.Extract("<html><head><title>Wind farm stalled</title><script type='application/ld+json'>" +
                                        "{\"@type\":\"NewsArticle\",\"headline\":\"Wind farm stalled\",\"isAccessibleForFree\":false," +
                                        "\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".paywall\"}}" +
                                        "</script></head><body><h1>Wind farm stalled</h1><article>" +
                                        StoryParagraph("Forty wind turbines in the Uckermark have stood still for two years while the district examines one bird's nest. ") +
                                        StoryParagraph("The operator says the delay costs it half a million euros a month in lost feed-in payments. ") +
                                        "<div data-area='paywall' class='paywall'><p>Sie wollen wissen, wie es weitergeht?</p>" +
                                        "<p>Jetzt weiterlesen mit SPIEGEL+. Mehr Perspektiven, mehr verstehen.</p><ul><li>Jederzeit kündbar</li></ul>" +
                                        "<a href='https://abo.example.de/plus'>Jetzt für € 1,– testen</a></div>" +
                                        "</article></body></html>").Article;

        Assert.NotNull(article);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("weiterlesen", StringComparison.Ordinal));
        Assert.DoesNotContain("Jederzeit kündbar", article.Paragraphs);
    }

    [Theory]
    // A press office filed as the post's person, and an institute in Dublin Core.
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"name":"WCAA Communications"}}</script>""")]
    [InlineData("""<meta name="DCTERMS.creator" content="Landelijk Instituut voor Gezondheid en Milieu">""")]
    [InlineData("""<meta name="author" content="Ministère de la Santé et de l'Accès aux soins">""")]
    // A publishing house as the meta author.
    [InlineData("""<meta name="author" content="Casa Editorial El Tiempo">""")]
    public void AnInstitutionOrItsPressOfficeAsAuthorIsNoPerson(string head)
    {
        var article = Extractor.Extract($"<html><head>{head}</head><body><article><h1>Clean cooking report</h1>" +
            "<p>Household air pollution from cooking still kills millions of people a year, a new report warned on Wednesday.</p>" +
            "<p>The report found that progress on clean cooking had stalled in much of sub-Saharan Africa since 2020.</p></article></body></html>").Article!;
        Assert.Empty(article.Authors);
    }
}
