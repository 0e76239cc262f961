using ArticleExtract.Http;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Runs <see cref="ArticleFetcherOptions.Validate"/> in the options pipeline, so bad settings stop the host at start-up.</summary>
internal sealed class ArticleFetcherOptionsValidator : IValidateOptions<ArticleFetcherOptions>
{
    public ValidateOptionsResult Validate(string? name, ArticleFetcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"ArticleFetcherOptions: {e.Message}");
        }
    }
}
