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

    // A broadcaster's component page sets each group of paragraphs in a text block and each subheading in a title block
    // between them ("cmp-text", "cmp-title"), a read-also box and a video between: the titles rejoin the story where
    // they stood.
    [Fact]
    public void TitleBlocksBetweenTheStorysTextBlocksRejoinIt()
    {
        var html = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Probes", "h97a-07-kinderopvang-wachtlijsten.html"));

        var paragraphs = new ArticleExtractor().Extract(html).Article?.Paragraphs.ToList();

        Assert.NotNull(paragraphs);
        Assert.StartsWith("Het plan van de Vlaamse regering", paragraphs[paragraphs.IndexOf("Wat verandert er?") + 1], StringComparison.Ordinal);
        Assert.StartsWith("In de sector wordt voorzichtig gereageerd", paragraphs[paragraphs.IndexOf("Sector blijft sceptisch") + 1], StringComparison.Ordinal);
    }

    // HubSpot's drag-and-drop page sets each rich-text module in a row of its own ("row-fluid-wrapper dnd-row" > "row-fluid"
    // > "span12" > module > "<span class=hs_cos_wrapper>"), a call-to-action row between: the rows after it rejoin.
    [Fact]
    public void AStorySplitOverDragAndDropRowsComesBackWhole()
    {
        var html = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Probes", "h89b-08-hubspot-fr-levee-fonds.html"));

        var article = new ArticleExtractor().Extract(html).Article;

        Assert.NotNull(article);
        Assert.Contains(article.Paragraphs, paragraph => paragraph.StartsWith("Une partie des fonds sera également", StringComparison.Ordinal));
        Assert.StartsWith("Le recrutement de 350 personnes", article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("livre blanc", StringComparison.OrdinalIgnoreCase));
    }
}
