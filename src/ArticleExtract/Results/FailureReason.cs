namespace ArticleExtract;

/// <summary>The kinds of reasons an extraction ends without an article.</summary>
/// <remarks>
/// Each limit in <see cref="ArticleExtractorOptions"/> has its own reason. A caller's cancellation is not a
/// failure: it throws <see cref="OperationCanceledException"/>, as .NET APIs do.
/// </remarks>
public enum FailureReason
{
    /// <summary>The input was empty or held only white space.</summary>
    EmptyInput,

    /// <summary>The input is not text (for example an image or an archive).</summary>
    BinaryInput,

    /// <summary>The input is larger than <see cref="ArticleExtractorOptions.MaxInputBytes"/>.</summary>
    InputTooLarge,

    /// <summary>The page was read, but it holds no story text.</summary>
    NoArticleFound,

    /// <summary>The page holds more elements and comments than <see cref="ArticleExtractorOptions.MaxNodes"/>.</summary>
    TooManyNodes,

    /// <summary>The page nests elements deeper than <see cref="ArticleExtractorOptions.MaxDepth"/>.</summary>
    TooDeep,

    /// <summary>Extraction took longer than <see cref="ArticleExtractorOptions.TimeBudget"/>.</summary>
    TimedOut,
}
