using AngleSharp.Dom;
using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Xunit;

namespace ArticleExtract.Tests.Extraction;

public sealed class StoryContinuationTests
{
    private static string Paragraph(int i) =>
        $"<p>Paragraph {i} of the story tells, at some length and with several clauses, what happened in the city on " +
        "that day, who said what to whom, and why it matters to the people who live there.</p>";

    private static string Paragraphs(int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(Paragraph));

    // What the readability pass keeps on these pages: the paragraphs of #story, moved into an element of its own.
    private static IElement KeptByThePass(IDocument document)
    {
        var story = document.CreateElement("div");
        foreach (var kept in document.QuerySelectorAll("#story > p").ToList())
        {
            story.AppendChild(kept);
        }

        return story;
    }

    // The kept paragraphs' new element takes the place of #story in the page, whose other blocks are dropped.
    private static IElement StoryReplacedByThePass(IDocument document)
    {
        var story = KeptByThePass(document);
        document.QuerySelector("#story")!.Remove();
        document.Body!.AppendChild(story);
        return story;
    }

    // What the readability pass keeps when it gathers only the long paragraphs of #story.
    private static IElement KeptLongParagraphs(IDocument document)
    {
        var story = document.CreateElement("div");
        foreach (var kept in document.QuerySelectorAll("#story > p").Where(p => p.TextContent.Length > 100).ToList())
        {
            story.AppendChild(kept);
        }

        return story;
    }

    [Fact]
    public void The_rest_of_a_story_folded_into_a_read_more_block_is_kept()
    {
        // SmartReader alone keeps only paragraphs 1-6 of this page: the second half sits in a collapsed block.
        var page = "<html><head><title>Story</title></head><body><div class='page'><h1>The headline of the story</h1>" +
                   "<div class='article-body'>" + Paragraphs(1, 6) + "<div class='recirc'></div><hr>" +
                   "<div class='adPosition bigBox'></div><hr><div class='toggle-group target hideOnInit'>" +
                   Paragraphs(7, 12) + "</div><a class='toggle-group trigger' href='/x'>Continue reading</a></div>" +
                   "<div class='sidebar'><ul><li><a href='/a'>Another story</a></li></ul></div></div></body></html>";

        var article = new ArticleExtractor().Extract(page).Article;

        Assert.NotNull(article);
        Assert.Equal(12, article.Paragraphs.Count);
        Assert.StartsWith("Paragraph 7 ", article.Paragraphs[6], StringComparison.Ordinal);
        Assert.StartsWith("Paragraph 12 ", article.Paragraphs[11], StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_each_wrapped_in_a_component_element_stay_with_the_paywalled_rest()
    {
        // An Angular page: each block in its own custom element, the longer part of the story in a paywalled div.
        static string Wrapped(int i) => "<app-storyline-paragraph _ngcontent-ng-c1>" + Paragraph(i) + "</app-storyline-paragraph>";
        var page = "<html><head><title>Story</title></head><body><article><h1>The headline of the story</h1>" +
                   "<div class='storyline'>" + Wrapped(1) + Wrapped(2) + Wrapped(3) +
                   "<div class='paywall-content'><app-storyline-subheadline><h3>What comes next</h3></app-storyline-subheadline>" +
                   string.Concat(Enumerable.Range(4, 5).Select(Wrapped)) + "</div></div></article>" +
                   "<div class='sidebar'><ul><li><a href='/a'>Another story</a></li></ul></div></body></html>";

        var article = new ArticleExtractor().Extract(page).Article;

        Assert.NotNull(article);
        Assert.Equal(9, article.Paragraphs.Count);
        Assert.StartsWith("Paragraph 1 ", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Paragraph 3 ", article.Paragraphs[2], StringComparison.Ordinal);
        Assert.Equal("What comes next", article.Paragraphs[3]);
    }

    [Fact]
    public void Only_paragraphs_close_under_the_story_container_and_outside_chrome_come_back()
    {
        var document = DocumentParser.Parse(
            "<html><body><div id='story'>" + Paragraphs(1, 3) +
            "<div class='more'>" + Paragraph(4) + "</div>" +
            "<div class='related'>" + Paragraph(5) + "</div>" +
            "<div class='a'><div class='b'><div class='c'>" + Paragraph(6) + "</div></div></div>" +
            "</div><div id='other'>" + Paragraph(7) + "</div></body></html>");
        var continuation = StoryContinuation.Record(document);

        // What the readability pass does: the kept paragraphs move into a new element, the rest is dropped.
        var story = StoryReplacedByThePass(document);

        Assert.Equal(1, continuation.Restore(story));
        var texts = story.QuerySelectorAll("p").Select(p => p.TextContent[..12]).ToList();
        Assert.Equal(["Paragraph 1 ", "Paragraph 2 ", "Paragraph 3 ", "Paragraph 4 "], texts);
    }

    [Fact]
    public void A_short_Japanese_paragraph_close_under_the_story_container_comes_back()
    {
        // 52 characters: under the length a Latin paragraph needs, but each ideograph or kana weighs three.
        const string Japanese = "<p>県によると、大雨の影響で県内の主要道路が少なくとも十二か所で通行止めとなり、復旧の見通しは立っていないという。</p>";
        var document = DocumentParser.Parse(
            "<html><body><div id='story'>" + Paragraphs(1, 3) + "<div class='more'>" + Japanese + "</div></div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = StoryReplacedByThePass(document);

        Assert.Equal(1, continuation.Restore(story));
        Assert.StartsWith("県によると", story.QuerySelectorAll("p")[3].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>The <a href='/q/ixic'>Nasdaq Composite</a> <a href='/q/.IXIC'>.IXIC</a> -1.82% dropped 1.82% to close at 17,904.33. The <a href='/q/spx'>S&amp;P 500</a> <a href='/q/.SPX'>.SPX</a> -1.14% shed 1.14% to end at 5,611.85, while the <a href='/q/dji'>Dow Jones Industrial Average</a> <a href='/q/.DJI'>.DJI</a> lost 297.41 points, or 0.71%, to settle at 41,433.48.</p>", true)]
    [InlineData("<p><a href='/a'>Nasdaq falls as chip stocks slide on inflation data</a> · <a href='/b'>Treasury yields jump to highest since October</a> · <a href='/c'>What the Fed does next</a> · more from markets today.</p>", false)]
    public void A_sentence_that_links_every_name_it_mentions_is_prose(string paragraph, bool restored)
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + Paragraphs(1, 2) + paragraph + Paragraphs(3, 4) + "</div></body></html>");
        var continuation = StoryContinuation.Record(document);

        var story = KeptLongParagraphs(document);
        foreach (var linked in story.QuerySelectorAll("p").Where(p => p.QuerySelector("a") is not null).ToList())
        {
            // The pass drops the linked paragraph as a link box.
            linked.Remove();
        }

        document.QuerySelector("#story")!.Remove();
        document.Body!.AppendChild(story);

        Assert.Equal(restored ? 1 : 0, continuation.Restore(story));
    }

    [Fact]
    public void A_box_named_as_chrome_only_in_a_component_mark_keeps_its_paragraph_out()
    {
        var document = DocumentParser.Parse(
            "<html><body><div id='story'>" + Paragraphs(1, 3) +
            "<div data-testid='related-stories'>" + Paragraph(4) + "</div>" +
            "<div data-component='text-block'>" + Paragraph(5) + "</div>" +
            "</div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = StoryReplacedByThePass(document);

        Assert.Equal(1, continuation.Restore(story));
        var texts = story.QuerySelectorAll("p").Select(p => p.TextContent[..12]).ToList();
        Assert.Equal(["Paragraph 1 ", "Paragraph 2 ", "Paragraph 3 ", "Paragraph 5 "], texts);
    }

    // What SmartReader does when its first attempt finds too little text: the page is parsed again from its HTML, so
    // every element is a new one, and the next attempt keeps some of the new paragraphs.
    private static IElement KeptAfterTheHtmlIsParsedAgain(IDocument document, params int[] kept)
    {
        var body = document.Body!;
        body.InnerHtml = body.InnerHtml;
        var story = document.CreateElement("div");
        var paragraphs = document.QuerySelectorAll("#story p").ToList();
        foreach (var i in kept)
        {
            story.AppendChild(paragraphs[i - 1]);
        }

        return story;
    }

    [Fact]
    public void Paragraphs_come_back_when_the_pass_parsed_the_page_again()
    {
        var document = DocumentParser.Parse(
            "<html><body><div id='story'>" + Paragraphs(1, 2) + "<div class='more'>" + Paragraph(3) + "</div>" +
            Paragraph(4) + "</div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = KeptAfterTheHtmlIsParsedAgain(document, 1, 2, 4);

        Assert.Equal(1, continuation.Restore(story));
        var texts = story.QuerySelectorAll("p").Select(p => p.TextContent[..12]).ToList();
        Assert.Equal(["Paragraph 1 ", "Paragraph 2 ", "Paragraph 3 ", "Paragraph 4 "], texts);
        Assert.Empty(document.QuerySelectorAll($"[{RecordedNodes.Attribute}]"));
        Assert.Empty(story.QuerySelectorAll($"[{RecordedNodes.Attribute}]"));
    }

    [Fact]
    public void A_block_gone_from_the_page_parsed_again_is_not_put_back_from_the_first_attempt()
    {
        var document = DocumentParser.Parse(
            "<html><body><div class='wrap'><div id='lead'>" + Lead + "</div><div id='story'>" + Paragraphs(1, 3) +
            "</div></div></body></html>");
        var continuation = StoryContinuation.Record(document);

        // The new attempt unwraps the lead's div: its text now stands in a paragraph of the story, without the number.
        var story = KeptAfterTheHtmlIsParsedAgain(document, 1, 2, 3);
        var lead = document.CreateElement("p");
        lead.TextContent = Lead;
        story.InsertBefore(lead, story.FirstChild);
        document.QuerySelector("#lead")!.Remove();

        Assert.Equal(0, continuation.Restore(story));
        Assert.Single(story.QuerySelectorAll("p"), p => p.TextContent == Lead);
    }

    [Fact]
    public void A_paragraph_the_second_attempt_dropped_too_comes_back_from_the_first_tree()
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + Paragraphs(1, 4) + "</div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var first = document.QuerySelectorAll("#story p")[2];

        // The second attempt drops paragraph 3 from its tree as well.
        var story = KeptAfterTheHtmlIsParsedAgain(document, 1, 2, 4);
        document.QuerySelectorAll("#story p")[0].Remove();

        Assert.Equal(1, continuation.Restore(story));
        Assert.Same(first, story.QuerySelectorAll("p")[2]);
        Assert.StartsWith("Paragraph 3 ", first.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_from_the_first_tree_whose_text_the_story_holds_stays_out_Guard()
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + Paragraphs(1, 4) + "</div></body></html>");
        var continuation = StoryContinuation.Record(document);

        // The second attempt turned paragraph 3 into a div, without its number.
        var story = KeptAfterTheHtmlIsParsedAgain(document, 1, 2, 4);
        var third = document.QuerySelectorAll("#story p")[0];
        var div = document.CreateElement("div");
        div.TextContent = third.TextContent;
        story.InsertBefore(div, story.Children[2]);
        third.Remove();

        Assert.Equal(0, continuation.Restore(story));
        Assert.Equal(4, story.Children.Length);
    }

    [Fact]
    public void A_story_of_one_kept_paragraph_is_left_alone()
    {
        var document = DocumentParser.Parse("<html><body><div>" + Paragraphs(1, 3) + "</div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = document.CreateElement("div");
        story.AppendChild(document.QuerySelector("p")!);

        Assert.Equal(0, continuation.Restore(story));
    }

    private const string Lead =
        "Mit Entsetzen und Trauer hat das Forum auf den gestrigen Amoklauf reagiert, so der Verband in einer Meldung von heute.";

    [Fact]
    public void A_lead_set_in_its_own_column_above_the_story_is_put_back_first()
    {
        var document = DocumentParser.Parse(
            "<html><body><div class='row'><div class='col'><div class='text-column'><h2>" + Lead + "</h2></div></div>" +
            "<div class='col'><div class='text-column' id='story'>" + Paragraphs(1, 3) + "</div></div></div></body></html>");
        var continuation = StoryContinuation.Record(document);

        // The readability pass kept the text column only.
        var story = KeptByThePass(document);

        Assert.Equal(1, continuation.Restore(story));
        Assert.Equal(Lead, story.Children[0].TextContent);
        Assert.Equal(4, story.Children.Length);
    }

    [Theory]
    // The section title followed the lead on the page: the lead goes back above it. A title set above the lead stays above it.
    [InlineData(false, new[] { "lead", "Investment T", "Paragraph 1 " })]
    [InlineData(true, new[] { "Investment T", "lead", "Paragraph 1 " })]
    public void A_lead_goes_back_above_the_section_titles_that_followed_it(bool titleFirst, string[] expected)
    {
        const string Title = "<h2 id='title'>Investment Thesis</h2>";
        var document = DocumentParser.Parse(
            "<html><body><div class='row'>" + (titleFirst ? "<div class='col'>" + Title + "</div>" : string.Empty) +
            "<div class='col'><div class='text-column'><h2>" + Lead + "</h2></div></div>" +
            "<div class='col'><div class='text-column' id='story'>" + (titleFirst ? string.Empty : Title) + Paragraphs(1, 3) +
            "</div></div></div></body></html>");
        var continuation = StoryContinuation.Record(document);

        // The readability pass kept the text column's title and paragraphs.
        var story = document.CreateElement("div");
        story.AppendChild(document.GetElementById("title")!);
        foreach (var kept in document.QuerySelectorAll("#story > p").ToList())
        {
            story.AppendChild(kept);
        }

        continuation.Restore(story);

        var blocks = story.Children.Take(3).Select(block => block.TextContent == Lead ? "lead" : block.TextContent[..Math.Min(12, block.TextContent.Length)]).ToArray();
        Assert.Equal(expected, blocks);
    }

    [Fact]
    public void A_lead_nested_as_deep_as_page_builders_nest_it_is_put_back_too()
    {
        // Row, column, wrapper, text column, wrapper: the lead and the story meet seven levels up.
        static string Nest(string inner, string id) =>
            "<div class='row'><div class='vc_row'><div class='column'><div class='wrapper'><div class='text-column'><div class='wrapper'" +
            id + ">" + inner + "</div></div></div></div></div></div>";
        var document = DocumentParser.Parse(
            "<html><body><div class='page'>" + Nest("<h2>" + Lead + "</h2>", string.Empty) + Nest(Paragraphs(1, 3), " id='story'") +
            "</div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = KeptByThePass(document);

        Assert.Equal(1, continuation.Restore(story));
        Assert.Equal(Lead, story.Children[0].TextContent);
    }

    [Fact]
    public void A_deck_without_a_full_stop_right_under_the_headline_is_put_back_first()
    {
        const string Deck = "La ley, aprobada por amplia mayoría, extiende a los alumnos de 15 a 18 años una restricción previa";
        static string Page(string between) =>
            "<html><body><article><header><h1>Francia prohíbe los celulares en los liceos</h1>" + between + "<h2>" + Deck + "</h2></header>" +
            "<div id='story'>" + Paragraphs(1, 3) + "</div></article></body></html>";

        var document = DocumentParser.Parse(Page(string.Empty));
        var continuation = StoryContinuation.Record(document, document.QuerySelector("h1"));
        var story = KeptByThePass(document);
        Assert.Equal(1, continuation.Restore(story));
        Assert.Equal(Deck, story.Children[0].TextContent);

        // Apart from the headline, a line without a full stop is a heading, not a lead.
        document = DocumentParser.Parse(Page("<div class='meta'>20/11/2025</div>"));
        continuation = StoryContinuation.Record(document, document.QuerySelector("h1"));
        story = KeptByThePass(document);
        Assert.Equal(0, continuation.Restore(story));
    }

    [Theory]
    [InlineData("<div class='story-header__subheadline'>{0}</div>")]
    [InlineData("<div class='post-single__summary'><p>{0}</p></div>")]
    public void A_deck_set_in_a_div_of_its_own_right_under_the_headline_is_put_back_first(string deckHtml)
    {
        const string Deck = "Parkin says the peak-hour tariff will apply in busy areas near metro stations; here is what motorists need to know";
        var document = DocumentParser.Parse(
            "<html><body><article><header><h1>Dubai adds 12 new paid parking zones</h1>" +
            string.Format(System.Globalization.CultureInfo.InvariantCulture, deckHtml, Deck) + "<div class='meta'>Anjana Kumar</div></header>" +
            "<div id='story'>" + Paragraphs(1, 3) + "</div></article></body></html>");
        var continuation = StoryContinuation.Record(document, document.QuerySelector("h1"));
        var story = KeptByThePass(document);

        Assert.Equal(1, continuation.Restore(story));
        Assert.Equal(Deck, story.Children[0].TextContent);
    }

    [Theory]
    [InlineData("<li>The corporation says six new diesel units will be delivered by February.</li><li>Fares on the route will remain at Sh80 for the full trip.</li>", 2)]
    [InlineData("<li><a href='/a'>Six new diesel units will be delivered by February, the corporation says.</a></li><li><a href='/b'>Fares stay at Sh80.</a></li>", 0)]
    [InlineData("<li>Trains</li><li>Fares</li><li>Timetables and the stations served by the new line</li>", 0)]
    public void A_box_of_key_points_above_the_story_is_put_back_first(string items, int restored)
    {
        var document = DocumentParser.Parse(
            "<html><body><article><h1>Commuter trains every 20 minutes</h1><div class='body'><div class='summary'><h3>What you need to know:</h3><ul>" +
            items + "</ul></div><section id='story'>" + Paragraphs(1, 3) + "</section></div></article></body></html>");
        var continuation = StoryContinuation.Record(document, document.QuerySelector("h1"));
        var story = KeptByThePass(document);

        // The points come back with their label.
        Assert.Equal(restored, continuation.Restore(story));
        Assert.Equal(restored == 2 ? "What you need to know:" : null, restored == 2 ? story.Children[0].TextContent : null);
        Assert.Equal(restored == 2 ? "ul" : "p", story.Children[restored == 2 ? 1 : 0].LocalName);
    }

    [Theory]
    // ABC's key points: the pass drops the label with the aside, and it comes back above the points. A line that is
    // no label (a sentence, a link) stays out.
    [InlineData("<p><strong>Key points:</strong></p>", "Key points:")]
    [InlineData("<h2>Key points</h2>", "Key points")]
    [InlineData("<p>Here is what we know so far about the outage and the repairs.</p>", null)]
    [InlineData("<p><a href='/live'>Follow live:</a></p>", null)]
    public void A_label_over_the_key_points_comes_back_with_them(string labelHtml, string? label)
    {
        var document = DocumentParser.Parse(
            "<html><body><article><h1>Boil water alert for Bega Valley</h1><aside class='KeyPoints_keyPoints__Wqpz2'>" + labelHtml +
            "<ul><li>A power fault disabled the Brogo water treatment plant during storms</li>" +
            "<li>About 9,000 homes and businesses in Bega and Tathra are affected</li></ul></aside>" +
            "<section id='story'>" + Paragraphs(1, 3) + "</section></article></body></html>");
        var continuation = StoryContinuation.Record(document, document.QuerySelector("h1"));
        // The pass drops the aside whole.
        document.QuerySelector("aside")!.Remove();
        var story = KeptByThePass(document);

        Assert.Equal(label is null ? 1 : 2, continuation.Restore(story));
        Assert.Equal(label ?? string.Empty, label is null ? string.Empty : story.Children[0].TextContent);
        Assert.Equal("ul", story.Children[label is null ? 0 : 1].LocalName);
    }

    [Theory]
    // A list named a summary may hold fragments; a list so shaped named otherwise, or a header's meta list under the
    // headline, is no lead.
    [InlineData("<div class='meta'>Anjana Kumar</div><ul class='ArticleDetailView_subtitleList__wPy6K'><li>서울교통공사 “2028년 완료 목표, 2031년으로”</li>" +
                "<li>시민단체 “안전 투자 미루면 사고 위험 커져”</li></ul>", 1)]
    [InlineData("<div class='meta'>Anjana Kumar</div><div class='article__summary'><h2>Summary</h2><ul><li>Oct exports +4.1% y/y vs forecast +2.8%</li>" +
                "<li>Shipments to China up 9.6%, U.S.-bound exports fall 2.7%</li></ul></div>", 2)]
    [InlineData("<ul class='subtitles'><li><h2>El Consejo Interterritorial aprueba ampliar el programa de cribado</h2></li>" +
                "<li><h2>Las sociedades científicas celebran la medida</h2></li></ul>", 1)]
    [InlineData("<ul><li>by: Laurie Oakes</li><li>From: Herald Sun</li><li>March 13, 2015 9:00PM</li></ul>", 0)]
    [InlineData("<div class='meta'>Anjana Kumar</div><div class='box'><ul><li>Oct exports +4.1% y/y vs forecast +2.8%</li>" +
                "<li>Shipments to China up 9.6%, U.S.-bound exports fall 2.7%</li></ul></div>", 0)]
    public void A_summary_list_by_its_name_is_put_back_first(string listHtml, int restored)
    {
        var document = DocumentParser.Parse(
            "<html><body><article><h1>Commuter trains every 20 minutes</h1>" + listHtml + "<section id='story'>" + Paragraphs(1, 3) +
            "</section></article></body></html>");
        var continuation = StoryContinuation.Record(document, document.QuerySelector("h1"));
        var story = KeptByThePass(document);

        Assert.Equal(restored, continuation.Restore(story));
        // "Summary" over the points comes back with them.
        Assert.Equal(restored == 0 ? "p" : "ul", story.Children[restored == 2 ? 1 : 0].LocalName);
    }

    [Fact]
    public void A_candidate_lead_above_the_headline_stays_out()
    {
        // A consent banner's sentence before the page's header reads like a lead.
        const string Banner = "Vi använder cookies för att ge dig en bättre upplevelse, för statistik och för att visa annonser som är relevanta för dig.";
        var document = DocumentParser.Parse(
            "<html><body><div id='app'><div class='cmp-dialog'><p>" + Banner + "</p></div><article><h1>Elpriset väntas stiga</h1>" +
            "<div id='story'>" + Paragraphs(1, 3) + "</div></article></div></body></html>");
        var continuation = StoryContinuation.Record(document, document.QuerySelector("h1"));
        var story = KeptByThePass(document);

        Assert.Equal(0, continuation.Restore(story));
        Assert.Equal(3, story.Children.Length);
    }

    [Theory]
    [InlineData("<div class='media-caption'>{0}</div>")]
    [InlineData("<div class='photo-credit-box'><div class='row'><div class='col'><p class='summary'>{0}</p></div></div></div>")]
    public void A_candidate_lead_the_page_names_a_caption_stays_out(string captionHtml)
    {
        // A lead video's caption, or a photo's caption set in a box named for its credit, reads like a lead.
        var document = DocumentParser.Parse(
            "<html><body><div class='wrap'><div class='lead-media'><div class='player'></div>" +
            string.Format(System.Globalization.CultureInfo.InvariantCulture, captionHtml, Lead) + "</div>" +
            "<div id='story'>" + Paragraphs(1, 3) + "</div></div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = KeptByThePass(document);

        Assert.Equal(0, continuation.Restore(story));
        Assert.Equal(3, story.Children.Length);
    }

    // A table layout's lead in a cell of its own, opened by the wire's dateline, comes back as the first paragraph; a
    // deck's cell, or one opened by the site's own tag without a place, stays out.
    [Theory]
    [InlineData("DOHA, Feb 3 (KUNA) -- Kuwait and Qatar signed a memorandum of understanding on weather forecasting and early warning on Tuesday.", 1)]
    [InlineData("Kuwait and Qatar signed a memorandum of understanding on weather forecasting and early warning on Tuesday.", 0)]
    [InlineData("(Doha Daily)- Kuwait and Qatar signed a memorandum of understanding on weather forecasting and early warning on Tuesday.", 0)]
    public void A_lead_in_a_table_cell_of_its_own_comes_back_only_under_a_wire_dateline(string lead, int restored)
    {
        var document = DocumentParser.Parse(
            "<html><body><table><tr><td class='NewsIntro'><b>" + lead + "</b></td></tr>" +
            "<tr><td><div id='story'>" + Paragraphs(1, 3) + "</div></td></tr></table></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = KeptByThePass(document);

        Assert.Equal(restored, continuation.Restore(story));
        Assert.Equal(3 + restored, story.Children.Length);
        if (restored == 1)
        {
            Assert.Equal("p", story.Children[0].LocalName);
            Assert.Equal(lead, story.Children[0].TextContent);
        }
    }

    [Fact]
    public void A_candidate_lead_with_other_prose_between_it_and_the_story_stays_out()
    {
        var document = DocumentParser.Parse(
            "<html><body><div><h2>" + Lead + "</h2><div class='other'>" + Paragraph(0) + "</div></div>" +
            "<div id='story'>" + Paragraphs(1, 3) + "</div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = KeptByThePass(document);

        Assert.Equal(0, continuation.Restore(story));
        Assert.Equal(3, story.Children.Length);
    }

    [Fact]
    public void A_page_hidden_block_is_not_read_even_when_it_holds_the_most_prose()
    {
        var page = "<html><body><article><h1>Lorem</h1><div style='visibility: hidden;'>" + Paragraphs(1, 3) + "</div>" +
                   "<h2>Foo</h2><div>" + Paragraphs(4, 5) + "</div></article></body></html>";

        var article = new ArticleExtractor().Extract(page).Article;

        Assert.NotNull(article);
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("Paragraph 1 ", StringComparison.Ordinal) ||
                                                       p.StartsWith("Paragraph 3 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_blocks_between_two_kept_paragraphs_come_back_in_place()
    {
        var document = DocumentParser.Parse(
            "<html><body><div id='story'>" + Paragraph(1) + "<h3>What happens next</h3><p>Why?</p>" +
            "<p><strong>READ MORE:</strong> <a href='/n/1.html'>Stocks close higher as oil prices fall</a></p>" +
            "<p class='advertisement'>Advertisement</p>" + Paragraph(2) +
            "<blockquote><p>We are not there yet.</p></blockquote><ul><li>Roads are closed.</li><li>Schools are shelters.</li></ul>" +
            Paragraph(3) + "<h3>Related</h3><p>After the story</p></div></body></html>");
        var continuation = StoryContinuation.Record(document);

        // The pass gathered only the long paragraphs.
        var story = KeptLongParagraphs(document);

        Assert.Equal(4, continuation.Restore(story));
        var blocks = story.Children.Select(block => block.TextContent[..Math.Min(12, block.TextContent.Length)]).ToList();
        Assert.Equal(
            ["Paragraph 1 ", "What happens", "Why?", "Paragraph 2 ", "We are not t", "Roads are cl", "Paragraph 3 "], blocks);
    }

    [Fact]
    public void A_short_block_between_kept_paragraphs_named_as_chrome_in_a_component_mark_stays_out()
    {
        var document = DocumentParser.Parse(
            "<html><body><div id='story'>" + Paragraph(1) + "<p data-testid='ad-slot-label'>Story continues</p>" +
            "<p>Why?</p>" + Paragraph(2) + "</div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = KeptLongParagraphs(document);

        Assert.Equal(1, continuation.Restore(story));
        var blocks = story.Children.Select(block => block.TextContent[..Math.Min(12, block.TextContent.Length)]).ToList();
        Assert.Equal(["Paragraph 1 ", "Why?", "Paragraph 2 "], blocks);
    }

    [Theory]
    [InlineData("<p>Work will happen in three phases:</p><ul><li>Main Street this fall.</li><li>Oak Street next spring.</li></ul>", 2)]
    [InlineData("<ul><li>Main Street this fall.</li><li>Oak Street next spring.</li></ul>", 0)]
    [InlineData("<p>Read more:</p><ul><li><a href='/a'>Another story</a></li><li><a href='/b'>A third story</a></li></ul>", 0)]
    public void A_list_closing_the_story_comes_back_only_under_its_introducing_line(string ending, int expected)
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + Paragraphs(1, 3) + ending + "</div></body></html>");
        var continuation = StoryContinuation.Record(document);
        var story = KeptByThePass(document);
        foreach (var dropped in story.QuerySelectorAll("p").Where(p => p.TextContent.Length < 100).ToList())
        {
            dropped.Remove();
            document.QuerySelector("#story")!.AppendChild(dropped);
        }

        Assert.Equal(expected, continuation.Restore(story));
    }

    // A page builder's row: text blocks of one kind ("sqs-block html-block") with an image and a newsletter block
    // between them.
    private static string BuilderRow(string textBlock, string secondBlockTitle) =>
        "<html><body><article class='entry'><h1>Wildfire forces thousands to flee</h1><div class='col'>" +
        TextBlock(textBlock, "first", Paragraphs(1, 3)) +
        "<div class='sqs-block image-block'><div class='sqs-block-content'><figure><img src='/f.jpg'>" +
        "<figcaption>Smoke rises behind a ranch house.</figcaption></figure></div></div>" +
        TextBlock(textBlock, "second", secondBlockTitle + Paragraph(4) + "<p>Shelters opened at three places, officials said:</p>" +
            "<ul><li>the high school</li><li>the community center</li></ul>") +
        "<div class='sqs-block newsletter-block'><div class='sqs-block-content'><form><h2>Get the Review in your inbox</h2>" +
        "<input type='email'><button>Sign Up</button></form></div></div>" +
        TextBlock(textBlock, "third", Paragraphs(5, 6)) +
        "</div></article></body></html>";

    private static string TextBlock(string kind, string id, string contents) =>
        "<div class='" + kind + "'><div class='sqs-block-content'><div class='sqs-html-content' id='" + id + "'>" + contents + "</div></div></div>";

    // What the pass does on such a page: it keeps the first block's text and rewrites the wrappers of every block
    // (here: strips their classes, as its unwrapping and renaming leave no kind to compare afterwards).
    private static IElement KeptFirstBlock(IDocument document) => Kept(document, "#first > p");

    private static IElement Kept(IDocument document, string selector)
    {
        foreach (var wrapper in document.QuerySelectorAll("div.col > div").ToList())
        {
            wrapper.RemoveAttribute("class");
        }

        var story = document.CreateElement("div");
        foreach (var kept in document.QuerySelectorAll(selector).ToList())
        {
            story.AppendChild(kept);
        }

        document.Body!.AppendChild(story);
        return story;
    }

    [Theory]
    [InlineData("sqs-block html-block sqs-block-html")]
    // Numbered kinds: Divi and Elementor number every module.
    [InlineData("et_pb_module et_pb_text et_pb_text_0")]
    // A CSS module's hashed name: the hash holds digits but names the kind, not the block.
    [InlineData("styles_section__Kd4aQ")]
    public void The_text_blocks_of_a_page_builders_row_are_one_story(string textBlock)
    {
        var document = DocumentParser.Parse(BuilderRow(textBlock, "<h3>Evacuations and shelters</h3>"));
        var continuation = StoryContinuation.Record(document);
        var story = KeptFirstBlock(document);

        continuation.Restore(story);

        var blocks = story.Children.Select(block => block.TextContent[..Math.Min(12, block.TextContent.Length)]).ToList();
        Assert.Equal(
            ["Paragraph 1 ", "Paragraph 2 ", "Paragraph 3 ", "Evacuations ", "Paragraph 4 ", "Shelters ope", "the high sch", "Paragraph 5 ", "Paragraph 6 "],
            blocks);
    }

    [Fact]
    public void A_quote_block_between_a_rows_text_blocks_joins_the_row()
    {
        // Squarespace's quote block: another kind than the text blocks, a block quote and its source line.
        var html = BuilderRow("sqs-block html-block sqs-block-html", "<h3>Evacuations and shelters</h3>").Replace(
            "<div class='sqs-block newsletter-block'>",
            "<div class='sqs-block quote-block sqs-block-quote'><div class='sqs-block-content'><div><blockquote>“We left with what we could carry.”</blockquote>" +
            "<p>— a resident of the ranch road</p></div></div></div><div class='sqs-block newsletter-block'>",
            StringComparison.Ordinal);
        var document = DocumentParser.Parse(html);
        var continuation = StoryContinuation.Record(document);
        var story = KeptFirstBlock(document);

        continuation.Restore(story);

        var blocks = story.Children.Select(block => block.TextContent[..Math.Min(12, block.TextContent.Length)]).ToList();
        Assert.Equal(
            ["Paragraph 1 ", "Paragraph 2 ", "Paragraph 3 ", "Evacuations ", "Paragraph 4 ", "Shelters ope", "the high sch", "“We left wit", "— a resident", "Paragraph 5 ", "Paragraph 6 "],
            blocks);
    }

    [Fact]
    public void A_row_with_a_linked_title_in_a_block_is_a_list_of_posts()
    {
        var document = DocumentParser.Parse(BuilderRow("sqs-block html-block sqs-block-html", "<h3><a href='/other'>Another post</a></h3>"));
        var continuation = StoryContinuation.Record(document);
        var story = KeptFirstBlock(document);

        continuation.Restore(story);

        Assert.DoesNotContain("the community center", story.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Paragraph 6 ", story.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_the_pass_kept_part_of_comes_back_whole()
    {
        // The pass kept only the second block's last paragraphs: its subheading and first paragraph go back in front
        // of them, after the first block's text.
        var document = DocumentParser.Parse(BuilderRow("sqs-block html-block sqs-block-html", "<h3>Evacuations and shelters</h3>"));
        var continuation = StoryContinuation.Record(document);
        var story = Kept(document, "#first > p, #second > p:last-of-type, #second > ul");

        continuation.Restore(story);

        var blocks = story.Children.Select(block => block.TextContent[..Math.Min(12, block.TextContent.Length)]).ToList();
        Assert.Equal(
            ["Paragraph 1 ", "Paragraph 2 ", "Paragraph 3 ", "Evacuations ", "Paragraph 4 ", "Shelters ope", "the high sch", "Paragraph 5 ", "Paragraph 6 "],
            blocks);
    }

    // A portal's story in two parts: runs of text between line breaks in a layout cell, a linked "RELATED" line among
    // them, then paragraphs in a div. The pass keeps the div's part (and the cell's last run, as its lead).
    private const string SplitStory =
        "<html><head><title>Midwest farmers race to replant after late-May floods swamp fields</title></head><body><table><tr valign='top'><td width='680' class='leftcol'>\n" +
        "<div class='storyhead'>\n" +
        "<font class='headline' size='5'><b>Midwest farmers race to replant after late-May floods swamp fields</b></font>\n" +
        "</div>\n" +
        "<table width='100%' border='0' cellspacing='0' cellpadding='6'>\n" +
        "<tr>\n" +
        "<td class='storytext' id='storytext'>\n" +
        "Farmers across parts of Iowa, Illinois and Missouri are scrambling to replant corn and soybeans after a week of torrential rain in late May flooded low-lying fields, washing away seed and leaving standing water that in some places has yet to drain.<br><br>\n" +
        "The U.S. Department of Agriculture said in its weekly crop progress report that 87% of the nation's corn had been planted as of Sunday, slightly behind the five-year average, but the figure masks deep local losses along swollen rivers.<br><br>\n" +
        "&#8220;We had it all in the ground by May 20, and it looked great,&#8221; said Tom Brandt, who farms about 1,400 acres near Keokuk, Iowa. &#8220;Then we got nine inches in four days. About a third of it is just gone.&#8221;<br><br>\n" +
        "<b>RELATED:</b> <a href='/story.php?id=331722&cat=us'>Mississippi River crest forces evacuations in Missouri towns</a><br><br>\n" +
        "Brandt said he would replant soybeans on the worst-hit fields, since it was too late in the season for corn to reach full yield.<br><br>\n" +
        "Agronomists say each day of delay after late May cuts potential corn yields by roughly 1% in much of the Corn Belt, and seed dealers report tight supplies of some shorter-season hybrids.\n" +
        "</td>\n" +
        "</tr>\n" +
        "</table>\n" +
        "<div class='storytext2' id='storytext2'>\n" +
        "<p>Crop insurance allows farmers to claim a replant payment or, past certain deadlines, a prevented-planting payment for acres they cannot seed at all. Insurers said claims were arriving faster than in recent years.</p>\n" +
        "<p>&#8220;The phones haven't stopped,&#8221; said Angela Ruiz, an adjuster based in Quincy, Illinois. &#8220;Everyone wants to know what their options are before the final planting dates.&#8221;</p>\n" +
        "<p>The National Weather Service forecast drier weather for most of the region through the middle of next week, which could give farmers a window to get back into fields.</p>\n" +
        "<p>Grain markets have so far shrugged off the flooding. Corn futures for July delivery fell 0.6% on Thursday at the Chicago Board of Trade, as traders focused on favorable conditions elsewhere.</p>\n" +
        "<p class='apcopy'><i>Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</i></p>\n" +
        "</div>\n" +
        "</td></tr></table></body></html>\n";

    private static IReadOnlyList<string> ParagraphsOf(string page) =>
        new ArticleExtractor().Extract(page).Article?.Paragraphs ?? [];

    [Fact]
    public void The_first_part_of_a_story_split_in_two_containers_comes_back_in_front()
    {
        var paragraphs = ParagraphsOf(SplitStory);

        Assert.Equal(9, paragraphs.Count);
        Assert.StartsWith("Farmers across", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Brandt said", paragraphs[3], StringComparison.Ordinal);
        Assert.StartsWith("Crop insurance", paragraphs[5], StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_part_never_reaches_across_another_storys_title()
    {
        var page = SplitStory.Replace("<div class='storytext2'", "<h1>Tornado damages homes in central Nebraska</h1><div class='storytext2'", StringComparison.Ordinal);

        Assert.DoesNotContain(ParagraphsOf(page), paragraph => paragraph.StartsWith("Farmers across", StringComparison.Ordinal));
    }

    [Fact]
    public void An_earlier_part_never_comes_from_an_article_the_story_is_not_in()
    {
        var page = SplitStory.Replace("<table width='100%'", "<article><table width='100%'", StringComparison.Ordinal)
            .Replace("</table>\n<div class='storytext2'", "</table></article>\n<div class='storytext2'", StringComparison.Ordinal);

        var paragraphs = ParagraphsOf(page);

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("Crop insurance", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, paragraph => paragraph.StartsWith("Farmers across", StringComparison.Ordinal));
    }
}
