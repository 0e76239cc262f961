using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class StoryListsTests
{
    private const string Before = "<p class='com-paragraph'>Para quienes no cuentan con un pasaporte europeo, el reglamento de extranjería vigente desde mayo abrió algunas vías. Entre ellas:</p>";
    private const string After = "<p class='com-paragraph'>“Ya no es la emigración de la desesperación de 2001, es una emigración de proyecto”, resume la presidenta de la federación.</p>";

    [Fact]
    public void AListOfSentencesBetweenTheStorysParagraphsSurvivesANameThePassReadsAsChrome()
    {
        var lead = "<p class='com-paragraph'>MADRID.– La colectividad argentina en España superó este año las 300.000 personas empadronadas, según los datos del Instituto Nacional de Estadística publicados este martes.</p>";
        var page = "<html><head><title>La colectividad argentina en España</title></head><body><article><h1>La colectividad argentina en España</h1>" +
                   lead + lead.Replace("MADRID.– ", "", StringComparison.Ordinal) + Before +
                   "<ul class='com-unordered-list'><li class='com-list-item'>El arraigo sociolaboral, que exige dos años de residencia y un contrato de trabajo.</li>" +
                   "<li class='com-list-item'>El visado de búsqueda de empleo para hijos y nietos de españoles de origen.</li></ul>" + After + "</article></body></html>";

        var article = new ArticleExtractor().Extract(page).Article;

        Assert.NotNull(article);
        Assert.Contains("El arraigo sociolaboral, que exige dos años de residencia y un contrato de trabajo.", article.Paragraphs);
    }

    [Theory]
    [InlineData("<ul class='com-unordered-list'><li>El arraigo sociolaboral, que exige dos años de residencia.</li></ul>", true)]
    // Links in the items, short items, or no prose on one side: a share bar, a tag list, a box after the story.
    [InlineData("<ul class='share-list'><li><a href='/fb'>Compartir en Facebook</a></li><li><a href='/x'>Compartir en X</a></li></ul>", false)]
    [InlineData("<ul class='tags'><li>Argentina</li><li>España</li></ul>", false)]
    public void OnlyUnlinkedSentencesBetweenProseLoseTheirName(string list, bool renamed)
    {
        var document = DocumentParser.Parse("<html><body>" + Before + list + After + "</body></html>");

        StoryLists.Protect(document.Body!);

        Assert.Equal(renamed, !document.QuerySelector("ul")!.HasAttribute("class"));
    }

    [Fact]
    public void ABoxAndASubheadingBetweenTheListAndTheNextParagraphDoNotCostTheList()
    {
        var document = DocumentParser.Parse("<html><body>" + Before +
            "<ul class='com-unordered-list'><li>El arraigo sociolaboral, que exige dos años de residencia.</li></ul>" +
            "<div class='com-related'><p>Otras noticias</p><ul><li><a href='/a'>Expensas: por qué subirán</a></li></ul></div>" +
            "<h2 class='com-subhead'>La oferta, en máximos</h2>" + After + "</body></html>");

        StoryLists.Protect(document.Body!);

        Assert.False(document.QuerySelector("ul")!.HasAttribute("class"));
    }

    [Fact]
    public void AListAfterTheStorysLastParagraphKeepsItsName()
    {
        var document = DocumentParser.Parse("<html><body>" + Before + "<ul class='com-unordered-list'><li>El arraigo sociolaboral, que exige dos años de residencia.</li></ul></body></html>");

        StoryLists.Protect(document.Body!);

        Assert.True(document.QuerySelector("ul")!.HasAttribute("class"));
    }
}
