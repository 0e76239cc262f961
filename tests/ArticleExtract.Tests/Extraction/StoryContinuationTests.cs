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
        var story = document.CreateElement("div");
        foreach (var kept in document.QuerySelectorAll("#story > p").ToList())
        {
            story.AppendChild(kept);
        }

        document.QuerySelector("#story")!.Remove();
        document.Body!.AppendChild(story);

        Assert.Equal(1, continuation.Restore(story));
        var texts = story.QuerySelectorAll("p").Select(p => p.TextContent[..12]).ToList();
        Assert.Equal(["Paragraph 1 ", "Paragraph 2 ", "Paragraph 3 ", "Paragraph 4 "], texts);
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
}
