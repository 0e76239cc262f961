using ArticleExtract.Serialization;

namespace ArticleExtract.Cli;

/// <summary>
/// <c>articleextract</c> with no arguments: extracts a news page embedded in the tool, so a first run shows what
/// the output looks like without needing a file.
/// </summary>
internal static class SampleCommand
{
    /// <summary>The manifest name of the embedded page (set by LogicalName in the project file).</summary>
    internal const string ResourceName = "ArticleExtract.Cli.Sample.html";

    public static int Run(CliContext context)
    {
        using var page = typeof(SampleCommand).Assembly.GetManifestResourceStream(ResourceName)
                         ?? throw new InvalidOperationException($"The built-in sample page '{ResourceName}' is missing from the tool.");

        // The bytes path, with no URL, so the sample also exercises charset detection.
        var result = new ArticleExtractor(context.Options).Extract(page, url: null);
        context.Stdout.WriteLine(ArticleJson.Serialize(result, indented: true));
        Program.Error(context, "no arguments given, so this is the built-in sample page; run 'articleextract --help' for usage");
        return result.Succeeded ? ExitCodes.Success : ExitCodes.NoArticle;
    }
}
