namespace ArticleExtract.Http;

/// <summary>Why a page could not be fetched.</summary>
/// <param name="Reason">The kind of failure, for programs.</param>
/// <param name="Message">A human-readable explanation.</param>
public sealed record FetchFailure(FetchFailureReason Reason, string Message);
