using System.Net;
using Microsoft.Extensions.Logging;

namespace ArticleExtract.Http;

/// <summary>The fetcher's log messages, source-generated; debug level, since failures are results, not errors.</summary>
internal static partial class FetchLog
{
    [LoggerMessage(EventId = 101, EventName = "Redirected", Level = LogLevel.Debug,
        Message = "{From} answered {StatusCode}: redirected to {To}")]
    public static partial void Redirected(ILogger logger, Uri from, HttpStatusCode statusCode, Uri to);

    [LoggerMessage(EventId = 102, EventName = "Fetched", Level = LogLevel.Debug,
        Message = "Fetched {Url}: {StatusCode}, {ByteCount} bytes of {ContentType}")]
    public static partial void Fetched(ILogger logger, Uri url, HttpStatusCode statusCode, long byteCount, string? contentType);

    [LoggerMessage(EventId = 103, EventName = "FetchFailed", Level = LogLevel.Debug,
        Message = "Could not fetch {Url}: {Reason}: {FailureMessage}")]
    public static partial void FetchFailed(ILogger logger, Uri url, FetchFailureReason reason, string failureMessage);
}
