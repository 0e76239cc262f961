using ArticleExtract.Evaluation.Corpus;
using ArticleExtract.Evaluation.Extractors;

namespace ArticleExtract.Evaluation.Metrics;

/// <summary>Scores one extraction against a page's expected values.</summary>
internal static class PageScorer
{
    public static PageScore Score(ExpectedValues expected, ExtractedFields predicted)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(predicted);
        var body = TextNormalization.WithoutInvisibles(predicted.Body);
        var snippets = new SnippetMatcher(body);

        var withTotal = 0;
        var withFound = 0;
        foreach (var snippet in expected.With ?? [])
        {
            withTotal++;
            withFound += snippets.Contains(TextNormalization.WithoutInvisibles(snippet)) ? 1 : 0;
        }

        var withoutTotal = 0;
        var withoutAbsent = 0;
        foreach (var snippet in expected.Without ?? [])
        {
            withoutTotal++;
            withoutAbsent += snippets.Contains(TextNormalization.WithoutInvisibles(snippet)) ? 0 : 1;
        }

        bool? published = null;
        if (FieldMatcher.ParseExpectedDay(expected.Published) is { } day)
        {
            published = predicted.Published == day;
        }

        return new PageScore
        {
            Body = expected.BodyText is null ? null : ShingleMetric.Score(TextNormalization.WithoutInvisibles(expected.BodyText), body),
            WithTotal = withTotal,
            WithFound = withFound,
            WithoutTotal = withoutTotal,
            WithoutAbsent = withoutAbsent,
            PrefixMatch = expected.BodyPrefix is null ? null : snippets.StartsWith(TextNormalization.WithoutInvisibles(expected.BodyPrefix)),
            TitleMatch = expected.Title is null ? null : FieldMatcher.TitleMatches(expected.Title, predicted.Title),
            PublishedMatch = published,
            BylineMatch = FieldMatcher.BylineMatches(expected.Byline, expected.Authors, predicted.Byline, predicted.Authors),
            Failed = predicted.Failed,
        };
    }
}
