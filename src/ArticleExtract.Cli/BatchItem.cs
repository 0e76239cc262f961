namespace ArticleExtract.Cli;

/// <summary>One page of a batch run.</summary>
/// <param name="Id">The id written to the output line.</param>
/// <param name="Path">The page file (may end in .gz).</param>
/// <param name="Url">The page's address, when known.</param>
internal sealed record BatchItem(string Id, string Path, Uri? Url);
