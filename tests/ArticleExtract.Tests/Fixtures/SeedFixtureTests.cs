using System.Text.Json.Nodes;
using ArticleExtract.Serialization;
using Xunit;

namespace ArticleExtract.Tests.Fixtures;

/// <summary>
/// Each page in Fixtures/Seed renders the seed story the way some kind of real site does; each page in Fixtures/Wire
/// renders another wire story (text written for these tests) on another template: opaque class names, paragraphs
/// split by line breaks, a semantic article with a sign-up box and comments, a Blogger post whose picture and caption sit
/// in a table of their own. Its .expected.json pins every field of
/// the extracted article in the CLI's JSON contract. Fixtures/Modern holds our own stories on current templates (a
/// WordPress block theme, a newsletter platform's post page).
/// </summary>
public sealed class SeedFixtureTests
{
    private static readonly string FixturesFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly string[] Folders = ["Seed", "Wire", "Modern"];
    private static readonly ArticleExtractor Extractor = new();

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Folders)
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(FixturesFolder, folder), "*.html").Order(StringComparer.Ordinal))
            {
                data.Add(folder + "/" + Path.GetFileNameWithoutExtension(path));
            }
        }

        return data;
    }

    [Fact]
    public void EveryLayoutIsCovered() => Assert.True(Pages().Count >= 9, "expected four seed fixtures, three other wire stories and two modern templates");

    [Theory]
    [MemberData(nameof(Pages))]
    public void ExtractsExactlyTheExpectedArticle(string page)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixturesFolder, page + ".html"));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(FixturesFolder, page + ".expected.json")))!.AsObject();

        var result = Extractor.Extract(bytes);
        var actual = JsonNode.Parse(ArticleJson.Serialize(result))!.AsObject();

        var differences = new List<string>();
        foreach (var (key, expectedValue) in expected)
        {
            var actualValue = actual[key];
            if (!JsonNode.DeepEquals(expectedValue, actualValue))
            {
                differences.Add($"{key}:\n  expected {expectedValue?.ToJsonString() ?? "null"}\n  actual   {actualValue?.ToJsonString() ?? "null"}");
            }
        }

        Assert.True(differences.Count == 0, page + " differs in\n" + string.Join("\n", differences));
        Assert.Equal(expected.Count, actual.Count);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void TextIsTheDatelineThenTheParagraphs(string page)
    {
        var result = Extractor.Extract(File.ReadAllBytes(Path.Combine(FixturesFolder, page + ".html")));
        Assert.True(result.Succeeded);
        var article = result.Article;
        if (article.Dateline is null)
        {
            Assert.Equal(string.Join("\n\n", article.Paragraphs), article.Text);
            return;
        }

        // The dateline stands before the paragraph it opened: the first, or the story's first after a deck.
        var printed = Enumerable.Range(0, article.Paragraphs.Count)
            .Select(i => string.Join("\n\n", article.Paragraphs.Select((p, j) => j == i ? article.Dateline.Text + " " + p : p)));
        Assert.Contains(article.Text, printed);
    }

    [Fact]
    public void A_dateline_glued_to_the_story_stays_glued_in_the_text()
    {
        var result = Extractor.Extract("<html><body><article><p>NEW YORK--Verizon Communications is prepping a new live TV streaming app for tablet PCs like the Apple iPad, a move that could eventually change how people watch television at home.</p><p>The app would carry the same channels as the company's cable service.</p></article></body></html>");
        Assert.True(result.Succeeded);
        Assert.Equal("NEW YORK--", result.Article.Dateline?.Text);
        Assert.StartsWith("Verizon Communications", result.Article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("NEW YORK--Verizon Communications", result.Article.Text, StringComparison.Ordinal);
    }
}
