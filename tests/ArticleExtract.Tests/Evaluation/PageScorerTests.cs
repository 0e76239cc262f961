using ArticleExtract.Evaluation.Corpus;
using ArticleExtract.Evaluation.Extractors;
using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class PageScorerTests
{
    [Fact]
    public void Scores_only_the_fields_the_page_expects()
    {
        var score = PageScorer.Score(ExpectedValues.None, new ExtractedFields { Body = "text", Title = "T" });
        Assert.Null(score.Body);
        Assert.Null(score.TitleMatch);
        Assert.Null(score.PublishedMatch);
        Assert.Null(score.BylineMatch);
        Assert.Null(score.PrefixMatch);
        Assert.Equal(0, score.WithTotal);
        Assert.False(score.HasSnippets);
    }

    [Fact]
    public void Counts_snippets_prefix_and_metadata()
    {
        var expected = new ExpectedValues
        {
            Title = "Headline",
            Published = "2020-01-02",
            Byline = "Jane Doe",
            BodyPrefix = "First words",
            With = ["First words of", "missing part", "end"],
            Without = ["Cookie banner", "Subscribe now"],
        };
        var predicted = new ExtractedFields
        {
            Body = "First\u00A0words of the story.\n\nSubscribe now! The end",
            Title = "Headline",
            Byline = "Jane Doe",
            Published = new DateOnly(2020, 1, 3),
        };

        var score = PageScorer.Score(expected, predicted);

        Assert.Equal(3, score.WithTotal);
        Assert.Equal(2, score.WithFound);
        Assert.Equal(2, score.WithoutTotal);
        Assert.Equal(1, score.WithoutAbsent);
        Assert.True(score.PrefixMatch);
        Assert.True(score.TitleMatch);
        Assert.False(score.PublishedMatch);
        Assert.True(score.BylineMatch);
        Assert.Equal(2, score.SnippetMisses);
    }

    [Fact]
    public void Soft_hyphens_in_a_label_do_not_split_its_words()
    {
        var expected = new ExpectedValues
        {
            BodyText = "Der Klima\u00ADwandel trifft die Küsten zuerst.",
            With = ["Klima\u00ADwandel trifft"],
        };
        var predicted = new ExtractedFields { Body = "Der Klimawandel trifft die Küsten zuerst." };

        var score = PageScorer.Score(expected, predicted);

        Assert.Equal(1, score.WithFound);
        Assert.Equal(1.0, score.Body!.Value.Precision);
        Assert.Equal(1.0, score.Body!.Value.Recall);
    }

    [Fact]
    public void A_failed_extraction_counts_as_an_empty_prediction_and_a_failure()
    {
        var expected = new ExpectedValues { BodyText = "a b c d e", Published = "2020-01-02", Title = "T" };
        var score = PageScorer.Score(expected, ExtractedFields.Failure);
        Assert.True(score.Failed);
        Assert.Equal(0.0, score.Body!.Value.Recall);
        Assert.False(score.PublishedMatch);
        Assert.False(score.TitleMatch);
    }
}
