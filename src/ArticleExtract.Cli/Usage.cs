using System.Reflection;

namespace ArticleExtract.Cli;

/// <summary>The help texts and the version string.</summary>
internal static class Usage
{
    public const string General =
        """
        articleextract: extract the news article from HTML pages as JSON.

        Usage:
          articleextract                      Extract the built-in sample page and print its JSON.
          articleextract extract FILE|- [--url URL] [--format json|text]
          articleextract batch INPUT --out OUT.jsonl [--parallel N]
          articleextract --help | --version

        Run 'articleextract extract --help' or 'articleextract batch --help' for details.

        Exit codes: 0 article found (batch: run completed), 1 no article found,
                    2 usage error, bad URL or unreadable input.

        """;

    public const string Extract =
        """
        Usage: articleextract extract FILE|- [--url URL] [--format json|text]

        Extracts the article from one HTML page and prints it.

          FILE             The page. A name ending in .gz is decompressed; '-' reads standard input.
                           The charset is detected from the bytes, as browsers do.
          --url URL        The page's absolute http(s) address: resolves relative links, hints dates.
          --format json    One indented JSON object (the default). On failure it holds "failure".
          --format text    The headline, a blank line, then the article text.
          -h, --help       Show this help.

        Exit codes: 0 article found, 1 no article found (the JSON still says why),
                    2 usage error, bad URL, or missing or unreadable file.

        """;

    public const string Batch =
        """
        Usage: articleextract batch INPUT --out OUT.jsonl [--parallel N]

        Extracts many pages and writes one compact JSON object per line, in input order.

          INPUT            A directory: every *.html, *.htm, *.html.gz and *.htm.gz below it, in ordinal
                           path order; the id is the path relative to INPUT with '/' separators.
                           Or a manifest.jsonl file: one object per line with "id", "html" (a path
                           relative to the manifest's folder) and optionally "url"; other keys are ignored.
          --out OUT.jsonl  Where to write the results ('-' for standard output). Each line is
                           {"id": ..., then the fields of 'extract'}. A page that cannot be read or
                           extracted gets a line with "failure" and the run goes on.
          --parallel N     Pages processed at once (default 1). Output order does not change.
          -h, --help       Show this help.

        Exit codes: 0 the run completed (even if some pages failed), 2 usage error or missing INPUT.

        """;

    /// <summary>The tool's version, without build metadata.</summary>
    public static string Version
    {
        get
        {
            var assembly = typeof(Usage).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                          ?? assembly.GetName().Version?.ToString()
                          ?? "unknown";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }
}
