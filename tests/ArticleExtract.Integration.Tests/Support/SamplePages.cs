using System.Text;

namespace ArticleExtract.Integration.Tests.Support;

/// <summary>Small pages the tests extract, built here so the tests need no files.</summary>
internal static class SamplePages
{
    public const string Headline = "Rescuers reach villages cut off by floods";

    /// <summary>A wire story with a dateline, a byline, a published date in a meta tag and page chrome around it.</summary>
    public const string Story = """
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <title>Rescuers reach villages cut off by floods | Example News</title>
        <meta property="article:published_time" content="2025-04-11T16:54:43+09:00"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Rescuers reach villages cut off by floods</h1>
        <p class="byline">By Jane Doe</p>
        <p>SEOUL, South Korea (AP) — Rescue teams reached three mountain villages on Friday that had been cut off for two days by floods, officials said.</p>
        <p>About 400 residents were taken to shelters in nearby towns, and the roads are expected to reopen next week once the water has gone down.</p>
        <p>The weather service said more rain was likely over the weekend but that it would be lighter than the storms earlier this week.</p>
        </article><aside><h2>Related</h2><ul><li><a href="/a">Other story</a></li></ul></aside></body></html>
        """;

    /// <summary>A page that parses but holds no story.</summary>
    public const string NoStory = "<!doctype html><html><head><title>Home</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>";

    /// <summary>The headline of <see cref="CyrillicStory"/>: "Новости дня" (news of the day).</summary>
    public const string CyrillicHeadline = "Новости дня: в город пришла весна";

    public static byte[] StoryBytes => Encoding.UTF8.GetBytes(Story);

    /// <summary>
    /// A Russian story in windows-1251 that names its charset nowhere in the markup, so only the HTTP
    /// <c>Content-Type</c> can decode it right (the fallback, windows-1252, turns it into Latin letters).
    /// </summary>
    public static byte[] CyrillicStory()
    {
        var html = $"""
            <!doctype html><html lang="ru"><head><title>{CyrillicHeadline}</title></head><body>
            <article><h1>{CyrillicHeadline}</h1>
            <p>МОСКВА — Весна пришла в город на неделю раньше обычного, сообщили синоптики в пятницу утром.</p>
            <p>Температура поднялась до пятнадцати градусов, и жители вышли гулять в парки и на набережные.</p>
            <p>По прогнозу, тёплая погода продержится до конца следующей недели, а затем снова похолодает.</p>
            </article></body></html>
            """;
        return CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(html);
    }
}
