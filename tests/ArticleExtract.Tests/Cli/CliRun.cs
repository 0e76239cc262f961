using System.Text;
using ArticleExtract.Cli;
using CliProgram = ArticleExtract.Cli.Program;

namespace ArticleExtract.Tests.Cli;

/// <summary>The outcome of one in-process run of the tool.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The stderr lines, without the trailing empty one.</summary>
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs <see cref="CliProgram.Run(string[], CliContext)"/> with captured streams.</summary>
    public static CliRun Of(string[] args, byte[]? stdin = null, ArticleExtractorOptions? options = null, bool showProgress = false)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext(input, stdout, stderr, options ?? ArticleExtractorOptions.Default, showProgress);
        var exit = CliProgram.Run(args, context);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the public entry used by tests of the plain overload.</summary>
    public static CliRun OfDefault(params string[] args)
    {
        using var input = new MemoryStream();
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliProgram.Run(args, input, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The UTF-8 bytes of a small page.</summary>
    public static byte[] Page(string html) => Encoding.UTF8.GetBytes(html);
}
