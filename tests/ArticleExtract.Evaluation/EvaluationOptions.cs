using System.Globalization;

namespace ArticleExtract.Evaluation;

/// <summary>The harness's command line.</summary>
internal sealed record EvaluationOptions
{
    public const string Usage =
        "usage: --corpus DIR [--corpus DIR ...] --report OUTDIR [--limit N] [--sample N --seed S]";

    public required IReadOnlyList<string> Corpora { get; init; }

    public required string ReportDirectory { get; init; }

    public int? Limit { get; init; }

    public int? Sample { get; init; }

    public int Seed { get; init; }

    /// <summary>Parses the arguments.</summary>
    /// <exception cref="ArgumentException">The arguments are incomplete or malformed; the message says why.</exception>
    public static EvaluationOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var corpora = new List<string>();
        string? report = null;
        int? limit = null;
        int? sample = null;
        int? seed = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"'{name}' needs a value. {Usage}");
            }

            var value = args[++i];
            switch (name)
            {
                case "--corpus":
                    corpora.Add(value);
                    break;
                case "--report":
                    report = value;
                    break;
                case "--limit":
                    limit = ParseCount(name, value);
                    break;
                case "--sample":
                    sample = ParseCount(name, value);
                    break;
                case "--seed":
                    seed = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
                        ? s
                        : throw new ArgumentException($"--seed needs an integer, not '{value}'.");
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{name}'. {Usage}");
            }
        }

        if (corpora.Count == 0)
        {
            throw new ArgumentException($"At least one --corpus is needed. {Usage}");
        }

        if (report is null)
        {
            throw new ArgumentException($"--report is needed. {Usage}");
        }

        if (sample.HasValue != seed.HasValue)
        {
            throw new ArgumentException($"--sample and --seed go together. {Usage}");
        }

        return new EvaluationOptions { Corpora = corpora, ReportDirectory = report, Limit = limit, Sample = sample, Seed = seed ?? 0 };
    }

    private static int ParseCount(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} needs a positive integer, not '{value}'.");
}
