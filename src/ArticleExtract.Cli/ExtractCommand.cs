using System.Text.Json;
using ArticleExtract.Serialization;

namespace ArticleExtract.Cli;

/// <summary><c>articleextract extract FILE|- [--url URL] [--format json|text]</c>: one page to stdout.</summary>
internal static class ExtractCommand
{
    private static readonly string[] ValueOptions = ["--url", "--format"];

    public static int Run(string[] args, CliContext context)
    {
        var line = CommandLine.Parse(args, ValueOptions);
        if (line.Help)
        {
            context.Stdout.Write(Usage.Extract);
            return ExitCodes.Success;
        }

        var input = line.SinglePositional("FILE (or '-' for standard input)");
        var format = line.Option("--format") ?? "json";
        if (format is not ("json" or "text"))
        {
            throw new UsageException($"unknown format '{format}'; use json or text");
        }

        Uri? url = null;
        if (line.Option("--url") is { } urlText)
        {
            url = PageUrl.TryParse(urlText) ?? throw new UsageException($"bad --url '{urlText}': expected an absolute http or https address");
        }

        var result = Extract(input, url, context);
        if (format == "json")
        {
            context.Stdout.WriteLine(ArticleJson.Serialize(result, indented: true));
        }
        else if (result.Article is { } article)
        {
            context.Stdout.WriteLine(article.Headline ?? string.Empty);
            context.Stdout.WriteLine();
            context.Stdout.WriteLine(article.Text);
        }
        else
        {
            // Text output has no place for the failure, so it goes to stderr; stdout stays empty.
            var reason = JsonNamingPolicy.CamelCase.ConvertName(result.Failure!.Reason.ToString());
            Program.Error(context, $"no article ({reason}): {result.Failure.Message}");
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.NoArticle;
    }

    private static ExtractionResult Extract(string input, Uri? url, CliContext context)
    {
        var extractor = new ArticleExtractor(context.Options);
        if (input == "-")
        {
            return extractor.Extract(context.Stdin, url);
        }

        if (Directory.Exists(input))
        {
            throw new UsageException($"cannot read '{input}': it is a directory (use 'articleextract batch' for directories)");
        }

        if (!File.Exists(input))
        {
            throw new UsageException($"cannot read '{input}': no such file");
        }

        try
        {
            using var stream = PageFile.Open(input);
            return extractor.Extract(stream, url);
        }
        catch (Exception e) when (PageFile.IsReadError(e))
        {
            throw new UsageException($"cannot read '{input}': {e.Message}", e);
        }
    }
}
