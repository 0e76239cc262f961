using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace ArticleExtract.Tests.Fixtures;

/// <summary>
/// The seed story rendered on templates generated from a fixed random seed, the way content farms vary theirs: class
/// names that say nothing, eight wire datelines, paragraphs in five markups, the headline in six forms (one only in the
/// metadata; the site joined to the title tag by " -", "-", " | ", " - " or "_"), the title, JSON-LD or article:published_time in the head or not, date and byline lines in several forms, ad labels, share
/// bars, captions with credits, newsletter boxes and teaser links between the paragraphs, tags, post navigation,
/// author boxes, comment forms and comments, counters and disclaimers after them, a feed's repost lines ("The post …
/// appeared first on …", "Original article: …", "Like this: Like Loading..."), long comments with reply links, and "Related / Trending / 相关新闻" boxes of
/// teaser cards in four markups, inside the article or beside it. Every page must give exactly the story. Other wire
/// stories with subheadings, short paragraphs, quotes and lists (Fixtures/Templates) go on the same templates.
/// </summary>
public sealed class TemplateVariationTests
{
    private const int Pages = 120;

    private static readonly string FixturesFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly ArticleExtractor Extractor = new();

    private static readonly string[] Labels =
    [
        "Related", "Related Articles", "Trending", "Popular", "Hot News", "Latest News", "You May Also Like", "Top Stories",
        "More Stories", "Editor's Picks", "Most Viewed", "Recommended", "Read More", "Ranking", "Recommendation", "See also",
        "相关新闻", "热门推荐", "Lesen Sie auch", "Noticias relacionadas", "Don't Miss", "Also Read",
    ];

    // Teasers written for this test: headlines of other stories, some asking a question.
    private static readonly string[] Teasers =
    [
        "City council approves new budget for road repairs after long debate",
        "Five things to know before the championship game this weekend",
        "Why are grocery prices still rising? Economists weigh in",
        "Storm leaves thousands without power across the northern region",
        "Local bakery wins national award for its sourdough bread",
        "What the new tax rules mean for small business owners",
        "Museum reopens after two-year renovation with a new wing",
        "Is remote work here to stay? A survey of employers says yes",
        "Airline cancels dozens of flights as staff shortages continue",
        "Scientists find a new species of frog in the mountain forest",
    ];

    private static readonly string[] Breadcrumbs =
        ["Current:Home > News", "You are here: Home / World / Asia", "Home » News » World", "Home > World"];

    private static readonly string[] Dates =
    [
        "Date:2025-04-11 16:54:43", "Posted on April 11, 2025", "Published: 11 April 2025 16:54", "2025-04-11 16:54",
        "Apr 11, 2025 | 4:54 PM", "2025年04月11日 16:54",
    ];

    private static readonly string[] Bylines =
    [
        "<div class='{c}'>By Hyung-Jin Kim, Associated Press</div>", "<div class='{c}'>Author: admin</div>", "<span class='{c}'>Source: AP</span>",
        "<div class='{c}'>By HYUNG-JIN KIM | Staff Writer</div>", "<p class='{c}'>Hyung-Jin Kim, The Associated Press</p>", string.Empty,
    ];

    // Wire datelines as the agencies print them, with the location and agency each stands for.
    private static readonly (string Printed, string? Location, string? Agency)[] Datelines =
    [
        ("SEOUL, South Korea (AP) — ", "SEOUL, South Korea", "AP"), ("WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters"),
        ("(CNN) — ", null, "CNN"), ("BERLIN -- ", "BERLIN", null), ("NEW DELHI: ", "NEW DELHI", null),
        ("Indianapolis – ", "Indianapolis", null), ("Hong Kong (CNN Business) ", "Hong Kong", "CNN Business"),
        ("LONDON, March 3 (Reuters) - ", "LONDON", "Reuters"),
    ];

    private static readonly string[] Inserts =
    [
        "<div class='{c}'>Advertisement</div>",
        "<div class='{c}'><span>Share this:</span> <a href='#'>Facebook</a> <a href='#'>Twitter</a> <a href='#'>WhatsApp</a></div>",
        "<p>Read also: <a href='/n/77.html'>{t}</a></p>",
        "<p><strong>READ MORE:</strong> <a href='/n/78.html'>{t}</a></p>",
        "<figure><img src='/k.jpg'><figcaption>Kim Jong Un visits a munitions factory. (KCNA via AP)</figcaption></figure>",
        "<div class='{c}'><img src='/k.jpg'><p>Kim Jong Un visits a munitions factory on Friday. (KCNA via AP)</p></div>",
        "<div class='{c}'><h4>Subscribe to our newsletter</h4><p>Get the latest news delivered to your inbox every morning.</p><input type='email'><button>Sign up</button></div>",
        "<p><a href='/n/79.html'>{t}</a></p>",
    ];

    private static readonly string[] Trailers =
    [
        "<div class='{c}'>Tags: <a href='/t/nk'>North Korea</a>, <a href='/t/kim'>Kim Jong Un</a>, <a href='/t/m'>Missiles</a></div>",
        "<div class='{c}'><a href='/p'>« Previous Post</a> <a href='/n'>Next Post »</a></div>",
        "<div class='{c}'><h3>About the author</h3><p>Jane Roe is a staff writer covering world news for the site since 2019.</p></div>",
        "<div class='{c}'><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><textarea></textarea></div>",
        "<div class='{c}'>veryGood! (63)</div>",
        "<div class='{c}'>Views: 2,301</div>",
        "<p>Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>",
        "<div class='{c}'>Disclaimer: This article is reproduced from other media for the purpose of conveying more information.</div>",
        "<div class='{c}'>This article is from AP. If there is any infringement, please contact us for deletion.</div>",
        "<div class='{c}'>责任编辑：张三</div>",
        "<div class='{c}'>点赞 63</div>",
        "<p>The post <a href='/n/self.html'>{t}</a> appeared first on <a href='/'>Wealth Nexus Pro</a>.</p>",
        "<div class='{c}'>Like this: Like Loading...</div>",
        "<p>Previous article {t}</p>",
        "<p>Original article: https://apnews.com/article/north-korea-kim-missile-production</p>",
        "<p>Your email address will not be published. Required fields are marked *</p>",
        "<div class='{c}'><div><b>kim_watcher</b> <span>April 12, 2025 at 3:02 pm</span><p>I have been following this story for years and the response has failed in any meaningful way, while ordinary people pay the price for it.</p><a href='#'>Reply</a></div>" +
        "<div><b>mary_k</b> <span>April 12, 2025 at 4:10 pm</span><p>Sanctions clearly are not working, and the people suffering the most are those who have no say in any of this at all.</p><a href='#'>Reply</a></div></div>",
        "<div class='{c}'>分享到：<a href='#'>微信</a> <a href='#'>微博</a></div>",
        "<div class='{c}'><h3>3 Comments</h3><div><b>John</b> <span>April 12, 2025 at 3:02 pm</span><p>This is terrible news for everyone in the region.</p></div><div><b>Mary</b><p>I agree with John.</p></div></div>",
    ];

    private static readonly string[] Sites = ["Wealth Nexus Pro", "Daily Global Times", "NewsHub 24", "Market Pulse Today"];

    private static readonly string[] TitleJoiners = [" -", "-", " | ", " - ", "_"];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 0; seed < Pages; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryGeneratedTemplateGivesExactlyTheStory(int seed)
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(FixturesFolder, "Seed", "wire-service.expected.json")))!.AsObject();
        var headline = expected["headline"]!.GetValue<string>();
        var paragraphs = expected["paragraphs"]!.AsArray().Select(node => node!.GetValue<string>()).ToList();
        var dateline = Datelines[seed % Datelines.Length];
        var random = new Random(seed);
        var markup = random.Next(5);

        // The story as wire copy prints it: the dateline opens the first paragraph.
        var body = paragraphs.Select((text, i) => Paragraph(markup, WebUtility.HtmlEncode(i == 0 ? dateline.Printed + text : text))).ToList();
        var html = Render(random, headline, body);

        var article = Extractor.Extract(html).Article;

        Assert.NotNull(article);
        Assert.Equal(headline, article.Headline);
        Assert.Equal((dateline.Location, dateline.Agency), (article.Dateline?.Location, article.Dateline?.Agency));
        Assert.Equal(new DateOnly(2025, 4, 11), article.Published?.Date);
        Assert.Equal(paragraphs, article.Paragraphs);
    }

    public static TheoryData<int> StructuredSeeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 0; seed < StructuredPages; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    private const int StructuredPages = 70;

    /// <summary>
    /// Other wire stories on the same templates, with what a readability pass that gathers a small container's sibling
    /// paragraphs drops: subheadings, a question of a paragraph ("Why?"), a block quote, a list and its introducing line.
    /// </summary>
    [Theory]
    [MemberData(nameof(StructuredSeeds))]
    public void StoriesWithSubheadingsQuotesAndListsKeepEveryBlock(int seed)
    {
        var stories = JsonNode.Parse(File.ReadAllText(Path.Combine(FixturesFolder, "Templates", "structured-stories.json")))!["stories"]!.AsArray();
        var story = stories[seed % stories.Count]!;
        var headline = story["headline"]!.GetValue<string>();
        var blocks = story["blocks"]!.AsArray().Select(node => (Kind: node!["kind"]!.GetValue<string>(), Text: node["text"]!.GetValue<string>())).ToList();
        var dateline = Datelines[seed / stories.Count % Datelines.Length];
        var random = new Random(1_000 + seed);
        var markup = random.Next(5);

        var body = new List<string>();
        var list = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = WebUtility.HtmlEncode(i == 0 ? dateline.Printed + blocks[i].Text : blocks[i].Text);
            if (blocks[i].Kind == "item")
            {
                list.Append("<li>").Append(text).Append("</li>");
                if (i + 1 == blocks.Count || blocks[i + 1].Kind != "item")
                {
                    body.Add("<ul>" + list + "</ul>");
                    list.Clear();
                }

                continue;
            }

            body.Add(blocks[i].Kind switch
            {
                "heading" => random.Next(3) switch { 0 => "<h2>" + text + "</h2>", 1 => "<h3>" + text + "</h3>", _ => "<p><strong>" + text + "</strong></p>" },
                "quote" => "<blockquote><p>" + text + "</p></blockquote>",
                _ => Paragraph(markup, text),
            });
        }

        // The dateline in an element named for it, a video player with its title line, the story in an <article>.
        if (random.Next(3) == 0)
        {
            var printed = WebUtility.HtmlEncode(dateline.Printed.TrimEnd());
            body[0] = body[0].Replace(printed, "<span class='dateline'>" + printed + "</span>", StringComparison.Ordinal);
        }

        if (random.Next(3) == 0)
        {
            body.Insert(random.Next(2, body.Count - 1), "<div class='x" + random.Next(99).ToString(CultureInfo.InvariantCulture) +
                "'><iframe src='https://www.youtube.com/embed/x'></iframe><p>Video: What the news means for you</p></div>");
        }

        // A reading-time line over the story, a tip line under it.
        if (random.Next(3) == 0)
        {
            body.Insert(0, "<p class='x" + random.Next(99).ToString(CultureInfo.InvariantCulture) + "'>Reading time: 3 minutes</p>");
        }

        if (random.Next(3) == 0)
        {
            body.Add("<p><em>Have a news tip? Email us at tips@example.com.</em></p>");
        }

        // A line of a modern page's chrome inside the story and one after it, set as a paragraph of its own.
        if (random.Next(2) == 0)
        {
            body.Insert(random.Next(2, body.Count - 1), ChromeLine(random));
            body.Add(ChromeLine(random));
        }

        var article = Extractor.Extract(Render(random, headline, body, random.Next(2) == 0 ? "article" : "div")).Article;

        Assert.NotNull(article);
        Assert.Equal(headline, article.Headline);
        Assert.Equal((dateline.Location, dateline.Agency), (article.Dateline?.Location, article.Dateline?.Agency));
        Assert.Equal(blocks.Select(block => block.Text), article.Paragraphs);
    }

    private static readonly string[] ChromeLines =
    [
        "ADVERTISEMENT - SCROLL TO CONTINUE", "Share on Facebook Share on X Copy link", "Updated 3:45 PM EST",
        "(AP Photo/John Doe)", "Read more: City council votes to expand bike lanes downtown",
        "This article is available to subscribers only. Subscribe now for unlimited access.",
        "We use cookies to improve your experience. By continuing you accept our use of cookies.",
        "Support independent journalism. Become a member today.",
    ];

    private static string ChromeLine(Random random)
    {
        var text = WebUtility.HtmlEncode(ChromeLines[random.Next(ChromeLines.Length)]);
        return random.Next(3) switch
        {
            0 => "<p>" + text + "</p>",
            1 => "<div class='x" + random.Next(99).ToString(CultureInfo.InvariantCulture) + "'>" + text + "</div>",
            _ => "<p><strong>" + text + "</strong></p>",
        };
    }

    // The page around the story's blocks: chrome between and after them, boxes of teasers, head metadata.
    private static string Render(Random random, string headline, List<string> body, string container = "div")
    {
        string Class() => random.Next(8) switch
        {
            0 => "box",
            1 => "mod",
            2 => "x" + random.Next(1, 999).ToString(CultureInfo.InvariantCulture),
            3 => "col-md-4",
            4 => "w" + random.Next(1, 99).ToString(CultureInfo.InvariantCulture),
            5 => "blk",
            6 => "content-inner",
            _ => "td-post",
        };

        string Pick(string[] options) => options[random.Next(options.Length)];
        string Fill(string template) =>
            template.Replace("{c}", Class(), StringComparison.Ordinal).Replace("{t}", WebUtility.HtmlEncode(Pick(Teasers)), StringComparison.Ordinal);

        for (var inserts = random.Next(3); inserts > 0; inserts--)
        {
            body.Insert(random.Next(2, body.Count - 1), Fill(Pick(Inserts)));
        }

        var boxes = new StringBuilder();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            boxes.Append(Box(random, Pick(Labels), Class()));
        }

        var inside = random.Next(2) == 0;
        // The headline as h1, a styled h2, an h1 linking to the story itself, an h1 with a section label under it, a
        // block of class "title", or only in the page's metadata.
        var encoded = WebUtility.HtmlEncode(headline);
        var shown = random.Next(6);
        var title = shown switch
        {
            0 => "<h1>" + encoded + "</h1>",
            1 => "<h2 class='" + Class() + "'>" + encoded + "</h2>",
            2 => "<h1 class='" + Class() + "'><a href='/n/self.html'>" + encoded + "</a></h1>",
            3 => "<div class='" + Class() + "'><h1>" + encoded + "</h1><div class='" + Class() + "'>World</div></div>",
            4 => "<div class='title'>" + encoded + "</div>",
            _ => string.Empty,
        };

        // The title tag joins the site's name as templates do; glued to the headline only where the page shows it.
        var joiner = shown == 5 ? " -" : Pick(TitleJoiners);
        var meta = "<div class='" + Class() + "'><span>" + Pick(Dates) + "</span> " + Fill(Pick(Bylines)) + "</div>";
        var trailers = new StringBuilder();
        foreach (var trailer in Trailers.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
        {
            trailers.Append(Fill(trailer));
        }

        var site = Pick(Sites);
        var head = (random.Next(4), shown) switch
        {
            (1, _) or (0, 5) => "<meta property='og:title' content='" + encoded + " | " + site + "'>",
            (2, _) => "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"" +
                      headline.Replace("\"", "\\\"", StringComparison.Ordinal) + "\",\"datePublished\":\"2025-04-11T16:54:43+09:00\"," +
                      "\"author\":{\"@type\":\"Person\",\"name\":\"Hyung-Jin Kim\"}}</script>",
            (3, _) => "<meta property='article:published_time' content='2025-04-11T07:54:43Z'>",
            _ => string.Empty,
        };
        var nav = "<div class='" + Class() + "'>" +
                  string.Join(' ', new[] { "Home", "News", "World", "Business", "Sports", "Tech" }.Select((name, i) => $"<a href='/c{i}'>{name}</a>")) + "</div>";
        var article = "<" + container + " class='" + Class() + "'>" + title + meta + string.Concat(body) + trailers + (inside ? boxes.ToString() : string.Empty) +
                      "</" + container + ">";
        return "<!doctype html><html><head><meta charset='utf-8'><title>" + WebUtility.HtmlEncode(headline) + joiner + site + "</title>" + head + "</head><body>" +
               nav + "<div class='" + Class() + "'>" + Pick(Breadcrumbs) + "</div>" + article +
               (inside ? string.Empty : "<div class='" + Class() + "'>" + boxes + "</div>") +
               "<div class='" + Class() + "'>© 2025 " + site + ". All rights reserved.</div></body></html>";
    }

    // Paragraphs as sites mark them up: p, bare div, a styled span in a p, a section each, or text split by <br><br>.
    private static string Paragraph(int markup, string text) => markup switch
    {
        0 => "<p>" + text + "</p>",
        1 => "<div>" + text + "</div>",
        2 => "<p><span style='font-size:16px'>" + text + "</span></p>",
        3 => "<section><p>" + text + "</p></section>",
        _ => text + "<br><br>",
    };

    // A box of teaser cards under its label, in one of the markups sites use for them.
    private static string Box(Random random, string label, string boxClass)
    {
        var style = random.Next(4);
        var cards = new StringBuilder();
        foreach (var teaser in Teasers.OrderBy(_ => random.Next()).Take(random.Next(4, 9)))
        {
            var text = WebUtility.HtmlEncode(teaser);
            var href = "/n/" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) + ".html";
            cards.Append(style switch
            {
                0 => $"<li><a href='{href}'>{text}</a></li>",
                1 => $"<div class='item'><h3><a href='{href}'>{text}</a></h3></div>",
                2 => $"<p><a href='{href}'>{text}</a></p>",
                _ => $"<div class='c{random.Next(97)}'><a href='{href}'><img src='/i.jpg'><span>{text}</span></a><span>2025-03-2{random.Next(10)}</span></div>",
            });
        }

        var items = style == 0 ? "<ul>" + cards + "</ul>" : cards.ToString();
        var heading = random.Next(4) switch
        {
            0 => $"<h2>{label}</h2>",
            1 => $"<div class='t{random.Next(1, 99)}'>{label}</div>",
            2 => $"<h3><span>{label}</span></h3>",
            _ => $"<p><strong>{label}</strong></p>",
        };
        return "<div class='" + boxClass + "'>" + heading + items + "</div>";
    }
}
