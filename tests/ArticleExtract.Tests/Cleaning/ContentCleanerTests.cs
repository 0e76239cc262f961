using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class ContentCleanerTests
{
    private static string Cleaned(string storyHtml)
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + storyHtml + "</div></body></html>");
        var story = document.GetElementById("story")!;
        ContentCleaner.Clean(story);
        return story.TextContent;
    }

    [Theory]
    [InlineData("<span class='badge badge--premium'>Réservé aux abonnés</span>")]
    [InlineData("<span class='label'>Subscribers only</span>")]
    [InlineData("<div class='flag'>Tylko dla prenumeratorów</div>")]
    public void RemovesAPaywallBadgeBesideTheKicker(string badge)
    {
        var text = Cleaned("<div class='kicker'>" + badge + " <a href='/dossiers/ports'>Transport maritime</a></div><p>Story text that matters.</p>");
        Assert.Contains("Transport maritime", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abonnés", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribers", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tylko", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsASentenceAboutSubscribers() =>
        Assert.Contains("Subscribers only pay half", Cleaned("<p><strong>Subscribers only pay half</strong> the usual price this week, the club said.</p>"), StringComparison.Ordinal);

    [Fact]
    public void RemovesLinkListsInsideTheStory()
    {
        var text = Cleaned("<p>Story text that matters.</p><ul><li><a href='/a'>Other story one</a></li><li><a href='/b'>Other story two</a></li></ul>");
        Assert.Contains("Story text", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other story", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<li>In progress:<ul><li><a href='/b/1'>Bug 1677080 – Fullscreen window loses its source</a></li><li><a href='/b/2'>Bug 1677107 – Count how often two windows are open</a></li></ul></li>", true)]
    [InlineData("<li><a href='/topics'>Topics:</a><ul><li><a href='/b/1'>Bug 1677080 – Fullscreen window loses its source</a></li><li><a href='/b/2'>Bug 1677107 – Count how often two windows are open</a></li></ul></li>", false)]
    [InlineData("<li>Sections<ul><li><a href='/b/1'>Bug 1677080 – Fullscreen window loses its source</a></li><li><a href='/b/2'>Bug 1677107 – Count how often two windows are open</a></li></ul></li>", false)]
    public void KeepsALinkListThatAnItemOfTheStorysListIntroduces(string item, bool kept)
    {
        var text = Cleaned("<p>The team landed twelve fixes this week.</p><ul><li>We got the green light for another round of student work next semester.</li>" + item + "</ul>");
        Assert.Equal(kept, text.Contains("Bug 1677080", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsListsOfProseWithAFewLinks()
    {
        var text = Cleaned("<ul><li>The first point explains the plan in detail with <a href='/x'>a source</a>.</li><li>The second point gives the cost of the plan to taxpayers.</li></ul>");
        Assert.Contains("first point", text, StringComparison.Ordinal);
        Assert.Contains("second point", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovesALinkCardPreviewingAnotherPage()
    {
        var text = Cleaned("<p>Story text that matters.</p><figure class='card'><a href='https://example.com/europes-lithium-problem/'>" +
                           "<div class='title'>Europe's lithium problem</div><div class='excerpt'>Mining is only half the story. Why refining capacity will " +
                           "decide whether the industry survives the decade.</div></a></figure><p>More story text.</p>");
        Assert.Contains("More story text", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lithium", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href='/photos/1'><div>One paragraph of the story kept inside a link to its photo gallery.</div></a>")]
    [InlineData("<a href='#part-two'><div>Part two</div><div>The story goes on here, kept inside an anchor.</div></a>")]
    public void KeepsLinksAroundStoryTextThatAreNotCards(string html) =>
        Assert.Contains("kept inside", Cleaned("<p>The story starts.</p>" + html), StringComparison.Ordinal);

    [Fact]
    public void KeepsStoryTextInsideANamedAnchor()
    {
        var text = Cleaned("<p>Story text that matters.</p><div><a name='part2'>The second part of the story, wrapped in a named anchor " +
                           "the way pages saved from word processors mark their sections.</a></div>");
        Assert.Contains("second part of the story", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>The value came from a 2021 load test. <a href='#fnref:1' class='footnote-backref'>↩︎</a></p>", "The value came from a 2021 load test.")]
    [InlineData("<p>Quelle: www.zitate.net [<a href='#ref1'>↩</a>]</p>", "Quelle: www.zitate.net")]
    [InlineData("<p>^ \"About the Corporation\". Retrieved 2016.</p>", "^ \"About the Corporation\". Retrieved 2016.")]
    [InlineData("<p>See <a href='#notes'>the notes</a> below.</p>", "See the notes below.")]
    public void RemovesAFootnotesArrowBackToItsCitation(string html, string text) =>
        Assert.Equal(text, Cleaned(html).Trim());

    [Fact]
    public void RemovesLinkDenseBoxes()
    {
        var text = Cleaned("<p>Story text that matters.</p><div><a href='/1'>Teaser one</a> <a href='/2'>Teaser two</a> | <a href='/3'>Teaser three</a></div>");
        Assert.DoesNotContain("Teaser", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Lea también: <a href='/x'>Impiden ingreso a Nicaragua a reportero estadounidense</a></p>")]
    // Greek capitals: lower-cased out of context, the label's last word ends in 'σ'.
    [InlineData("<p><strong>ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: <a href='/x'>Λειψυδρία: Τι σημαίνουν τα νέα μέτρα</a></strong></p>")]
    [InlineData("<p><strong>READ MORE:</strong> <a href='/x'>Council approves the new library budget</a></p>")]
    [InlineData("<div>Lesen Sie auch: <a href='/x'>Neue Regeln für Mieter ab Januar</a></div>")]
    [InlineData("<p><b>LE PUEDE INTERESAR: <a href='/x'>La ficha del expresidente en Nueva York</a></b></p>")]
    [InlineData("<p>Saiba mais: <a href='/x'>Nova ficha do ex-presidente em Nova York</a></p>")]
    [InlineData("<p>Passend dazu: <a href='/x'>Die Ficha des Ex-Präsidenten in New York</a></p>")]
    [InlineData("<p><span>À lire aussi</span><a href='/x'>« La ficha de l'ex-président à New York »</a></p>")]
    public void RemovesReadAlsoTeasersBetweenParagraphs(string teaser)
    {
        var text = Cleaned("<p>Story text that matters.</p>" + teaser + "<p>More story text.</p>");
        Assert.Contains("More story text", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ficha", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Nicaragua", text, StringComparison.Ordinal);
        Assert.DoesNotContain("library budget", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mieter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Λειψυδρία", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p><strong>ये भी पढ़ें: </strong><a href='/x'>दिल्ली-एनसीआर में 32 डिग्री के पार पहुंचा पारा</a></p>", "डिग्री")]
    [InlineData("<p>اقرأ أيضا: <a href='/x'>ارتفاع أسعار النفط في الأسواق العالمية</a></p>", "النفط")]
    [InlineData("<p>Читайте также: <a href='/x'>Центробанк сохранил ключевую ставку</a></p>", "Центробанк")]
    [InlineData("<p>עוד בנושא: <a href='/x'>משרד הבריאות מזהיר מפני התפרצות</a></p>", "הבריאות")]
    [InlineData("<p>यह भी पढ़ें- <a href='/x'>Kanpur Metro: नौबस्ता तक मेट्रो दौड़ाने की तैयारी</a></p>", "नौबस्ता")]
    [InlineData("<p>Lesen Sie auch – <a href='/x'>Neue Regeln für Mieter ab Januar</a></p>", "Mieter")]
    [InlineData("<p><strong>हेही वाचा -</strong> <a href='/x'>बेस्टच्या भाडेवाढीचा प्रवाशांना फटका</a></p>", "भाडेवाढीचा")]
    [InlineData("<p class='also-read'><b>ఇదీ చదవండి:</b> <a href='/x'>ధాన్యం కొనుగోలు కేంద్రాలు ప్రారంభం</a></p>", "ధాన్యం")]
    [InlineData("<p><strong>আরও পড়ুন:</strong> <a href='/x'>বেহালা থেকে মেট্রো চলবে শীঘ্রই</a></p>", "বেহালা")]
    [InlineData("<p><strong>আরও পড়ুন:</strong> <a href='/x'>বেহালা থেকে মেট্রো চলবে শীঘ্রই</a></p>", "বেহালা")]
    [InlineData("<p><b>આ પણ વાંચો:</b> <a href='/x'>AMCની ટેક્સ વસૂલાત વધી</a></p>", "ટેક્સ")]
    [InlineData("<p><strong>یہ بھی پڑھیے:</strong> <a href='/x'>پولیو وائرس کے نئے کیسز سامنے آگئے</a></p>", "پولیو")]
    [InlineData("<span class='leggi-anche'>LEGGI ANCHE <a href='/x'>Sorteggio amaro per gli azzurri al Foro Italico</a></span>", "Sorteggio")]
    [InlineData("<p><strong>Още по темата:</strong> <a href='/x'>БВП расте с 2,2% през първото тримесечие</a></p>", "БВП")]
    [InlineData("<p><strong>اقرأ أيضاً..</strong> <a href='/x'>متحف النوبة يستقبل 4 آلاف زائر فى أسبوع</a></p>", "متحف")]
    // Estonian and Swedish labels; a bold label without a separator before a headline that has a colon of its own.
    [InlineData("<p><strong>Loe ka:</strong> <a href='/x'>Haapsalu saab uue rulluisuraja Holmi parki</a></p>", "rulluisuraja")]
    [InlineData("<p>Läs mer: <a href='/x'>Dagvårdsplatserna räcker inte till</a></p>", "Dagvårdsplatserna")]
    [InlineData("<p class='r-lire-aussi'><strong>Lire aussi</strong> <a href='/x'>Grève du 12 février : le pays tourne au ralenti</a></p>", "ralenti")]
    public void RemovesReadAlsoTeasersLabelledInOtherScripts(string teaser, string headlineWord)
    {
        var text = Cleaned("<p>Story text that matters.</p>" + teaser + "<p>More story text.</p>");
        Assert.Contains("More story text", text, StringComparison.Ordinal);
        Assert.DoesNotContain(headlineWord, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class='a_ei'><p>Más información</p><article><figure><a href='/a'><img src='a.jpg'></a></figure><h2><a href='/a'>Los pueblos que pagan por atraer vecinos</a></h2></article></div>")]
    [InlineData("<div><p>Más información</p><article><figure><a href='/a'><img src='a.jpg'></a></figure></article></div>")]
    public void RemovesALabelledBoxOfLinkedCardsWithoutAColon(string box)
    {
        var text = Cleaned("<p>Story text that matters.</p>" + box + "<p>More story text.</p>");
        Assert.Contains("More story text", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Más información", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pueblos", text, StringComparison.Ordinal);
    }

    [Theory]
    // The pass removed the box's links and left its label alone in it, between two paragraphs.
    [InlineData("<div><p>Още по темата</p></div><p>More story text.</p>", "Още по темата", false)]
    [InlineData("<section><h4>Read also:</h4></section><p>More story text.</p>", "Read also", false)]
    // A label that is the paragraph's own, a box holding more than the label, a trailing section's heading and a label
    // with nothing after it stay: the block filter reads the last two as the story's end.
    [InlineData("<p>Още по темата</p><p>More story text.</p>", "Още по темата", true)]
    [InlineData("<div><p>Read also</p><p>the minutes of the meeting.</p></div><p>More story text.</p>", "Read also", true)]
    [InlineData("<div><h4>Related</h4></div><p>More story text.</p>", "Related", true)]
    [InlineData("<p>More story text.</p><div><h4>Read also:</h4></div>", "Read also", true)]
    public void RemovesAReadAlsoLabelLeftAloneInItsBox(string html, string label, bool kept)
    {
        var text = Cleaned("<p>Story text that matters.</p>" + html);
        Assert.Contains("More story text", text, StringComparison.Ordinal);
        Assert.Equal(kept, text.Contains(label, StringComparison.Ordinal));
    }

    [Fact]
    public void RemovesALabelledBoxTheReadabilityPassTurnedIntoAParagraph()
    {
        // The pass renames a division to a paragraph around the same children ("<p><h3>Must Read</h3><article><a>…").
        var document = DocumentParser.Parse("<html><body><div id='story'><p>Story text that matters.</p><div id='box'><h3>Must Read</h3>" +
                                            "<article><a href='/q'>Who gets quarry permits in Central Visayas? We looked at 312 of them.</a></article></div>" +
                                            "<p>More story text.</p></div></body></html>");
        ArticleExtract.Dom.ElementRename.To(document.GetElementById("box")!, "p");
        var story = document.GetElementById("story")!;
        ContentCleaner.Clean(story);
        Assert.Contains("More story text", story.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Must Read", story.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("quarry permits", story.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    // Unlabelled cards, each a linked heading, as a portal sets its related stories between paragraphs: the pass
    // renamed their box a paragraph. An FAQ's questions link to their own answers, on the page, and stay.
    [InlineData("<article><h4><a href='/r-1.html'>Metro số 1 đón hơn 10 triệu lượt khách sau 4 tháng</a></h4></article>" +
                "<article><h4><a href='/r-2.html'>Đề xuất làm đường sắt nối Tân Sơn Nhất với trung tâm</a></h4></article>", "Metro số 1", false)]
    [InlineData("<h3><a href='#faq-1'>How does the desktop app work?</a></h3>", "How does the desktop app work?", true)]
    public void RemovesABoxOfLinkedHeadingsTheReadabilityPassTurnedIntoAParagraph(string box, string marker, bool kept)
    {
        var document = DocumentParser.Parse("<html><body><div id='story'><p>Story text that matters.</p><div id='box'>" + box +
                                            "</div><p>More story text.</p></div></body></html>");
        ArticleExtract.Dom.ElementRename.To(document.GetElementById("box")!, "p");
        var story = document.GetElementById("story")!;
        ContentCleaner.Clean(story);
        Assert.Contains("More story text", story.TextContent, StringComparison.Ordinal);
        Assert.Equal(kept, story.TextContent.Contains(marker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<p><strong>อ่านข่าวที่เกี่ยวข้อง</strong></p>", "อ่านข่าวที่เกี่ยวข้อง", false)]
    [InlineData("<p><em><strong>More games news:</strong></em></p>", "More games news", false)]
    [InlineData("<h3>ये भी पढ़ें...</h3>", "ये भी पढ़ें", false)]
    // "Más en Andina:": "more on" and the site's name.
    [InlineData("<p><strong>Más en Andina:</strong></p>", "Más en Andina", false)]
    [InlineData("<p><strong>Related:</strong></p>", "Related", true)]
    [InlineData("<p>The places are:</p>", "The places are", true)]
    public void ARead_also_label_over_a_list_of_links_goes_with_it(string label, string labelText, bool kept)
    {
        // "Related" stays: the block filter reads the story's end from it.
        var text = Cleaned("<p>Story text that matters.</p>" + label +
                           "<ul><li><a href='/a'>Other story one</a></li><li><a href='/b'>Other story two</a></li></ul><p>More story text.</p>");
        Assert.Equal(kept, text.Contains(labelText, StringComparison.Ordinal));
        Assert.DoesNotContain("Other story", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>The metro's second phase will run along Tonk Road with eleven stations. <a href='/news/metro-136471190.html'>(पढ़ें पूरी खबर)</a></p>", false)]
    [InlineData("<p>Prices fell for a third month, the agency said on Friday. <a href='https://example.com/prices'>Read more »</a> </p>", false)]
    [InlineData("<p>The agency published <a href='/report'>the full report</a> on Friday.</p>", true)]
    [InlineData("<p>Read more in the report the agency published, <a href='/report'>here</a></p>", true)]
    [InlineData("<p><a href='/more'>Read more</a></p>", true)]
    public void AParagraphClosedByALinkToTheWholeStoryIsATeaser(string paragraph, bool kept)
    {
        var text = Cleaned("<p>Story text that matters.</p>" + paragraph + "<p>More story text.</p>");
        Assert.Equal(kept, text.Contains("agency", StringComparison.Ordinal) || text.Contains("metro", StringComparison.Ordinal) || text.Contains("Read more", StringComparison.Ordinal));
        Assert.Contains("More story text", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsABoxUnderAReadAlsoLabelWhoseTextIsItsOwn()
    {
        var text = Cleaned("<p>Story text that matters.</p><div><p>Más información</p><p>El plan cuesta 300 millones y se aplicará en 2025, dijo el <a href='/m'>ministerio</a> en una nota.</p></div><p>More story text.</p>");
        Assert.Contains("300 millones", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsAParagraphThatOnlyMentionsAStoryWithALabel()
    {
        var text = Cleaned("<p>Read: the minister said the plan, <a href='/x'>announced in May</a>, would cost billions over ten years and change how schools are funded.</p>");
        Assert.Contains("the minister said", text, StringComparison.Ordinal);
    }

    private static string Month(int firstWeekday)
    {
        var rows = new System.Text.StringBuilder("<tr><th colspan='7'>Oktober 2020</th></tr><tr><td>Mo</td><td>Di</td><td>Mi</td><td>Do</td><td>Fr</td><td>Sa</td><td>So</td></tr><tr>");
        for (var cell = 0; cell < firstWeekday + 31; cell++)
        {
            rows.Append(cell < firstWeekday ? "<td>&nbsp;</td>" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<td>{cell - firstWeekday + 1:00}</td>"));
            if (cell % 7 == 6)
            {
                rows.Append("</tr><tr>");
            }
        }

        return "<table class='occupancy'>" + rows + "</tr></table>";
    }

    [Fact]
    public void RemovesAMonthsCalendarTable()
    {
        var text = Cleaned("<p>The flat sleeps four and has a view of the lake.</p>" + Month(3) + Month(6));
        Assert.Contains("view of the lake", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Oktober", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mo", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsATableOfNumbersThatIsNoCalendar()
    {
        var rows = new System.Text.StringBuilder();
        for (var week = 1; week <= 10; week++)
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"<tr><td>Week {week}</td><td>{week}</td><td>{week + 3}</td><td>{week * 2}</td><td>{week + 1}</td></tr>");
        }

        var text = Cleaned("<p>Scores of the season so far.</p><table>" + rows + "</table>");
        Assert.Contains("Week 10", text, StringComparison.Ordinal);
    }
}
