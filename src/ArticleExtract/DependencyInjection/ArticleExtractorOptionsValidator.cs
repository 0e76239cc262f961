using ArticleExtract;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Runs <see cref="ArticleExtractorOptions.Validate"/> inside the options pipeline, so bad settings stop the host at
/// start-up with an <see cref="OptionsValidationException"/> naming the setting, not at the first page.
/// </summary>
internal sealed class ArticleExtractorOptionsValidator : IValidateOptions<ArticleExtractorOptions>
{
    public ValidateOptionsResult Validate(string? name, ArticleExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"ArticleExtractorOptions: {e.Message}");
        }
    }
}
