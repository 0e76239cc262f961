namespace ArticleExtract.Cli;

/// <summary>The process exit codes, part of the tool's contract with scripts.</summary>
internal static class ExitCodes
{
    /// <summary>An article was found, or a batch run completed.</summary>
    public const int Success = 0;

    /// <summary>The page was read but holds no article; the JSON with its failure is still printed.</summary>
    public const int NoArticle = 1;

    /// <summary>Bad arguments, a bad URL, or input that could not be read.</summary>
    public const int UsageError = 2;
}
