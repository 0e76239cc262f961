using System.Reflection;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Dom;

/// <summary>The library's parsed selectors, queried over an element's children, select what the query by text selects.</summary>
public sealed class ParsedSelectorTests
{
    [Fact]
    public void EveryParsedSelectorSelectsWhatItsTextSelects()
    {
        var selectors = typeof(ArticleExtractor).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(ISelector))
            .Select(field => (ISelector)field.GetValue(null)!)
            .ToList();
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.html", SearchOption.AllDirectories).Take(6);

        Assert.True(selectors.Count > 20, $"{selectors.Count} selectors");
        foreach (var page in pages)
        {
            var document = DocumentParser.Parse(File.ReadAllText(page));
            var roots = document.Body!.QuerySelectorAll("*").Where((_, index) => index % 7 == 0).Prepend(document.DocumentElement).ToList();
            foreach (var selector in selectors)
            {
                foreach (var root in roots)
                {
                    Assert.Equal(root.QuerySelectorAll(selector.Text), root.ChildNodes.QuerySelectorAll(selector));
                    Assert.Same(root.QuerySelector(selector.Text), root.ChildNodes.QuerySelector(selector));
                }
            }
        }
    }

    [Fact]
    public void RefusesTextThatIsNoSelector() => Assert.Throws<ArgumentException>(() => ParsedSelector.Of("p,,"));
}
