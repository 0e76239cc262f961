namespace ArticleExtract.Cli;

/// <summary>One finished output line of a batch run (without its line break).</summary>
/// <param name="Json">The compact JSON object.</param>
/// <param name="Succeeded">Whether an article was found.</param>
internal readonly record struct BatchLine(string Json, bool Succeeded);
