using System.Text;

namespace ArticleExtract.Cli;

/// <summary>The entry point of the <c>articleextract</c> tool; see <see cref="Usage"/> for the commands.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // JSON goes to stdout as UTF-8 whatever the terminal's locale says, so scripts can rely on it.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024);
        using var stdin = Console.OpenStandardInput();
        var context = new CliContext(stdin, stdout, Console.Error, ArticleExtractorOptions.Default, ShowProgress: !Console.IsErrorRedirected);
        var exitCode = Run(args, context);
        try
        {
            stdout.Flush();
            return exitCode;
        }
        catch (IOException e)
        {
            // For example a closed pipe ('articleextract ... | head -1'): still one line, no stack trace.
            Error(context, "cannot write standard output: " + e.Message);
            return ExitCodes.UsageError;
        }
    }

    /// <summary>Runs the tool as <see cref="Main"/> does, on the given streams, with default settings.</summary>
    internal static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliContext(stdin, stdout, stderr, ArticleExtractorOptions.Default, ShowProgress: false));

    /// <summary>Runs the tool; returns the process exit code. Never throws.</summary>
    internal static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return Dispatch(args, context);
        }
        catch (UsageException e)
        {
            return Fail(context, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(context, e.Message);
        }
#pragma warning disable CA1031 // The tool's contract is one error line and exit code 2, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(context, $"internal error ({e.GetType().Name}): {e.Message}");
        }
    }

    /// <summary>Writes one line to stderr, prefixed with the tool's name, with any line breaks flattened.</summary>
    internal static void Error(CliContext context, string message) =>
        context.Stderr.WriteLine("articleextract: " + message.ReplaceLineEndings(" ").Trim());

    private static int Fail(CliContext context, string message)
    {
        Error(context, message);
        return ExitCodes.UsageError;
    }

    private static int Dispatch(string[] args, CliContext context)
    {
        if (args.Length == 0)
        {
            return SampleCommand.Run(context);
        }

        var command = args[0];
        var rest = args.AsSpan(1).ToArray();
        switch (command)
        {
            case "extract":
                return ExtractCommand.Run(rest, context);
            case "batch":
                return BatchCommand.Run(rest, context);
            case "--help" or "-h" or "help":
                context.Stdout.Write(Usage.General);
                return ExitCodes.Success;
            case "--version":
                context.Stdout.WriteLine(Usage.Version);
                return ExitCodes.Success;
            default:
                var hint = command.StartsWith('-')
                    ? $"unknown option '{command}'"
                    : File.Exists(command) || command.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                        ? $"unknown command '{command}'; to extract a file run 'articleextract extract {command}'"
                        : $"unknown command '{command}'";
                throw new UsageException(hint + " (see 'articleextract --help')");
        }
    }
}
