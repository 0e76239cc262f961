using ArticleExtract.Cleaning;
using ArticleExtract.Metadata;
using ArticleExtract.Metadata.Dates;
using ArticleExtract.Normalization;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class BlockFilterTests
{
    private const string Sentence = "The council approved the budget on Tuesday after a long debate about schools.";
    private static readonly PageMetadata Metadata = new() { Headline = "Council approves budget", Byline = "Jane Doe" };

    [Theory]
    [InlineData("veryGood! (63)")]
    [InlineData("Нашли ошибку? Выделите фрагмент текста и нажмите Ctrl+Enter.")]
    [InlineData("Нашли ошибку? Сообщите нам")]
    [InlineData("Spot an error? Let us know.")]
    [InlineData("Matnda xatolik topdingizmi? Uni belgilang va Ctrl + Enter tugmalarini bosing.")]
    [InlineData("Kun.uz’ni Telegram, Instagram va Facebook’da kuzatib boring.")]
    [InlineData("Пратите нас и на Телеграму – најважније вести из Шумадије стижу прво тамо.")]
    [InlineData("Pratite nas na Facebooku i Instagramu.")]
    // Argentine voseo: "Unite", "Sumate", "Seguinos".
    [InlineData("Unite al canal de WhatsApp de Señal Noticias y enterate de todo lo que pasa antes que nadie.")]
    [InlineData("Seguinos en Instagram para ver todas las novedades.")]
    // A chart's caption and its source; the Greek ad label.
    [InlineData("ETH/USD daily chart. Source: CoinPulse Markets")]
    [InlineData("Διαφήμιση")]
    // A TV station's app offer after a promise; a German tip line by messenger; a broadcaster's repost note; a regional
    // newsletter introducing itself; the link to the section's page; a player's stub with its running time.
    [InlineData("Stay up to date with severe weather alerts by downloading the KXNW 4Warn Weather app.")]
    [InlineData("Hast du etwas gesehen oder gehört, das wir wissen sollten? Schick uns deinen News-Tipp per WhatsApp.")]
    [InlineData("Dieser Beitrag wurde vom Hessischen Rundfunk übernommen.")]
    [InlineData("Unser Ebersberg-Newsletter informiert Sie regelmäßig über alle wichtigen Geschichten aus Ihrer Region.")]
    [InlineData("Mehr Nachrichten aus dem Landkreis Ebersberg lesen Sie hier.")]
    [InlineData("Audio: Umbau statt Neubau - lohnt sich das? 2 Min")]
    // A gallery's label in lenticular brackets before its title.
    [InlineData("【写真特集】干上がる貯水池、カリフォルニアの春")]
    // A player's list of clips on a topic, its clips gone.
    [InlineData("SUGGESTED VIDEOS: Local Politics")]
    // A source's credit and the stamps, the meta row under the headline as one block.
    [InlineData("Fuente: Andina Publicado el 9 de mayo de 2025 · 11:20 a. m. Actualizado el 9 de mayo de 2025 · 01:05 p. m.")]
    [InlineData("Source: Reuters Published June 3, 2025 at 2:20 PM")]
    [InlineData("Lexo edhe:")]
    [InlineData("Reklamë")]
    [InlineData("- 廣告 -")]
    [InlineData("Published:")]
    // An Italian ad label, a programme's promo behind a player's icon, a newsletter's promise.
    [InlineData("ADV")]
    [InlineData("¿Ya te suscribiste? Disfruta de contenido exclusivo con el Plan Digital desde S/ 1 el primer mes.")]
    [InlineData("Todo lo que tenés que saber antes de que abra la rueda. De lunes a viernes en tu casilla.")]
    [InlineData("This content is provided by EIN Presswire. The KVRX 7 newsroom was not involved in its creation.")]
    [InlineData("📺 Assista: tudo sobre o Paulistão no placar, na TV Paulista e no canal Placar TV")]
    [InlineData("Scores, analysis and the best of IPL 2025 in your inbox every evening.")]
    [InlineData("Aktualisiert:")]
    [InlineData("Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Bądź na bieżąco! Obserwuj nas w Wiadomościach Google.")]
    [InlineData("Acesse o canal de GZH no WhatsApp e receba as principais notícias do dia no seu celular. Clique aqui.")]
    [InlineData("Если вы стали свидетелем интересного события, присылайте информацию, фото и видео на наш WhatsApp: +7 701 000 00 00")]
    [InlineData("This article has been reviewed according to Science X's editorial process and policies. Editors have highlighted the following attributes while ensuring the content's credibility:")]
    [InlineData("fact-checked")]
    [InlineData("after newsletter promotion")]
    [InlineData("Start the day with a summary of the day’s most important and interesting stories, analysis and insights. Sign up for our Morning Edition newsletter.")]
    [InlineData("Une élève reçoit sa dose de vaccin au centre de santé urbain de Soba, à Korhogo. (Ph: AIP)")]
    [InlineData("Beställ HBL:s nyhetsbrev och få dagens viktigaste nyheter direkt i din e-post.")]
    [InlineData("Meld deg på nyhetsbrevet vårt og få de viktigste sakene hver morgen.")]
    [InlineData("Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset sähköpostiisi.")]
    [InlineData("Photography by Marcus Bell / The Circuit")]
    [InlineData("Photos by Jane Doe for The Example Times")]
    [InlineData("Citation: Skin patch measures stress hormone in sweat (2025, March 14) retrieved 15 March 2025 from https://example.org/news/2025-03-skin-patch.html")]
    [InlineData("This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.")]
    [InlineData("peer-reviewed publication")]
    [InlineData("edited by Hannah Berg, reviewed by Tomas Wright")]
    [InlineData("Medically reviewed by Jane Roe, MD — Written by John Doe")]
    [InlineData("Like (12)")]
    [InlineData("Views: 1,234")]
    [InlineData("Markets Views: 4,581 Source: Wealth Nexus Pro")]
    [InlineData("Related video above: Whale researchers track new calves off Cape Cod")]
    [InlineData("0 Comments")]
    [InlineData("1.2K views")]
    [InlineData("24.6k32")]
    [InlineData("24.6k")]
    [InlineData("3 Kommentare")]
    [InlineData("点赞 63")]
    [InlineData("阅读：1234")]
    [InlineData("This article is from AP. If there is any infringement, please contact us for deletion.")]
    [InlineData("本文转载自新华社，如有侵权请联系删除。")]
    [InlineData("Advertisement")]
    [InlineData("বিজ্ঞাপন")]
    [InlineData("শেয়ার করুন")]
    [InlineData("Current:Home > News")]
    [InlineData("Home » World » Asia")]
    [InlineData("12345")]
    [InlineData("Share full article")]
    [InlineData("Copy link")]
    [InlineData("View transcript")]
    [InlineData("Listen to this article · 5 min")]
    [InlineData("Sign up for The Morning newsletter from our newsroom. Get the news you need in your inbox every day.")]
    [InlineData("Never miss the latest news by signing up to our newsletter today!")]
    [InlineData("Get the latest news delivered to your inbox every morning.")]
    [InlineData("This article was automatically generated from a feed and has not been edited by our staff.")]
    [InlineData("This post republishes a Yonhap News Agency report for educational purposes.")]
    [InlineData("Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.")]
    [InlineData("請繼續下滑閱讀")]
    [InlineData("En ABC y nuestros socios usamos cookies para fines analíticos y para mostrarte publicidad personalizada.")]
    [InlineData("BoT Governor Emmanuel Tutuba briefs journalists in Dar es Salaam on Thursday. PHOTO | ERICKY BONIPHACE")]
    [InlineData("11月18日，工人在安徽合肥一家新能源汽车企业的总装车间作业。新华社记者 张明 摄")]
    [InlineData("11月20日，市民在香港街头观看施政报告直播。（新华社记者 陈铎 摄）")]
    [InlineData("天平路街道新建的口袋公园内，居民在步道上散步。澎湃新闻记者 陈嘉禾 图")]
    [InlineData("杨浦区一处由单位附属绿地改造而成的口袋公园效果图。图片来源：上海市绿化和市容管理局")]
    [InlineData("6日上午，广东清远，应急抢险人员在低洼路段设置警示标志。（图片来源：视觉中国）")]
    [InlineData("乌东小学学生在“科学小站”里观察昆虫标本。 孙立君摄")]
    [InlineData("游客在锦屏县境内修复后的古驿道上徒步。 潘志远摄（人民视觉）")]
    [InlineData("▲無尾熊寶寶首度從育兒袋探出頭來。（圖／台北市立動物園提供）")]
    [InlineData("Closed captioning is available for this video. Tap the CC button to enable it.")]
    [InlineData("Bu haber, Anadolu Ajansı (AA) abonelik sözleşmesi çerçevesinde yayımlanmaktadır. Haberin izinsiz kopyalanması yasaktır.")]
    [InlineData("Mətndə səhv görsəniz, onu seçib Ctrl+Enter düymələrini sıxın.")]
    [InlineData("社区议事会上，住户们为加梯方案逐项打分。社区供图")]
    [InlineData("资料图：东城区一处已建成的口袋公园。图/视觉中国")]
    [InlineData("点赞 128 收藏 我要举报")]
    [InlineData("【関連記事】")]
    [InlineData("[Related]")]
    [InlineData("📱 Baixe o app do g1 para ver notícias em tempo real e de graça")]
    [InlineData("Download the Example News app for breaking alerts")]
    [InlineData("《 人民日报 》（ 2025年11月20日 第 01 版）")]
    [InlineData("¿Qué te pareció esta noticia?")]
    [InlineData("AI Summary")]
    [InlineData("■ 관련기사")]
    [InlineData("The next time we write about any of these orgs, we’ll email you a link to the story. You may edit your settings or unsubscribe at any time.")]
    [InlineData("Mit der Anmeldung erhalten Sie unsere Morgenlage. Sie können sich jederzeit abmelden.")]
    [InlineData("Folgen Sie uns auf Twitter Liken Sie uns auf Facebook")]
    [InlineData("© 2025 Example News. All rights reserved.")]
    [InlineData("Copyright 2023 Sunbeam Television Corp. All rights reserved.")]
    [InlineData("PTI AKV SKY SKY")]
    [InlineData("Red flag warning: What it means for you0:57")]
    [InlineData("Storm Team 7 forecast: Windy and warm Friday2:31")]
    [InlineData("서울 지하철 개찰구 [연합뉴스 자료사진]")]
    [InlineData("대중교통 요금 조정안 [서울시 제공. 재판매 및 DB 금지]")]
    [InlineData("This report is auto-generated from Syndicate news feed. ThePrint holds no responsibility for its content.")]
    [InlineData("(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)")]
    [InlineData("This story has been published from a wire agency feed without modifications to the text.")]
    [InlineData("Bild 1 von 10")]
    [InlineData("Čítajte aj: Ako rozoznať chrípku od prechladnutia")]
    [InlineData("Pročitajte i: Koliko košta kuhano vino na adventu")]
    [InlineData("Pilihan Editor: Mengapa Lewotobi Sering Erupsi? Ini Penjelasan Ahli")]
    [InlineData("โฆษณา")]
    [InlineData("Hirdetés")]
    [InlineData("Scroll ke bawah untuk melanjutkan membaca")]
    [InlineData("How does this make you feel?")]
    [InlineData("Free weekly newsletter")]
    [InlineData("Aktualisiert vor 2 Std.")]
    [InlineData("Artikel vorlesen lassen· 5 Min.")]
    [InlineData("Listen to this article 5 min")]
    [InlineData("The Associated Press is an independent global news organization dedicated to factual reporting.")]
    [InlineData("Wealth Nexus Pro does not provide investment advice. Quotes delayed at least 15 minutes. Market data provided by ICE Data Services.")]
    [InlineData("Get in touch with BBC Wales: have you been affected by the port closure? Email us or WhatsApp 0330 123 4567.")]
    [InlineData("Have you been affected by the flooding? Get in touch by emailing haveyoursay@example.co.uk.")]
    [InlineData("Photo 3 of 12")]
    [InlineData("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.")]
    [InlineData("For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.")]
    [InlineData("¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación.")]
    [InlineData("¡Mira lo que tiene nuestro canal de YouTube!")]
    [InlineData("Warning: Creating default object from empty value in /www/htdocs/w0094d70/wp-includes/classes.php on line 407")]
    [InlineData("Deprecated: Assigning the return value of new by reference is deprecated in /www/blog/wp-settings.php on line 512")]
    [InlineData("Dieses Skript als PDF herunterladen")]
    [InlineData("Download this article as PDF")]
    [InlineData("- Anzeige-")]
    [InlineData("Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu. Weitere Informationen")]
    [InlineData("Do you want to be informed of DiEM25's actions? Sign up here")]
    [InlineData("Submit your letter to the editor via this form. Read more Letters to the Editor.")]
    [InlineData("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS")]
    [InlineData("This entry was posted in Allgemein. Bookmark the permalink.")]
    [InlineData("Schlagworte: Cybercrime, Cyberkrieg, Cybersecurity, Hacking")]
    [InlineData("Filed under: Politics, Budget")]
    [InlineData("Comments are closed.")]
    [InlineData("Have a news tip? Email us at tips@dailyexample.com.")]
    [InlineData("Send us your photos of the storm at photos@example.com")]
    [InlineData("PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?")]
    [InlineData("【相關新聞】屯馬綫上月兩度延誤 港鐵：已更換部分設備")]
    [InlineData("MIRA: Madre se acerca a conocer los motivos de captura de su hijo")]
    [InlineData("Related video: Arizona wildfire forces thousands to evacuate (KNXV)")]
    [InlineData("Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO")]
    [InlineData("Lee Elder war beim Masters 1975 der Zuschauermagnet. | © Augusta National/Getty Images")]
    [InlineData("Roman Prymula, photo: Archives du Gouvernement tchèque")]
    [InlineData("North Korean leader Kim Jong Un visits a munitions factory. (KCNA via AP)")]
    [InlineData("Netanyahu reacts as he visits the Western Wall in Jerusalem on March 18. (Thomas Coex/AFP/Getty Images)")]
    [InlineData("Kim Jong Un inspects a factory on Friday. (AP Photo/Ahn Young-joon, File)")]
    [InlineData("Relatives of passengers on AirAsia flight QZ 8501 console each other (Getty)")]
    [InlineData("A farmer drives his tractor past the Eiffel Tower (Getty Images/AFP)")]
    [InlineData("Used lithium-ion battery cells are seen at a recycling plant in Hanover, Germany, January 22, 2025. REUTERS/Fabian Bimmer/File Photo")]
    [InlineData("European Commission President Ursula von der Leyen speaks in Brussels. REUTERS/Yves Herman")]
    [InlineData("Regulars fill the counter at Rosie's Diner on a weekday morning in February. Photo by Lucía Ferrer for Metro Pulse")]
    [InlineData("Bus listrik TransJakarta melintas di kawasan Sudirman, Jakarta. ANTARA FOTO/Aprillio Akbar/nym.")]
    [InlineData("Źródło zdjęcia głównego: ELVIS GONZALEZ/PAP/EPA")]
    [InlineData("In this photo dated Tuesday, Nov. 29, 2016 the Soyuz-FG rocket booster with the Progress MS-04 cargo ship is installed on a launch pad in Baikonur, Kazakhstan. The cargo ship broke up over Siberia on Thursday. (Oleg Urusov/Roscosmos Space Agency Press Service photo via AP)")]
    [InlineData("Utopie oder Dystopie? In Südkorea zeigt eine App, an welchen Orten Menschen waren, die später positiv getestet wurden (Foto: picture alliance/Kyodo)")]
    [InlineData("1/5 Am Freitagabend krachte ein 19-jähriger Neulenker in Lenzburg in eine Leitplanke. (Bild: Kantonspolizei Aargau)")]
    [InlineData("Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist klar ersichtlich.")]
    [InlineData("Image illustrative : Lots of Lego Minifigures by Ninja Brick, en licence Creative Commons by")]
    [InlineData("If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.")]
    [InlineData("If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!")]
    [InlineData("DHB jetzt auch digital! Einfach hier klicken und für das digitale DHB registrieren!")]
    [InlineData("Lade weitere Inhalte ...")]
    [InlineData("Zum Seitenanfang »")]
    [InlineData("Vergrößern Eine kleine runde Aussparung für die Facetime-Kamera im Display des iPhones 14.")]
    [InlineData("Reading time: 4 minutes")]
    [InlineData("Lesezeit: ca. 5 Minuten")]
    [InlineData("6 min de lecture")]
    [InlineData("⏱ 4 min de lecture")]
    [InlineData("Lecture 3 min")]
    [InlineData("Lettura: 4 minuti")]
    [InlineData("Möchten Sie den Artikel teilen?")]
    [InlineData("Artikel gefallen? Vergiss nicht zu teilen!")]
    [InlineData("Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.")]
    [InlineData("This embed is blocked by your privacy settings. Load the content to see the post from Instagram.")]
    [InlineData("© 2022, Example News. This article is the copyrighted property of Example News. Written permission must be obtained before reprint in online or print media. REPRINTING CONTENT WITHOUT PERMISSION AND/OR PAYMENT IS THEFT AND PUNISHABLE BY LAW.")]
    [InlineData("To view the full story, please subscribe to The Example Times. You can choose an Annual Subscription or a Weekly Pass.")]
    [InlineData("This article is available to subscribers only. Subscribe now for unlimited access.")]
    [InlineData("Support independent journalism. Become a member today.")]
    [InlineData("Click here to read more stories from Daily Example.")]
    [InlineData("We use cookies to improve your experience. By continuing you accept our use of cookies.")]
    [InlineData("Share on Facebook Share on X Copy link")]
    [InlineData("Published June 3, 2025 at 2:20 PM")]
    [InlineData("Updated 3:45 PM EST")]
    [InlineData("Aktualisiert am 04.02.2022")]
    [InlineData("Stand: 05. Februar 2020")]
    [InlineData("Permalink: https://www.example.org/news/2021/jan21/story.php")]
    [InlineData("Permalien https://p.example.com/p/RPYx")]
    [InlineData("Imprimer Imprimer cette page")]
    [InlineData("Artikel drucken")]
    [InlineData("Datum: 31/08/2019")]
    [InlineData("ADVERTISEMENT - SCROLL TO CONTINUE")]
    [InlineData("(AP Photo/John Doe)")]
    [InlineData("Read more: City council votes to expand bike lanes downtown")]
    [InlineData("Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.")]
    [InlineData("Take cricket with you everywhere! Get the latest scores, news, highlights, live radio and live video streaming.")]
    [InlineData("Get the most popular articles, blog posts, and slideshows of the past week every Saturday.")]
    [InlineData("El periodismo independiente necesita de tu apoyo. Hazte miembro y cancela cuando quieras.")]
    [InlineData("Unterstützen Sie unabhängigen Journalismus: Werden Sie Mitglied, jederzeit kündbar.")]
    [InlineData("Apoie o jornalismo independente: assine por R$ 9,90 por mês e cancele quando quiser.")]
    [InlineData("Watch: Firefighters battle blaze overnight")]
    [InlineData("Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy")]
    [InlineData("Terms of Use Privacy Policy")]
    [InlineData("Loading...")]
    [InlineData("Publié le 2 nov. 2023 à 16:00Mis à jour le 2 nov. 2023 à 16:16")]
    [InlineData("16:23, Thu, Nov 2, 2023 | UPDATED: 16:32, Thu, Nov 2, 2023")]
    [InlineData("Publié le 20/11/25 à 11h32 — Mis à jour le 20/11/25 à 14h05")]
    [InlineData("Publié le 20 novembre 2025 à 16:21. Modifié le 20 novembre 2025 à 18:02.")]
    [InlineData("Track Latest News Live on NDTV.com and get news updates from India and around the world")]
    [InlineData("Stay updated with the latest City News on Times of India . Catch all the news from Pune, and get updates on Pune weather.")]
    [InlineData("Wird geladen …")]
    [InlineData("REKLAMA")]
    [InlineData("- Reklama -")]
    [InlineData("PublicidadeTexto continua após a publicidade")]
    [InlineData("Dalsza część artykułu pod materiałem wideo")]
    [InlineData("Dalszy ciąg materiału pod wideo")]
    [InlineData("Artiklen fortsætter under annoncen")]
    [InlineData("Saken fortsetter under annonsen")]
    [InlineData("Artikeln fortsätter under annonsen")]
    [InlineData("Het artikel gaat verder onder de advertentie")]
    [InlineData("Der Artikel wird unter der Anzeige fortgesetzt")]
    [InlineData("Artikkeli jatkuu mainoksen jälkeen")]
    [InlineData("El artículo continúa después de la publicidad")]
    [InlineData("Haberin Devamı")]
    [InlineData("03/03/2026 21h35 Atualizado há 2 horas")]
    [InlineData("3 marzo 2026 (modifica il 3 marzo 2026 | 12:05)")]
    [InlineData("aggiornato 3 ore fa")]
    [InlineData("Assinantes podem liberar 7 acessos por dia para conteúdos da Folha.")]
    [InlineData("Artykuł otwarty w ramach bezpłatnego limitu artykułów")]
    [InlineData("📲 Iscriviti al canale WhatsApp di BolognaSera: clicca qui per ricevere le notizie principali.")]
    [InlineData("#자율주행버스 #서울시 #심야버스")]
    [InlineData("이 기사에 대해 어떻게 생각하시나요?")]
    [InlineData("目次")]
    [InlineData("Table of Contents")]
    [InlineData("【関連記事】 ドラッグストア再編加速、地方チェーン買収 半導体装置メーカー、過去最高益の見通し")]
    [InlineData("서울 시내를 달리는 심야 자율주행버스 [서울시 제공. 재판매 및 DB 금지]")]
    [InlineData("Da non perdere: le notizie ANSA su WhatsApp. Segui il canale ufficiale per ricevere gli aggiornamenti in tempo reale.")]
    [InlineData("Δείτε όλες τις τελευταίες Ειδήσεις από την Ελλάδα και τον Κόσμο, τη στιγμή που συμβαίνουν, στο protothema.gr")]
    [InlineData("Read all the latest news from the region at Example.com")]
    [InlineData("Get the Climate Forward newsletter, which helps you make sense of a changing world.")]
    [InlineData("Recevez la newsletter Planète chaque semaine dans votre boîte.")]
    [InlineData("New here? The Circuit is free, but paid members also get the weekly data briefing and our full archive. Upgrade your subscription")]
    [InlineData("Enjoyed this piece? Become a paid subscriber to support our reporting.")]
    [InlineData("Mit der Registrierung akzeptiere ich die Nutzungsbedingungen. Die Datenschutzerklärung habe ich zur Kenntnis genommen.")]
    [InlineData("Komentowanie artykułów jest dostępne dla zalogowanych prenumeratorów.")]
    [InlineData("Diskuse je přístupná jen přihlášeným uživatelům s ověřeným účtem.")]
    [InlineData("Commenting is available only to logged-in subscribers.")]
    [InlineData("Siga bajando para encontrar más contenido")]
    [InlineData("Conforme a los criterios de The Trust Project")]
    [InlineData("Jump to:")]
    [InlineData("This article is for informational purposes only and is not meant to offer medical advice.")]
    // A player's list's label.
    [InlineData("Video playlist")]
    [InlineData("☆看更多！請加入自由時報粉絲團☆")]
    [InlineData("欢迎关注星辰网WhatsApp频道，第一时间掌握国内外新闻！点击加入")]
    // Calls to follow the site's channel in Arabic and Persian.
    [InlineData("تابعونا على تيليجرام لمتابعة آخر الأخبار")]
    [InlineData("برای دریافت سریع‌ترین اخبار اصفهان، در کانال ایتای اصفهان امروز عضو شوید.")]
    // A release's pointer to its picture may stand before more of the release.
    [InlineData("A photo accompanying this announcement is available at https://www.globenewswire.com/NewsRoom/AttachmentNg/7f1c3e55")]
    // An ad slot's note between dashes, a Kazakh ad label, channel prompts in Russian and Kazakh, a Kazakh typo-report
    // note, a German no-advice note and a betting box's helpline.
    [InlineData("- Articolul continuă mai jos -")]
    [InlineData("Жарнама")]
    [InlineData("Подписывайтесь на ТАСС в MAX - главные новости без лишнего шума")]
    [InlineData("Kazinform-ның Telegram арнасына жазылыңыз – ең маңызды жаңалықтар бірінші болып сізде!")]
    [InlineData("Мәтіннен қате тапсаңыз, оны белгілеп, Ctrl+Enter батырмасын басыңыз")]
    [InlineData("Hinweis: Dieser Artikel stellt keine Anlageberatung dar. Kryptowerte sind hochvolatil.")]
    [InlineData("Closing lines. 21+. Gambling problem? Call 1-800-GAMBLER. Terms apply.")]
    // A rating box's lines and a call for tips on a Polish portal.
    [InlineData("Oceń jakość naszego artykułu:")]
    [InlineData("Twoja opinia pozwala nam tworzyć lepsze treści.")]
    [InlineData("Masz newsa, zdjęcie lub filmik? Napisz do nas na kontakt.portalpolska.pl")]
    // Ad-slot labels in Arabic (between dashes), Hebrew, Kurdish and Georgian.
    [InlineData("- مساحة إعلانية -")]
    [InlineData("פרסומת")]
    [InlineData("ڕیکلام")]
    [InlineData("რეკლამა")]
    // A Spanish error-report note and a WhatsApp channel's invitation with its pitch; ad labels in Spanish, Norwegian,
    // Icelandic, Latvian and Estonian; a related box's one-word label; a reprint licence; a newsletter's referral box.
    [InlineData("¿Encontraste un error en esta nota? Avísanos")]
    [InlineData("Sigue a Radio Sur Austral en WhatsApp")]
    [InlineData("Recibe las noticias más importantes del sur de Chile directamente en tu teléfono.")]
    [InlineData("Anuncio")]
    [InlineData("Annonse")]
    [InlineData("Auglýsing")]
    [InlineData("Reklāma")]
    [InlineData("Reklaam")]
    [InlineData("Relacionado")]
    [InlineData("Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.")]
    [InlineData("Share Capitol Crossing with a friend")]
    [InlineData("You've referred 0 friends. Refer 3 to unlock our legislator cheat sheet.")]
    // The English title an Indian-language portal files its story under; a Chinese portal's repost note; the note under a
    // Nepali machine summary; a read-also label after a pointing mark or in Sinhala; a Marathi ad label; a markets site's
    // stock-picking upsell.
    [InlineData("Web Title: Pune engineers develop low cost handheld soil testing device for farmers")]
    [InlineData("English Summary: Heavy rain alert in five districts")]
    [InlineData("新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。")]
    [InlineData("यो सारांश एआईको सहायताले तयार पारिएको हो र सम्पादकले पुनरावलोकन गरेका छन् ।")]
    [InlineData("▼関連ニュース")]
    [InlineData("මෙයත් කියවන්න:")]
    [InlineData("जाहिरात")]
    [InlineData("¿Qué acciones comprar ahora?")]
    [InlineData("Nuestra IA ha seleccionado las acciones con mayor potencial para noviembre. Descubra las estrategias de ProSelección.")]
    [InlineData("Desbloquear acciones")]
    [InlineData("Which stock should you buy in your very next trade?")]
    // A station's tagline, a subscription's price offer, the consent note in Greek, an office's contact fields, a
    // charity's donation lines and a company blog's recruiting box.
    [InlineData("For the latest news, weather, sports, and streaming video, head to WKRN News 2.")]
    [InlineData("Primer mes por 1€. Información local sin límites, newsletters exclusivas y la edición en papel en tu móvil.")]
    [InlineData("Εμείς και οι συνεργάτες μας αποθηκεύουμε ή/και έχουμε πρόσβαση σε πληροφορίες σε μια συσκευή, όπως cookies, και επεξεργαζόμαστε προσωπικά δεδομένα. Μπορείτε να αποδεχτείτε ή να διαχειριστείτε τις επιλογές σας.")]
    [InlineData("Landesförderinstitut Mecklenburg-Vorpommern Geschäftsbereich Verkehr Telefon: 0385 6363-1420 E-Mail: oepnv@lfi-mv.example")]
    [InlineData("Avec 50 €, vous financez l’entretien d’une pompe solaire pendant un an.")]
    [InlineData("Votre don de 50 € ne vous coûte que 17 € après réduction d’impôt de 66 %.")]
    [InlineData("We’re hiring!")]
    // Swahili read-also and ad labels, the text-size buttons, the Tagalog call to follow, paywall remnants in French and
    // German.
    [InlineData("SOMA PIA:")]
    [InlineData("- Tangazo -")]
    [InlineData("Ukuran huruf: A- A+")]
    [InlineData("Font size: A A A")]
    [InlineData("I-like at i-follow ang Bilis Balita sa Facebook para sa pinakabagong balita.")]
    [InlineData("Article réservé à nos abonnés")]
    [InlineData("Dieser Artikel gehört zum Angebot von KOMPASS+. Sie können ihn auch ohne Abonnement lesen, weil er Ihnen geschenkt wurde.")]
    [InlineData("Jetzt weiterlesen mit KOMPASS+")]
    // Baltic calls to follow, a Latvian portal's and a Kyrgyz agency's terms of reuse, Catalan and bilingual ad labels.
    [InlineData("Seko \"Delfi\" arī Instagram un Telegram kanālā – saņem svarīgākās ziņas ātrāk!")]
    [InlineData("Sekite mus Facebook ir Instagram paskyrose.")]
    [InlineData("Jebkādu Delfi publicēto materiālu pārpublicēšana, citēšana vai izmantošana bez rakstiskas atļaujas ir aizliegta.")]
    [InlineData("При полном или частичном использовании материалов ссылка на AKIpress обязательна.")]
    [InlineData("BTA's English-language service is available on a subscription basis. Quoting is permitted only with reference to BTA.")]
    // A health site's review row and sourcing note, a business site's ethics note, ad and highlight labels, a pager's
    // label, an Indonesian call to join a channel, a picture's credit after a bar.
    [InlineData("Medically reviewed by Kevin Tran, PharmD — Written by Danielle Ferris on November 10, 2025 — Fact checked by Ann Lee")]
    [InlineData("Medical Insight Today has strict sourcing guidelines and draws only from peer-reviewed studies and academic research institutions.")]
    [InlineData("Note: We at StartupKhabar take our ethics very seriously. More information about it can be found here.")]
    [InlineData("Advertisements")]
    [InlineData("Top highlight")]
    [InlineData("How we reviewed this article:")]
    [InlineData("Halaman:")]
    [InlineData("Disclaimer: StockPulse India is not responsible for investment decisions taken on the basis of this news. Stock market investments are subject to market risks.")]
    [InlineData("Transcripts are generated using a combination of speech recognition software and human editors and may contain errors. Please check the corresponding audio before quoting in print.")]
    [InlineData("Dapatkan update berita pilihan setiap hari dari Kompas.com. Mari bergabung di Grup Telegram \"Kompas.com News Update\".")]
    [InlineData("Imagen | Universitat Politècnica de València")]
    [InlineData("|آخر تحديث: 6/5/202509:15 (توقيت مكة)")]
    [InlineData("PUBLICITAT")]
    [InlineData("Publizitatea / Publicité")]
    [InlineData("Hysbyseb | Advertisement")]
    [InlineData("이 기사가 마음에 드셨나요?")]
    [InlineData("Article content")]
    [InlineData("Did you like this article?")]
    [InlineData("당신이 좋아할 만한 콘텐츠")]
    [InlineData("Harbour Fresh Holdings 2863.HK HK$7.76 +0.23 (+3.05%)")]
    [InlineData("HSI 25,912.31 ▲ 0.84%")]
    [InlineData("(c) dpa-infocom, dpa:251120-930-123456/1")]
    [InlineData("この記事は参考になりましたか？")]
    [InlineData("Originally Published -- 8/14/2025 10:02 AM PT")]
    // A Persian row of the page's tools; a Tagalog reading time; a Bosnian read-also line.
    [InlineData("چاپ · ایمیل · اندازه متن: A+ A-")]
    [InlineData("3 minutong pagbasa")]
    [InlineData("VEZANO: GRAS nabavio 25 novih trolejbusa, stižu na proljeće")]
    // A player's transcript note, an offer to save the story behind a sign-up, magazines' issue notes, reaction prompts,
    // a Romanian read-also line spelled with cedillas.
    [InlineData("Transcripción generada automáticamente y revisada por la redacción.")]
    [InlineData("You can save this article by registering for free here. Or sign-in if you have an account.")]
    [InlineData("Published in the print edition of the March 9, 2026, issue, with the headline “Keepers.”")]
    [InlineData("This article appears in the March 2026 issue.")]
    [InlineData("Aus der ZEITPUNKT Nr. 8/2026 Lesezeit: 11 Min.")]
    [InlineData("Este reportaje forma parte del número de marzo de Alameda, ya a la venta en quioscos.")]
    [InlineData("Como você se sente com esta notícia?")]
    [InlineData("¿Qué te ha parecido?")]
    [InlineData("Citeşte şi: Modernizarea DJ 103G, blocată din nou de o contestaţie")]
    // Read counters in Spanish and Turkish, a reaction prompt in Portuguese, a syndication note, a Hebrew update stamp.
    [InlineData("Leído 3.412 veces")]
    [InlineData("12.480 kez okundu")]
    [InlineData("O que você achou?")]
    [InlineData("This story was published via a syndication agreement with Xinhua News Agency.")]
    [InlineData("עודכן: 18.02.26, 10:02")]
    // A read counter as a sentence, an audio player's note, a Ukrainian video teaser's label, a metered paywall's count,
    // a Lithuanian wire's reuse ban, a Hindi portal's syndicated-feed note, a Tamil caption closed by "(file photo)".
    [InlineData("This article has been read 1,873 times.")]
    [InlineData("👁 1.2K बार पढ़ा गया")]
    [InlineData("Audio generated by AI.")]
    [InlineData("Відео дня")]
    [InlineData("Sie lesen diesen Artikel gratis. Noch 2 freie Artikel in diesem Monat. Jetzt Abo lösen")]
    [InlineData("Naujienų agentūros ELTA informacija. Draudžiama ELTA informaciją atgaminti be raštiško sutikimo.")]
    [InlineData("(यह खबर सिंडिकेट फीड से सीधे प्रकाशित की गई है। नवभारत दर्पण ने इसमें कोई बदलाव नहीं किया है।)")]
    [InlineData("பூந்தமல்லி பணிமனையில் நிறுத்தி வைக்கப்பட்டுள்ள ஓட்டுநரில்லா மெட்ரோ ரயில் (கோப்புப் படம்)")]
    // An ad slot's label naming its advertiser, a helpfulness vote and a tool row in French, a header's row of the story's
    // number and its visits in Persian, a quote table's note and a finance site's disclaimer.
    [InlineData("Annonce – Caisse populaire acadienne")]
    [InlineData("Cette nouvelle vous a-t-elle été utile?")]
    [InlineData("A- A+ Imprimer Courriel")]
    [InlineData("کد خبر: ۳۸۴۵۱۲ تعداد بازدید: ۳۴۲۱")]
    [InlineData("News ID: 48213 | Views: 912")]
    [InlineData("Kurse: Xetra, verzögert um 15 Min.")]
    [InlineData("Hinweis: Die Inhalte dienen ausschließlich der Information und stellen keine Anlageberatung oder Aufforderung zum Kauf oder Verkauf von Wertpapieren dar.")]
    [InlineData("This article is for information only and does not constitute investment advice.")]
    // An app's and a messenger channel's plugs, a read count as a sentence, notes on the wire copy a portal runs, rights
    // lines in Portuguese and Italian, and an ad slot's label run into its note.
    [InlineData("📲 Alle News aus OWL in der App: Jetzt kostenlos die OWL-Rundschau-App installieren.")]
    [InlineData("📲 Receba no WhatsApp as notícias do g1 SP")]
    [InlineData("Get Current Updates on India News, Delhi News and more on our app.")]
    [InlineData("18,204 people read this")]
    [InlineData("Disclaimer: This story is from a syndicated feed. Nothing has been changed except the headline.")]
    [InlineData("Questo contenuto è fornito da LaPresse. Stella Notizie non è responsabile dei contenuti delle agenzie.")]
    [InlineData("Estadão Conteúdo - Todos os direitos reservados. É proibido todo tipo de reprodução sem autorização por escrito do Grupo Estado.")]
    [InlineData("© Riproduzione riservata")]
    [InlineData("PUBBLICITÀ Continua a leggere sotto")]
    [InlineData("ADVERTISEMENTL'articolo continua dopo la pubblicità")]
    // Channel and app plugs in Catalan, Rioplatense Spanish, Arabic, Japanese and a US metro paper's; a share count
    // before the reading time; ad labels, reaction prompts and a Korean broadcaster's tip box and tip line;
    // a tool row whose view count the cleaning took.
    [InlineData("Descarrega't l'app de Vallès Actual i rep alertes de l'última hora.")]
    [InlineData("📲 Unix-te al canal de WhatsApp d'Ones Mediterrània i rep les notícies més importants del dia")]
    [InlineData("Seguí a El Oriental en WhatsApp y Google Noticias para recibir las últimas noticias.")]
    [InlineData("تابعوا أخبار سانا على تلغرام")]
    [InlineData("大雪や地震の情報をプッシュ通知でお知らせします。NHKニュース・防災アプリをダウンロード")]
    [InlineData("動画はNHKプラスで配信中です。NHKプラスで見る")]
    [InlineData("#ReadLocal Take Us With You — Real-time updates and all local stories you want right in the palm of your hand.")]
    [InlineData("1.2K veces compartida Lectura: 4 min")]
    [InlineData("Espacio publicitario")]
    [InlineData("¿Te gustó la nota?")]
    [InlineData("이 기사 어땠나요?")]
    [InlineData("■ 제보하기 ▷ 전화 : 02-781-1234, 4444 ▷ 이메일 : kbs1234@kbs.co.kr ▷ 카카오톡 : 'KBS제보' 검색, 채널 추가")]
    [InlineData("공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다.")]
    [InlineData("Print | Email | Font Size: A- A+ |")]
    // A tool row with its read count after the label, an Arabic count in thousands, an app plug naming the phones, a
    // Catalan ad slot's label.
    [InlineData("Email Text: A- A+ Reads: 2,314")]
    [InlineData("2.4 ألف قراءة")]
    // German and Dutch read counts, a share count as a sentence, a Dutch rating row and tool row, a Dutch newsroom's
    // witness question, New Zealand's Local Democracy Reporting note.
    [InlineData("Gelesen: 1.947 mal")]
    [InlineData("Dit bericht is 842 keer gelezen")]
    [InlineData("168 people shared this story")]
    [InlineData("Waardeer dit bericht: Goed (17) Slecht (2)")]
    [InlineData("Print dit bericht | Stuur door aan een vriend | Tekstgrootte: A A A")]
    [InlineData("Zelf iets gezien of gefilmd?")]
    [InlineData("Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.")]
    // A quote box's security code; an archive's age note; Mongolian "did you like this news?" and Montsame's quoting
    // terms; calls to the Telegram channel in Kyrgyz and Burmese, or announcing it; a portal's note on the wire copy it
    // runs; Sinhala read and share counts; a read-aloud button's label; a stock box's label.
    [InlineData("ISIN DE000RHW4001")]
    [InlineData("Esta nota forma parte de nuestro archivo y fue publicada hace más de dos años.")]
    [InlineData("Танд энэ мэдээ таалагдсан уу?")]
    [InlineData("МОНЦАМЭ агентлагийн мэдээг иш татахдаа эх сурвалжийг заавал дурдана уу.")]
    [InlineData("Кабардын расмий Telegram-каналына жазылыңыз: t.me/kabar_kg")]
    [InlineData("နေ့စဉ် သတင်းအကျဉ်းများကို Telegram မှတစ်ဆင့် ရယူလိုက်ပါ။")]
    [InlineData("ရွှေမြေ Telegram Channel")]
    [InlineData("(What's moving Sensex and Nifty Track latest market news, stock tips and expert advice on Bulletin Markets. Also, Bulletin Markets is now on Telegram.)")]
    [InlineData("This article was produced by Reuters and is republished by TradeDesk Daily under license. TradeDesk Daily is not responsible for its content.")]
    [InlineData("කියවීම් 3,412 බෙදාගැනීම් 88")]
    [InlineData("Escuchar esta nota")]
    [InlineData("Valeurs associées")]
    [InlineData("Get the Island Evening Post app on iOS and Android")]
    [InlineData("Continua després de la publicitat")]
    // A Nordic read count and app plug, WhatsApp invitations after a lead-in and behind a link's words,
    // a Greek investment disclaimer, Chinese reaction prompts, a row of reactions and the text-size label.
    [InlineData("Læst 1.203 gange")]
    [InlineData("Hent Limfjordsavisens app til iPhone og Android")]
    [InlineData("Stay updated: Join the Daily Beacon WhatsApp Channel Click here to join")]
    [InlineData("Click here to follow the AccraTimesOnline WhatsApp channel")]
    [InlineData("Το παρόν δεν αποτελεί επενδυτική συμβουλή.")]
    [InlineData("看了这篇新闻，你的心情是？")]
    [InlineData("你對這篇文章有何感受？")]
    [InlineData("👍 赞 128 😂 笑 9 😮 哇 15 😢 哭 3 😡 怒 4")]
    [InlineData("字体大小")]
    // A Persian tool row; readers' comments disowned under a label, in Urdu and English; a republishing note set off by a
    // dash; the Turkish and Urdu words for "sponsored".
    [InlineData("نسخه چاپی ارسال به دوستان اندازه متن: کوچک بزرگ")]
    [InlineData("نوٹ: آئینہ نیوز اور اس کی پالیسی کا کمنٹس سے متفق ہونا ضروری نہیں۔")]
    [InlineData("Note: The views expressed in the comments do not reflect those of the Herald.")]
    [InlineData("– This article was first published by RNZ and is republished here under a Creative Commons licence.")]
    [InlineData("Sponsorlu")]
    [InlineData("اسپانسرڈ")]
    // A share count, a gallery's counter, a correction prompt, a reaction prompt, an Armenian reading time, an Azerbaijani
    // agency's terms of quoting, a broadcaster's programme note, a Hindi portal's note on an unedited wire story, a
    // Ukrainian channel plug, a Dutch newsletter's promise, an audio player's line with its notice, a Hindi app plug.
    [InlineData("Geteilt: 1,8 Tsd.")]
    [InlineData("Фотогалерея: 6 фото")]
    [InlineData("Fehler gefunden? Jetzt melden.")]
    [InlineData("Wie findest du das?")]
    [InlineData("Կարդալու ժամանակը՝ 2 րոպե")]
    [InlineData("AZƏRTAC-ın materiallarından istifadə edərkən istinad mütləqdir.")]
    [InlineData("Dieser Beitrag begleitet die Sendung Alpenfunk-Morgenjournal, 21.1.2026, 7.00 Uhr.")]
    [InlineData("(यह खबर एजेंसी फीड से सीधे प्रकाशित की गई है। इसे लाइव भारती टीम ने संपादित नहीं किया है।)")]
    [InlineData("💬Новини Миколаєва та області оперативно — у Telegram-каналі Суспільне Миколаїв")]
    [InlineData("Schrijf je in op onze nieuwsbrief en mis niets meer.")]
    [InlineData("Artikel anhören 5:12 Die Audioversion wird automatisch generiert.")]
    [InlineData("रहें हर खबर से अपडेट, डाउनलोड करें Android Hindi News App")]
    // Text-size buttons in Swedish, a French witness call by messenger, Latvian and Estonian bans on republishing.
    [InlineData("Textstorlek: A A A")]
    [InlineData("Vous avez été témoin d'un événement ? Envoyez-nous vos photos via WhatsApp au 0470/00.00.00")]
    [InlineData("Publikācijas tiek ievietotas saskaņā ar līgumu ar aģentūru LETA. Jebkāda publicēto materiālu pārpublicēšana bez rakstiskas atļaujas ir aizliegta.")]
    [InlineData("Materjalide kopeerimine ja avaldamine ilma toimetuse loata on keelatud.")]
    // An eye icon's page views; a Kannada row of reactions; a photo's credit in Italian brackets; a Japanese wire note; a
    // Hebrew WhatsApp call; an Italian subscription offer.
    [InlineData("👁 1,087 PV")]
    [InlineData("😍 ಖುಷಿ 312👏 ಶಹಬ್ಬಾಸ್ 87😐 ಸಾಮಾನ್ಯ 11")]
    [InlineData("L'autobotte in piazza Annunziata (foto InfoCaudina)")]
    [InlineData("共同通信が配信した記事です。一部の記事は会員限定です。")]
    [InlineData("ראיתם הצפה? שלחו לנו בוואטסאפ 050-0000000")]
    [InlineData("Tutte le notizie del porto, ogni giorno. Abbonati a La Gazzetta Tirrenica: il primo mese a 1 euro.")]
    // An eye icon's views in Spanish; AGERPRES's rights line; picture credits in Polish and Cebuano.
    [InlineData("👁 4,812 vistas")]
    [InlineData("Drepturile de autor pentru producţia de presă (text, foto şi/sau video) aparţin AGERPRES. Preluarea se face doar în limita a 500 de caractere.")]
    [InlineData("fot. Krzysztof Łokaj / Kurier Podkarpacki")]
    [InlineData("Hulagway ni Alex Badayos")]
    public void DropsWidgetLabelsCountersAndBreadcrumbs(string chrome) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, chrome, Sentence], Metadata));

    private const string ContactFields = "Landesförderinstitut Mecklenburg-Vorpommern Geschäftsbereich Verkehr Telefon: 0385 6363-1420 E-Mail: oepnv@lfi-mv.example";

    // A box inside the story whose text all went as chrome takes its title with it; the box is known by its number.
    [Theory]
    [InlineData(true, "Kontakt für Antragsteller", ContactFields, false)]
    [InlineData(false, "Soutenez l’accès à l’eau au Sahel", "Avec 50 €, vous financez l’entretien d’une pompe solaire pendant un an.", false)]
    // A title over a paragraph of the story stays, and so does a sentence opening the box.
    [InlineData(true, "Kontakt für Antragsteller", Sentence, true)]
    [InlineData(false, "The office answers questions from applicants on weekdays.", ContactFields, true)]
    public void AnEmptiedBoxsTitleGoesWithIt(bool heading, string title, string mate, bool titleKept)
    {
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0, Box: 1), new(Sentence, BlockKind.Paragraph, 0, Box: 1),
            new(title, heading ? BlockKind.Heading : BlockKind.Paragraph, 0, Box: 2), new(mate, BlockKind.Paragraph, 0, Box: 2),
            new(Sentence, BlockKind.Paragraph, 0, Box: 1),
        ];

        var kept = BlockFilter.Filter(blocks, Metadata);

        Assert.Equal(titleKept, kept.Contains(title));
    }

    [Fact]
    public void AHeadingSharingTheStorysBoxIsNoBoxTitle()
    {
        // The story's own subheading over a caption that went, all in the story's box: the heading stays.
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0, Box: 1), new("Anträge ab 1. Mai möglich", BlockKind.Heading, 0, Box: 1),
            new(ContactFields, BlockKind.Paragraph, 0, Box: 1), new(Sentence, BlockKind.Paragraph, 0, Box: 1),
        ];

        Assert.Contains("Anträge ab 1. Mai möglich", BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void AWireSectionsProseBeforeItsSignOffRuleAndHubLinksStays()
    {
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        List<StoryBlock> blocks =
        [
            Paragraph(Sentence), Paragraph(Sentence), new("Up next", BlockKind.Heading, 0),
            Paragraph("Carver plays Bellwood on Saturday. The Bulldogs beat No. 14 seed Eastfield 82-64 earlier Thursday."), Paragraph("___"),
            Paragraph("AP March Madness bracket: https://apnews.com/hub/ncaa-mens-bracket and coverage: https://apnews.com/hub/march-madness"),
        ];

        Assert.Contains("Carver plays Bellwood on Saturday. The Bulldogs beat No. 14 seed Eastfield 82-64 earlier Thursday.", BlockFilter.Filter(blocks, Metadata));
    }

    [Theory]
    [InlineData("UP NEXT", true)]
    [InlineData("Up Next", false)]
    public void APsUpNextSectionClosingASportsStoryIsTheStorys(string heading, bool kept)
    {
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        List<StoryBlock> blocks =
        [
            Paragraph(Sentence), Paragraph(Sentence), new(heading, BlockKind.Heading, 0),
            Paragraph("Nuggets: At Utah on Tuesday night."), Paragraph("Kings: Host Phoenix on Wednesday night."),
        ];
        var filtered = BlockFilter.Filter(blocks, Metadata);
        Assert.Equal(kept, filtered.Contains(heading));
        Assert.Contains("Kings: Host Phoenix on Wednesday night.", filtered);
    }

    [Theory]
    [InlineData("Innlent | Dagfréttir | | | Uppfært 15:40", false)]
    [InlineData("Innlent | Dagfréttir | | Uppfært 15:40", true)]
    [InlineData("Innlent | | | Heitavatnslaust er í stórum hluta Hafnarfjarðar eftir bilun.", true)]
    public void AHeaderRowWhoseDateAndTimeFieldsWereEmptiedIsNoStoryText(string row, bool kept)
    {
        // "| | |": the row's date and time elements were cleaned out, leaving the bars; one empty field or a sentence
        // in a field is not enough.
        var filtered = BlockFilter.Filter([row, Sentence, Sentence], Metadata);
        Assert.Equal(kept, filtered.Contains(row));
    }

    [Theory]
    [InlineData("By , a senior reviewer covering audio, wearables, and the occasional smart ring, and a former audio engineer.", false)]
    [InlineData("By  and , Staff Writers", false)]
    [InlineData("Von , Redakteurin im Ressort Wirtschaft und Finanzen der Zeitung, die seit vielen Jahren über Banken berichtet.", false)]
    // A sentence that only starts with the word is story text.
    [InlineData("By and large, the council's members agreed that the budget needed another reading before the vote, and that the vote itself could wait a week.", true)]
    public void ABylineWhoseNameTheReadabilityPassTookIsNoStoryText(string line, bool kept)
    {
        // The pass takes a byline's author link ("<a rel='author'>") and leaves the words around it; under a deck the
        // line is no header line, but it is no story text either.
        var filtered = BlockFilter.Filter([Sentence, line, Sentence, Sentence], Metadata);
        Assert.Equal(kept, filtered.Contains(line));
    }

    [Theory]
    // "With information from CNA" in Greek.
    [InlineData("Με πληροφορίες από ΚΥΠΕ")]
    public void ASourceLineEndsNothingOfTheStory(string line) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, line], Metadata));

    [Theory]
    // Galician and Catalan read-also labels left between paragraphs when their links went.
    [InlineData("Le tamén")]
    [InlineData("Llegiu també")]
    [InlineData("Bu habere de göz atın:")]
    public void AReadAlsoLabelBetweenParagraphsGoes(string label) =>
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, label, Sentence, Sentence], Metadata));

    [Theory]
    // The writer's title run on after the name, at the story's head or signing it off.
    [InlineData("Par Koné Aboubakar Correspondant régional de l’AIP")]
    [InlineData("By Marcus Ellsworth, Associated Press Staff Writer in Austin")]
    public void ALabelledBylineWithItsWritersTitleIsNoStoryText(string line)
    {
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([line, Sentence, Sentence], Metadata));
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, line], Metadata));
    }

    [Theory]
    // Opening words that only look like a label; a name in lower case.
    [InlineData("Par ailleurs, le ministre Jean Dupont a salué la décision")]
    [InlineData("Por su parte el presidente Juan Pérez dijo que sí")]
    public void ASentenceOpeningWithTheLabelsWordStays_Guard(string line) =>
        Assert.Equal([Sentence, Sentence, line], BlockFilter.Filter([Sentence, Sentence, line], Metadata));

    [Fact]
    public void AMarketSitesForumUnderTheStoryEndsIt()
    {
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        List<StoryBlock> blocks =
        [
            Paragraph(Sentence), Paragraph(Sentence), new("34 messages sur le forum CASTEL-MARNIER", BlockKind.Heading, 0),
            Paragraph("Deuxième avertissement en six mois, la direction n'a plus aucune crédibilité."),
        ];
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void APullQuoteRepeatingTheStorysWordsGoes()
    {
        var said = new StoryBlock("“This is a clear signal that Europe intends to keep critical raw materials inside its own economy,” the lead negotiator told reporters.", BlockKind.Paragraph, 0);
        var pullQuote = new StoryBlock("Europe intends to keep critical raw materials inside its own economy", BlockKind.Quote, 0);
        var quoted = new StoryBlock("“We will not accept a deal that leaves our recyclers without a market,” the association said in a statement.", BlockKind.Quote, 0);
        var body = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal([body.Text, said.Text, quoted.Text, body.Text], BlockFilter.Filter([body, said, pullQuote, quoted, body], Metadata));
    }

    [Theory]
    // An advertiser's link behind its label between the paragraphs goes; the label's word opening a sentence of the story,
    // or a label over text that is no link, stays.
    [InlineData("Sponsorlu Konut kredisi faiz oranlarını karşılaştırın, size en uygun teklifi 2 dakikada bulun.", 0.95, false)]
    [InlineData("Sponsored: Compare mortgage rates and find the best offer in two minutes.", 0.9, false)]
    [InlineData("Sponsored by the regional council, the scheme pays half the cost of new insulation.", 0.0, true)]
    [InlineData("Sponsored by the regional council, the scheme pays half the cost of new insulation.", 0.2, true)]
    public void AnAdvertisersLinkBehindItsLabelGoes(string text, double linkShare, bool kept)
    {
        var body = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        var block = new StoryBlock(text, BlockKind.Paragraph, linkShare);
        Assert.Equal(kept ? [Sentence, text, Sentence] : [Sentence, Sentence], BlockFilter.Filter([body, block, body], Metadata));
    }

    [Theory]
    // The call heading a Dutch comment section, set as a line: the readers' comments under it go with it.
    [InlineData("Reageer op dit artikel")]
    [InlineData("Diskutieren Sie mit")]
    public void ACommentCallEndsTheStory(string call) =>
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, Sentence, call, "Jef Wouters", "Niets nieuws, al jaren dezelfde waarschuwingen en er gebeurt niets."], Metadata));

    [Theory]
    [InlineData("By")]
    [InlineData("Von:")]
    public void AnOpenerLeftAloneUnderTheLeadGoes(string opener) =>
        // "By <a>Hannah Okafor</a>": the name went with its link, the opener stayed.
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, opener, Sentence, Sentence], Metadata));

    [Fact]
    public void AMoreFromTheSectionLabelClosingTheStoryGoes() =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, "Više iz rubrike Hrvatska"], Metadata));

    [Fact]
    public void ATagalogStampRowUnderTheLeadGoes()
    {
        const string Row = "Inilathala: Disyembre 3, 2025, 4:18 PM · Na-update: Disyembre 3, 2025, 7:02 PM";
        var metadata = Metadata with { Published = new ArticleDate(new DateOnly(2025, 12, 3), new TimeOnly(16, 18), TimeSpan.FromHours(8), DateSource.JsonLd) };
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Row, Sentence, Sentence], metadata));
    }

    [Fact]
    public void AWiresDatelineSetApartUnderTheDeckStays()
    {
        const string Deck = "Plano municipal prevê investimento de 4,8 milhões de euros e dá prioridade às freguesias com menos sombra.";
        const string Dateline = "Porto, 22 abr 2025 (Lusa)";
        var metadata = Metadata with { Published = new ArticleDate(new DateOnly(2025, 4, 22), null, null, DateSource.JsonLd) };
        Assert.Equal([Deck, Dateline, Sentence, Sentence], BlockFilter.Filter([Deck, Dateline, Sentence, Sentence], metadata));

        // The same day and place with no wire is a line of the header.
        Assert.Equal([Deck, Sentence, Sentence], BlockFilter.Filter([Deck, "Porto, 22 abr 2025", Sentence, Sentence], metadata));
    }

    [Fact]
    public void ALabelOpeningWithByOverAListIsNoByline()
    {
        const string Item = "Meta led the pack at $26.1 million, up 36% from 2024.";
        Assert.Equal([Sentence, Sentence, "By the numbers:", Item], BlockFilter.Filter([Sentence, Sentence, "By the numbers:", Item], Metadata));
    }

    [Fact]
    public void TheAuthorsSignatureClosedByThePapersNameGoes()
    {
        const string Signature = "Айжан ТӨЛЕУОВА, Ерлан СЕЙІТЖАНОВ, «Egemen Qazaqstan»";
        var metadata = Metadata with { Authors = ["Айжан Төлеуова", "Ерлан Сейітжанов"], SiteNames = ["Egemen Qazaqstan"] };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, Signature], metadata));

        // Another name at the end is no signature of these authors.
        Assert.Equal([Sentence, Sentence, Signature], BlockFilter.Filter([Sentence, Sentence, Signature], metadata with { SiteNames = ["Kazinform"] }));
    }

    // "Debat (3 indlæg)" set as a line of its own, not a heading, once the story is under way: the discussion opens there
    // and its posts go with it; over the story it is a counter only.
    [Fact]
    public void ACountedDiscussionTitleUnderTheStoryEndsIt()
    {
        const string Title = "Debat (3 indlæg)";
        const string Post = "Poul Erik, Thisted skrev 6/3 kl. 17:05: Det har vi fiskere vidst i 20 år. Godt at det endelig bliver taget alvorligt.";
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, Sentence, Title, Post, Post], Metadata));
        Assert.Equal([Sentence, Sentence, Sentence, Post], BlockFilter.Filter([Title, Sentence, Sentence, Sentence, Post], Metadata));
    }

    // "Коментарі (6)" set in a div rather than a heading, once the story is under way: the comment section opens there and
    // its comments go with it; over the story the counted line is a counter only.
    [Theory]
    [InlineData("Коментарі (6)")]
    [InlineData("Réactions des lecteurs (3)")]
    public void ACountedCommentsLineUnderTheStoryEndsIt(string heading)
    {
        const string Comment = "Ірина 8 лютого, 18:47 — сорок шість мільйонів на пісок, який змиє наступний шторм, і ніхто не відповість.";
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, Sentence, heading, Comment, Comment], Metadata));
        Assert.Equal([Sentence, Sentence, Sentence, Comment], BlockFilter.Filter([heading, Sentence, Sentence, Sentence, Comment], Metadata));
    }

    // Lines of chrome the h104 pages printed between and under the story's paragraphs: a stats row of icon counts before a
    // Ukrainian reading time; a Turkish ad slot's label, alone or after the ad word; a Turkish read-also label over its
    // links; a Ukrainian newsroom's Viber plug; a reaction widget's question before emojis counted bare; an American
    // chain's plea under the story.
    [Theory]
    [InlineData("👁 5 906 💬 3 Час читання: 3 хв")]
    [InlineData("Время чтения: 4 мин")]
    [InlineData("Haberin devamı ↓")]
    [InlineData("Haberin devamı için kaydırın")]
    [InlineData("Reklam Haberin Devamı")]
    [InlineData("💜 Усі головні новини Одеси – у нашому Viber-каналі. Підписуйтесь!")]
    [InlineData("Hogyan érint a hír? 👍 34 😮 5 😢 2")]
    [InlineData("Our journalism needs your support. Please subscribe today to NJ.com.")]
    public void ChromeLinesOfTheH104PagesGo(string line)
    {
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, line, Sentence], Metadata));
    }

    // What such lines' words say in a story stays: a question the story asks before its figures, the story's own
    // journalism and support, a reading of minutes.
    [Theory]
    [InlineData("Who gained most? 👍 The council, with 34 votes, and the mayor's party, with 5.")]
    [InlineData("Our journalism needs your support, the editor told the board, before the vote on the paper's future.")]
    [InlineData("Час читання лекції скоротили до 30 хвилин, повідомили в університеті.")]
    public void LinesLikeTheH104ChromeThatAreStoryStay(string line)
    {
        Assert.Equal([Sentence, Sentence, line, Sentence], BlockFilter.Filter([Sentence, Sentence, line, Sentence], Metadata));
    }

    // "[사진 출처 : 연합뉴스]" between a Korean broadcaster's paragraphs: the picture's credit, the whole line.
    [Fact]
    public void AKoreanPhotoSourceLineGoes()
    {
        const string First = "국토교통부는 오늘(13일) 이런 내용의 '설 연휴 특별교통대책'을 발표하고, 14일부터 18일까지 닷새간을 특별교통대책 기간으로 정했습니다.";
        const string Second = "국토부에 따르면 이번 연휴 기간 이동 인원은 모두 2천9백여만 명, 하루 평균 580만 명으로 지난해 설보다 3.2% 늘어날 것으로 예상됩니다.";
        Assert.Equal([First, First, Second, Second], BlockFilter.Filter([First, First, "[사진 출처 : 연합뉴스]", Second, Second], Metadata));
    }

    // "كتب أحمد عرفة - نورهان فتحي" over the story: a line naming the story's authors and no one else is its byline,
    // whatever its label; a line naming one of them with someone else stays.
    [Fact]
    public void ALineNamingTheAuthorsAndNoOneElseGoes()
    {
        const string Byline = "كتب أحمد عرفة - نورهان فتحي";
        var metadata = Metadata with { Authors = ["أحمد عرفة", "نورهان فتحي"], Byline = "أحمد عرفة and نورهان فتحي" };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Byline, Sentence, Sentence], metadata));
        Assert.Equal([Byline, Sentence, Sentence], BlockFilter.Filter([Byline, Sentence, Sentence], metadata with { Authors = ["أحمد عرفة", "سارة علي"] }));
    }

    // A sentence naming such a label's words stays: the announcement, the advice, the quote that was delayed.
    [Theory]
    [InlineData("Annonce de la ministre: le projet de loi sera déposé jeudi à l’Assemblée nationale.")]
    [InlineData("The regulator said the bank's note did not constitute investment advice under the rules it breached, and fined it.")]
    [InlineData("Quotes from the hearing were delayed for weeks, the clerk said, because the transcript was lost.")]
    [InlineData("18,204 people read this report in its first hour, the paper said on Monday.")]
    [InlineData("Jetzt will die Stadt eine eigene App für die Parkplätze installieren lassen, sagte der Bürgermeister.")]
    public void ASentenceWithALabelsWordsStays_Guard(string line) =>
        Assert.Equal([Sentence, line, Sentence], BlockFilter.Filter([Sentence, line, Sentence], Metadata));

    // "Redacción / EFE 05/12/2025 - 13:27 h. …" over the story: the hour's mark ends no sentence, the row is the header's.
    [Fact]
    public void AHeaderRowEndingInAnHoursMarkGoes()
    {
        const string Row = "Redacción / EFE 05/12/2025 - 13:27 h. Actualizado: 05/12/2025 - 14:02 h.";
        var metadata = Metadata with { Published = new ArticleDate(new DateOnly(2025, 12, 5), new TimeOnly(13, 27), null, DateSource.JsonLd) };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Row, Sentence, Sentence], metadata));
    }

    // "5 mars 2026 à 12 h 41 Mis à jour à 16 h 05": Québec's clock, the hour and minutes parted by "h", under the lead.
    [Fact]
    public void AHeaderRowWithQuebecsClockUnderTheLeadGoes()
    {
        const string Row = "5 mars 2026 à 12 h 41 Mis à jour à 16 h 05";
        var metadata = Metadata with { Published = new ArticleDate(new DateOnly(2026, 3, 5), new TimeOnly(12, 41), null, DateSource.JsonLd) };
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Row, Sentence, Sentence], metadata));
    }

    // "Élise Gagnon-Dufour" over "Journaliste à la Côte-Nord depuis 2019, …" under the story: an author box's two lines.
    [Fact]
    public void TheAuthorsNameOverABioOpeningWithTheTradeGoes()
    {
        const string Bio = "Journaliste à la Côte-Nord depuis 2019, elle couvre le transport, les pêches et les dossiers autochtones.";
        var metadata = Metadata with { Authors = ["Élise Gagnon-Dufour"], Byline = "Élise Gagnon-Dufour" };
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, Sentence, "Élise Gagnon-Dufour", Bio], metadata));

        // Under another name the line is the story's.
        Assert.Equal([Sentence, Sentence, Sentence, "Marc Tremblay", Bio], BlockFilter.Filter([Sentence, Sentence, Sentence, "Marc Tremblay", Bio], metadata));
    }

    // "Im Artikel erwähnte Werte" over a quote table whose rows went: the box of shares, not the story.
    [Fact]
    public void TheBoxOfSharesTheStoryNamesGoes()
    {
        List<StoryBlock> blocks =
        [
            StoryBlock.Plain(Sentence), StoryBlock.Plain(Sentence), StoryBlock.Plain(Sentence),
            new("Im Artikel erwähnte Werte", BlockKind.Heading, 0),
            new("Name | Kurs | Veränd. | Zeit", BlockKind.TableCell, 0),
        ];
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void TheHeadersMetaRowUnderTheLeadGoes()
    {
        const string Row = "Redazione ANSA 05 marzo 2026 | 18:47 Ultimo aggiornamento: 06 marzo 2026 | 08:12 Tempo di lettura: 2 min";
        const string Lead = "At 18:47 on 5 March 2026 the council met | and voted";
        var metadata = Metadata with { Published = new ArticleDate(new DateOnly(2026, 3, 5), new TimeOnly(18, 47), TimeSpan.FromHours(1), DateSource.JsonLd) };
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Row, Sentence, Sentence], metadata));

        // Another day, or a sentence, is no meta row.
        Assert.Equal([Sentence, Row, Sentence], BlockFilter.Filter([Sentence, Row, Sentence], Metadata with { Published = new ArticleDate(new DateOnly(2026, 3, 9), null, null, DateSource.JsonLd) }));
        Assert.Equal([Sentence, Lead + ".", Sentence], BlockFilter.Filter([Sentence, Lead + ".", Sentence], metadata));
    }

    // A row naming the site, two stamps and several authors runs longer than a header line, over the story or under its lead.
    [Fact]
    public void ALongHeaderMetaRowGoes()
    {
        const string Row = "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)";
        var metadata = Metadata with { Published = new ArticleDate(new DateOnly(2015, 5, 4), new TimeOnly(13, 36), TimeSpan.FromHours(2), DateSource.JsonLd) };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Row, Sentence, Sentence], metadata));
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Row, Sentence, Sentence], metadata));
    }

    [Fact]
    public void AHeaderRowNamingTheAuthorAndADayGoes()
    {
        const string Row = "Story by Maya Tillman, Gabriel Ruiz · Updated Nov 22, 2025 · Published Nov 21, 2025 at 5:32 PM MST ·";
        var metadata = Metadata with { Authors = ["Maya Tillman", "Gabriel Ruiz"] };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Row, Sentence], metadata));

        // Naming someone else, it is no header of this story's.
        Assert.Equal([Sentence, Row, Sentence], BlockFilter.Filter([Sentence, Row, Sentence], Metadata with { Authors = ["Jane Doe"] }));
    }

    [Fact]
    public void TheSitesDeskWithThePostingTimeOverTheStoryGoes()
    {
        const string Row = "ไทยรัฐออนไลน์ 20 พ.ย. 2568 14:30 น.";
        var metadata = Metadata with { SiteNames = ["ไทยรัฐออนไลน์"] };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Row, Sentence], metadata));
        Assert.Equal([Sentence, Row, Sentence], BlockFilter.Filter([Sentence, Row, Sentence], Metadata with { SiteNames = ["Khaosod"] }));
    }

    [Fact]
    public void ATeaserSignedWithTheSitesOwnNameGoes()
    {
        const string Teaser = "En Píxel y Silicio | España pierde cada año el agua suficiente para abastecer a 11 millones de personas";
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Teaser, Sentence], Metadata with { SiteNames = ["Píxel y Silicio"] }));
        Assert.Equal([Sentence, Teaser, Sentence], BlockFilter.Filter([Sentence, Teaser, Sentence], Metadata with { SiteNames = ["Xataka"] }));
    }

    [Fact]
    public void ATableHeaderRowOpeningWithImageStays()
    {
        const string Header = "Image | Name | Description | Source";
        Assert.Equal([Sentence, Header, Sentence], BlockFilter.Filter([Sentence, Header, Sentence], Metadata));
    }

    [Fact]
    public void WhatIsLeftOfTheMetaRowGivingTheUpdatesDayGoes()
    {
        // The byline and the publication time went with their elements; the update stamp and reading time stayed.
        const string Row = "| Mis à jour le 21 Nov. 2025 à 08:02 3 min de lecture";
        var published = new ArticleDate(new DateOnly(2025, 11, 20), new TimeOnly(16, 40), TimeSpan.FromHours(1), DateSource.JsonLd);
        var metadata = Metadata with { Published = published, Modified = new ArticleDate(new DateOnly(2025, 11, 21), new TimeOnly(7, 2), TimeSpan.Zero, DateSource.MetaTag) };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Row, Sentence, Sentence], metadata));

        // Labelled as the update after the bar that set it beside the publication, the stamp goes whatever day it gives.
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Row, Sentence, Sentence], Metadata with { Published = published }));
    }

    [Theory]
    [InlineData("Bron: Belga Laatste update: 18:10")]
    [InlineData("ANP 2 uur geleden Bijgewerkt 11:20")]
    [InlineData("vor 2 Std. Quelle: dpa")]
    [InlineData("20.11.2025, 15:30 Uhr Lesezeit: 3 Min.")]
    [InlineData("For 7 timer siden")]
    [InlineData("5 min read")]
    [InlineData("Laatste update: 17-03-25, 09:31 Bron: eigen redactie, ANP")]
    public void AMetaRowOfStampsWithoutTheFullDateAboveTheStoryGoes(string row)
    {
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([row, Sentence, Sentence], Metadata));
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, row, Sentence], Metadata));
    }

    [Theory]
    [InlineData("The fire broke out 2 hours ago in the old town.")]
    [InlineData("Rescuers arrived 20 minutes ago and the road stays closed to traffic for the whole weekend")]
    [InlineData("Updated 18:10 figures show the council spent more than it planned on roads and schools this year")]
    [InlineData("Updated 17-03-25, 09:31 the figures show the council spent more than it planned on roads, source: the audit")]
    public void ASentenceMentioningATimeIsNoStampRow(string line) =>
        Assert.Equal([line, Sentence, Sentence], BlockFilter.Filter([line, Sentence, Sentence], Metadata));

    [Fact]
    public void TheHeadersMetaRowAboveTheStoryGoes()
    {
        const string Row = "Redazione ANSA 12 febbraio 2026, 15:47 Aggiornato alle 16:20 Tempo di lettura: 2 minuti";
        var metadata = Metadata with { Published = new ArticleDate(new DateOnly(2026, 2, 12), new TimeOnly(15, 47), TimeSpan.FromHours(1), DateSource.JsonLd) };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Row, Sentence, Sentence], metadata));

        // A field split off by a bar may end in an abbreviation's stop.
        const string Release = "February 12, 2026 09:47 ET | Source: Northvale Minerals Corp.";
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Release, Sentence, Sentence], metadata));

        // A day and month ("17.08.2007") is no time of day: a speech's title line with its date stays.
        const string Title = "Bern, 17.08.2007 - Rede von Moritz Leuenberger beim SP-Städtegipfel, Basel, 18. August 2007";
        var speech = Metadata with { Published = new ArticleDate(new DateOnly(2007, 8, 17), null, null, DateSource.MetaTag) };
        Assert.Equal([Title, Sentence, Sentence], BlockFilter.Filter([Title, Sentence, Sentence], speech));
    }

    [Fact]
    public void APullQuoteSetWithOtherQuoteMarksThanTheParagraphStillRepeatsIt()
    {
        // The paragraph has curly marks and "…,” she said"; the pull quote straight ones and a full stop.
        var said = new StoryBlock("“It’s the first thing people put on their registry now, ahead of the stand mixer,” said a buyer for a national home-goods chain.", BlockKind.Paragraph, 0);
        var pullQuote = new StoryBlock("\"It's the first thing people put on their registry now, ahead of the stand mixer.\"", BlockKind.Quote, 0);
        var body = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal([body.Text, said.Text, body.Text], BlockFilter.Filter([body, said, pullQuote, body], Metadata));
    }

    [Theory]
    [InlineData("Council approves budget for schools and roads after a long debate about spending, ending more th...")]
    [InlineData("Council approves budget for schools and roads after a long debate about spending, ending more …")]
    public void ASummaryCutFromTheStorysOpeningGoes(string summary)
    {
        const string Opening = "Council approves budget for schools and roads after a long debate about spending, ending more than six hours of talks.";
        Assert.Equal([Opening, Sentence], BlockFilter.Filter([summary, Opening, Sentence], Metadata));
        const string Dated = "SPRINGFIELD (AP) — " + Opening;
        Assert.Equal([Dated, Sentence], BlockFilter.Filter([summary, Dated, Sentence], Metadata));
    }

    [Fact]
    public void ASummaryThatAParagraphBelowOpensWithGoes()
    {
        const string Summary = "Indonesia's volcanology agency raised the alert status for Mount Kerenta to the highest of four levels.";
        const string Opening = "Indonesia's volcanology agency raised the alert status for Mount Kerenta to the highest of four levels on Sunday, " +
                               "ordering villagers within six kilometres to leave.";
        Assert.Equal([Sentence, Opening, Sentence], BlockFilter.Filter([Summary, Sentence, Opening, Sentence], Metadata));
        const string Dated = "JAKARTA, Indonesia (Reuters) - " + Opening;
        Assert.Equal([Dated, Sentence], BlockFilter.Filter([Summary, Dated, Sentence], Metadata));
    }

    [Fact]
    public void ALabelledExcerptOfTheOpeningGoes()
    {
        // A farm's "Summary:" line over the story, the opening's words cut short.
        const string Opening = "BEIJING, Nov. 20 (Xinhua) -- A strong cold wave swept across northern China on Thursday, bringing heavy snowfall " +
                               "and temperature drops of up to 16 degrees Celsius.";
        const string Excerpt = "Summary: BEIJING, Nov. 20 (Xinhua) -- A strong cold wave swept across northern China on Thursday, bringing heavy snowfall and temperature drops of up to 16...";
        Assert.Equal([Opening, Sentence], BlockFilter.Filter([Excerpt, Opening, Sentence], Metadata));
    }

    [Fact]
    public void ALabelledExcerptWithTheBylineAndDatelineGluedBeforeTheOpeningGoes()
    {
        // The dateline is read off the opening paragraph, so the paragraph starts where the excerpt's story words do.
        const string Opening = "Household loans extended by South Korean banks rose for the third consecutive month in March, driven by a " +
                               "pickup in home purchases in Seoul, central bank data showed Wednesday.";
        const string Excerpt = "Summary: By Park Ji-wonSEOUL, April 9 (Yonhap) -- " + Opening + "...";
        Assert.Equal([Opening, Sentence], BlockFilter.Filter([Excerpt, Opening, Sentence], Metadata));
    }

    [Fact]
    public void AParagraphWhoseLaterWordsTheNextOneRepeatsStaysWithoutALabel()
    {
        // Text that goes on where the paragraph before left off repeats nothing the page printed as an excerpt.
        const string Next = "Tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.";
        const string First = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua";
        Assert.Equal([First, Next, Sentence], BlockFilter.Filter([First, Next, Sentence], Metadata));
    }

    [Theory]
    [InlineData("Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.")]
    [InlineData("The council approved the budget on Tuesday after a long debate about schools and roads in the north.")]
    public void AnOpeningParagraphThatIsNotTheStartOfALongerOneStays(string first)
    {
        // Printed twice in full, or repeated inside a paragraph rather than opening it: the page's own text.
        var longer = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " + first + " Duis aute irure dolor in reprehenderit.";
        Assert.Equal([first, first, Sentence], BlockFilter.Filter([first, first, Sentence], Metadata));
        Assert.Equal([first, longer, Sentence], BlockFilter.Filter([first, longer, Sentence], Metadata));
    }

    [Fact]
    public void AnEllipsisEndingABlockThatTheNextOneDoesNotRepeatStays()
    {
        const string Trailing = "The mayor paused, looked at the council, and said only that the work was not finished...";
        Assert.Equal([Sentence, Trailing, Sentence], BlockFilter.Filter([Sentence, Trailing, Sentence], Metadata));
    }

    [Fact]
    public void APressReleaseEndsWithItsWiresSourceLine()
    {
        List<string> blocks =
        [
            Sentence, Sentence, "Media Contact: Rachel Kim Bellwether PR rkim@bellwetherpr.com 212-555-0148",
            "View original content to download multimedia:https://www.prnewswire.com/news-releases/x.html",
            "SOURCE Halvorsen Analytics", "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?", "440k+ Newsrooms & Influencers",
        ];
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    private const string ReleaseOpening =
        "NEW YORK, Dec. 4, 2025 /PRNewswire/ -- Tallowbrook Analytics today launched a monthly index of emissions at 42 container terminals.";

    [Fact]
    public void AReleaseSentOverAWireEndsAtItsIssuersProfile()
    {
        List<string> blocks =
        [
            ReleaseOpening, Sentence, Sentence, "About Tallowbrook Analytics",
            "Tallowbrook Analytics, founded in 2019, builds emissions measurement tools for freight and maritime customers.",
        ];
        Assert.Equal([ReleaseOpening, Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Theory]
    // The issuer's name ends with its company suffix's stop.
    [InlineData("VANCOUVER, British Columbia, Nov. 18, 2025 (GLOBE NEWSWIRE) -- Silverpine Minerals Corp. reported new drill results from its Cariboo project.", "About Silverpine Minerals Corp.")]
    // The wire's name as it prints it, with its domain.
    [InlineData("TULSA, OK, UNITED STATES, April 22, 2025 /EINPresswire.com/ -- Redbud Roofing & Restoration opened a second office in Broken Arrow.", "About Redbud Roofing & Restoration")]
    public void AReleaseEndsAtItsIssuersProfileWhateverItsWireAndSuffix(string opening, string about)
    {
        List<string> blocks = [opening, Sentence, Sentence, about, "The company was founded in 2009 and employs 40 people."];
        Assert.Equal([opening, Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void AnIssuersOwnReleaseDatedWhereAWireWouldStandEndsAtItsProfile()
    {
        const string opening = "COLUMBUS, Ohio (Dec. 1, 2025) – Larkspur Freight Lines today announced that it will consolidate its Toledo terminal.";
        List<string> blocks = [opening, Sentence, Sentence, "About Larkspur Freight Lines", "Founded in 1961, Larkspur Freight Lines is a regional carrier."];
        Assert.Equal([opening, Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Theory]
    // The issuer's name opening the paragraph under "About …" marks its profile, whoever sent the release.
    [InlineData("About Capitol Children's Medical Center", "Capitol Children's Medical Center has served the nation's capital since 1921.")]
    [InlineData("About the Halvorsen Institute", "The Halvorsen Institute is an independent research body founded in 1988.")]
    [InlineData("Notes to editors", "The full report is available for download from the media centre.")]
    public void AReleaseEndsAtItsIssuersProfileOrItsNotesToEditors(string heading, string profile)
    {
        List<string> blocks = [Sentence, Sentence, Sentence, heading, profile];
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void AnAboutHeadingInANewsStoryIsTheStorys_Guard()
    {
        const string opening = "NEW YORK (AP) — Tallowbrook Analytics launched a monthly index of emissions at 42 container terminals on Thursday.";
        List<string> blocks = [opening, Sentence, Sentence, "About Tallowbrook Analytics", Sentence];
        Assert.Equal(blocks, BlockFilter.Filter(blocks, Metadata));
    }

    [Theory]
    [InlineData("Forward-Looking Statements")]
    [InlineData("Media Contact:")]
    [InlineData("Pressekontakt:")]
    [InlineData("###")]
    [InlineData("-30-")]
    [InlineData("ENDS")]
    [InlineData("- Ends -")]
    [InlineData("NNNN")]
    [InlineData("Ends/Tuesday, May 20, 2025 Issued at HKT 15:30")]
    [InlineData("انتهای پیام")]
    [InlineData("Player of the match")]
    [InlineData("Rate the players")]
    public void AReleasesBoilerplateHeadingOrEndMarkEndsTheStory(string heading) =>
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, Sentence, heading, "This press release contains statements about the future."], Metadata));

    [Theory]
    [InlineData("For further information, please contact: Marcus Lindqvist, President and CEO Phone: +1 (416) 555-0192 Email: info@borealis.example")]
    [InlineData("For comments and feedback contact: editorial@rttnews.com")]
    [InlineData("Media Contact: Claire Addison ASEA Headquarters, Washington 202-555-0188")]
    [InlineData("Marisa Keane can be reached at marisa.keane@globe.com. Follow her @mkeaneglobe.")]
    [InlineData("View source version on businesswire.com: https://www.businesswire.com/news/home/20251120/en/")]
    [InlineData("A photo accompanying this announcement is available at https://www.globenewswire.com/NewsRoom/AttachmentNg/abc")]
    public void AReleasesOrAReportersContactBlockEndsNothingOfTheStory(string line) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, line], Metadata));

    // A lettered list's third item is no "(c)" copyright line; nor is a figure with its change a quote widget's.
    [Theory]
    [InlineData("(c) arranging for newly employed workers or those returning from leave to gradually acclimatise to hot working environments; and")]
    [InlineData("(c) Providing shaded rest areas and cool drinking water at every construction site in the territory;")]
    [InlineData("Net profit rose to HK$612 million, up 18% (+HK$93 million) from a year earlier.")]
    public void ALetteredItemOrAFigureInASentenceStays_Guard(string block) =>
        Assert.Equal([Sentence, block, Sentence], BlockFilter.Filter([Sentence, block, Sentence], Metadata));

    [Theory]
    [InlineData("הכתבה מבוססת על דיווחי סוכנות הידיעות רויטרס")]
    [InlineData("This story is based on reports from Reuters.")]
    [InlineData("Der Artikel basiert auf Material der dpa.")]
    [InlineData("ਨੋਟ- ਇਸ ਖ਼ਬਰ ਸਬੰਧੀ ਕੀ ਹੈ ਤੁਹਾਡੀ ਰਾਏ, ਕੁਮੈਂਟ ਕਰ ਕੇ ਦਿਓ ਜਵਾਬ।")]
    [InlineData("Tag @thecrumbyhearth on Instagram or leave a comment and rating below!")]
    [InlineData("Readers like you are keeping these stories free for everyone…")]
    [InlineData("The offers that appear in this table are from partnerships from which MoneyClarity receives compensation. This compensation may impact how and where listings appear.")]
    [InlineData("This article appears in the December 2025 print edition with the headline “Paid to Stay.”")]
    [InlineData("Een versie van dit artikel verscheen ook in De Koerier van 11 juni 2025")]
    [InlineData("Opinions expressed by Fortis Contributors are their own.")]
    [InlineData("Detta är en text från nyhetsbyrån TT. Dagens Röst ansvarar inte för innehållet.")]
    [InlineData("For feedback, complaints, or inquiries, contact us.")]
    [InlineData("This story is part of the Ledger’s Housing Desk, supported by readers like you. Become a member to keep it free for everyone.")]
    [InlineData("Masz dostęp do tego artykułu dzięki prenumeracie Gazety Porannej.")]
    [InlineData("Saving...")]
    [InlineData("Distributed by Keystone Features Syndicate")]
    [InlineData("◎공감언론 뉴시스 seoyun@newsis.com")]
    [InlineData("이 기사 어떠셨나요?")]
    [InlineData("Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to access our trusted content:")]
    [InlineData("Note: Browsers with 1024*768 or higher resolution are suggested for this site. License for publishing multimedia online 0108263 | 京ICP备20017342号-3")]
    [InlineData("Keep up with all the latest news from the UK and around the world by following Skyline News")]
    [InlineData("Hearst Television participates in various affiliate marketing programs, which means we may get paid commissions on editorial products purchased through our links to retailer sites.")]
    [InlineData("Follow the Long Read on X at @sentinellongread, listen to our podcasts here and sign up to the long read weekly email here.")]
    [InlineData("Heb jij een tip voor de redactie?")]
    [InlineData("Stuur je tip, foto of video via WhatsApp naar 06-12345678 of mail naar tips@rtv-ijsselland.example.")]
    [InlineData("Get Dana Okafor’s stories in your inboxJoin Medium for free to get updates from this writer.")]
    [InlineData("Draudžiama ELTA informaciją atgaminti visuomenės informavimo priemonėse bei interneto tinklalapiuose be raštiško UAB ELTA sutikimo, o gavus sutikimą, būtina nurodyti ELTA kaip šaltinį.")]
    [InlineData("Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcast System (HAS), and in summarized form.")]
    [InlineData("Analyst’s Disclosure: I/we have a beneficial long position in the shares of NRTBF either through stock ownership, options, or other derivatives. I wrote this article myself, and it expresses my own opinions.")]
    [InlineData("Seeking Alpha's Disclosure: Past performance is no guarantee of future results. No recommendation or advice is being given as to whether any investment is suitable for a particular investor.")]
    [InlineData("Disclosure & Polices: CoinDesk is an award-winning media outlet that covers the cryptocurrency industry. Its journalists abide by a strict set of editorial policies.")]
    public void ANoteOfTheStorysSourcesOrAPromptAfterItGoes(string note) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, note], Metadata));

    [Theory]
    [InlineData("SOURCE: Bureau of Labor Statistics.")]
    [InlineData("Source of the figures: the ministry")]
    public void ASourceNoteThatIsNoWireLineEndsNothing_Guard(string note) =>
        Assert.Equal([Sentence, note, Sentence], BlockFilter.Filter([Sentence, note, Sentence], Metadata));

    [Fact]
    public void ALineOfNamesAloneAboveTheStoryIsItsByline()
    {
        var names = new StoryBlock("Mateusz Seroka, Piotr Żochowski", BlockKind.Paragraph, 0);
        var body = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([names, body, body], Metadata));
    }

    [Fact]
    public void ANameSetAsAHeadingAboveTheStoryTitlesItsFirstSection()
    {
        var heading = new StoryBlock("Amanda Knox", BlockKind.Heading, 0);
        var body = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal(["Amanda Knox", Sentence, Sentence], BlockFilter.Filter([heading, body, body], Metadata));
    }

    [Theory]
    [InlineData("You are here: Home » News » French farmers block Paris ring road in protest over EU trade deal")]
    [InlineData("Current: Home > World > French farmers block Paris ring road in protest over EU trade deal")]
    [InlineData("BHG.com/News/French farmers block Paris ring road in protest over EU trade deal")]
    public void DropsABreadcrumbEndingInALongHeadlineAboveTheStory(string breadcrumb)
    {
        var metadata = new PageMetadata { Headline = "French farmers block Paris ring road in protest over EU trade deal" };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([breadcrumb, Sentence, Sentence], metadata));
    }

    // What modern article pages print between and after the paragraphs: tool buttons, credits, disclosures, form
    // replies, relative stamps, placeholders of blocked embeds, app and source prompts, as lines of text.
    [Theory]
    [InlineData("We may earn a commission from links on this page.")]
    [InlineData("PlayGrid may receive a commission if you purchase through links on this page.")]
    [InlineData("Circuitbeat may earn a commission when you buy through links on our site. See our ethics statement.")]
    [InlineData("Our editors independently select these products. Purchases made through our links may earn us a commission.")]
    [InlineData("When you buy through links on our site, we may earn an affiliate commission. Here's how it works.")]
    [InlineData("Follow us on Google News")]
    [InlineData("Download the app")]
    [InlineData("Get the latest news straight to your phone with our free app.")]
    [InlineData("This article was generated with the help of AI and reviewed by an editor.")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Continue reading below")]
    [InlineData("Click here to subscribe")]
    [InlineData("Have a tip? Send it to tips@site.com")]
    [InlineData("Got a story? Email news@site.com")]
    [InlineData("Join our WhatsApp channel for the latest updates")]
    [InlineData("Follow us on X, Facebook and Instagram")]
    [InlineData("Photo: Getty Images")]
    [InlineData("Listen to this article")]
    [InlineData("Comments (12)")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("Support our journalism. Donate today.")]
    [InlineData("You can support independent journalism by becoming a subscriber.")]
    [InlineData("Subscribe to continue reading")]
    [InlineData("Already a subscriber? Log in")]
    [InlineData("Share this article")]
    [InlineData("Copy link")]
    [InlineData("Print")]
    [InlineData("Save article")]
    [InlineData("Reading time: 4 min")]
    [InlineData("Updated: April 11, 2025 at 5:00 p.m.")]
    [InlineData("First published on April 11, 2025")]
    [InlineData("Image credit: Reuters/Kim Hong-Ji")]
    [InlineData("Also Read: Storm leaves thousands without power across the northern region")]
    [InlineData("RELATED: Storm leaves thousands without power across the northern region")]
    [InlineData("MORE: Five things to know before the championship game this weekend")]
    [InlineData("Watch: Kim inspects factories")]
    [InlineData("This content is not available due to your privacy preferences.")]
    [InlineData("Enable JavaScript to view this content.")]
    [InlineData("To continue reading, please disable your ad blocker.")]
    [InlineData("Sponsored")]
    [InlineData("Advertisement")]
    [InlineData("Terms of Service")]
    [InlineData("Report an error")]
    [InlineData("Suggest a correction")]
    [InlineData("View comments")]
    [InlineData("Add Topic")]
    [InlineData("Posted in World")]
    [InlineData("Filed under: North Korea, Missiles")]
    [InlineData("This article is more than 2 years old")]
    [InlineData("Skip to main content")]
    [InlineData("Jump to recipe")]
    [InlineData("Print Recipe")]
    [InlineData("Add to favorites")]
    [InlineData("More in: Politics")]
    [InlineData("Updated 2 hours ago")]
    [InlineData("5 hours ago")]
    [InlineData("Обновлено 3 часа назад")]
    [InlineData("15 минут назад")]
    [InlineData("Оновлено 2 години тому")]
    [InlineData("3 saat önce")]
    [InlineData("lassú kilábalás / 48 perce")]
    [InlineData("11 perce")]
    [InlineData("Rating: 5.0/5 (1 vote cast)")]
    [InlineData("Advertiser Disclosure")]
    [InlineData("From Wikipedia, the free encyclopedia")]
    [InlineData("From DramaWiki")]
    [InlineData("Topics mentioned in this article")]
    [InlineData("Did you enjoy this story?")]
    [InlineData("請繼續往下閱讀...")]
    [InlineData("★★★★☆ 4.2/5 from 38 votes")]
    [InlineData("🔔 Turn on notifications to get breaking news first.")]
    [InlineData("5.930 keer gelezen")]
    [InlineData("Afdrukken Mail dit artikel Lettergrootte: 5.930 keer gelezen")]
    [InlineData("Print | E-mail this story | Text size: A A A")]
    [InlineData("기사출처: 연합뉴스")]
    [InlineData("Article Pages: 1 2")]
    [InlineData("Gespeichert von rasos am 24. Juli 2017 - 18:55")]
    [InlineData("*fr.de ist Teil des bundesweiten Ippen-Redaktionsnetzwerks")]
    [InlineData("2 ore fa")]
    [InlineData("há 4 horas")]
    [InlineData("5 godzin temu")]
    [InlineData("3 uur geleden")]
    [InlineData("By clicking Sign Up, you agree to our Terms and Privacy Policy.")]
    [InlineData("Topics: North Korea, Missiles")]
    [InlineData("Open this photo in gallery:")]
    [InlineData("Enlarge this image")]
    [InlineData("toggle caption")]
    [InlineData("hide caption")]
    [InlineData("Image")]
    [InlineData("Credit... Ahn Young-joon/Associated Press")]
    [InlineData("Video Player is loading.")]
    [InlineData("Play Video")]
    [InlineData("Now Playing")]
    [InlineData("Watch Now")]
    [InlineData("Close ad")]
    [InlineData("Sponsored Content by Acme")]
    [InlineData("Content continues below")]
    [InlineData("Paid Content")]
    [InlineData("Partner Content")]
    [InlineData("Got a confidential news tip? We want to hear from you.")]
    [InlineData("WATCH LIVE")]
    [InlineData("Sign up for free newsletters and alerts.")]
    [InlineData("Subscribe to our YouTube channel")]
    [InlineData("Add as a preferred source on Google")]
    [InlineData("Featured Video")]
    [InlineData("Get the best of Vox in your inbox")]
    [InlineData("Thanks for signing up!")]
    [InlineData("skip past newsletter promotion")]
    [InlineData("(This story has not been edited by Daily Horizon staff and is auto-generated from a syndicated news agency feed.)")]
    [InlineData("Only the headline and picture of this report may have been reworked by the staff; the rest of the content is auto-generated from a syndicated feed.")]
    [InlineData("This article was published from an AFP wire feed. WireDigest does not edit wire copy.")]
    [InlineData("Published via the AP news feed.")]
    [InlineData("Something went wrong. Please try again.")]
    [InlineData("Your browser does not support the video tag.")]
    [InlineData("Loading comments...")]
    [InlineData("Show comments")]
    [InlineData("Join the conversation")]
    [InlineData("Click to expand")]
    [InlineData("Open in app")]
    [InlineData("Skip Ad")]
    [InlineData("Jetzt kostenlos registrieren")]
    [InlineData("Zur Startseite")]
    [InlineData("Artikel merken")]
    [InlineData("Merken")]
    [InlineData("Kommentieren")]
    [InlineData("Zu den Kommentaren")]
    [InlineData("Vorlesen")]
    [InlineData("Bildergalerie")]
    [InlineData("Mehr erfahren")]
    [InlineData("Réagir")]
    [InlineData("Ajouter à vos sélections")]
    [InlineData("Écouter cet article")]
    [InlineData("Offrir l'article")]
    [InlineData("Article réservé aux abonnés")]
    [InlineData("La suite après cette publicité")]
    [InlineData("Recevez notre newsletter")]
    [InlineData("Escuchar")]
    [InlineData("Guardar")]
    [InlineData("Comentar")]
    [InlineData("Seguir leyendo")]
    [InlineData("Ver más")]
    [InlineData("Contenido patrocinado")]
    [InlineData("Síguenos en Google News")]
    [InlineData("Listen · 3:45")]
    [InlineData("Sign in to your account")]
    [InlineData("Advertisement · Scroll to continue")]
    [InlineData("Story continues")]
    [InlineData("Article continues after this advertisement")]
    [InlineData("Getty Images")]
    [InlineData("AP Photo/Ahn Young-joon")]
    [InlineData("Photograph: Ahn Young-joon/AP")]
    [InlineData("Illustration: The Daily Ledger")]
    [InlineData("View this post on Instagram")]
    [InlineData("A post shared by KCNA Watch (@kcnawatch)")]
    [InlineData("Ein Beitrag geteilt von Eleonora Aricó (@eleonoraarico)")]
    [InlineData("Buy Now")]
    [InlineData("$298.00 at Amazon")]
    [InlineData("Original article: https://apnews.com/article/north-korea-kim-missile-production")]
    [InlineData("The post North Korea’s Kim orders sharp increase in missile production appeared first on Wealth Nexus Pro.")]
    [InlineData("This article was originally published on apnews.com.")]
    [InlineData("Read the original article on AP News.")]
    [InlineData("Previous article Storm leaves thousands without power across the northern region")]
    [InlineData("Next article: Five things to know before the championship game this weekend")]
    [InlineData("Like this: Like Loading...")]
    [InlineData("Spread the love")]
    [InlineData("Post Views: 1,234")]
    [InlineData("Sponsored links by Taboola")]
    [InlineData("Leave a Reply Cancel reply")]
    [InlineData("Share this: Facebook X WhatsApp")]
    [InlineData("(Translated by Wealth Nexus Pro)")]
    [InlineData("Click to share on Facebook (Opens in new window)")]
    [InlineData("Posted by admin on April 11, 2025")]
    [InlineData("About the Author: admin")]
    [InlineData("Categories: World News")]
    [InlineData("Published in World News")]
    [InlineData("Rate this post")]
    [InlineData("5/5 - (3 votes)")]
    [InlineData("Please share this article if you found it useful.")]
    [InlineData("Subscribe to Wealth Nexus Pro")]
    [InlineData("Wealth Nexus Pro © 2025")]
    [InlineData("Powered by WordPress | Theme by ThemeForest")]
    [InlineData("All content on this site is for informational purposes only.")]
    [InlineData("Hot Tags: North Korea, Missiles")]
    [InlineData("You must be logged in to post a comment.")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("原标题：朝鲜领导人下令大幅增产导弹")]
    [InlineData("来源：美联社")]
    [InlineData("返回搜狐，查看更多")]
    [InlineData("阅读原文")]
    [InlineData("上一篇：城市议会批准道路维修新预算")]
    [InlineData("下一篇：本周末冠军赛前须知的五件事")]
    [InlineData("特别声明：以上内容(包括图片或视频)为自媒体平台用户上传并发布，本平台仅提供信息存储服务。")]
    [InlineData("扫一扫，用手机看新闻！")]
    [InlineData("本文来自微信公众号")]
    [InlineData("저작권자 © 연합뉴스 무단전재 및 재배포 금지")]
    [InlineData("무단전재 및 재배포 금지")]
    [InlineData("이전 기사")]
    [InlineData("다음 기사")]
    [InlineData("この記事をシェア")]
    [InlineData("Lee también: Cinco cosas que debes saber antes del partido")]
    [InlineData("Sigue leyendo")]
    [InlineData("Más noticias")]
    [InlineData("Artículo anterior")]
    [InlineData("Artículo siguiente")]
    [InlineData("Notícia anterior")]
    [InlineData("Leia também: Cinco coisas para saber antes do jogo")]
    [InlineData("Czytaj także: Pięć rzeczy, które musisz wiedzieć")]
    [InlineData("Читайте также: Пять вещей, которые нужно знать")]
    [InlineData("Окуңуз: Ысык-Көл аэропортунда жаңы терминал курулат")]
    [InlineData("தொடர்புடைய செய்தி: நெடுந்தீவு அருகே 14 இந்திய மீனவர்கள் கைது")]
    [InlineData("Поделиться")]
    [InlineData("Podziel się")]
    [InlineData("Condividi")]
    [InlineData("Partilhar")]
    [InlineData("Teilen")]
    [InlineData("Vorheriger Artikel")]
    [InlineData("Nächster Artikel")]
    [InlineData("Weiterlesen nach der Anzeige")]
    [InlineData("Quelle: dpa-AFX")]
    [InlineData("Haber Kaynağı: DHA")]
    [InlineData("Πηγή: ΑΠΕ-ΜΠΕ")]
    // Sources in Slovenian and a read-more line in Macedonian.
    [InlineData("Viri: STA, DRSI, ARSO")]
    [InlineData("Прочитај повеќе: РКЕ: Цената на струјата останува иста")]
    [InlineData("Loading recommendations...")]
    [InlineData("Lade Kommentare …")]
    [InlineData("(Alle Angaben ohne Gewähr)")]
    [InlineData("ALSO READ | Seoul and Washington to expand drills")]
    [InlineData("ALSO READ | Why did Seoul expand the drills?")]
    [InlineData("Get breaking news alerts on your phone")]
    [InlineData("Follow AP's coverage of North Korea at https://apnews.com/hub/north-korea")]
    [InlineData("Find more of AP's Asia-Pacific coverage at https://apnews.com/hub/asia-pacific")]
    [InlineData("Follow AP's coverage at https://apnews.com/hub/coronavirus-pandemic and https://apnews.com/UnderstandingtheOutbreak")]
    [InlineData("(Visited 23 times, 1 visits today)")]
    [InlineData("Pages: 1 2 Next »")]
    [InlineData("Page 1 of 3")]
    [InlineData("Read the full article at AP News")]
    [InlineData("Read full story")]
    [InlineData("What do you think? Let us know in the comments below.")]
    [InlineData("Share your thoughts in the comments.")]
    [InlineData("Was this article helpful?")]
    [InlineData("Did you find this article helpful? Yes No")]
    [InlineData("War dieser Artikel hilfreich?")]
    [InlineData("Average rating 4.5 / 5. Vote count: 12")]
    [InlineData("No votes so far! Be the first to rate this post.")]
    [InlineData("Fact checked by Jane Roe")]
    [InlineData("Print Friendly, PDF & Email")]
    [InlineData("Source link")]
    [InlineData("点击查看更多")]
    [InlineData("【纠错】")]
    [InlineData("扫一扫分享")]
    [InlineData("打开APP阅读")]
    [InlineData("続きを読む")]
    [InlineData("기사제보")]
    [InlineData("ⓒ 연합뉴스")]
    [InlineData("Thank you for reading!")]
    [InlineData("Enjoyed this article? Share it with your friends.")]
    [InlineData("Featured image via AP")]
    [InlineData("Watch the video above.")]
    [InlineData("Click to enlarge")]
    [InlineData("Tap to expand")]
    [InlineData("This content is not available in your region.")]
    [InlineData("Sorry, this video is unavailable.")]
    [InlineData("This video file cannot be played.(Error Code: 102630)")]
    [InlineData("Powered by Trinity Audio")]
    [InlineData("Powered by Disqus")]
    [InlineData("Our Standards: The Thomson Reuters Trust Principles.")]
    [InlineData("Our Standards: The Thomson Reuters Trust Principles., opens new tab")]
    [InlineData("This is a carousel. Use Next and Previous buttons to navigate")]
    [InlineData("Continue a ler a seguir à publicidade")]
    [InlineData("Quotehub Finance is not responsible for the content of third-party articles. Prices shown are delayed at least 15 minutes.")]
    [InlineData("Reuters Health news is provided for general information only and is not a substitute for medical advice. Always talk with your doctor about your health.")]
    [InlineData("Esta noticia ha sido elaborada con información de Europa Press. Queda prohibida la reproducción, distribución y comunicación pública de este contenido sin autorización.")]
    [InlineData("Esta información ha sido elaborada por la agencia EFE y editada por la redacción de Diario del Alto Ebro.")]
    [InlineData("If you're on the ABC7 News app, click here to watch live")]
    [InlineData("Votre abonnement n’autorise pas la lecture de cet article")]
    [InlineData("Lecture restreinte")]
    [InlineData("While you are here…")]
    [InlineData("The Riverbend Ledger is part of the USA TODAY Network.")]
    [InlineData("Thank you for relying on us to provide the journalism you can trust. Please consider supporting us with a subscription.")]
    [InlineData("The Lantern Review is a nonprofit, reader-supported magazine. Members make stories like this one possible. Join today.")]
    [InlineData("Contact the reporter: hkim@ap.org")]
    [InlineData("01:40 - Source: CNN")]
    [InlineData("【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】")]
    [InlineData("記事の無断転載を禁じます。")]
    [InlineData("分享到：")]
    [InlineData("关闭窗口")]
    [InlineData("（完）")]
    [InlineData("写真：ロイター")]
    [InlineData("関連ニュース")]
    [InlineData("공유하기")]
    [InlineData("打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。")]
    [InlineData("【免责声明】本文仅代表作者本人观点，与本网站无关。")]
    [InlineData("更多精彩内容，请关注我们的微信公众号")]
    [InlineData("Press spacebar to pause and continue. Press esc to stop.")]
    [InlineData("Follow Financial Advisor Insights and never miss an update!")]
    [InlineData("Follow Lucia I. Suarez on Twitter @luciasuarezsang")]
    [InlineData("Have something to add to this story? Share it in the comments.")]
    [InlineData("Are you surprised Whitney is the last woman standing? Tell us below.")]
    [InlineData("Do you think Alissa is Chris’ perfect match? Sound off in the comments below.")]
    [InlineData("Share this with all of your girlfriends by clicking the Share button below.")]
    [InlineData("Like this? You might also be interested in...")]
    [InlineData("Have a remodel or a DIY project to share with us? Submit it here!")]
    [InlineData("This story was provided by SpaceNews, dedicated to covering all aspects of the space industry.")]
    [InlineData("This story originally appeared on The Atlantic.")]
    [InlineData("This article was provided by the media outlet and categorized by Korea Portal News.")]
    [InlineData("Originally published as Council waves through 44-storey tower despite record 600 objections")]
    [InlineData("This article does not contain investment advice or recommendations. Every investment and trading move involves risk, and readers should conduct their own research when making a decision.")]
    [InlineData("Cointelegraph is committed to independent, transparent journalism. This news article is produced in accordance with Cointelegraph's Editorial Policy and aims to provide accurate and timely information.")]
    [InlineData("Dieser Artikel stellt keine Anlageberatung dar.")]
    [InlineData("To listen to the complete interview, click here.")]
    [InlineData("See more photos in the gallery, images by Tanveer Badal")]
    [InlineData("Photos: Courtesy of the vendors.")]
    [InlineData("The logo of NASA, the National Aeronautics and Space Administration. Credit: NASA")]
    [InlineData("© 2014 Condé Nast. All rights reserved Use of this Site constitutes acceptance of our User Agreement (effective 1/2/2014) and Privacy Policy (effective 1/2/2014) Your California Privacy Rights The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Condé Nast. Ad Choices")]
    [InlineData("Magic mushrooms can create vivid hallucinations of strange things, such as abstract shapes. Credit: WhiteHaven/Shutterstock.com")]
    [InlineData("［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。")]
    [InlineData("本文为会员专享内容，订阅后登录即可阅读全文。")]
    [InlineData("Add a comment")]
    [InlineData("Login to comment")]
    [InlineData("Click here to read the full article.")]
    [InlineData("Recibe las noticias más importantes en tu correo. Suscríbete gratis")]
    [InlineData("Receba as principais notícias no seu e-mail")]
    [InlineData("Cet article est réservé aux abonnés")]
    [InlineData("Jetzt kostenlos registrieren und weiterlesen")]
    [InlineData("Siga-nos no Google Notícias")]
    [InlineData("Volg ons op WhatsApp")]
    [InlineData("Stay updated with the latest news — join our WhatsApp channel")]
    [InlineData("Article continues below this ad")]
    [InlineData("Rating: ★★★★☆ (23 votes)")]
    [InlineData("Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.")]
    [InlineData("Imagen: Policía de Tránsito y Transporte Cauca")]
    [InlineData("Angus Barbieri mając 27 lat, ważył 206 kilogramów /domena publiczna")]
    [InlineData("Premier Mateusz Morawiecki / PAP/Radek Pietruszka")]
    [InlineData("Dowiedz się więcej: Kto jak głosował ws. unijnych funduszy? Jeden z polityków wyłamał się")]
    [InlineData("Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?")]
    [InlineData("Der Artikel wurde erfolgreich hinzugefügt.")]
    [InlineData("Item added to your cart")]
    [InlineData("IMPRESSUM | DATENSCHUTZ | COPYRIGHT JANE DOE | THIS IS A KANGA PROJECT")]
    [InlineData("Impressum | Datenschutz")]
    [InlineData("Dieser Artikel erschien zuerst bei Spektrum.de")]
    [InlineData("Cet article a été initialement publié sur The Conversation.")]
    [InlineData("Este conteúdo foi originalmente publicado em Estadão e é distribuído pela Agência Estado. Reprodução proibida.")]
    [InlineData("Conteúdo distribuído pela Folhapress. A reprodução é proibida sem autorização.")]
    [InlineData("(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)")]
    [InlineData("(This story has not been edited by staff and is auto-generated from a syndicated feed.)")]
    [InlineData("Disclaimer: This story has been published from a wire agency feed without modifications to the text.")]
    [InlineData("The Associated Press receives support from the Walton Family Foundation for coverage of water and environmental policy. The AP is solely responsible for all content.")]
    [InlineData("Follow AP's Africa coverage at: https://apnews.com/hub/africa")]
    [InlineData("Follow AP’s Africa coverage on the Lakeshore Tribune World page.")]
    [InlineData("Ce contenu a été produit avec l'aide financière des Bourses de Meta et de La Presse Canadienne pour les nouvelles.")]
    [InlineData("This story was produced with the financial support of the Pulitzer Center.")]
    [InlineData("Why you can trust us: The Riverbend Beacon is a nonprofit newsroom. We follow the SPJ Code of Ethics, and donors have no influence over our coverage. Spot an error? Let us know.")]
    [InlineData("This story has been updated to include comments from economists.")]
    [InlineData("Dieser Artikel wurde um 11.40 Uhr aktualisiert.")]
    [InlineData("Most Read from Bloomberg")]
    [InlineData("Simak juga Video \"Video: Detik-detik Kepadatan di Tol Cikampek Jelang Puncak Arus Balik\":")]
    [InlineData("[Gambas:Video 20detik]")]
    [InlineData("Get Latest World News along with Latest News and Top Headlines from India and around the world.")]
    [InlineData("Mehr News finden Sie in unserer brandneuen Chiemgau-Merkur-App – jetzt kostenlos im Store herunterladen.")]
    [InlineData("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.")]
    [InlineData("Copyright 2026 United Press International, Inc. (UPI). Any reproduction, republication, redistribution and/or modification of any UPI content is expressly prohibited without UPI's prior written consent.")]
    [InlineData("· 3 Minuten Lesezeit")]
    [InlineData("Leestijd 4 minuten")]
    [InlineData("Video: Glatteis sorgt für zahlreiche Unfälle auf Niedersachsens Straßen")]
    [InlineData("Im Berufsverkehr ging auf einigen Strecken gar nichts mehr. 02:14 min")]
    [InlineData("Lire aussi |")]
    [InlineData("Lire aussi le décryptage |")]
    [InlineData("3 comments1.2K views6 minutes read")]
    [InlineData("수정 2026.02.03 09:40")]
    [InlineData("댓글 3")]
    [InlineData("Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.")]
    [InlineData("Sie haben einen Fehler im Text gefunden oder möchten uns Feedback geben? Feedback")]
    [InlineData("Spotted a typo? Let us know.")]
    [InlineData("Smart Brevity® count: 1 min. 296 words")]
    [InlineData("Like this post? Pin it for later!")]
    [InlineData("Why you can trust TechVerdict")]
    [InlineData("Audio for this article is generated by AI. Learn more")]
    [InlineData("(END) Dow Jones Newswires")]
    [InlineData("Direkt aus dem dpa-Newskanal")]
    [InlineData("If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.")]
    [InlineData("Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.")]
    [InlineData("Dieser Text wurde automatisch von dpa übernommen und von der SZ-Redaktion nicht bearbeitet.")]
    [InlineData("Dieser Artikel wurde automatisch aus dem dpa-Newskanal übernommen und von der Redaktion nicht bearbeitet.")]
    [InlineData("Audio: Lena Hartwig, SWR, zu maroden Hallenbädern, 13.03.2024 06:12 Uhr2 Min")]
    [InlineData("Corriere della Sera è anche su WhatsApp. È sufficiente cliccare qui per iscriversi al canale ed essere sempre aggiornati.")]
    [InlineData("Esta funcionalidad es sólo para suscriptores")]
    [InlineData("Get the latest forecast anytime with the free FOX 11 Weather app.")]
    [InlineData("Download the free KSDK app for breaking news alerts.")]
    [InlineData("December 02, 2026 07:42 ET (12:42 GMT)")]
    [InlineData("This content was created by MarketWatch, which is operated by Dow Jones & Co. MarketWatch is published independently from Dow Jones Newswires and The Wall Street Journal.")]
    [InlineData("Third party Ad. Not an offer or recommendation by Investing.com. See disclosure here or remove ads.")]
    [InlineData("Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks including the risk of losing some, or all, of your investment amount, and may not be suitable for all investors.")]
    [InlineData("This report is auto-generated from Press Trust of India news service. NewsPrism holds no responsibility for its content.")]
    [InlineData("Aggiornato alle 12:31")]
    [InlineData("Artikel ini dibacakan oleh AI")]
    [InlineData("이 기사는 언론사에서 경제 섹션으로 분류했습니다.")]
    [InlineData("この記事は有料記事です。残り1520文字")]
    [InlineData("この記事の続きをお読みいただくには、朝日新聞デジタルのご購読手続きが必要です。")]
    [InlineData("不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法")]
    [InlineData("Our expert reviewers spend hours testing and comparing products and services so you can choose the best for you. Find out more about how we test.")]
    [InlineData("This file photo shows shoppers at a traditional market in Seoul. (Yonhap)")]
    [InlineData("(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)")]
    [InlineData("Get instant updates on breaking news. Allow LatestLY to send notifications?")]
    [InlineData("We have summarized this news so that you can read it quickly. If you are interested in the news, you can read the full text here.")]
    [InlineData("Video")]
    [InlineData("VÍDEOS: tudo sobre Campinas e região")]
    [InlineData("This report by The Canadian Press was first published March 3, 2026.")]
    [InlineData("Você tem acesso ilimitado à Folha. Assinantes podem liberar 7 acessos por dia para qualquer link.")]
    [InlineData("Header image: A worker stacks bags of urea at a fertiliser warehouse in Multan. — Reuters/File")]
    [InlineData("Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.")]
    [InlineData("Нашли опечатку? Выделите текст и нажмите Ctrl + Enter")]
    [InlineData("Ακολουθήστε την Καθημερινή στο Google News και μάθετε πρώτοι τα νέα.")]
    [InlineData("Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D")]
    [InlineData("Urmărește știrile Digi24.ro și pe Google News")]
    [InlineData("Citește și: Cum se circulă pe drumurile naționale. Lista drumurilor închise din cauza zăpezii")]
    [InlineData("Διαβάστε επίσης |")]
    [InlineData("-- BERNAMA")]
    [InlineData("lb-ab/sbk")]
    [InlineData("/cb")]
    [InlineData("Published Jan. 22|Updated Jan. 23")]
    [InlineData("Short Url")]
    [InlineData("Legal Disclaimer: MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.")]
    [InlineData("—AFP/DPA")]
    [InlineData("Disunting oleh: Nur Aisyah Rahman")]
    [InlineData("Edited by Paul Simao")]
    [InlineData("We recommend the best products through an independent review process, and advertisers do not influence our picks. We may receive compensation if you visit partners we recommend.")]
    [InlineData("This audio is generated by an AI tool.")]
    [InlineData("Share your thoughts on this story with other readers. Comments (4)")]
    [InlineData("4 min")]
    [InlineData("कमेंट्स (14)पढ़ें: 3 मिनट")]
    [InlineData("कॉमेंट लिखें")]
    [InlineData("Follow @laurenmatteo_bv on X")]
    [InlineData("Don't miss the most important news and views of the day. Get them on our Telegram channel")]
    [InlineData("NBT के साथ पढ़ें हर ख़बर, हर अपडेट। नवभारत टाइम्स ऐप डाउनलोड करें।")]
    [InlineData("डिस्क्लेमर: यह आईएएनएस न्यूज फीड से सीधे पब्लिश हुई खबर है। इसके साथ टीम ने किसी तरह की कोई एडिटिंग नहीं की है।")]
    [InlineData("هذا المحتوى منقول من مصدره ولا يعبر عن رأي الموقع، والموقع غير مسؤول عن صحة الخبر.")]
    [InlineData("— Embraer (@embraer) November 20, 2025")]
    [InlineData("— Protezione Civile Lazio (@ProtCivLazio) November 28, 2025")]
    [InlineData("— ZDF heute (@ZDFheute) 26. Mai 2019")]
    [InlineData("Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.")]
    [InlineData("Follow IRNA on X: @IrnaEnglish")]
    [InlineData("Scroll down for video")]
    [InlineData("Loading Twitter content")]
    [InlineData("NEWYou can now listen to Fox News articles!")]
    [InlineData("- Source: CNN")]
    [InlineData("We've been covering the war since day one. Help us keep going. Become a member today.")]
    [InlineData("ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen.")]
    [InlineData("Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.")]
    [InlineData("Bu haber Anadolu Ajansı (AA) abone sistemi üzerinden alınmıştır. Haberin tüm yayın hakları AA'ya aittir.")]
    [InlineData("Content from The Associated Press. Trendy News Today is not responsible for the content of external sites.")]
    [InlineData("Gündem Ekspres'i Google News'te takip etmek için tıklayın")]
    [InlineData("Ege Manşet'e abone olun, İzmir'den son dakika haberleri cebinize gelsin! Bildirimleri Aç")]
    [InlineData("Dieses Thema im Programm: Das Erste tagesschau 20:00 Uhr")]
    [InlineData("Über dieses Thema berichtete NDR Info am 20. November 2025 um 08:00 Uhr.")]
    [InlineData("Článek pokračuje pod reklamou")]
    [InlineData("What’s your reaction?")]
    [InlineData("Like 12 Love 3 Wow 1 Sad 0 Angry 0")]
    [InlineData("For More Earnings News, Earnings Calendar and Earnings Surprises, visit rttnews.com.")]
    [InlineData("For further information, please contact: Marcus Lindqvist, President and CEO Phone: +1 (416) 555-0192 Email: info@borealis.example")]
    [InlineData("This instant news alert was generated by narrative science technology and financial data from MarketBeat in order to provide readers with the fastest reporting and unbiased coverage. Please send any questions or comments about this story to contact@marketbeat.com, and we will get back to you as soon as we can with a reply to your message.")]
    [InlineData("Continue reading on the NewsBreak app for a faster experience")]
    [InlineData("Vypočujte si článok 8 min")]
    [InlineData("| 3 minutes")]
    [InlineData("(Borítókép: Rendőrségi ellenőrzés az M1-es autópályán 2025. december 9-én. Fotó: Mónus Márton / MTI)")]
    [InlineData("This instant news alert was generated by narrative science technology and financial data from MarketBeat in order to provide readers with the fastest reporting.")]
    [InlineData("Keith Marlowe has positions in Great Plains Midstream. The Motley Fool has a disclosure policy.")]
    [InlineData("On the date of publication, Rich Asplund did not have (either directly or indirectly) positions in any of the securities mentioned in this article.")]
    [InlineData("The views and opinions expressed herein are the views and opinions of the author and do not necessarily reflect those of Nasdaq, Inc.")]
    [InlineData("Griežtai draudžiama Delfi paskelbtą informaciją panaudoti kitose interneto svetainėse, žiniasklaidos priemonėse ar kitur arba platinti mūsų medžiagą kuriuo nors pavidalu be sutikimo.")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed without permission.")]
    [InlineData("Find The Irish Times on WhatsApp and stay up to date")]
    [InlineData("Reproduction of this article in whole or in part is strictly prohibited.")]
    [InlineData("Перепечатка материалов без письменного разрешения редакции запрещена.")]
    [InlineData("Kopiowanie i rozpowszechnianie materiałów bez pisemnej zgody redakcji jest zabronione.")]
    [InlineData("Queda prohibida la reproducción total o parcial de este contenido.")]
    [InlineData("Join the M.E.N. WhatsApp community HERE")]
    [InlineData("Loading audio... Powered by BeyondWords")]
    [InlineData("Don't miss out on the latest news and information.")]
    [InlineData("Hometown Feed republishes this article with permission from The Cedar Valley Courier. Views expressed are the author's own.")]
    [InlineData("This story was written by a Local Democracy Reporter. The LDRS is funded by the BBC and supports local news.")]
    [InlineData("When citing and using any materials on the Internet, open for search engines, hyperlinks not lower than the first paragraph to \"ukrinform.net\" are mandatory. In addition, quoting the translations of materials of foreign media is possible only if there is a hyperlink to the ukrinform.net website and the website of a foreign media. Materials marked as \"Advertising\" or with a disclaimer \"Material is placed in accordance with Part 3 of Article 9 of the Law of Ukraine on Advertising\" are placed on the basis of an agreement.")]
    [InlineData("PUBLICITE")]
    [InlineData("2-minute read")]
    [InlineData("Have you tried our app?")]
    [InlineData("Экономика и бизнес обновлено 14:58")]
    [InlineData("When citing and using any materials on the Internet, links to the website ukrinform.net not lower than the first paragraph are mandatory.")]
    [InlineData("Author of the article:")]
    [InlineData("Dry State is an independent publication covering water in the American Southwest. Get our weekly newsletter here.")]
    [InlineData("¿Te gustó esta nota?")]
    [InlineData("Tamanho do texto: A- A+")]
    [InlineData("Veja mais notícias da região no g1 SP")]
    [InlineData("Edição: Rodrigo Antunes Lemos")]
    [InlineData("🔥 2 318 läser just nu")]
    [InlineData("Få dagens viktigaste nyheter i din inkorg varje morgon.")]
    [InlineData("Dit artikel is gemaakt in samenwerking met Omrop Fryslân.")]
    [InlineData("Dieser Artikel entstand in Kooperation mit Arcadia Live.")]
    [InlineData("[Editor: Liu Wei]")]
    [InlineData("Copyright © Xinhua News Agency. This article is distributed by AsiaNewsBeat through a content partnership.")]
    [InlineData("This story was automatically published from a Reuters wire feed and has not been edited by our staff.")]
    [InlineData("이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.")]
    [InlineData("(사진=질병관리청 제공) 2026.01.14. photo@newsis.com *재판매 및 DB 금지")]
    [InlineData("◎공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다.")]
    [InlineData("📌 LEIA TAMBÉM:")]
    [InlineData("👁 पढ़ा गया: 18,402 बार")]
    [InlineData("本文章僅供參考，不構成任何投資建議。")]
    [InlineData("Reporting from Washington and Sacramento")]
    [InlineData("Esta noticia es de acceso libre. Para leer todos los contenidos de Diario Meridiano, hazte suscriptor.")]
    public void DropsModernPageChromeInTheMiddleOfTheStory(string chrome) =>
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, chrome, Sentence], Metadata));

    // The byline's authors signed again under the story, with a place or role in brackets, or the byline repeated after
    // the deck: not story text. As a heading the name titles the author's box, which ends the story (tested elsewhere).
    [Fact]
    public void DropsTheAuthorsSignedAgain()
    {
        var metadata = Metadata with { Byline = "Élise Carron and Julien Morvan", Authors = ["Élise Carron", "Julien Morvan"] };
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, "Élise Carron (Saintes, envoyée spéciale) et Julien Morvan"], metadata));
        Assert.Equal([Sentence, Sentence, "Élise Carron said the river would crest on Saturday."],
            BlockFilter.Filter([Sentence, Sentence, "Élise Carron said the river would crest on Saturday."], metadata));

        var signed = Metadata with { Byline = "Marion LE GALL", Authors = ["Marion LE GALL"] };
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, "Marion LE GALL.", Sentence, Sentence], signed));
    }

    // The writer's label over one of the byline's authors closes the story with its source; a sentence naming the writer stays.
    [Fact]
    public void DropsALabelledSignatureClosingTheStory()
    {
        var metadata = Metadata with { Byline = "Kirsten Freund", Authors = ["Kirsten Freund"] };
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, Sentence, "Text: Kirsten Freund / handwerksblatt.de"], metadata));
        Assert.Equal([Sentence, Sentence, Sentence, "Text: Kirsten Freund wrote the guide to the new rules."],
            BlockFilter.Filter([Sentence, Sentence, Sentence, "Text: Kirsten Freund wrote the guide to the new rules."], metadata));
    }

    // A guest column's disclaimer closes it; a sentence about a report's views stays.
    [Fact]
    public void DropsAnOpinionDisclaimerClosingTheStory()
    {
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, Sentence,
            "Opinions expressed in guest columns are those of the author and do not necessarily reflect the views of the Cedar Valley Courier."], Metadata));
        const string Report = "The opinions expressed in the report are those of the committee's majority, its chairman told reporters in Albany on Tuesday.";
        Assert.Equal([Sentence, Sentence, Sentence, Report], BlockFilter.Filter([Sentence, Sentence, Sentence, Report], Metadata));
    }

    [Fact]
    public void DropsAMoreNewsLabelClosingTheStory() =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, "Plus d'actualités à Lorient"], Metadata));

    [Theory]
    [InlineData("Copying of the paintings was prohibited by the museum after the 1998 theft, the curator said on Tuesday.")]
    [InlineData("Reporting from Kyiv for three years changed how she saw the war, she said.")]
    [InlineData("Find out how the council spent the money: a breakdown of every grant is posted on its Facebook page.")]
    [InlineData("A council spokesperson told the Local Democracy Reporting Service that the bridge would reopen in 2027.")]
    [InlineData("When using the new app, riders must scan a ticket, and links to the timetable are required reading for newcomers.")]
    public void AStorySentenceAboutCopyingOrFindingIsNoNotice(string story) =>
        Assert.Equal([Sentence, story, Sentence], BlockFilter.Filter([Sentence, story, Sentence], Metadata));

    [Fact]
    public void AChineseTeaserLinkBetweenTheParagraphsGoes()
    {
        var teaser = new StoryBlock("韩美宣布将扩大联合军演规模", BlockKind.Paragraph, 1, LinksWithinSite: true);
        var body = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([body, teaser, body], Metadata));
    }

    [Fact]
    public void AShortChineseSentenceClosingTheStoryStays()
    {
        const string Last = "正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）";
        Assert.Equal([Sentence, Sentence, Last], BlockFilter.Filter([Sentence, Sentence, Last], Metadata));
    }

    [Fact]
    public void APageOfNothingButChromeKeepsNoBlock() =>
        Assert.Empty(BlockFilter.Filter(["© 2019 Synium Software GmbH", "You need to enable JavaScript to run this app."], Metadata));

    [Theory]
    [InlineData("This report, written by AI researchers at the university, found the error rate halved.")]
    [InlineData("The report was written with the help of AI experts and published on Monday.")]
    [InlineData("We earn a living from the sea, and the new rules take that away, the fishermen said.")]
    [InlineData("To enable JavaScript in Chrome, open Settings and choose Privacy and security.")]
    [InlineData("Posted in 2019, the video has been viewed millions of times.")]
    [InlineData("Five hours ago the river broke its banks.")]
    [InlineData("3 часа назад в городе начался пожар.")]
    [InlineData("The paper does not edit wire copy from agencies it trusts, its editor said in an interview.")]
    [InlineData("Investors did not have positions in any of the stocks before the merger, the regulator found after a long review.")]
    [InlineData("Police said the suspect can be reached only through his lawyer, who declined to comment on Tuesday.")]
    [InlineData("Download the report, officials said, and read it before the vote.")]
    [InlineData("Credit card debt rose again in March.")]
    [InlineData("Loading the ship took three days, the port said.")]
    [InlineData("Source: a person familiar with the talks, who asked not to be named.")]
    [InlineData("Originally published in 1851, the novel was ignored for decades.")]
    [InlineData("The site is powered by WordPress, the company said in a statement.")]
    [InlineData("Powered by solar panels, the village has not lost power since.")]
    [InlineData("Our standards: the council's own principles were ignored, the report said.")]
    [InlineData("Press the button twice, the manual says, and the engine stops.")]
    [InlineData("The bank cut rates again. Credit: cheaper for households, costlier for savers.")]
    [InlineData("Tell us below the line is where the trouble starts, she said, and nobody listened to her warnings.")]
    [InlineData("This story was provided by a source inside the ministry, and it has since been confirmed by two others.")]
    [InlineData("Originally published as a pamphlet in 1848, the manifesto was soon translated into a dozen languages.")]
    [InlineData("Originally published as a serial in a weekly magazine, it became a best-selling novel.")]
    [InlineData("The report does not contain investment advice, the regulator said, and cannot be relied upon by buyers.")]
    [InlineData("The video could not be played in court, the judge ruled.")]
    [InlineData("Next article in the series will look at how prices are set.")]
    [InlineData("This story was first reported by the local paper in 2019, and the council has not answered since.")]
    [InlineData("Receive the form by e-mail, fill it in and return it within ten days, the agency said.")]
    [InlineData("This article is reserved for the judges' eyes, the clerk said, and it was sealed.")]
    [InlineData("The text has not been edited by the staff of the ministry, a spokesman said, and was released as drafted.")]
    [InlineData("The story continues after the war, when the family moved to Lyon.")]
    [InlineData("You will be notified of any Privacy Policy changes: • On our Privacy Policy Page")]
    [InlineData("The ratio of wins to losses was 3 / 4 by the end of the season, the club said.")]
    [InlineData("He filed the story for Reuters and AFP, the paper said.")]
    [InlineData("Foto: Das Bild zeigt den Minister. Er sprach gestern in Berlin vor der Presse.")]
    [InlineData("Page 1 of the indictment lists twelve charges against the former minister.")]
    [InlineData("Reviewed by two independent panels, the findings were published on Monday.")]
    [InlineData("Read the full report, the minister told lawmakers, before you vote on it.")]
    [InlineData("Let us know what you think, the mayor told residents at the meeting.")]
    [InlineData("The video is unavailable in parts of Europe because of a copyright dispute, the company said.")]
    [InlineData("Featured image rights were sold to the agency for an undisclosed sum.")]
    [InlineData("Associated Press writer Kim Tong-Hyung contributed to this report.")]
    [InlineData("Follow the money, investigators said, and the coverage gaps at the agency become clear.")]
    [InlineData("Fans who want to catch all the action can watch the final on Sunday, the league said.")]
    [InlineData("El periodismo independiente está en peligro en la región, advirtió la relatora de la ONU.")]
    [InlineData("The network said it would stop airing breaking news alerts on its radio stations every morning.")]
    [InlineData("Supporters shared the slogan under #SaveOurTrams and #Wroclaw on Tuesday.")]
    [InlineData("O texto continua em análise na comissão, segundo o relator.")]
    [InlineData("The report was updated in March to reflect the new figures, the ministry said.")]
    [InlineData("This story has been updated many times since the first outbreak, and the numbers keep changing.")]
    [InlineData("The Associated Press reported on Monday that the talks had stalled.")]
    [InlineData("Copyright lawyers say the ruling will change how publishers license their archives.")]
    [InlineData("The crawling traffic slowed to a halt on the motorway for AI drivers, the police said.")]
    [InlineData("PTI reported the figures on Monday, citing officials in the state capital.")]
    [InlineData("The first train leaves the station at 5:45")]
    [InlineData("서울시는 5일 물가대책위원회 심의를 거쳐 요금 조정안을 확정했다고 밝혔다 [관련 기사 참조]")]
    [InlineData("The newsroom switched to a syndicated feed of sports results during the strike, the union said.")]
    [InlineData("By noon, the river had broken its banks.")]
    [InlineData("Read more: the ministry's report runs to 400 pages.")]
    [InlineData("3 comments from the minister caused a stir, and 1.2K views later the video was deleted.")]
    [InlineData("We and our partners in the coalition will vote against the bill, the party leader said.")]
    [InlineData("Did you find an error in the ballots? Officials asked voters to report any problems.")]
    [InlineData("Editorial director Robert Salladay said the paper would keep its Sunday edition.")]
    [InlineData("Edited by hand, the manuscript took the monks eleven years to finish, the museum said.")]
    [InlineData("If the cell shows an error, press Ctrl+Enter to run it again.")]
    [InlineData("The minister said on her WhatsApp channel that talks would resume.")]
    [InlineData("Download speeds on the app improved after the update, the company said.")]
    [InlineData("The ministry said the PHOTO | VIDEO archive would open to researchers in March.")]
    [InlineData("记者张明在现场拍摄了大量照片，并采访了多位工人。")]
    [InlineData("记者看到了这张地图")]
    [InlineData("他在图片来源一栏写下了自己的名字，并说明了拍摄时间。")]
    [InlineData("The system was automatically generated from a feed of sensor readings, engineers said.")]
    [InlineData("Readers can write to the ombudsman at ombudsman@example.org with complaints about the coverage.")]
    [InlineData("— the minister (@ministry) said nothing more on the matter before the vote, aides said on Thursday evening in the capital.")]
    [InlineData("Like many users on Facebook, she follows the debate closely, she said.")]
    [InlineData("Over 2 million people follow @elonmusk's posts on the platform, the study found.")]
    [InlineData("Source: the ministry's own figures, published in March.")]
    [InlineData("Artiklen fortsætter debatten om annoncen fra ministeriet")]
    [InlineData("If you’d like to help, we’re looking for a dozen volunteers to carry boxes on Saturday. Sign up at the register.")]
    [InlineData("该事件引发广泛关注，多个公众号发文称当地政府已介入调查。")]
    [InlineData("The broker may receive a commission if you buy the policy, the regulator warned.")]
    [InlineData("The agency said reproduction of the species is permitted only with a licence from the ministry.")]
    // "He joined the club … Suez Canal": the past tense and the canal are story.
    [InlineData("انضم اللاعب إلى نادي الإسماعيلية بعد موسم قضاه في قناة السويس على فيسبوك")]
    [InlineData("وزیر گفت کانال آبرسانی تا پایان سال تکمیل می‌شود.")]
    [InlineData("From Wikipedia editors to small bloggers, everyone now cites the same three studies.")]
    [InlineData("A perce is a rock arch, the guide said.")]
    [InlineData("Der Verlag ist Teil des Netzwerks, sagte die Sprecherin, und bleibt es auch im kommenden Jahr.")]
    [InlineData("The museum reopened on Monday. Photos by Ansel Adams hang in the lobby.")]
    [InlineData("Share prices fell 3%, and 1.200 keer gelezen berichten deden de ronde.")]
    [InlineData("Print editions will stop in May, the publisher said.")]
    [InlineData("Turn on notifications and the app will warn you before the storm reaches the coast, officials said on Monday in a statement.")]
    [InlineData("If you're on the fence about the app, the review says, click here for the full test of its features.")]
    [InlineData("While you are here, the guide said, look at the ceiling of the chapel.")]
    public void KeepsStorySentencesThatShareWordsWithModernChrome(string line) =>
        Assert.Equal([Sentence, Sentence, line, Sentence], BlockFilter.Filter([Sentence, Sentence, line, Sentence], Metadata));

    [Theory]
    [InlineData("Council approves budget")]
    [InlineData("By Jane Doe")]
    [InlineData("Date:2025-04-11 16:54:43")]
    [InlineData("View")]
    // The agency's full name with its desk, where a byline goes.
    [InlineData("Press Trust of India New Delhi")]
    public void DropsHeaderLinesBeforeTheStory(string header) =>
        Assert.Equal([Sentence], BlockFilter.Filter([header, Sentence], Metadata));

    [Theory]
    [InlineData("Related")]
    [InlineData("Related to this story")]
    [InlineData("Ultima ora")]
    [InlineData("Últimas notícias")]
    [InlineData("Najnowsze wiadomości")]
    [InlineData("Ranking")]
    [InlineData("Recommendation")]
    [InlineData("Most read")]
    [InlineData("खबरें और भी हैं...")]
    [InlineData("Neueste Artikel")]
    [InlineData("Lesen Sie auch:")]
    [InlineData("Kapcsolódó cikkek")]
    [InlineData("相关新闻")]
    [InlineData("Guess You Like")]
    [InlineData("Schon gelesen?")]
    [InlineData("Lesen Sie auch die folgenden Beiträge:")]
    [InlineData("Weitere Beiträge aus der Kolumne:")]
    [InlineData("More from Wealth Nexus Pro")]
    [InlineData("Другие новости раздела «АПК»")]
    [InlineData("MORE FROM Nathanael Johnson")]
    [InlineData("Mehr von Daniel Weinmann auf example.de")]
    [InlineData("In Case You Missed It")]
    [InlineData("Recommended Videos")]
    [InlineData("Promoted Stories")]
    [InlineData("Popular Posts")]
    [InlineData("Latest Posts")]
    [InlineData("Latest")]
    [InlineData("Top Headlines")]
    [InlineData("Diese Artikel könnten euch auch interessieren:")]
    [InlineData("Diese Artikel könnten Sie ebenfalls interessieren")]
    [InlineData("Stories you might also like")]
    [InlineData("Estas noticias te pueden interesar")]
    [InlineData("READ MORE HERE")]
    public void CutsEverythingFromATrailingSectionHeadingOn(string heading) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, heading, "Other story one", "Other story two."], Metadata));

    [Fact]
    public void ABracketedLabelBeforeASentenceIsTheStorys()
    {
        // "【視点】" opens a commentator's sentence; only a gallery's or video's label before a bare title is a teaser.
        const string Viewpoint = "【視点】カリフォルニアの水問題は、日本の輸入価格にも影響しつつある。";
        Assert.Equal([Sentence, Viewpoint], BlockFilter.Filter([Sentence, Viewpoint], Metadata));
    }

    [Fact]
    public void DropsThePublicationDateSetUnderALead()
    {
        const string Lead = "The council voted late on Tuesday to approve a budget that cuts spending on roads.";
        var metadata = Metadata with { Published = new ArticleDate(new DateOnly(2019, 2, 21), null, null, DateSource.MetaTag) };
        Assert.Equal([Lead, Sentence], BlockFilter.Filter([Lead, "Feb. 21, 2019", Sentence], metadata));
        Assert.Equal([Lead, Sentence], BlockFilter.Filter([Lead, "Thursday, February 21, 2019", Sentence], metadata));

        // Another day is the story's, a heading over what happened then.
        Assert.Equal([Lead, "Feb. 20, 2019", Sentence], BlockFilter.Filter([Lead, "Feb. 20, 2019", Sentence], metadata));
    }

    [Fact]
    public void DropsABylineLineSetUnderALead()
    {
        const string Lead = "The council voted late on Tuesday to approve a budget that cuts spending on roads.";
        Assert.Equal([Lead, Sentence], BlockFilter.Filter([Lead, "Von Claudia Lindner", Sentence], Metadata));
        Assert.Equal([Lead, Sentence], BlockFilter.Filter([Lead, "Jane Doe, City Desk", Sentence], Metadata));
        Assert.Equal([Lead, "By the river, the town.", Sentence], BlockFilter.Filter([Lead, "By the river, the town.", Sentence], Metadata));
    }

    [Fact]
    public void KeepsADatelineSetInItsOwnElement() =>
        Assert.Equal(["SEOUL —", Sentence], BlockFilter.Filter(["SEOUL —", Sentence], Metadata));

    [Fact]
    public void KeepsShortSentencesAndHeadingsInsideTheStory()
    {
        string[] story = [Sentence, "What comes next", Sentence, "He said no.", Sentence];
        Assert.Equal(story, BlockFilter.Filter([.. story], Metadata));
    }

    [Fact]
    public void A_story_of_one_short_line_is_kept_when_nothing_else_remains() =>
        Assert.Equal(["Test"], BlockFilter.Filter(["Test", "Advertisement"], Metadata));

    [Fact]
    public void A_related_box_inside_the_story_is_skipped_and_the_story_goes_on()
    {
        var longSentence = Sentence + " " + Sentence + " " + Sentence;
        List<string> blocks = [longSentence, "Related", "Other story headline", longSentence, longSentence];

        Assert.Equal([longSentence, longSentence, longSentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_related_heading_whose_list_is_gone_leaves_the_short_paragraphs_after_it()
    {
        List<string> blocks = [Sentence, Sentence, "More from Politics", "The Bundestag will vote on the bill in June.", "The opposition announced amendments."];

        Assert.Equal([Sentence, Sentence, "The Bundestag will vote on the bill in June.", "The opposition announced amendments."], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_closing_list_of_short_items_introduced_by_the_story_stays_where_a_tag_list_goes()
    {
        const string Intro = "緩和の対象として検討されているのは、主に次の分野だという。";
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Intro, BlockKind.Paragraph, 0), new("露光装置の保守・点検に使う部品", BlockKind.ListItem, 0),
            new("洗浄・検査装置の一部", BlockKind.ListItem, 0), new("研究開発用の試作装置", BlockKind.ListItem, 0),
        ];
        Assert.Equal([Sentence, Intro, "露光装置の保守・点検に使う部品", "洗浄・検査装置の一部", "研究開発用の試作装置"], BlockFilter.Filter(blocks, Metadata));

        List<StoryBlock> tagged =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0), new("Politik", BlockKind.ListItem, 1),
            new("Berlin", BlockKind.ListItem, 1),
        ];
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter(tagged, Metadata));

        List<StoryBlock> names =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0), new("gwyneth paltrow", BlockKind.ListItem, 0),
            new("brad pitt", BlockKind.ListItem, 0), new("ben affleck", BlockKind.ListItem, 0),
        ];
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter(names, Metadata));
    }

    [Fact]
    public void A_read_also_label_naming_the_site_goes_where_its_links_went()
    {
        // Patch's "Also on Patch:" over a list of links the cleaning took, after the story's own list.
        const string Intro = "Under the resolution, the township will:";
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Intro, BlockKind.Paragraph, 0), new("Keep the block open to emergency vehicles at all times", BlockKind.ListItem, 0),
            new("Allow deliveries before 10 a.m. on Saturdays", BlockKind.ListItem, 0), new("Also on Patch:", BlockKind.Paragraph, 0),
            new(Sentence, BlockKind.Paragraph, 0),
        ];
        List<string> plain = [Sentence, Sentence, "Also on Patch:", Sentence];
        Assert.DoesNotContain("Also on Patch:", BlockFilter.Filter(plain, Metadata));
        Assert.DoesNotContain("Also on Patch:", BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_related_box_before_the_storys_last_short_paragraph_takes_only_itself()
    {
        // A "Related stories" box (its links cleaned away) set before the story's closing sentence, the republishing
        // note after it: the closing sentence is the story's.
        const string Closing = "The secretary of state’s office said it expects all 58 counties to meet the deadline.";
        const string Note = "This article first appeared on CalMatters and is republished here under a Creative Commons license.";
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0), new("Related stories", BlockKind.Heading, 0),
            new(Closing, BlockKind.Paragraph, 0), new(Note, BlockKind.Paragraph, 0),
        ];
        Assert.Equal([Sentence, Sentence, Closing], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_related_heading_over_a_teaser_and_its_link_ends_the_story()
    {
        const string Teaser = "Turnout in the county topped seventy percent in an off-year election.";
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0), new("Related stories", BlockKind.Heading, 0),
            new(Teaser, BlockKind.Paragraph, 0), new("How to track your mail ballot", BlockKind.Paragraph, 1),
        ];
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_label_set_as_a_paragraph_over_the_storys_opening_points_stays()
    {
        const string Point = "A power fault disabled the water treatment plant during storms";
        List<StoryBlock> blocks =
        [
            new("Key points:", BlockKind.Paragraph, 0), new(Point, BlockKind.ListItem, 0), new(Sentence, BlockKind.Paragraph, 0),
        ];
        Assert.Equal(["Key points:", Point, Sentence], BlockFilter.Filter(blocks, Metadata));

        // Over linked items, or with no list under it, the label opens nothing of the story's.
        List<StoryBlock> linked =
        [
            new("Key points:", BlockKind.Paragraph, 0), new(Point, BlockKind.ListItem, 1), new(Sentence, BlockKind.Paragraph, 0),
        ];
        Assert.DoesNotContain("Key points:", BlockFilter.Filter(linked, Metadata));
        List<StoryBlock> alone = [new("Key points:", BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0)];
        Assert.Equal([Sentence], BlockFilter.Filter(alone, Metadata));
    }

    [Fact]
    public void A_numbered_heading_without_letters_stays_where_a_bare_number_goes()
    {
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new("3. SR1.443 trillion", BlockKind.Heading, 0), new(Sentence, BlockKind.Paragraph, 0),
            new("4. 2034", BlockKind.Heading, 0), new(Sentence, BlockKind.Paragraph, 0), new("1/5", BlockKind.Heading, 0),
            new(Sentence, BlockKind.Paragraph, 0),
        ];

        Assert.Equal([Sentence, "3. SR1.443 trillion", Sentence, "4. 2034", Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_read_also_label_whose_list_is_gone_leaves_the_next_sections_list_items()
    {
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0), new("LEIA MAIS:", BlockKind.Paragraph, 0),
            new("O que se sabe até agora", BlockKind.Heading, 0),
            new("O fogo começou nos fundos do galpão, onde ficavam fardos de papelão;", BlockKind.ListItem, 0),
            new("A área atingida é de cerca de 3 mil metros quadrados;", BlockKind.ListItem, 0),
            new("Trânsito interditado", BlockKind.Heading, 0), new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0),
        ];

        Assert.Equal(
            [Sentence, Sentence, "O que se sabe até agora", "O fogo começou nos fundos do galpão, onde ficavam fardos de papelão;",
             "A área atingida é de cerca de 3 mil metros quadrados;", "Trânsito interditado", Sentence, Sentence],
            BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_read_also_label_whose_list_is_gone_leaves_the_sentence_that_introduces_the_storys_list()
    {
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0), new("Διαβάστε επίσης", BlockKind.Paragraph, 0),
            new("Οι δήμοι στους οποίους δεν θα λειτουργήσουν τα σχολεία είναι:", BlockKind.Paragraph, 0),
            new("Βόρειος Τομέας: Κηφισιά, Διόνυσος, Πεντέλη", BlockKind.ListItem, 0),
            new("Δυτική Αττική: Φυλή, Ασπρόπυργος, Ελευσίνα", BlockKind.ListItem, 0),
            new(Sentence, BlockKind.Paragraph, 0),
        ];

        Assert.Equal(
            [Sentence, Sentence, "Οι δήμοι στους οποίους δεν θα λειτουργήσουν τα σχολεία είναι:", "Βόρειος Τομέας: Κηφισιά, Διόνυσος, Πεντέλη",
             "Δυτική Αττική: Φυλή, Ασπρόπυργος, Ελευσίνα", Sentence],
            BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_read_also_label_whose_list_is_gone_leaves_the_next_section_of_the_story()
    {
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0), new("LEIA TAMBÉM:", BlockKind.Paragraph, 0),
            new("Restituições", BlockKind.Heading, 0), new("As restituições serão pagas em cinco lotes, entre maio e setembro.", BlockKind.Paragraph, 0),
            new("A multa por atraso é de 1% ao mês sobre o imposto devido.", BlockKind.Paragraph, 0),
        ];

        Assert.Equal(
            [Sentence, Sentence, "Restituições", "As restituições serão pagas em cinco lotes, entre maio e setembro.", "A multa por atraso é de 1% ao mês sobre o imposto devido."],
            BlockFilter.Filter(blocks, Metadata));

        // A linked title under the label is another story's teaser: the story ends there.
        blocks[3] = new("Restituições começam em maio", BlockKind.Heading, 1);
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_read_also_label_whose_list_is_gone_leaves_the_next_sections_own_list()
    {
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0), new("LEIA TAMBÉM:", BlockKind.Paragraph, 0),
            new("Trechos impróprios para banho", BlockKind.Heading, 0), new("Recife: Pina, em frente à Rua Padre Bernardino Pessoa", BlockKind.ListItem, 0),
            new("Olinda: Bairro Novo, em frente à Praça do Jacaré", BlockKind.ListItem, 0), new(Sentence, BlockKind.Paragraph, 0),
        ];

        Assert.Equal(
            [Sentence, Sentence, "Trechos impróprios para banho", "Recife: Pina, em frente à Rua Padre Bernardino Pessoa", "Olinda: Bairro Novo, em frente à Praça do Jacaré", Sentence],
            BlockFilter.Filter(blocks, Metadata));

        // Linked items under the heading are other stories' teasers: the story ends at the label.
        blocks[4] = new("Recife: Pina, em frente à Rua Padre Bernardino Pessoa", BlockKind.ListItem, 1);
        blocks[5] = new("Olinda: Bairro Novo, em frente à Praça do Jacaré", BlockKind.ListItem, 1);
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_related_heading_over_link_titles_with_summaries_still_ends_the_story()
    {
        List<StoryBlock> blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0), new("More from Politics", BlockKind.Paragraph, 0),
            new("Council delays vote on stadium", BlockKind.Paragraph, 1), new("The council postponed its decision until after the summer.", BlockKind.Paragraph, 0),
            new("Mayor names new police chief", BlockKind.Paragraph, 1), new("The former deputy takes over a department of 900 officers.", BlockKind.Paragraph, 0),
        ];

        Assert.Equal([Sentence, Sentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Theory]
    [InlineData("Jane Doe is a reporter covering transport and labor for Daily Example. She joined the paper in 2019.", false)]
    [InlineData("Jane Doe ist Redakteurin im Ressort Wirtschaft.", false)]
    [InlineData("Jane Doe is a senior reviewer covering e-readers, tablets, and smart home gear.", false)]
    [InlineData("John Roe is a reporter who covered the strike for a rival paper, the union said.", true)]
    [InlineData("Jane Doe is a reporter's name the union did not want to hear, she said.", true)]
    [InlineData("Jane covers EU energy and climate policy from Brussels, with a focus on trade defence.", false)]
    [InlineData("Jane Doe is the Oman Morning Star’s Dhofar correspondent, reporting on agriculture and local affairs from Salalah.", false)]
    [InlineData("Jane Doe has covered economics since 2012. Previously, she wrote about Wall Street.", false)]
    [InlineData("Jane Smith covers the council for a rival paper, the mayor said on Monday.", true)]
    [InlineData("Janet covers the council for a rival paper, the mayor said on Monday.", true)]
    [InlineData("By Jane Doe, a deputy editor and author of the Morning Brief newsletter. She has covered the industry for a decade.", false)]
    [InlineData("Von Jane Doe, Redakteurin im Ressort Wirtschaft und Autorin des Newsletters Morgenlage.", false)]
    [InlineData("By Monday, Jane Doe, a reporter for a rival paper, had filed three stories about the strike.", true)]
    [InlineData("By Jane Doe's count, a writer needs a decade to master the form, she told the students on Monday.", true)]
    public void TheBylinesAuthorIntroducedByTradeIsAnAuthorBoxNotStory(string block, bool kept)
    {
        var metadata = Metadata with { Authors = ["Jane Doe"] };
        Assert.Equal(kept ? [Sentence, block, Sentence] : [Sentence, Sentence], BlockFilter.Filter([Sentence, block, Sentence], metadata));
    }

    [Theory]
    [InlineData("Jane Doe currently works for Daily Example as a writer. She studied in Los Angeles.", false)]
    [InlineData("Jane Doe writes for the Daily Example as its columnist.", false)]
    [InlineData("Jane Doe works for the council as a planner, the mayor said.", true)]
    public void AnAuthorBoxLeadingTheStoryGoesToo(string block, bool kept)
    {
        // The box printed above the story (an author drop-down beside the byline) is met before any story block.
        var metadata = Metadata with { Authors = ["Jane Doe"] };
        Assert.Equal(kept ? [block, Sentence, Sentence] : [Sentence, Sentence], BlockFilter.Filter([block, Sentence, Sentence], metadata));
    }

    [Fact]
    public void A_related_list_after_the_story_ends_it()
    {
        var longSentence = Sentence + " " + Sentence + " " + Sentence;
        List<string> blocks = [longSentence, longSentence, "Related", "Other story headline", "Another headline, with a summary line."];

        Assert.Equal([longSentence, longSentence], BlockFilter.Filter(blocks, Metadata));
    }

    [Fact]
    public void A_read_also_link_between_paragraphs_of_news_length_does_not_end_the_story()
    {
        // News paragraphs of one or two sentences (here about 155 characters) are still the story going on.
        var paragraph = Sentence + " " + Sentence;
        List<string> blocks = [paragraph, "Lee también...", "Another story headline", paragraph, paragraph];

        Assert.Equal([paragraph, paragraph, paragraph], BlockFilter.Filter(blocks, Metadata));
    }

    [Theory]
    [InlineData("Foto: dpa")]
    [InlineData("(Bild: Claudia Fischbacher)")]
    [InlineData("Photo : YONHAP News")]
    [InlineData("Crédits photos : Bestimage")]
    [InlineData("Фото: пресс-служба акимата Алматы")]
    [InlineData("צילום: רויטרס")]
    [InlineData("Ảnh: TTXVN")]
    [InlineData("Ljósmynd: Vestanpóstur/GJ")]
    [InlineData("Kuva: Lehtikuva")]
    public void DropsPhotoCreditLinesInsideTheStory(string credit) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, credit, Sentence], Metadata));

    [Theory]
    [InlineData("Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin")]
    [InlineData("Tags: Computer science, Fun, Hacks")]
    [InlineData("SRF 4 News, 20.11.2025, 14:00 Uhr; sda")]
    [InlineData("Redaktion, 20.11.2025 / dpa")]
    [InlineData("责任编辑：王伟")]
    [InlineData("English Summary: The state government on Thursday announced a relief package for farmers whose crops were damaged in the floods, with compensation to be paid directly into their bank accounts within a month of the survey being completed by district officials.")]
    [InlineData("Content Highlights: Kerala Floods, Relief Package, Farmers")]
    [InlineData("Disclaimer: This article is reproduced from other media for the purpose of conveying more information. It does not mean that this website agrees with its views or is responsible for its authenticity, and readers should verify the content themselves.")]
    [InlineData("This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here")]
    public void DropsTheNotesAfterTheStory(string note) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, note], Metadata));

    [Theory]
    [InlineData("Die Abstimmung findet am 20.11.2025 statt, sagte die SDA.")]
    [InlineData("SRF 4 News, 20.11.2025, 14:00 Uhr")]
    [InlineData("Termine: 20.11.2025, Bern; Müller")]
    public void KeepsAClosingLineWithADayButNoAgencyCredit(string line) =>
        Assert.Equal([Sentence, Sentence, line], BlockFilter.Filter([Sentence, Sentence, line], Metadata));

    [Fact]
    public void KeepsALabelledParagraphThatIsStoryText()
    {
        // A long "Source:" paragraph is not a note, and a label mid-story is left alone.
        var longSource = "Source: " + Sentence + " " + Sentence + " " + Sentence;
        Assert.Equal([Sentence, longSource], BlockFilter.Filter([Sentence, longSource], Metadata));
        Assert.Equal([Sentence, "Tags: the word he used.", Sentence], BlockFilter.Filter([Sentence, "Tags: the word he used.", Sentence], Metadata));
    }

    [Fact]
    public void KeepsStorySentencesAboutNewslettersAndCopyright()
    {
        const string Newsletter = "The newsletter she founded in 2019 now reaches 40,000 readers, who sign up by email.";
        const string Copyright = "Copyright lawyers say the ruling could change how museums license their collections.";
        const string Social = "The rebel leader told his followers to join him on Telegram, where he posts daily videos.";
        const string App = "Download figures for the new app rose in March, the company said.";
        const string Mira = "Mira: a town of 30,000 people on the river, where the floods began.";
        const string Related = "Related to this, the mayor said:";
        const string Skating = "Figure skating: the champion won her third title on Sunday, her coach said.";
        const string Photo = "The photo: it shows the river bursting its banks at dawn, the agency said.";
        const string Subscribers = "Verizon is also allowing subscribers to store their own pictures in the cloud using a Fios app.";
        const string Help = "Um Beiträge online einzureichen, müssen Sie registriert und eingeloggt sein.";
        const string Share = "Would they share the water with the farms downstream?";
        const string Privacy = "The privacy commissioner asked the company to change its settings for children by March.";
        const string Published = "Published in 1998, the book sold 2 million copies.";
        const string Updated = "Updated maps of the flood zone will follow on Friday, officials said.";
        const string Networks = "Facebook and Twitter both removed the accounts on Monday.";
        const string Watch = "Watch: the river rose two metres in an hour, the agency said.";
        Assert.Equal(
            [Sentence, Newsletter, Copyright, Social, App, Mira, Related, Skating, Photo, Subscribers, Help, Share, Privacy, Published, Updated, Networks, Watch, Sentence],
            BlockFilter.Filter([Sentence, Newsletter, Copyright, Social, App, Mira, Related, Skating, Photo, Subscribers, Help, Share, Privacy, Published, Updated, Networks, Watch, Sentence], Metadata));
    }

    [Fact]
    public void AStorySentenceAboutSubscriptionsAndPaywallsStays()
    {
        const string Story = "The bigger news, though, might be what Google is taking out from behind the paywall. Starting with the Charge 7, " +
                             "Fitbit's Daily Readiness score will be available to all users without a Fitbit Premium subscription, which costs $9.99 a month.";
        Assert.Equal([Sentence, Story, Sentence], BlockFilter.Filter([Sentence, Story, Sentence], Metadata));
    }

    [Theory]
    [InlineData("First-time subscribers also receive a special welcome gift handmade by expert artisans! Do it for the culture and support local businesses.")]
    [InlineData("We don't have a paywall, because we believe news should be free. A subscription of any size keeps our reporters on the beat.")]
    public void ACallToSubscribeStillGoesWhenItSpeaksToTheReader(string call) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, call, Sentence], Metadata));

    [Theory]
    [InlineData("Über den Autor")]
    [InlineData("About the author")]
    [InlineData("Sobre la firma")]
    [InlineData("Kommentare")]
    [InlineData("Leave a Reply")]
    [InlineData("Hozzászólások")]
    [InlineData("Σχόλια")]
    [InlineData("Kommentarer")]
    [InlineData("コメント")]
    [InlineData("댓글")]
    public void CutsTheAuthorBioAndCommentsHowEverLong(string heading) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, heading, Sentence + " He writes about wine.", Sentence], Metadata));

    [Theory]
    [InlineData("This entry was posted in Allgemein. Bookmark the permalink.")]
    [InlineData("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.")]
    [InlineData("Kommentarfeed | Kommentare geschlossen | Trackback-URL")]
    [InlineData("A version of this article appears in print on March 15, 2025, Section B, Page 3 of the New York edition with the headline: EU Tightens Battery Recycling Rules. Order Reprints | Today’s Paper | Subscribe")]
    public void DropsTheBlogsPostLineAfterTheStory(string line) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, line], Metadata));

    [Fact]
    public void AHeadingOfferingMoreOfTheSiteEndsTheStoryWhenNoProseFollows()
    {
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        StoryBlock Heading(string text) => new(text, BlockKind.Heading, 0);
        var teaser = Paragraph("Wie wohnt die Community? Klicke dich durch die Homestorys.");

        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Paragraph(Sentence), Paragraph(Sentence), Heading("Entdecke weitere Homestorys"), teaser], Metadata));
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Paragraph(Sentence), Paragraph(Sentence), Heading("Weitere Tourentipps in Schweden"), Heading("Göteborg im Winter")], Metadata));

        // A paragraph straight under it is the story's, and so is a press release's "Weitere Informationen".
        const string Long = "The mayor said the vote had come after months of talks with the unions and the city's businesses. " + Sentence;
        Assert.Equal([Sentence, "More About This Recipe", Long], BlockFilter.Filter([Paragraph(Sentence), Heading("More About This Recipe"), Paragraph(Long)], Metadata));
        Assert.Equal([Sentence, Sentence, "Weitere Informationen", teaser.Text],
            BlockFilter.Filter([Paragraph(Sentence), Paragraph(Sentence), Heading("Weitere Informationen"), teaser], Metadata));
    }

    [Theory]
    [InlineData("Das Thema könnte dich auch interessieren:", false)]
    [InlineData("To see the game in action, check out the footage below:", false)]
    [InlineData("The mayor listed three reasons: cost, time and safety.", true)]
    [InlineData("It is a book you will love.", true)]
    public void ALineLeadingIntoWhatTheCleaningTookOutGoesFromTheStorysEnd(string line, bool kept) =>
        Assert.Equal(kept ? [Sentence, Sentence, line] : [Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, line], Metadata));

    [Theory]
    [InlineData("This post may contain affiliate links. If you buy through them, I may receive a small commission at no extra cost to you.", false)]
    [InlineData("Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API", false)]
    [InlineData("*Werbung. Dieser Beitrag enthält Werbung für eine Kosmetikmarke.", false)]
    [InlineData("Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", false)]
    [InlineData("The views expressed in this article are those of the author.", false)]
    [InlineData("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.", false)]
    [InlineData("Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY", false)]
    [InlineData("Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu za zgodą wydawcy.", false)]
    [InlineData("The-CNN-Wire & 2013 Cable News Network, Inc. All rights reserved.", false)]
    [InlineData("SUGGESTED CITATION Doe, Jane: Experts in the Crisis, ExampleBlog, 2020/4/09, https://example.org/experts/.", false)]
    [InlineData("Werden Sie Mitglied und erhalten Sie exklusive Angebote!", false)]
    [InlineData("Offre limitée. 2 mois pour 1€ sans engagement", false)]
    [InlineData("Its source code is licensed under the Mozilla Public License.", true)]
    [InlineData("Copyright law knows two models: copyright (all rights reserved) and the public domain, with licences in between.", true)]
    [InlineData("Kann ich den Kredit jederzeit kündigen?", true)]
    [InlineData("Veröffentlicht am 16.08.2019 Dauer: 1 Stunde 4 Minuten Lizenz: CC-BY 4.0 Downloads: 22.273", true)]
    [InlineData("Zitierweise im Fließtext", true)]
    [InlineData("Datum und Ort der Wahl stehen noch nicht fest.", true)]
    [InlineData("The views expressed in the report were shared by most of the committee, the chairman said on Tuesday.", true)]
    [InlineData("Print this page and bring it to the polling station, officials said.", true)]
    [InlineData("Stand up for what you believe in, the mayor told the crowd.", true)]
    public void ADisclosureLicenceOrOfferLineGoesWhereverItStandsButTheStorysOwnSentencesStay(string line, bool kept) =>
        Assert.Equal(kept ? [Sentence, line, Sentence] : [Sentence, Sentence], BlockFilter.Filter([Sentence, line, Sentence], Metadata));

    [Theory]
    [InlineData("This entry was posted in Allgemein. Bookmark the permalink.", false)]
    [InlineData("Kommentarfeed | Kommentare geschlossen | Trackback-URL", false)]
    [InlineData("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.", true)]
    public void ATemplatesPostLineGoesAlsoInsideTheStoryButASentenceLikeOneStays(string line, bool kept) =>
        Assert.Equal(kept ? [Sentence, line, Sentence] : [Sentence, Sentence], BlockFilter.Filter([Sentence, line, Sentence], Metadata));

    [Fact]
    public void AHeadingOrABareLinkLeftAtTheEndIsDropped()
    {
        StoryBlock[] blocks =
        [
            new(Sentence, BlockKind.Paragraph, 0),
            new(Sentence, BlockKind.Paragraph, 0),
            new("Entdecke weitere Homestorys", BlockKind.Heading, 0),
            new("Hier geht es zur neuen Vorstandsstruktur", BlockKind.Paragraph, 1),
        ];
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([.. blocks], Metadata));
    }

    [Fact]
    public void ARowOfActionLinksLeftAtTheEndIsDroppedButAClosingLineWithALinkStays()
    {
        // "Reuse this content (opens new window) Comments": two links with their hints, half the row linked.
        const string Row = "Reuse this content (opens new window) Comments";
        const string Closing = "The full report is on the agency's website";
        StoryBlock[] blocks = [new(Sentence, BlockKind.Paragraph, 0), new(Sentence, BlockKind.Paragraph, 0)];
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([.. blocks, new(Row, BlockKind.Paragraph, 26.0 / Row.Length)], Metadata));
        Assert.Equal([Sentence, Sentence, Closing], BlockFilter.Filter([.. blocks, new(Closing, BlockKind.Paragraph, 0.3)], Metadata));
    }

    [Fact]
    public void AClosingSentenceHeadingOrACitedAddressStays()
    {
        const string SentenceHeading = "Die Erzählung ist grauenhaft.";
        const string Address = "http://www.example.org/petition/online/gegen-die-reform";
        Assert.Equal(
            [Sentence, SentenceHeading],
            BlockFilter.Filter([new StoryBlock(Sentence, BlockKind.Paragraph, 0), new(SentenceHeading, BlockKind.Heading, 0)], Metadata));
        Assert.Equal(
            [Sentence, Address],
            BlockFilter.Filter([new StoryBlock(Sentence, BlockKind.Paragraph, 0), new(Address, BlockKind.Paragraph, 1)], Metadata));
    }

    [Fact]
    public void AShortHeadingOpeningTheStoryStaysButNotAKickerOverTheHeadline()
    {
        var highlights = new StoryBlock("Highlights", BlockKind.Heading, 0);
        var body = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal(["Highlights", Sentence], BlockFilter.Filter([highlights, body], Metadata));

        // Over the headline, a byline line or as a link, the same heading is a kicker or a teaser.
        Assert.Equal([Sentence], BlockFilter.Filter([highlights, new StoryBlock(Metadata.Headline!, BlockKind.Heading, 0), body], Metadata));
        Assert.Equal([Sentence], BlockFilter.Filter([highlights, new StoryBlock("By Jane Doe", BlockKind.Paragraph, 0), body], Metadata));
        Assert.Equal([Sentence], BlockFilter.Filter([highlights with { LinkShare = 1 }, body], Metadata));
        Assert.Equal([Sentence], BlockFilter.Filter([new StoryBlock("Highlights", BlockKind.Paragraph, 0), body], Metadata));
    }

    [Fact]
    public void TheHeadlineUnderAKickerAndBadgeTakesThemAndTheHeaderLinesAfterIt()
    {
        var kicker = new StoryBlock("City Hall Local Edition", BlockKind.Paragraph, 0);
        var headline = new StoryBlock(Metadata.Headline!, BlockKind.Heading, 0);
        var date = new StoryBlock("20 November 2025 | 21:47", BlockKind.Paragraph, 0);
        var body = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal([Sentence], BlockFilter.Filter([kicker, headline, date, body], Metadata));

        // A sentence over it is the story's, and a headline of two words may title one of its sections.
        var lead = new StoryBlock("The city will spend more on trams.", BlockKind.Paragraph, 0);
        Assert.Equal([lead.Text, Metadata.Headline!, Sentence], BlockFilter.Filter([lead, headline, body], Metadata));
        Assert.Equal(
            [kicker.Text, "Budget vote", Sentence],
            BlockFilter.Filter([kicker, new StoryBlock("Budget vote", BlockKind.Heading, 0), body], Metadata with { Headline = "Budget vote" }));
    }

    [Theory]
    [InlineData("City budgetCouncil approves budget")]
    [InlineData("City hall Council approves budget")]
    [InlineData("Council approves budget \"A fair deal\"")]
    public void DropsTheHeadlineElementReadWithItsKickerAboveTheStory(string heading)
    {
        var body = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal([Sentence], BlockFilter.Filter([new StoryBlock(heading, BlockKind.Heading, 0), body], Metadata));

        // As a paragraph, or under a one-word headline, the same line may open the story.
        Assert.Equal([heading, Sentence], BlockFilter.Filter([new StoryBlock(heading, BlockKind.Paragraph, 0), body], Metadata));
        Assert.Equal(
            [heading, Sentence],
            BlockFilter.Filter([new StoryBlock(heading, BlockKind.Heading, 0), body], Metadata with { Headline = "Council" }));
    }

    [Theory]
    [InlineData("Portionen: 12")]
    [InlineData("Calories : 216")]
    [InlineData("2024 Olympics")]
    [InlineData("More about this recipe")]
    [InlineData("More from the minister followed on Friday.")]
    // "More than 600 …", "Más de 300 …": a quantity, not an offer of more of the site.
    [InlineData("Plus de 600 agents mobilisés")]
    [InlineData("Más de 300 heridos en Lima")]
    [InlineData("More than 40 towns flooded")]
    [InlineData("Lawyers for the company said there was no infringement of the patent.")]
    [InlineData("The lawsuit was filed under seal in federal court last week, according to people familiar with it.")]
    [InlineData("Tags at the border were checked twice a day, the officers said.")]
    [InlineData("Weitere Informationen erteilt Anne Althaus (althausa@example.org) im Rathaus.")]
    [InlineData("The agency released the images on Monday (photos of the launch pad had been withheld for a week).")]
    [InlineData("Facebook changed its privacy policy on Monday, and regulators said the new privacy policy breaks the law.")]
    [InlineData("On Nov 2, 2023 the council met | Updated guidance followed on Nov 3, 2023")]
    [InlineData("The council approved the plan after a long debate about the budget and the schools (photo/video rules apply).")]
    public void KeepsDataLinesAndHeadingsThatOnlyLookLikeWidgets(string line) =>
        Assert.Equal([Sentence, line, Sentence, Sentence], BlockFilter.Filter([Sentence, line, Sentence, Sentence], Metadata));

    [Fact]
    public void A_question_hooking_a_linked_headline_of_the_site_goes()
    {
        const string Hooked = "Heading out on a road trip? Gas prices are the lowest in four years, AAA says";
        var teaser = new StoryBlock(Hooked, BlockKind.Paragraph, 0.62, LinksWithinSite: true);
        var story = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([story, teaser, story], Metadata));

        // A question answered in the story's own words, with a link in it, is story text.
        Assert.Equal(3, BlockFilter.Filter([story, teaser with { LinkShare = 0.2 }, story], Metadata).Count);
        Assert.Equal(3, BlockFilter.Filter([story, teaser with { LinksWithinSite = false }, story], Metadata).Count);
    }

    [Fact]
    public void A_teaser_link_to_another_page_of_the_site_between_paragraphs_goes()
    {
        var teaser = new StoryBlock("'No Good Deed': Who's the killer in the Netflix comedy? And will there be a Season 2?", BlockKind.Paragraph, 1, LinksWithinSite: true);
        var story = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([story, teaser, story], Metadata));

        // A link to another site is the story citing its source; a linked sentence or a short label is story text.
        Assert.Equal(3, BlockFilter.Filter([story, teaser with { LinksWithinSite = false }, story], Metadata).Count);
        Assert.Equal(3, BlockFilter.Filter([story, teaser with { Text = "Read the full ruling of the court here." }, story], Metadata).Count);
        Assert.Equal(3, BlockFilter.Filter([story, teaser with { Text = "Full ruling" }, story], Metadata).Count);
        Assert.Equal(3, BlockFilter.Filter([story, teaser with { LinkShare = 0.5 }, story], Metadata).Count);
    }

    [Theory]
    [InlineData("მანდარინის კრეფა სოფელ ჩაქვში. ფოტო: აჭარა ტაიმსი")]
    [InlineData("Основная чаша бассейна рассчитана на восемь дорожек. Фото Андрея Кисляка, БЕЛТА")]
    [InlineData("ម៉ាស៊ីនច្រូតស្រូវកំពុងប្រមូលផលនៅឃុំអូរដំបង កាលពីព្រឹកថ្ងៃទី១៩ ខែវិច្ឆិកា (រូបថត៖ ណុប វិចិត្រ)")]
    [InlineData("Farmers protest in Bathinda, Punjab. (Credits: PTI)")]
    [InlineData("Стадион после реконструкции. Фото: пресс-служба мэрии")]
    [InlineData("Mining rigs at a facility in Texas. Photographer: Ellis Brandt/Bloomberg")]
    [InlineData("Villagers block the road near Medirigiriya this morning. (Pic by Sarath Wijesinghe)")]
    public void ACaptionClosedByItsLabelledCreditGoes(string caption) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, caption, Sentence], Metadata));

    [Theory]
    // The label is the whole of what follows the stop, and a credit names someone.
    [InlineData("The mayor defended the plan on Tuesday. Picture: a city centre without cars by 2030")]
    [InlineData("Стадион открыли в субботу. Фото: как он выглядел до реконструкции и после неё")]
    [InlineData("The agency's figures tell another story. Photo: it shows a flooded road!")]
    // Without a colon, the photographer's name needs a known agency after it.
    [InlineData("The exhibition opens on Friday. Photo Booth Studios, Lisbon")]
    public void AStorySentenceEndingInAColonPhraseIsNoCaption(string line) =>
        Assert.Equal([Sentence, line, Sentence], BlockFilter.Filter([Sentence, line, Sentence], Metadata));

    [Fact]
    public void A_parenthesis_without_a_credit_does_not_make_a_caption() =>
        Assert.Equal(
            [Sentence, "\"Right on! Thank you for putting it into words.\" (This was about 1/3 of the replies.)", Sentence],
            BlockFilter.Filter([Sentence, "\"Right on! Thank you for putting it into words.\" (This was about 1/3 of the replies.)", Sentence], Metadata));

    [Theory]
    [InlineData("*Con información de Colprensa")]
    [InlineData("*Com informações da Agência Brasil")]
    [InlineData("Agencias AFP y ANSA")]
    [InlineData("(With files from Reuters and The Associated Press)")]
    [InlineData("Con información de las agencias AFP, EFE y Reuters.")]
    public void A_closing_line_naming_only_the_agencies_drawn_on_goes(string line) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, line], Metadata));

    [Theory]
    [InlineData("With reporting by Jane Doe in Madrid.")]
    [InlineData("Con información de Laura Pérez")]
    public void A_closing_line_naming_a_reporter_stays(string line) =>
        Assert.Equal([Sentence, Sentence, line], BlockFilter.Filter([Sentence, Sentence, line], Metadata));

    [Theory]
    [InlineData("3 Comments")]
    [InlineData("One response to “Council approves budget”")]
    [InlineData("2 thoughts on “Council approves budget”")]
    [InlineData("Kommentare (4)")]
    [InlineData("Komentarze (124)")]
    [InlineData("Diskuse (214)")]
    [InlineData("Comentarios de los lectores (2)")]
    [InlineData("Réactions des lecteurs (3)")]
    public void A_heading_counting_the_comments_ends_the_story(string heading)
    {
        var story = new StoryBlock(Sentence, BlockKind.Paragraph, 0);
        var comment = new StoryBlock("This is terrible news for everyone in the region, and I said so at the meeting.", BlockKind.Paragraph, 0);
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([story, story, new StoryBlock(heading, BlockKind.Heading, 0), comment, comment], Metadata));

        // The same words in a share bar between paragraphs are a counter, not the end of the story.
        Assert.Equal([Sentence, Sentence, comment.Text], BlockFilter.Filter([story, new StoryBlock("3 Comments", BlockKind.Paragraph, 0), story, comment], Metadata));
    }

    [Fact]
    public void APublicationAndUpdateStampEndingInAMeridiemGoes()
    {
        const string Stamps = "03 de diciembre 2025, 07:45 p. m. Actualizado: 04 de diciembre 2025, 06:12 a. m.";
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Stamps, Sentence, Sentence], Metadata));
    }

    [Theory]
    [InlineData("وكتب النائب ميشال داغر عبر منصة «إكس»:")]
    [InlineData("Le ministre a répondu «non»:")]
    public void ALineClosingAQuoteItOpenedIsNoBreadcrumb(string line) =>
        Assert.Equal([Sentence, line, Sentence], BlockFilter.Filter([Sentence, line, Sentence], Metadata));

    [Fact]
    public void AReadAlsoLabelWithAColonLeftBeforeTheStorysNextParagraphGoes()
    {
        const string Hindi = "दिल्ली के शिक्षा निदेशालय ने देर रात ही सभी स्कूलों को नया सर्कुलर जारी कर दिया। सर्कुलर में कहा गया है कि जिन स्कूलों में पढ़ाई होगी, वहां सख्ती बरती जाएगी।";
        Assert.Equal([Hindi, Hindi, Hindi], BlockFilter.Filter([Hindi, "ये भी पढ़ें:", Hindi, Hindi], Metadata));
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, "Lee también:", Sentence, Sentence], Metadata));

        // Bare, when it has two words at least and is a known label as it stands: a one-word line, or a label's words
        // qualified, may title a section.
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter([Sentence, "Read also", Sentence, Sentence], Metadata));
        Assert.Equal([Sentence, "Popular Bougainvillea Varieties", Sentence, Sentence],
            BlockFilter.Filter([Sentence, "Popular Bougainvillea Varieties", Sentence, Sentence], Metadata));
    }

    [Theory]
    [InlineData("Have a news tip? Email us at tips@example.com.", false)]
    [InlineData("We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com.", false)]
    [InlineData("Dr. Jane Roe Institute of Meteorology E-Mail: jane.roe@example.org", false)]
    [InlineData("Weitere Informationen erteilt Anne Althaus unter Tel. 02382 59743 (althausa@example.de).", true)]
    public void AContactLineEndingTheStoryGoesButASentenceNamingWhomToAskStays(string line, bool kept) =>
        Assert.Equal(kept ? [Sentence, Sentence, line] : [Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, line], Metadata));

    [Fact]
    public void TheAuthorsNameOverABioEndsTheStoryOnceItIsUnderWay()
    {
        const string Long = Sentence + " The mayor said the vote had come after months of talks with the unions.";
        var metadata = Metadata with { Authors = ["Jane Doe"] };
        StoryBlock Heading(string text) => new(text, BlockKind.Heading, 0);
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);

        Assert.Equal([Long, Long], BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Heading("Jane Doe"), Paragraph("Jane Doe covers city hall for the paper and joined in 2019.")], metadata));

        // Over the story, the name is part of its header: the story goes on under it.
        Assert.Equal(3, BlockFilter.Filter([Paragraph(Long), Heading("Jane Doe"), Paragraph(Long), Paragraph(Long)], metadata).Count(text => text == Long));
    }

    [Theory]
    [InlineData("Baca juga: Harga emas Antam hari ini naik Rp 12.000")]
    [InlineData("Sumber: Reuters | Dibaca: 1.284 kali")]
    [InlineData("Baca selengkapnya")]
    [InlineData("Aviso: Este artículo fue publicado originalmente por Yonhap News Agency y se reproduce con fines informativos.")]
    [InlineData("Diese Meldung wurde automatisch aus dem dpa-Nachrichtenticker übernommen und nicht redaktionell bearbeitet.")]
    [InlineData("Originally published by Reuters. MarketPulse aggregates stories from trusted publishers. How we choose sources")]
    [InlineData("Новость опубликована на языке оригинала.")]
    [InlineData("Read the rest faster in the NewsBeat app")]
    [InlineData("Zdroj: ČT24, ČTK")]
    [InlineData("Izvor: N1, Beta")]
    [InlineData("Go deeper: Map: Where homeowners are losing insurance coverage")]
    [InlineData("المصدر : الجزيرة + وكالات")]
    [InlineData("延伸閱讀：入冬最強冷氣團下週報到？氣象專家這樣說")]
    [InlineData("(ATTN: UPDATES with Japan's response in last para)")]
    [InlineData("(Adds comment from the finance ministry in paragraphs 5-6)")]
    [InlineData("有料会員になると会員限定の有料記事もお読みいただけます。")]
    [InlineData("2025/11/20 11:48　写真を追加しました。")]
    [InlineData("Berita ini telah tayang di ANTARA dan dipublikasikan ulang oleh WartaMinang.id atas kerja sama konten.")]
    [InlineData("Artikel ini telah tayang di Kompas.com dengan judul \"Jalur Lembah Anai Ditutup Sementara\".")]
    public void ChromeLinesOfRepostingSitesInMoreLanguagesGo(string block) =>
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter([Sentence, block, Sentence], Metadata));

    [Theory]
    [InlineData("Originally published in 1851, the novel sold poorly until the author's death, the curator said.")]
    [InlineData("Aviso: el gobierno dijo que el artículo fue publicado por error y pidió disculpas a los lectores.")]
    [InlineData("(Adds up to more than the budget, the minister said.)")]
    [InlineData("The ministry said it updates the figures every week (updates come on Mondays).")]
    [InlineData("Read the report in the city's budget app.")]
    [InlineData("Berita ini telah membuat warga Padang resah sejak pagi, kata kepala dinas.")]
    [InlineData("Twoja opinia pozwala nam zrozumieć, co myślą mieszkańcy, powiedział burmistrz Wrocławia dziennikarzom.")]
    [InlineData("Police said a gambling problem was behind the thefts, and the court ordered treatment.")]
    [InlineData("Министр призвал граждан подписываться на официальные каналы ведомства, чтобы не пропустить предупреждения.")]
    public void SentencesThatMentionPublishingStay(string block) =>
        Assert.Equal([Sentence, block, Sentence], BlockFilter.Filter([Sentence, block, Sentence], Metadata));

    [Fact]
    public void AMoreNewsLabelOverLinksInsideTheStoryGoesAloneAndTheStoryGoesOn()
    {
        // "Weitere Meldungen" opens a box of links set between paragraphs as often as a list after the story: the label
        // goes, what follows the links is still the story.
        const string Long = Sentence + " The mayor said the vote had come after months of talks with the unions.";
        const string Intro = "The new places are, according to the administration, at the following sites:";
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        StoryBlock Link(string text) => new(text, BlockKind.ListItem, 1, LinksWithinSite: true);
        StoryBlock Item(string text) => new(text, BlockKind.ListItem, 0);

        var kept = BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Paragraph("Weitere Meldungen"), Link("Glatteis: zahlreiche Unfälle auf Autobahnen in Brandenburg"),
             Link("Hertha verliert Testspiel in der Türkei"), Paragraph(Intro), Item("in a former school in Lichtenberg with 120 beds"),
             Item("in two parish halls in Neukölln and Moabit"), Paragraph(Long)], Metadata);

        Assert.DoesNotContain("Weitere Meldungen", kept);
        Assert.Contains(Intro, kept);
        Assert.Equal(Long, kept[^1]);
    }

    [Fact]
    public void ABoldSubheadingAfterARelatedBoxStaysWithTheStory()
    {
        // The line set in bold under the box's links titles the story's next section (ynet's "Read more:", two
        // links, then "Labor shortage and falling prices"). A plain short line there is the box's.
        const string Long = Sentence + " The mayor said the vote had come after months of talks with the unions.";
        const string Subheading = "Labor shortage and falling prices";
        StoryBlock Paragraph(string text, bool bold = false) => new(text, BlockKind.Paragraph, 0, Bold: bold);
        StoryBlock Link(string text) => new(text, BlockKind.ListItem, 1, LinksWithinSite: true);

        var kept = BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Paragraph("Read more:", bold: true), Link("Schools reopen in the north"), Link("Wineries count the cost"),
             Paragraph(Subheading, bold: true), Paragraph(Long), Paragraph(Long)], Metadata);
        Assert.Equal([Long, Long, Subheading, Long, Long], kept);

        kept = BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Paragraph("Read more:", bold: true), Link("Schools reopen in the north"), Link("Wineries count the cost"),
             Paragraph(Subheading), Paragraph(Long), Paragraph(Long)], Metadata);
        Assert.Equal([Long, Long, Long, Long], kept);
    }

    [Theory]
    [InlineData("ये भी पढ़ें...")]
    [InlineData("Vea también:")]
    // The Arabic label with its vowel marks ("أيضًا"), which the known spellings leave out.
    [InlineData("اقرأ أيضًا:")]
    [InlineData("Прочитајте још:")]
    [InlineData("BASAHIN:")]
    [InlineData("ასევე წაიკითხეთ:")]
    // Khmer closes the label with its own colon sign.
    [InlineData("អានបន្ត៖")]
    // Turkish capitals lower-case with a combining dot ("İLGİLİ" → "i̇lgi̇li"); Thai and Lao labels.
    [InlineData("İLGİLİ HABER:")]
    [InlineData("อ่านข่าวเพิ่มเติม :")]
    [InlineData("ອ່ານຂ່າວທີ່ກ່ຽວຂ້ອງ:")]
    public void AReadAlsoLabelOverItsLinkedHeadlineGoesWithItAndTheStoryGoesOn(string label)
    {
        const string Long = Sentence + " The mayor said the vote had come after months of talks with the unions.";
        const string Subheading = "Four zones for the walled city";
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        StoryBlock Link(string text) => new(text, BlockKind.Paragraph, 1, LinksWithinSite: true);

        var kept = BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Paragraph(label), Link("Metro phase two route is final: eleven elevated stations"),
             new StoryBlock(Subheading, BlockKind.Heading, 0), Paragraph(Long)], Metadata);
        Assert.Equal([Long, Long, Subheading, Long], kept);
    }

    [Theory]
    [InlineData("Komentar")]
    [InlineData("Bình luận")]
    [InlineData("Комментарии")]
    [InlineData("댓글 3")]
    [InlineData("コメント 12")]
    [InlineData("Message Board (2 posts)")]
    [InlineData("Iruzkinak (3)")]
    [InlineData("કોમેન્ટ્સ (૩)")]
    [InlineData("মন্তব্য (5)")]
    public void ACommentsHeadingInMoreLanguagesEndsTheStory(string heading)
    {
        const string Long = Sentence + " The mayor said the vote had come after months of talks with the unions.";
        StoryBlock Heading(string text) => new(text, BlockKind.Heading, 0);
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);

        Assert.Equal([Long, Long], BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Heading(heading), Paragraph("Login untuk menulis komentar."), Paragraph(Long)], Metadata));
    }

    [Theory]
    [InlineData("Por Akinyi Ochieng | The Associated Press 14/10/2025 - 11:40 Fuente: AP Visitas: 1.284", false)]
    [InlineData("Penulis: Anja Richter, Tobias Wendt | Editor: Rina Marlina | Selasa, 3 Maret 2026 - 18:22 WIB", false)]
    [InlineData("Por eso, el gobierno aprobó el presupuesto el martes", true)]
    public void AMetaLineUnderTheWritersLabelOrNameAboveTheStoryGoes(string line, bool kept)
    {
        var metadata = Metadata with { Authors = ["Akinyi Ochieng"] };
        Assert.Equal(kept ? [line, Sentence, Sentence] : [Sentence, Sentence], BlockFilter.Filter([line, Sentence, Sentence], metadata));
    }

    [Theory]
    [InlineData("– Rappler.com", false)]
    [InlineData("(Rappler)", false)]
    [InlineData("Rappler reached out to the mayor's office.", true)]
    public void TheSiteSigningOffItsStoryGoes(string line, bool kept)
    {
        var metadata = Metadata with { SiteNames = ["Rappler", "rappler"] };
        Assert.Equal(kept ? [Sentence, Sentence, line] : [Sentence, Sentence], BlockFilter.Filter([Sentence, Sentence, line], metadata));
    }

    [Theory]
    // The site's own name set where the byline goes, under a lead printed above it: a credit, not the story.
    [InlineData("Lebensmittel Praxis", false)]
    [InlineData("Lebensmittel Praxis vergleicht die Preise", true)]
    public void TheSitesNameUnderALeadAboveTheStoryGoes(string line, bool kept)
    {
        const string Lead = "Im Anlauf zu den Olympischen Spielen wird die Belieferung der Stadt per Schiff erprobt.";
        var metadata = Metadata with { SiteNames = ["lebensmittelpraxis"] };
        Assert.Equal(
            kept ? [Lead, line, Sentence, Sentence] : [Lead, Sentence, Sentence],
            BlockFilter.Filter(
                [new StoryBlock(Lead, BlockKind.Paragraph, 0), new StoryBlock(line, BlockKind.Paragraph, 0), new StoryBlock(Sentence, BlockKind.Paragraph, 0), new StoryBlock(Sentence, BlockKind.Paragraph, 0)],
                metadata));
    }

    [Theory]
    [InlineData("Por Fernanda Souza e Lucas Ribeiro, g1 Campinas e EPTV", false)]
    [InlineData("Por eso, el gobierno aprobó el presupuesto el martes", true)]
    public void TheWritersLineUnderALeadAboveTheStoryGoes(string line, bool kept)
    {
        // The lead printed above the byline has started the story when the byline comes.
        const string Lead = "Fogo começou no início da noite e mobilizou doze viaturas do Corpo de Bombeiros.";
        var metadata = Metadata with { Authors = ["Fernanda Souza", "Lucas Ribeiro"] };
        Assert.Equal(
            kept ? [Lead, line, Sentence, Sentence] : [Lead, Sentence, Sentence],
            BlockFilter.Filter(
                [new StoryBlock(Lead, BlockKind.Heading, 0), new StoryBlock(line, BlockKind.Paragraph, 0), new StoryBlock(Sentence, BlockKind.Paragraph, 0), new StoryBlock(Sentence, BlockKind.Paragraph, 0)],
                metadata));
    }

    [Theory]
    [InlineData("------分隔线----------------------------", false)]
    [InlineData("=============== Ende ===============", false)]
    [InlineData("*** UPDATE ***", true)]
    [InlineData("The 2024-25 budget - the mayor's first - passed 7-2 on Monday.", true)]
    public void ADrawnRuleWithAWordInItIsNoStoryBlock(string block, bool kept) =>
        Assert.Equal(kept ? [Sentence, block, Sentence] : [Sentence, Sentence], BlockFilter.Filter([Sentence, block, Sentence], Metadata));

    [Theory]
    [InlineData("About Jane Doe")]
    [InlineData("Über Jane Doe")]
    [InlineData("À propos de Jane Doe")]
    [InlineData("Sobre Jane Doe")]
    public void AboutTheAuthorByNameOverABioEndsTheStory(string heading)
    {
        const string Long = Sentence + " The mayor said the vote had come after months of talks with the unions.";
        var metadata = Metadata with { Authors = ["Jane Doe"] };
        StoryBlock Heading(string text) => new(text, BlockKind.Heading, 0);
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);

        Assert.Equal([Long, Long], BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Heading(heading), Paragraph("Coach for learning and teaching, teacher at a school in Freiburg, blogs now and then.")], metadata));

        // "About" anyone else titles a section of the story.
        Assert.Equal(4, BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Heading(heading.Replace("Jane Doe", "the budget", StringComparison.Ordinal)), Paragraph(Long)], metadata).Count);
    }

    [Fact]
    public void APersonsNameOverAParagraphOpeningWithItIsAnAuthorBoxWhereThePageNamesNoAuthor()
    {
        const string Long = Sentence + " The mayor said the vote had come after months of talks with the unions.";
        StoryBlock Heading(string text) => new(text, BlockKind.Heading, 0);
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);

        Assert.Equal([Long, Long], BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Heading("Jane Morrow"), Paragraph("Jane Morrow covers business and labor for the site. She joined in 2019.")], Metadata));

        // A subheading that the next paragraph happens to open with is the story's own.
        Assert.Equal(4, BlockFilter.Filter(
            [Paragraph(Long), Paragraph(Long), Heading("The vote"), Paragraph("The vote came after months of talks with the unions, the mayor said.")], Metadata).Count);
    }

    [Fact]
    public void AStoryOfShortParagraphsIsUnderWayAfterThreeSentences()
    {
        // Sentence is 78 characters: short of a long paragraph, but three of them are a story.
        StoryBlock Heading(string text) => new(text, BlockKind.Heading, 0);
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);

        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter(
            [Paragraph(Sentence), Paragraph(Sentence), Paragraph(Sentence), Heading("Jane Morrow"),
             Paragraph("Jane Morrow covers business and labor for the site. She joined in 2019.")], Metadata));

        // Two short ones are not yet: the name may still be the story's header.
        Assert.Equal(5, BlockFilter.Filter(
            [Paragraph(Sentence), Paragraph(Sentence), Heading("Jane Morrow"),
             Paragraph("Jane Morrow covers business and labor for the site. She joined in 2019."), Paragraph(Sentence)], Metadata).Count);
    }

    private const string Comment = "I have been following this story for years and honestly I think the response has failed in any meaningful way, and ordinary people pay for it.";

    [Fact]
    public void ACommentsHeadingAfterTheStoryEndsItThoughItIsAlsoALabel()
    {
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter(
            [Paragraph(Sentence), Paragraph(Sentence), Paragraph(Sentence), new("Comments", BlockKind.Heading, 0), Paragraph(Comment), Paragraph(Comment)], Metadata));
    }

    [Fact]
    public void AConversationHeadingAfterTheStoryEndsIt()
    {
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter(
            [Paragraph(Sentence), Paragraph(Sentence), Paragraph(Sentence), new("Conversation", BlockKind.Heading, 0), Paragraph("Karen from Midtown"), Paragraph(Comment)], Metadata));
    }

    [Fact]
    public void ACommentersStampWithItsReplyLinkEndsTheStoryButAStampAloneDoesNot()
    {
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        var reply = new StoryBlock("Reply", BlockKind.Paragraph, 1);
        Assert.Equal([Sentence, Sentence, Sentence], BlockFilter.Filter(
            [Paragraph(Sentence), Paragraph(Sentence), Paragraph(Sentence), Paragraph("user0 April 12, 2025 at 3:02 pm"), Paragraph(Comment), reply, Paragraph("mary_k April 12, 2025 at 4:10 pm"), Paragraph(Comment), reply], Metadata));
        Assert.Equal([Sentence, Sentence, "Seoul station April 12, 2025 at 3:02 pm", Comment], BlockFilter.Filter(
            [Paragraph(Sentence), Paragraph(Sentence), Paragraph("Seoul station April 12, 2025 at 3:02 pm"), Paragraph(Comment)], Metadata));
    }

    [Fact]
    public void CardsOfLinkedTitlesAndSummariesUnderATrailingHeadingAreOtherStories()
    {
        StoryBlock Paragraph(string text) => new(text, BlockKind.Paragraph, 0);
        StoryBlock Card(string text) => new(text, BlockKind.Heading, 1);
        Assert.Equal([Sentence, Sentence], BlockFilter.Filter(
            [Paragraph(Sentence), Paragraph(Sentence), new("More News", BlockKind.Heading, 0), Card("Storm leaves thousands without power"), Paragraph(Comment),
             Card("Museum reopens after renovation"), Paragraph(Comment)], Metadata));
    }

}
