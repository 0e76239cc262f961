namespace ArticleExtract.Evaluation.Metrics;

/// <summary>Pools one extractor's page scores into the quality metrics of a corpus.</summary>
internal sealed class QualityAccumulator
{
    private readonly Mean _precision = new();
    private readonly Mean _recall = new();
    private readonly Mean _exact = new();
    private readonly Mean _prefix = new();
    private readonly Mean _title = new();
    private readonly Mean _published = new();
    private readonly Mean _byline = new();
    private int _withTotal;
    private int _withFound;
    private int _withoutTotal;
    private int _withoutAbsent;

    public int Pages { get; private set; }

    public int Failures { get; private set; }

    public void Add(PageScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        Pages++;
        Failures += score.Failed ? 1 : 0;
        if (score.Body is { } body)
        {
            if (body.HasPredicted)
            {
                _precision.Add(body.Precision!.Value);
            }

            if (body.HasExpected)
            {
                _recall.Add(body.Recall!.Value);
            }

            _exact.Add(body.TokensEqual);
        }

        _withTotal += score.WithTotal;
        _withFound += score.WithFound;
        _withoutTotal += score.WithoutTotal;
        _withoutAbsent += score.WithoutAbsent;
        _prefix.Add(score.PrefixMatch);
        _title.Add(score.TitleMatch);
        _published.Add(score.PublishedMatch);
        _byline.Add(score.BylineMatch);
    }

    /// <summary>The quality metrics the pages could give, in report order, plus the failure count.</summary>
    public List<KeyValuePair<string, double>> ToMetrics()
    {
        var metrics = new List<KeyValuePair<string, double>>();
        void Put(string name, double? value)
        {
            if (value is { } v)
            {
                metrics.Add(new(name, v));
            }
        }

        var precision = _precision.Value;
        var recall = _recall.Value;
        Put(MetricNames.BodyPrecision, precision);
        Put(MetricNames.BodyRecall, recall);
        if (precision is { } p && recall is { } r)
        {
            Put(MetricNames.BodyF1, p + r > 0 ? 2 * p * r / (p + r) : 0);
        }

        Put(MetricNames.BodyExact, _exact.Value);
        Put(MetricNames.WithRate, _withTotal > 0 ? (double)_withFound / _withTotal : null);
        Put(MetricNames.WithoutRate, _withoutTotal > 0 ? (double)_withoutAbsent / _withoutTotal : null);
        Put(MetricNames.PrefixRate, _prefix.Value);
        Put(MetricNames.TitleExact, _title.Value);
        Put(MetricNames.PublishedDay, _published.Value);
        Put(MetricNames.BylineMatch, _byline.Value);
        if (Pages > 0)
        {
            Put(MetricNames.Failures, Failures);
        }

        return metrics;
    }

    private sealed class Mean
    {
        private double _sum;
        private int _count;

        public double? Value => _count > 0 ? _sum / _count : null;

        public void Add(double value)
        {
            _sum += value;
            _count++;
        }

        public void Add(bool? value)
        {
            if (value is { } v)
            {
                Add(v ? 1.0 : 0.0);
            }
        }
    }
}
