using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Xunit;

namespace ArticleExtract.Tests.Readability;

public sealed class AboveHeadlineTests
{
    private const string Prose = "<p>Merkezi sınav, 15 Haziran Pazar günü sözel ve sayısal bölüm olmak üzere iki oturumda gerçekleştirilecek, " +
                                 "ilk oturum sabah başlayacak.</p>";

    private const string Cookie = "<div class='cerez-bar'><p>Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. " +
                                  "Detaylı bilgi için Çerez Politikası sayfamızı inceleyebilirsiniz.</p></div>";

    private const string Strip = "<div class='ust-bar'><span>8 Nisan 2025, Salı</span> <span>Ankara 14°C</span> <span>USD 38,02</span></div>";

    // The pass's choice is the page's whole story wrapper here; the headline is marked before, as the pipeline does.
    private static string Cleaned(string storyHtml, out int removed, bool markHeadline = true)
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + storyHtml + "</div></body></html>");
        var siblings = markHeadline ? AboveHeadline.Mark(document.QuerySelector("h1")) : [];
        var story = document.GetElementById("story")!;
        removed = AboveHeadline.Remove(story, siblings);
        return story.TextContent;
    }

    private const string Header = "<div class='news-head'><div class='news-info'><span class='news-id'>کد خبر: ۳۸۴۵۱۲</span></div>" +
                                  "<div class='rutitr'>مدیرعامل مترو تهران خبر داد</div><h1>دو ایستگاه جدید خط ۶ مترو</h1></div>";

    // The pass dropped the headline as a repeat of the title and rebuilt the lines over it as paragraphs: their text
    // still says they stood above the headline, near the story's top, as whole blocks only.
    [Fact]
    public void TheHeadlinesEarlierSiblingsGoWhereThePassDroppedTheHeadline()
    {
        var document = DocumentParser.Parse("<html><body><div id='page'>" + Header + "<div class='body'>" + Prose +
                                            "<p><strong>مدیرعامل مترو تهران خبر داد</strong> و گفت که ایستگاه‌ها آماده است.</p></div></div></body></html>");
        var siblings = AboveHeadline.Mark(document.QuerySelector("h1"));
        Assert.Equal(["مدیرعامل مترو تهران خبر داد", "کد خبر: ۳۸۴۵۱۲"], siblings);

        // What the pass returns: the header's lines as paragraphs without their names, no headline, then the story.
        var story = DocumentParser.Parse("<html><body><div id='story'><div><p><span>کد خبر: ۳۸۴۵۱۲</span></p><p>مدیرعامل مترو تهران خبر داد</p></div>" +
                                         Prose + "<p><strong>مدیرعامل مترو تهران خبر داد</strong> و گفت که ایستگاه‌ها آماده است.</p></div></body></html>").GetElementById("story")!;
        Assert.Equal(2, AboveHeadline.Remove(story, siblings));
        Assert.DoesNotContain("کد خبر", story.TextContent, StringComparison.Ordinal);
        Assert.Contains("مدیرعامل مترو تهران خبر داد و گفت", story.TextContent, StringComparison.Ordinal);
    }

    // With the headline still in the story, the path alone says what stood above it: a line repeating the kicker under
    // the headline stays.
    [Fact]
    public void TheSiblingsTextsAreNotSoughtWhereTheHeadlineStays()
    {
        var document = DocumentParser.Parse("<html><body><div id='story'>" + Header + "<p>مدیرعامل مترو تهران خبر داد</p>" + Prose + "</div></body></html>");
        var siblings = AboveHeadline.Mark(document.QuerySelector("h1"));
        var story = document.GetElementById("story")!;
        AboveHeadline.Remove(story, siblings);
        Assert.Contains("مدیرعامل مترو تهران خبر داد", story.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ACookieNoteAndADateStripAboveTheHeadlineGo()
    {
        var text = Cleaned(Cookie + Strip + "<main><article><h1>MEB, 2025 LGS takvimini açıkladı</h1><div>" + Prose + Prose + "</div></article></main>", out var removed);
        Assert.Equal(2, removed);
        Assert.DoesNotContain("çerezler", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ankara 14°C", text, StringComparison.Ordinal);
        Assert.Contains("Merkezi sınav", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatPrecedesTheHeadlineAtEveryLevelGoesAndBareTextWithIt()
    {
        var text = Cleaned("Warning: mysql_get_server_info(): Access denied<main><nav>Anasayfa Eğitim</nav><article><span>EĞİTİM</span><h1>Başlık</h1>" + Prose + "</article></main>", out var removed);
        Assert.Equal(3, removed);
        Assert.DoesNotContain("Warning", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Anasayfa", text, StringComparison.Ordinal);
        Assert.DoesNotContain("EĞİTİM", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreThanAFewLinesAboveTheHeadlineAreAStoryItDoesNotHead()
    {
        Cleaned(Prose + Prose + "<article><h1>Başlık</h1>" + Prose + "</article>", out var removed);
        Assert.Equal(0, removed);
    }

    [Fact]
    public void NothingGoesWithoutAHeadline()
    {
        Cleaned(Cookie + Strip + "<article><h1>Başlık</h1>" + Prose + "</article>", out var removed, markHeadline: false);
        Assert.Equal(0, removed);
    }
}
