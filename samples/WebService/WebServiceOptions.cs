namespace WebService;

/// <summary>The service's own settings, bound from the <c>WebService</c> configuration section.</summary>
internal sealed class WebServiceOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "WebService";

    /// <summary>The largest request body accepted; a larger one is answered 413. Default: 16 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 16L * 1024 * 1024;
}
