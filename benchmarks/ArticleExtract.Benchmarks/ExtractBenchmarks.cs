using BenchmarkDotNet.Attributes;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// Full extraction against SmartReader alone (the baseline) on a small, a typical and a very large real page.
/// Both start from the page's bytes: ArticleExtract detects the charset itself, SmartReader gets the same decoded text.
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private CorpusPage? _page;
    private string _smartReaderUrl = string.Empty;

    /// <summary>Which page: <c>small</c>, <c>typical</c> or <c>large</c> (see <see cref="BenchmarkPages"/>).</summary>
    [Params("small", "typical", "large")]
    public string Page { get; set; } = "typical";

    /// <summary>Loads the page once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _page = BenchmarkPages.Load(Page);

        // As the harness calls it: the page's own address, else a placeholder (SmartReader needs one).
        _smartReaderUrl = _page.Url?.AbsoluteUri ?? "https://localhost/";
    }

    /// <summary>SmartReader alone, default settings: decode, then its readability pass and serialisation.</summary>
    [Benchmark(Baseline = true)]
    public string? SmartReader()
    {
        var text = BaselineText.Decode(_page!.Bytes);
        return new SmartReader.Reader(_smartReaderUrl, text).GetArticle().TextContent;
    }

    /// <summary>ArticleExtract from the bytes, as a user calls it.</summary>
    [Benchmark]
    public ExtractionResult ArticleExtract() => _extractor.Extract(_page!.Bytes, _page.Url);
}
