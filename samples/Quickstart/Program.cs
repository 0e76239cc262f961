// Quickstart: extract the article from an HTML file (or a small built-in page) and print what was found.
using ArticleExtract;

var html = args.Length > 0
    ? await File.ReadAllBytesAsync(args[0])
    : "<html><head><title>Rain returns - Daily Example</title></head><body><article><h1>Rain returns</h1><p>BERLIN (dpa) — After weeks of drought, rain finally returned to the capital on Tuesday, filling reservoirs and cooling the streets.</p><p>Forecasters expect more showers later in the week as a front moves in from the west.</p></article></body></html>"u8.ToArray();

// Build one extractor and reuse it: it is immutable and thread-safe.
var extractor = new ArticleExtractor();
ExtractionResult result = extractor.Extract(html, new Uri("https://news.example/2025/04/11/rain"));

if (!result.Succeeded)
{
    Console.WriteLine($"No article: {result.Failure.Reason} – {result.Failure.Message}");
    return 1;
}

Article article = result.Article;
Console.WriteLine($"Headline:  {article.Headline}");
Console.WriteLine($"Dateline:  {article.Dateline?.Location} ({article.Dateline?.Agency})");
Console.WriteLine($"Published: {article.Published} (from {article.Published?.Source})");
Console.WriteLine($"Byline:    {article.Byline}");
Console.WriteLine();
Console.WriteLine(article.Text);
return 0;
