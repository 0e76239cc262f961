using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class CjkBylineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<string> Authors(string html) => MetadataReader.Read(DocumentParser.Parse(html), null, Now).Authors;

    // Lines as author elements print them: a role label, then names; or names alone.
    [Theory]
    [InlineData("作者：张三", new[] { "张三" })]
    [InlineData("作者: 张三、李四", new[] { "张三", "李四" })]
    [InlineData("记者 张三 李四", new[] { "张三", "李四" })]
    [InlineData("本报记者 王小明 报道", new[] { "王小明" })]
    [InlineData("（记者张三 李四）", new[] { "张三", "李四" })]
    [InlineData("記者林宸誼／台北報導", new[] { "林宸誼" })]
    [InlineData("作者： 记者王敬照", new[] { "王敬照" })]
    [InlineData("文/周杰", new[] { "周杰" })]
    [InlineData("文・写真：山田太郎", new[] { "山田太郎" })]
    [InlineData("作者：张三来源：新华网", new[] { "张三" })]
    [InlineData("报道：陈嘉怡", new[] { "陈嘉怡" })]
    [InlineData("来源：新华网 作者：欧阳明", new[] { "欧阳明" })]
    [InlineData("作者：责任编辑：肖春芳", new[] { "肖春芳" })]
    [InlineData("【责任编辑:张樵苏 】", new[] { "张樵苏" })]
    [InlineData("张三", new[] { "张三" })]
    [InlineData("张三、李四", new[] { "张三", "李四" })]
    [InlineData("新华社记者 才扬 摄", new string[0])]
    [InlineData("记者会上", new string[0])]
    [InlineData("发表在 痞客邦 留言 人气", new string[0])]
    [InlineData("编辑推荐", new string[0])]
    [InlineData("来源：新华网", new string[0])]
    [InlineData("上報快訊／范姜佳鈺", new string[0])]
    [InlineData("홍길동 기자", new[] { "홍길동" })]
    [InlineData("홍길동·김철수 기자", new[] { "홍길동", "김철수" })]
    [InlineData("홍길동 기자 hong@example.co.kr", new[] { "홍길동" })]
    [InlineData("공유하기", new string[0])]
    public void ReadsRoleLabelsAndNamesWithoutCapitals(string line, string[] expected) =>
        Assert.Equal(expected, BylineNormalizer.Names(line, ["新华网"]));

    // A field that holds only its author: the whole run is the name, a Japanese name's space included.
    [Theory]
    [InlineData("山田 太郎", new[] { "山田 太郎" })]
    [InlineData("홍길동 기자", new[] { "홍길동" })]
    [InlineData("홍길동", new[] { "홍길동" })]
    [InlineData("青网校园崔宁宁", new[] { "青网校园崔宁宁" })]
    [InlineData("記者林宸誼／即時報導", new[] { "林宸誼" })]
    public void AnAuthorFieldKeepsItsOneName(string value, string[] expected) =>
        Assert.Equal(expected, BylineNormalizer.Names(value, [], lenient: true));

    [Fact]
    public void AnAuthorLabelInItsOwnElementNamesTheAuthor() =>
        Assert.Equal(["王敬照"], Authors("""
            <html><head><title>跨流域调水缓解白洋淀水资源紧缺</title></head><body><h1>跨流域调水缓解白洋淀水资源紧缺</h1>
            <table><tr><td>2012-06-04 09:20:26</td><td><font>作者： 记者王敬照 </font></td><td><font>编辑： 王华军 </font></td></tr></table>
            <p>记者会上，有关负责人介绍，今年以来白洋淀水位持续下降。</p></body></html>
            """));

    [Fact]
    public void TheEditorIsNamedOnlyWhenNoAuthorIs() =>
        Assert.Equal(["焦鹏"], Authors("""
            <html><head><title>武汉的声音：有英勇的你，才有英雄的城！</title></head><body><h1>武汉的声音：有英勇的你，才有英雄的城！</h1>
            <div class="h-info"><span>2020-02-19 20:29:58</span><span>来源：半月谈</span></div>
            <p>那些不断证伪的谣言与不幸“坐实”的传言，也让人疲于招架。</p>
            <p><font>2月17日，康复病人在献血浆时拍照留念。新华社记者 才扬 摄</font></p>
            <div><span class="p-jc"><a href="#">【纠错】</a>责任编辑： 焦鹏 </span></div></body></html>
            """));

    [Fact]
    public void AWireStorysReportersOutrankTheEditorInTheAuthorField() =>
        // The author field names the editor who put the story up; the dateline credits the reporters who wrote it.
        Assert.Equal(["王晓明", "李华"], Authors("""
            <html><head><title>东岚铁路七星海底隧道全线贯通_国内新闻_华讯网</title><meta name="author" content="华讯网"></head><body>
            <h1>东岚铁路七星海底隧道全线贯通</h1><div class="date-source"><span>2026年03月05日 18:32</span></div>
            <p>　　新华社杭州3月5日电（记者王晓明、李华）记者5日从中国国家铁路集团有限公司获悉，东岚铁路七星海底隧道当天全线贯通。这是我国自主设计建造的又一条跨海高铁隧道。</p>
            <p>　　据介绍，七星海底隧道全长约8.4公里，是东岚铁路的控制性工程。</p>
            <p class="show_author">责任编辑：张伟</p></body></html>
            """));

    [Fact]
    public void AWireStorysReportersAfterASpacedLabelAreEachAnAuthor() =>
        // "（记者 周思远、李梦琪）": the wire's credit lists them; the page's author field joins them with a space.
        Assert.Equal(["周思远", "李梦琪"], Authors("""
            <html><head><title>海水淡化膜材料实现量产</title><meta name="Author" content="周思远 李梦琪"></head><body>
            <h1>海水淡化膜材料实现量产</h1><div class="date-source"><span>2025-05-06 14:32</span> <span id="author_baidu">作者：周思远 李梦琪</span></div>
            <p>新华社北京5月6日电（记者 周思远、李梦琪）记者6日从中国科学院获悉，一种新型海水淡化膜材料已在天津实现规模化生产。</p>
            <p>据介绍，这种膜材料的脱盐率超过百分之九十九。</p></body></html>
            """));

    [Fact]
    public void ThePortalsNameInTheAuthorFieldYieldsToTheReporterItPrints() =>
        // "网易" in the author field, "…_网易新闻" in the title: the portal, not a writer; the story signs its reporter.
        Assert.Equal(["林小溪"], Authors("""
            <html><head><title>北京将新增12条口袋公园步道_网易新闻</title><meta name="author" content="网易"></head><body>
            <h1>北京将新增12条口袋公园步道</h1><div class="post_info">2025-05-06 09:12:33　来源: 北京青年报</div>
            <p>记者从北京市园林绿化局获悉，今年北京将新增12条口袋公园步道，串联中轴线沿线的绿地和公园。</p>
            <p>据介绍，这些步道总长约18公里，将于年底前全部建成。</p>
            <p>文/北京青年报记者 林小溪</p></body></html>
            """));

    [Fact]
    public void ATaiwanesePapersOpeningCreditNamesTheReporter() =>
        Assert.Equal(["陳怡君"], Authors("""
            <html><head><title>捷運環狀線北環段 2031年通車 - 生活 - 自由時報電子報</title></head><body>
            <h1>捷運環狀線北環段 2031年通車</h1><div class="time">2024/08/20 05:30</div>
            <p>〔記者陳怡君／台北報導〕台北捷運環狀線北環段工程進度超前，市府交通局昨天表示，預計2031年可望通車，將串連內湖、士林與北投等地區，沿線居民通勤時間可望大幅縮短。</p>
            <p>交通局表示，北環段全長約14.9公里，共設12座車站。</p></body></html>
            """));

    [Fact]
    public void AWireStorysReportersOutrankAnAgencyInTheAuthorField() =>
        Assert.Equal(["沈思远", "郑可欣"], Authors("""
            <html><head><title>浙江前8个月新开通城乡公交线路120条_新浪新闻</title><meta property="article:author" content="新华网"></head><body>
            <h1>浙江前8个月新开通城乡公交线路120条</h1>
            <p>新华社杭州9月10日电（记者沈思远、郑可欣）记者从浙江省交通运输厅获悉，今年1至8月，浙江新开通城乡公交线路120条，新增公交站点1800余个。</p>
            <p>据介绍，浙江将继续推进城乡公交一体化。</p></body></html>
            """));

    [Fact]
    public void ATaiwaneseWiresReportersInsideItsBracketOutrankTheAgencyAndTheEditor() =>
        // CNA names its reporter between the agency and the place ("（中央社記者王小明台北20日電）"); the author field names
        // the agency, the sign-off the editor who put the story up.
        Assert.Equal(["王小明"], Authors("""
            <html><head><title>東北季風增強 北部明晨低溫探14度 | 生活 | 聯合新聞網</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"東北季風增強 北部明晨低溫探14度","author":{"@type":"Person","name":"中央社"}}</script></head><body>
            <h1>東北季風增強 北部明晨低溫探14度</h1><span class="article-content__author"><a href="https://udn.com/news/reporter/cna">中央社</a> / 台北20日電</span>
            <p>（中央社記者王小明台北20日電）東北季風今天起增強，中央氣象署表示，北部及東北部天氣轉涼，明天清晨北部低溫可能降至14度左右，民眾外出應注意保暖。</p>
            <p>氣象署預報員指出，這波東北季風影響時間將持續到週末。</p><p>（編輯：張小華）1141120</p></body></html>
            """));

    [Fact]
    public void AJapanesePapersReportersClosingTheLeadAreTheAuthors() =>
        Assert.Equal(["山田太郎", "佐藤花子"], Authors("""
            <html lang="ja"><head><title>能登の仮設住宅、入居期限を延長へ　石川県 | 毎日新聞</title></head><body>
            <h1>能登の仮設住宅、入居期限を延長へ　石川県</h1><time>2025/11/20 09:15</time>
            <p>石川県は20日、能登半島地震の被災者が暮らす仮設住宅の入居期限を延長する方針を明らかにした。年度内にも対象や条件を決める。【山田太郎、佐藤花子】</p>
            <p>県によると、仮設住宅には現在も約1万人が暮らしている。</p></body></html>
            """));

    [Fact]
    public void ALabelInBracketsOpeningALineIsNoReporter() =>
        Assert.Empty(Authors("""
            <html lang="ja"><head><title>能登の仮設住宅、入居期限を延長へ</title></head><body><h1>能登の仮設住宅、入居期限を延長へ</h1>
            <p>【速報】石川県は20日、能登半島地震の被災者が暮らす仮設住宅の入居期限を延長する方針を明らかにした。</p></body></html>
            """));

    [Fact]
    public void ALabelInsideALinkIsNoByline() =>
        Assert.Empty(Authors("""
            <html><head><title>子どもへの体罰を禁止する法律ができる</title></head><body><h1>子どもへの体罰を禁止する法律ができる</h1>
            <p>子どもへの体罰を禁止する法律ができました。</p><p><a href="/saiyo">キャリア採用 記者募集</a></p></body></html>
            """));

    [Fact]
    public void AKoreanReporterLineOutranksTheAgencyInTheAuthorTag() =>
        Assert.Equal(["김민수"], Authors("""
            <html><head><title>서울시, 심야 자율주행버스 4개 노선 추가 | 다음뉴스</title><meta property="og:article:author" content="연합뉴스"></head>
            <body><h3 class="tit_view">서울시, 심야 자율주행버스 4개 노선 추가</h3>
            <span class="info_view"><span class="txt_info">김민수 기자</span><span class="txt_info">입력 2026. 3. 3. 06:00</span></span>
            <p>서울시가 오는 7월부터 심야 자율주행버스 노선을 4개 추가해 모두 7개 노선으로 확대한다고 3일 밝혔다.</p></body></html>
            """));

    [Fact]
    public void ACorrespondentsCityBeforeTheSlashIsNoName() =>
        Assert.Equal(["송지우"], Authors("""
            <html><head><title>중국, 희토류 수출 통제 일부 유예</title></head><body><h3>중국, 희토류 수출 통제 일부 유예</h3>
            <p class="text">중국 상무부가 20일 희토류 수출 통제 조처 가운데 일부를 1년간 유예한다고 발표했다.</p>
            <p class="text">베이징/송지우 특파원 jiwoo@hani.co.kr</p></body></html>
            """));

    [Theory]
    [InlineData("기자명 이서연 기자")]
    [InlineData("[호반일보=이서연 기자]")]
    [InlineData("이서연 기자 seoyeon@hoban.example")]
    public void AKoreanReporterFieldsLabelOrThePapersNameInBracketsIsNoName(string line) =>
        Assert.Equal(["이서연"], CjkByline.KoreanReporters(line));

    [Fact]
    public void ABracketOpenedWithoutItsCloseIsNoReporterLine() =>
        Assert.Null(CjkByline.KoreanReporters("[호반일보=이서연 기자"));
}
