using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class AppealBoxTests
{
    private static bool IsAppeal(string box)
    {
        var body = DocumentParser.Parse("<html><body>" + box + "</body></html>").Body!;
        return AppealBox.Is(body.FirstElementChild!, AppealBox.PaymentLinkHolders(body));
    }

    [Theory]
    // Dari: "Independent journalism needs your support … Support us with a monthly contribution", to the support page.
    [InlineData("<div class='etr-donate-box'><p class='donate-title'>روزنامه‌نگاری مستقل به حمایت شما نیاز دارد</p><p>اطلاعات روز با کمک خوانندگانش " +
                "گزارش‌هایی را منتشر می‌کند که دیگران نمی‌نویسند. با کمک ماهانه از ما حمایت کنید.</p><a href='https://www.example.com/support/'>همین حالا حمایت کنید</a></div>")]
    // An offer of the paid tier, nudging subscribers to log in: no word of journalism needed.
    [InlineData("<div class='MainStory_subsBox'><div class='MainStory_subsHd'>Subscribe to Market Pulse Premium</div><p>Exclusive stories, " +
                "curated newsletters, 26 years of archives, e-paper, and more!</p><a href='/subscribe?utm_source=article_bottom'>Subscribe @ ₹249/month</a>" +
                "<p>Already subscribed? <a href='/login'>Log in</a></p></div>")]
    // Hungarian: "Did you like the article? Napi Mérleg lives on its readers' support", the button to the support page.
    [InlineData("<div class='article_support__Zc1aQ'><p>Tetszett a cikk? A Napi Mérleg az olvasói támogatásokból működik.</p>" +
                "<a href='/tamogatas'>Támogatom a Napi Mérleget</a></div>")]
    // Hungarian: "Support Telex! Telex is made with your support. If independent journalism matters to you …"
    [InlineData("<div class='support-box'><p>Támogasd a Telexet!</p><p>A Telex a te támogatásoddal készül. Ha fontos neked a független " +
                "újságírás, legyél te is Telex-támogató.</p><a class='btn' href='https://tamogatas.telex.hu/'>Támogatom</a></div>")]
    // French, on a Ghost callout card: an independent medium funded by its readers, and the button to the portal.
    [InlineData("<div class='kg-card kg-callout-card'><div class='kg-callout-text'>Cet article vous a plu ? Le Marsien est un média " +
                "indépendant financé par ses lecteurs. <a href='#/portal/signup'>Soutenez-nous</a>.</div></div>")]
    // "By subscribing, you can help us get the story right", and a Spanish one asking for the reader's "aporte".
    [InlineData("<div class='jt-support-note'><p>In a time of both misinformation and too much information, quality journalism is more crucial than ever.<br>" +
                "By subscribing, you can help us get the story right.</p><a href='https://www.japantimes.co.jp/subscribe/'>Subscribe now</a></div>")]
    [InlineData("<div class='p12-sumate-box'><div class='title'>Sumate a la comunidad de Página/12</div><p>Defendé el periodismo profesional y " +
                "comprometido. Con tu aporte hacemos posible otra mirada.</p><a class='btn' href='https://sumate.pagina12.com.ar/'>Quiero sumarme</a></div>")]
    [InlineData("<div class='partner-box'><p>Hazte socio/a de elDiario.es</p><p>Sin ti no es posible. El periodismo que haces posible con tu cuota no depende " +
                "de grandes anunciantes ni de bancos.</p><a href='https://www.eldiario.es/socios/'>Hazte socio/a</a></div>")]
    // A link that only says "subscribing" to a bare path, and an appeal that speaks of "our coverage".
    [InlineData("<div class='article__support'><h2>On supporting science journalism</h2><p>If you're enjoying this article, consider " +
                "supporting our award-winning journalism by <a href='https://www.example.com/getsci/'>subscribing</a>.</p></div>")]
    [InlineData("<div class='article__standup'><h2>It's Time to Stand Up for Science</h2><p>If you enjoyed this article, I'd like to ask " +
                "for your support.</p><p>If you subscribe, you help ensure that our coverage is centered on meaningful research.</p>" +
                "<a class='button' href='https://www.example.com/getsci/'>Subscribe</a></div>")]
    // Ukrainian: "Dear readers! … We remain an independent medium, so your support matters …", and the button to the
    // support site.
    [InlineData("<div class='post_support_block'><div class='post_support_title'>Шановні читачі!</div><p>\"Українська правда\" працює для вас з " +
                "2000 року. Ми залишаємося незалежним медіа, і тому нам дуже важлива ваша підтримка.</p>" +
                "<a href='https://support.pravda.com.ua/'>Підтримати</a></div>")]
    // What the reader pays for named as a news service.
    [InlineData("<div class='wp-block-group support-box'><h3>Support our Nation today</h3><p>For the price of a cup of coffee a month you can " +
                "help us create an independent, not-for-profit, national news service for the people of Wales, by the people of Wales.</p>" +
                "<a href='https://nation.cymru/support-us/'>Support Nation.Cymru</a></div>")]
    // A donation page by its Spanish word ("/dona/", "Haz tu aporte aquí"), and an appeal for readers "like you to pay for it".
    [InlineData("<div class='faro-dona-box'><p><strong>Apoya el periodismo independiente.</strong> En Faro Venezuela no tenemos muro de pago: " +
                "nuestro trabajo se sostiene gracias a lectores como tú. <a href='https://farovenezuela.com/dona/'>Haz tu aporte aquí</a>.</p></div>")]
    [InlineData("<div class='tp-support-box'><h3>Why news media is in crisis &amp; How you can fix it</h3><p>India needs free, fair and questioning " +
                "journalism even more as it faces multiple crises. Sustaining journalism of this quality needs smart and thinking people like you " +
                "to pay for it.</p><a class='tp-support-btn' href='https://theprism.in/subscribe/?utm_source=article-bottom'>Subscribe Now</a></div>")]
    [InlineData("<div class='article-donate'><strong>Підтримайте незалежну журналістику Вінниччини.</strong> Ми працюємо завдяки читачам. " +
                "<a href='/pidtrymaty/' class='btn'>Стати донором</a></div>")]
    // A journal's access box: its subscription priced per period, no word of journalism.
    [InlineData("<div class='c-nature-box'><h2>Access options</h2><p><a href='https://wayf.example/'>Access through your institution</a></p>" +
                "<div class='offer'><p>Get Nexus+, our best-value online-access subscription</p><p>$32.99 / 30 days</p><p>cancel any time</p>" +
                "<a href='/subscribe/nexus-plus'>Learn more</a></div></div>")]
    public void AnAppealInMoreLanguagesIsAnAppeal(string box) => Assert.True(IsAppeal(box));

    [Theory]
    // The story's own paragraphs on support, without a link that takes money.
    [InlineData("<div><p>A kormány támogatást ígért a gazdáknak, de az újságírás szabadságáról nem esett szó.</p></div>")]
    // A story's sentence on a price rise, beside a link to the service it names.
    [InlineData("<div><p>The streaming service raised its basic plan to $17.99 per month for new customers, <a href='https://example.com/subscribe'>its site</a> shows.</p></div>")]
    [InlineData("<div class='kg-callout-text'>Le média indépendant a été racheté en mai. <a href='/2025/05/rachat'>Lire l'enquête</a>.</div>")]
    // A story's link to a Donald Trump page is no donation page.
    [InlineData("<div><p>El periodismo local y los lectores como tú esperan respuestas. <a href='https://example.com/tag/donald-trump/'>Más sobre Trump</a></p></div>")]
    // A story on subscriptions saying who has one, with no payment link.
    [InlineData("<div><p>Those already subscribed to the streaming service will pay the new price from March, the company said. " +
                "<a href='/business/streaming-prices'>Read more on prices</a></p></div>")]
    public void StoryTextOnSupportIsNoAppeal(string box) => Assert.False(IsAppeal(box));
}
