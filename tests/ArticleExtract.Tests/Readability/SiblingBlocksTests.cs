using Xunit;

namespace ArticleExtract.Tests.Readability;

public sealed class SiblingBlocksTests
{
    // An old table layout sets the story's parts in rows of their own, the cell named and the row not, an ad's row between;
    // the story is short, so the readability pass keeps its first attempt while the page holds a later one's copy. The
    // second part rejoins the story.
    [Fact]
    public void AStorySplitOverTableRowsComesBackWhole()
    {
        var html = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Probes", "h87d-07-jiji-sakura-report.html"));

        var article = new ArticleExtractor().Extract(html).Article;

        Assert.NotNull(article);
        Assert.StartsWith("日銀は9日、10月の地域経済報告", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains(article.Paragraphs, paragraph => paragraph.StartsWith("個人消費については", StringComparison.Ordinal));
        Assert.StartsWith("日銀は10月末の金融政策決定会合で", article.Paragraphs[^1], StringComparison.Ordinal);
    }
}
