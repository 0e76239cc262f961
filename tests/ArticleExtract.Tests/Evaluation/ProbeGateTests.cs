using System.Text.Json;
using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

/// <summary>
/// The blind-labelled probe pages (<c>Fixtures/Probes</c>, see its README): per-page bag-of-words F1 of the body against
/// the labelled paragraphs (lower-cased word tokens), the share of labelled chrome snippets that stay out of the body,
/// and agreement on headline, dateline place and agency, publication day and authors.
/// </summary>
public sealed class ProbeGateTests
{
    // What the library measures on the 1024 pages (2026-12-08, session 69: word F1 0.978, 99.14 % of snippets absent,
    // misses: headline 2, dateline 18, day 2, authors 16), less about a page. Most pages lose a little F1 to their deck,
    // which the labels leave out and the library keeps. The h85 pages' labels count a press release's "About" and
    // forward-looking sections as its body, which the library ends the release before.
    private const double MinMeanWordF1 = 0.975;
    private const double MinSnippetsAbsent = 0.990;
    private const int MaxHeadlineMisses = 3;
    private const int MaxDatelineMisses = 19;
    private const int MaxDayMisses = 3;
    private const int MaxAuthorMisses = 17;

    private sealed record Label(string? Url, string? Headline, LabelDateline? Dateline, string? Published, string[] Authors, string[] Paragraphs, string[] Leaks);

    private sealed record LabelDateline(string? Location, string? Agency);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void The_probe_pages_meet_the_gates()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Probes");
        var labels = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(labels.Count >= 1024, "expected the 1024 probe pages");

        var extractor = new ArticleExtractor(new ArticleExtractorOptions { TimeBudget = Timeout.InfiniteTimeSpan });
        double f1Sum = 0;
        int snippets = 0, absent = 0, headlineMisses = 0, datelineMisses = 0, dayMisses = 0, authorMisses = 0;
        var report = new List<string>();
        foreach (var file in labels)
        {
            var label = JsonSerializer.Deserialize<Label>(File.ReadAllText(file), JsonOptions)!;
            var html = File.ReadAllBytes(Path.ChangeExtension(file, ".html"));
            var article = extractor.Extract(html, label.Url is null ? null : new Uri(label.Url), null).Article;
            var name = Path.GetFileNameWithoutExtension(file);
            var text = Normalize(article?.Text);

            var f1 = WordF1(string.Join(" ", label.Paragraphs), article?.Text);
            f1Sum += f1;
            var labelled = Normalize(string.Join(" \n ", label.Paragraphs));
            foreach (var leak in label.Leaks)
            {
                var snippet = Normalize(leak);
                if (snippet.Length == 0 || labelled.Contains(snippet, StringComparison.Ordinal))
                {
                    continue;
                }

                snippets++;
                if (!text.Contains(snippet, StringComparison.Ordinal))
                {
                    absent++;
                }
                else
                {
                    report.Add($"{name}: leaks \"{leak}\"");
                }
            }

            if (Normalize(article?.Headline) != Normalize(label.Headline))
            {
                headlineMisses++;
                report.Add($"{name}: headline \"{article?.Headline}\"");
            }

            if ((label.Dateline is null) != (article?.Dateline is null) ||
                (label.Dateline is { } expected && (Normalize(expected.Location) != Normalize(article!.Dateline!.Location) || Normalize(expected.Agency) != Normalize(article.Dateline.Agency))))
            {
                datelineMisses++;
                report.Add($"{name}: dateline \"{article?.Dateline?.Text}\"");
            }

            if (label.Published != article?.Published?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            {
                dayMisses++;
                report.Add($"{name}: published {article?.Published}");
            }

            var authors = (article?.Authors ?? []).Select(Normalize).Order(StringComparer.Ordinal);
            if (!authors.SequenceEqual(label.Authors.Select(Normalize).Order(StringComparer.Ordinal)))
            {
                authorMisses++;
                report.Add($"{name}: authors [{string.Join(", ", article?.Authors ?? [])}]");
            }
        }

        var meanF1 = f1Sum / labels.Count;
        var absentShare = snippets == 0 ? 1 : (double)absent / snippets;
        var summary = $"word F1 {meanF1:F3}, snippets absent {absentShare:P1}, misses: headline {headlineMisses}, dateline {datelineMisses}, " +
                      $"day {dayMisses}, authors {authorMisses}\n" + string.Join("\n", report);
        Assert.True(meanF1 >= MinMeanWordF1 && absentShare >= MinSnippetsAbsent && headlineMisses <= MaxHeadlineMisses &&
                    datelineMisses <= MaxDatelineMisses && dayMisses <= MaxDayMisses && authorMisses <= MaxAuthorMisses, summary);
    }

    // Whitespace collapsed, lower case, typographic apostrophes and quotes as plain ones: labels were typed by hand.
    private static string Normalize(string? text) =>
        TextNormalization.CollapseWhitespace(text?.Normalize(System.Text.NormalizationForm.FormKC))
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .ToLowerInvariant();

    private static double WordF1(string expected, string? found)
    {
        var want = Counts(expected);
        var got = Counts(found);
        var overlap = want.Sum(pair => Math.Min(pair.Value, got.GetValueOrDefault(pair.Key)));
        var precision = overlap / (double)Math.Max(1, got.Values.Sum());
        var recall = overlap / (double)Math.Max(1, want.Values.Sum());
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Counts(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            var word = token.ToLowerInvariant();
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }
}
