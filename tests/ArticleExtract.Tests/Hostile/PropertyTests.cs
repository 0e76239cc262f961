using ArticleExtract.Dom;
using ArticleExtract.Parsing;
using CsCheck;
using Xunit;

namespace ArticleExtract.Tests.Hostile;

/// <summary>Properties that hold for any HTML, checked on random pages built from story and junk fragments.</summary>
[Collection(HostileTestGroup.Name)]
public sealed class PropertyTests
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<span>", "</span>", "<b>", "</b>", "<a href='/x'>",
        "</a>", "<ul><li>", "<li>", "</ul>", "<table><tr><td>", "</td>", "</table>", "<br>", "<br><br>", "<h1>", "</h1>",
        "<nav>", "</nav>", "<footer>", "</footer>", "<script>var a = '<p>';</script>", "<style>p{}</style>", "<!-- c -->",
        "<div class='share'>", "<div hidden>", "<section>", "</section>", "<blockquote>", "</blockquote>", "<pre>", "</pre>",
        "BERLIN (AP) — ", "WASHINGTON — ", "(CNN) ", "SEOUL, South Korea (Reuters) - ",
        "The council met on Tuesday to discuss the budget, and agreed on most of it after a long debate. ",
        "Residents said the new bridge would shorten their commute by half an hour each way. ",
        "Short line. ", "Related", "Share", "Most read", "x", " ", "\n", "&amp;", "&nbsp;", "\0", "<", ">", "\"", "'",
        "<meta name='author' content='Jane Doe'>", "<time datetime='2024-05-06'>May 6</time>", "By Jane Doe",
    ];

    private static readonly Gen<string> Html = Gen.OneOf(Pieces).Array[0, 80].Select(parts => string.Concat(parts));

    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void Any_page_gives_an_answer_and_text_is_the_dateline_then_the_paragraphs()
    {
        Html.Sample(html =>
        {
            var result = Extractor.Extract(html);
            if (!result.Succeeded)
            {
                Assert.Contains(result.Failure.Reason, new[] { FailureReason.EmptyInput, FailureReason.NoArticleFound });
                return;
            }

            var article = result.Article;
            Assert.All(article.Paragraphs, paragraph => Assert.False(string.IsNullOrWhiteSpace(paragraph)));
            var body = string.Join("\n\n", article.Paragraphs);
            // The dateline as printed in front of the block it opened (one of the first seven): set off by a space, or
            // glued where the page glued it ("NEW YORK--Verizon").
            var expected = new List<string>();
            if (article.Dateline is null)
            {
                expected.Add(body);
            }
            else if (article.Paragraphs.Count == 0)
            {
                expected.Add(article.Dateline.Text);
            }
            else
            {
                for (var at = 0; at <= Math.Min(6, article.Paragraphs.Count); at++)
                {
                    foreach (var joiner in new[] { " ", string.Empty })
                    {
                        var parts = article.Paragraphs.ToList();
                        if (at < parts.Count)
                        {
                            parts[at] = article.Dateline.Text + joiner + parts[at];
                        }
                        else
                        {
                            parts.Add(article.Dateline.Text);
                        }

                        expected.Add(string.Join("\n\n", parts));
                    }
                }
            }

            Assert.Contains(article.Text, expected);
        }, iter: 300);
    }

    [Fact]
    public void Every_limit_is_respected()
    {
        Gen.Select(Html, Gen.Int[3, 120], Gen.Int[2, 12]).Sample((html, maxNodes, maxDepth) =>
        {
            var result = new ArticleExtractor(new ArticleExtractorOptions { MaxNodes = maxNodes, MaxDepth = maxDepth }).Extract(html);
            var shape = TreeLimits.Enforce(DocumentParser.Parse(html), int.MaxValue, int.MaxValue, CancellationToken.None);
            if (result.Succeeded)
            {
                Assert.True(shape.Nodes <= maxNodes, $"{shape.Nodes} nodes passed a limit of {maxNodes}");
                Assert.True(shape.Depth <= maxDepth, $"depth {shape.Depth} passed a limit of {maxDepth}");
                return;
            }

            Assert.Contains(
                result.Failure.Reason,
                new[] { FailureReason.EmptyInput, FailureReason.NoArticleFound, FailureReason.TooManyNodes, FailureReason.TooDeep });
        }, iter: 300);
    }
}
