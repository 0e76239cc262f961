namespace ArticleExtract.Cli;

/// <summary>
/// A command's arguments split into positionals and <c>--name value</c> options (also <c>--name=value</c>).
/// Anything unexpected is a <see cref="UsageException"/>.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options;

    private CommandLine(List<string> positionals, Dictionary<string, string> options, bool help)
    {
        Positionals = positionals;
        _options = options;
        Help = help;
    }

    /// <summary>The arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Whether <c>--help</c> or <c>-h</c> was given.</summary>
    public bool Help { get; }

    /// <summary>Parses <paramref name="args"/>; every option in <paramref name="valueOptions"/> takes one value.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var help = false;
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (arg is "--help" or "-h")
            {
                help = true;
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            if (!valueOptions.Contains(name))
            {
                throw new UsageException($"unknown option '{name}'");
            }

            if (options.ContainsKey(name))
            {
                throw new UsageException($"option '{name}' given twice");
            }

            if (equals >= 0)
            {
                options[name] = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                options[name] = args[++i];
            }
            else
            {
                throw new UsageException($"option '{name}' needs a value");
            }
        }

        return new CommandLine(positionals, options, help);
    }

    /// <summary>The value of an option, or <see langword="null"/> when it was not given.</summary>
    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>The single positional argument <paramref name="what"/> names.</summary>
    public string SinglePositional(string what)
    {
        return Positionals.Count switch
        {
            1 => Positionals[0],
            0 => throw new UsageException($"missing {what}"),
            _ => throw new UsageException($"expected one {what}, got {Positionals.Count} arguments: '{string.Join("' '", Positionals)}'"),
        };
    }
}
