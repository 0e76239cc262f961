using System.Text;
using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>Story containers that carry chrome-like names survive cleaning; real chrome beside them does not.</summary>
public sealed class StoryProtectionTests
{
    private const string Prose =
        "<p>The council approved the budget on Tuesday after a long debate about schools, roads and the future of the old library building.</p>";

    private static string Repeat(string html, int times) => string.Concat(Enumerable.Repeat(html, times));

    private static string PageCleaned(string bodyHtml)
    {
        var document = DocumentParser.Parse("<html><body>" + bodyHtml + "</body></html>");
        PageCleaner.Clean(document);
        return document.Body!.TextContent;
    }

    private static string ContentCleaned(string storyHtml)
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + storyHtml + "</div></body></html>");
        var story = document.GetElementById("story")!;
        ContentCleaner.Clean(story);
        return story.TextContent;
    }

    [Fact]
    public void An_articleBody_container_named_after_a_widget_survives_both_cleaners()
    {
        var page = "<div id='share-btns-container' itemprop='articleBody'>" + Prose + "</div>" +
                   "<div class='sidebar'>" + Repeat(Prose.Replace("council", "senate", StringComparison.Ordinal), 3) + "</div>";

        Assert.Contains("council", PageCleaned(page), StringComparison.Ordinal);
        Assert.Contains("council", ContentCleaned(page), StringComparison.Ordinal);
    }

    [Fact]
    public void The_ancestors_of_the_densest_paragraphs_survive_an_app_shell_name()
    {
        // The story holds little over a third of the page's prose, inside a wrapper named "modal" that also holds a
        // long link list: neither the share guard nor the name decides; the paragraph cluster does.
        var teaser = "<p>" + new string('x', 140) + " words.</p>";
        var others = string.Concat(Enumerable.Range(0, 6).Select(i => $"<div class='box{i}'>{teaser}{teaser}</div>"));
        var links = "<div>" + string.Concat(Enumerable.Range(0, 80).Select(i => $"<a href='/{i}'>Another headline {i}</a> ")) + "</div>";
        var page = others + "<div class='render-target-modal'>" + links + "<article><div>" + Repeat(Prose, 8) + "</div></article></div>";

        Assert.Contains("council", PageCleaned(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<section class='TestReport__Section TestReport__Section--Ads'>{0}</section>")]
    [InlineData("<div class='field field--label-hidden'>{0}</div>")]
    [InlineData("<div class='article-meta-body'>{0}</div>")]
    [InlineData("<header class='site'>{0}</header>")]
    public void A_weak_or_modifier_name_does_not_remove_prose(string wrapper)
    {
        var page = Prose + string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, Repeat(Prose.Replace("council", "mayor", StringComparison.Ordinal), 3)) + Prose;

        Assert.Contains("mayor", PageCleaned(page), StringComparison.Ordinal);
        Assert.Contains("mayor", ContentCleaned(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class='ad-slot'>Advertisement</div>")]
    [InlineData("<div class='post-meta'>Filed under news</div>")]
    [InlineData("<header><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></header>")]
    public void A_weak_name_still_removes_small_or_link_dense_boxes(string chrome)
    {
        var text = PageCleaned(Repeat(Prose, 3) + chrome);

        Assert.Contains("council", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Filed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_id_made_from_heading_words_is_not_a_chrome_name()
    {
        var page = Prose + "<div class='section' id='sharing-with-a-single-developer'><h2>Sharing with a single developer</h2>" + Prose + "</div>";

        Assert.Contains("single developer", PageCleaned(page), StringComparison.Ordinal);
        Assert.Contains("single developer", ContentCleaned(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sharing-with-a-single-developer", true)]
    [InlineData("how-to-share-your-work", true)]
    [InlineData("social-share-bar", false)]
    [InlineData("related-posts-widget-area", false)]
    [InlineData(null, false)]
    public void Heading_slugs_are_recognised(string? id, bool expected)
    {
        Assert.Equal(expected, ClassTokens.IsHeadingSlug(id));
    }

    [Theory]
    [InlineData("TestReport__Section--Ads", "None")]
    [InlineData("c-share--horizontal", "Strong")]
    [InlineData("ad-wrapper", "Weak")]
    [InlineData("sidebar-widget", "Strong")]
    [InlineData("mostRead", "Strong")]
    [InlineData("video-player__up-next", "Strong")]
    [InlineData("NowPlaying", "Strong")]
    [InlineData("story-body", "None")]
    [InlineData("buzz_item no_caption", "None")]
    [InlineData("field field-name-field-text field-label-hidden", "None")]
    [InlineData("col-md-8 hidden-xs hidden-sm", "None")]
    [InlineData("results hidden", "Weak")]
    [InlineData("hidden-block", "Weak")]
    [InlineData("visually-hidden", "Strong")]
    [InlineData("presentation-box-txt js_readmore", "Weak")]
    [InlineData("util-bar-flyout ugc-util-bar-flyout", "Weak")]
    public void Class_names_are_classified_by_their_strongest_word(string className, string expected)
    {
        Assert.Equal(expected, ClassTokens.Classify(className, new StringBuilder()).ToString());
    }

    [Theory]
    // A heading's id made from its own words is the target of the page's table of contents, not the heading's name.
    [InlineData("<h3 class='subheading' id='nav_zehntausende__0'>Zehntausende Geräte erreichbar</h3>", "None")]
    [InlineData("<h2 id='share-the-costs'>Share the costs</h2>", "None")]
    // An id that does not spell the heading's words still names it.
    [InlineData("<h3 id='nav-related'>Mehr zum Thema</h3>", "Strong")]
    [InlineData("<div id='nav_zehntausende'>Zehntausende Geräte erreichbar</div>", "Strong")]
    public void A_headings_anchor_id_is_no_name(string html, string expected)
    {
        var document = DocumentParser.Parse("<html><body>" + html + "</body></html>");
        Assert.Equal(expected, ClassTokens.Classify(document.Body!.FirstElementChild!, new StringBuilder()).ToString());
    }

    [Fact]
    public void A_list_of_linked_sentences_stays_while_a_link_list_goes()
    {
        var story = Repeat(Prose, 2) +
                    "<ul><li>Ankush <a href='/1'>fixed an issue with revoked devtools permissions</a> this week.</li>" +
                    "<li>Gero <a href='/2'>removed the windowtype attribute from dialogs</a> we no longer need.</li></ul>" +
                    "<ul><li><a href='/a'>Other story one</a></li><li><a href='/b'>Other story two</a></li><li><a href='/c'>Other story three</a></li></ul>";

        var text = ContentCleaned(story);

        Assert.Contains("revoked devtools", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other story", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_container_named_paywall_survives_when_it_holds_the_densest_paragraphs()
    {
        var comments = "<ol class='commentlist'>" + Repeat("<li class='comment'>" + Prose.Replace("council", "reader", StringComparison.Ordinal) + "</li>", 4) + "</ol>";
        var page = "<div class='entry__content steady-paywall-container'>" + Repeat(Prose, 3) + "</div>" + comments;

        var text = PageCleaned(page);

        Assert.Contains("council", text, StringComparison.Ordinal);
        Assert.DoesNotContain("reader", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div id='comments'>")]
    [InlineData("<div id='talkbacks' class='TalkbacksComponent'>")]
    [InlineData("<section id='komment' class='kommentek'>")]
    [InlineData("<div class='komentarze-lista'>")]
    [InlineData("<section class='CmntPls'>")]
    public void A_comment_thread_denser_than_the_story_is_not_protected(string thread)
    {
        var page = Repeat(Prose, 2) + thread + Repeat(Prose.Replace("council", "reader", StringComparison.Ordinal), 6) + "</div>";

        Assert.DoesNotContain("reader", PageCleaned(page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_noscript_that_swallowed_the_page_is_unwrapped_not_removed()
    {
        // Without scripting the parser ignores </noscript> while a <div> is open, so the page ends up inside it.
        var page = "<noscript><div id='nojs'></noscript><div class='main'>" + Repeat(Prose, 3) + "</div>";

        Assert.Contains("council", PageCleaned(page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_inside_a_sentence_is_not_removed_for_its_class_name()
    {
        var page = Repeat(Prose, 2) + "<p>I do not <a class='popup' href='#'>speak it in vanity</a>, but simply record the fact.</p>";

        Assert.Contains("speak it in vanity", PageCleaned(page), StringComparison.Ordinal);
        Assert.Contains("speak it in vanity", ContentCleaned(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class='teaser-text'>{0}</div>")]
    [InlineData("<p class='article-teaser'>{0}</p>")]
    [InlineData("<div class='field field-name-field-intro-text field-label-hidden'><div class='field-item'>{0}</div></div>")]
    public void A_lead_named_teaser_or_intro_just_above_the_story_is_kept(string leadHtml)
    {
        const string Lead = "The town will close its old library for good, the council decided after two years of debate.";
        var page = "<div class='article'><h1>Library to close</h1>" + string.Format(System.Globalization.CultureInfo.InvariantCulture, leadHtml, Lead) +
                   "<div class='rte'>" + Repeat(Prose, 4) + "</div></div>" +
                   "<div class='more'><div class='teaser'><a href='/a'>Another story about the library and the town hall</a></div></div>";

        var text = PageCleaned(page);

        Assert.Contains(Lead, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another story", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_line_or_credit_inside_the_lead_box_is_not_protected()
    {
        const string Lead = "The town will close its old library for good, the council decided after two years of debate.";
        var page = "<div class='article'><header><h1>Library to close</h1><p>" + Lead + "</p>" +
                   "<span class='date'>27.1.2022</span><span class='photo-credit'>Photo: J. Roe</span></header>" +
                   "<div class='rte'>" + Repeat(Prose, 4) + "</div></div>";

        var text = PageCleaned(page);

        Assert.Contains(Lead, text, StringComparison.Ordinal);
        Assert.DoesNotContain("27.1.2022", text, StringComparison.Ordinal);
        Assert.DoesNotContain("J. Roe", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_video_caption_a_sentence_long_in_the_lead_box_is_not_protected()
    {
        const string Caption = "Ramsey County prosecutors filed two counts of criminal vehicular homicide on Tuesday.";
        var page = "<div class='article'><h1>Driver charged</h1><div class='article__lead-asset'><div class='video-player'><div class='video-player__title'>Driver charged</div></div>" +
                   "<div class='article__lead-asset-caption'>" + Caption + "</div></div>" +
                   "<div class='rte'>" + Repeat(Prose, 4) + "</div></div>";

        Assert.DoesNotContain(Caption, PageCleaned(page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_video_hosts_embed_keeps_no_title_in_the_story()
    {
        var page = "<div class='article'><h1>Driver charged</h1><div class='rte'>" + Repeat(Prose, 4) +
                   "<div class='embed'><div class='youtube-embed'><div class='youtube-embed__title'>KARE 11 News: Latest Minnesota headlines</div></div></div></div></div>";

        Assert.DoesNotContain("Latest Minnesota", PageCleaned(page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_the_lead_box_named_as_chrome_in_a_component_mark_is_not_protected()
    {
        const string Lead = "The town will close its old library for good, the council decided after two years of debate.";
        var page = "<div class='article'><header><h1>Library to close</h1><p>" + Lead + "</p>" +
                   "<div data-testid='share-bar'><a href='#'>Facebook</a> <a href='#'>Email</a></div></header>" +
                   "<div class='rte'>" + Repeat(Prose, 4) + "</div></div>";

        var text = PageCleaned(page);

        Assert.Contains(Lead, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Facebook", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signup_box_just_above_the_story_is_no_lead()
    {
        var page = "<div class='article'><h1>Library to close</h1><div class='n-content-editors-digest'>" +
                   "<p>Unlock the Editor's Digest for free</p><p>Our editor selects her favourite stories in this weekly newsletter.</p>" +
                   "<form><input type='email'><button>Sign up</button></form></div>" +
                   "<div class='rte'>" + Repeat(Prose, 4) + "</div></div>";

        var text = PageCleaned(page);

        Assert.Contains("council", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Editor's Digest", text, StringComparison.Ordinal);
    }
}
