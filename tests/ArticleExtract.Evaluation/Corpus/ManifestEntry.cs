namespace ArticleExtract.Evaluation.Corpus;

/// <summary>One line of a corpus manifest: a page and what is expected from it.</summary>
/// <param name="Id">Unique inside the corpus.</param>
/// <param name="HtmlPath">The gzip-compressed page, relative to the corpus folder.</param>
/// <param name="Url">The page's original address, when the manifest gives a usable absolute one.</param>
/// <param name="Expected">The gold values.</param>
internal sealed record ManifestEntry(string Id, string HtmlPath, Uri? Url, ExpectedValues Expected);
