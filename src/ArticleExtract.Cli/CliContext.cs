namespace ArticleExtract.Cli;

/// <summary>What a command runs against: the standard streams and the extractor settings.</summary>
/// <param name="Stdin">Standard input, read as bytes.</param>
/// <param name="Stdout">Standard output: results only.</param>
/// <param name="Stderr">Standard error: errors, notes and progress.</param>
/// <param name="Options">The extractor settings (tests pass smaller limits).</param>
/// <param name="ShowProgress">Whether to draw a progress counter; only when stderr is a terminal.</param>
internal sealed record CliContext(
    Stream Stdin,
    TextWriter Stdout,
    TextWriter Stderr,
    ArticleExtractorOptions Options,
    bool ShowProgress);
