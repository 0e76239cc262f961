namespace ArticleExtract;

/// <summary>Why no article was extracted.</summary>
/// <param name="Reason">The kind of failure, for programs.</param>
/// <param name="Message">A human-readable explanation.</param>
public sealed record ExtractionFailure(FailureReason Reason, string Message);
