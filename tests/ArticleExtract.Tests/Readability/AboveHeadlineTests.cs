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
        if (markHeadline)
        {
            AboveHeadline.Mark(document.QuerySelector("h1"));
        }

        var story = document.GetElementById("story")!;
        removed = AboveHeadline.Remove(story);
        return story.TextContent;
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
