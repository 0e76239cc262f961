namespace ArticleExtract;

/// <summary>The kinds of reasons an extraction ends without an article.</summary>
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
}
