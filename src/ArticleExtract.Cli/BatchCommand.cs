using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleExtract.Serialization;

namespace ArticleExtract.Cli;

/// <summary>
/// <c>articleextract batch INPUT --out OUT.jsonl [--parallel N]</c>: many pages to JSON Lines, in input order.
/// </summary>
/// <remarks>
/// Pages are streamed from the input, processed by N workers and written in input order as soon as the next one
/// is done, flushing after every line. At most a small window of pages (a few per worker) is in memory at once,
/// however many pages the input lists.
/// </remarks>
internal static class BatchCommand
{
    /// <summary>The failure reason written for a page file that cannot be read.</summary>
    internal const string UnreadableReason = "unreadable";

    /// <summary>The failure reason written when the extractor itself throws on a page.</summary>
    internal const string ExtractorErrorReason = "extractorError";

    private const int MaxParallel = 1024;
    private static readonly string[] ValueOptions = ["--out", "--parallel"];

    private static readonly JsonWriterOptions LineOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static int Run(string[] args, CliContext context)
    {
        var line = CommandLine.Parse(args, ValueOptions);
        if (line.Help)
        {
            context.Stdout.Write(Usage.Batch);
            return ExitCodes.Success;
        }

        var input = line.SinglePositional("INPUT (a directory or a manifest.jsonl)");
        var output = line.Option("--out") ?? throw new UsageException("missing --out OUT.jsonl");
        if (output.Length == 0)
        {
            throw new UsageException("--out needs a file name");
        }

        var parallel = 1;
        if (line.Option("--parallel") is { } parallelText &&
            (!int.TryParse(parallelText, NumberStyles.None, CultureInfo.InvariantCulture, out parallel) ||
             parallel is < 1 or > MaxParallel))
        {
            throw new UsageException($"bad --parallel '{parallelText}': expected a whole number from 1 to {MaxParallel}");
        }

        if (File.Exists(input) && DirectoryInput.IsPage(input))
        {
            throw new UsageException($"'{input}' is a page, not a manifest; use 'articleextract extract' for one page or pass its directory");
        }

        Func<IEnumerable<BatchItem>> pages = Directory.Exists(input)
            ? () => DirectoryInput.Enumerate(input)
            : File.Exists(input)
                ? () => ManifestInput.Enumerate(input)
                : throw new UsageException($"cannot read '{input}': no such directory or manifest file");

        // A first pass over the input checks every manifest line before anything is written, and gives the
        // total for the progress counter. It holds one line or one directory listing at a time.
        var total = 0;
        foreach (var unused in pages())
        {
            total++;
        }

        var extractor = new ArticleExtractor(context.Options);
        BatchSummary summary;
        if (output == "-")
        {
            summary = Process(pages(), total, parallel, extractor, context.Stdout, context);
        }
        else
        {
            using var writer = OpenOutput(output);
            summary = Process(pages(), total, parallel, extractor, writer, context);
        }

        var where = output == "-" ? "standard output" : output;
        Program.Error(
            context,
            $"{summary.Written} pages: {summary.Articles} articles, {summary.Written - summary.Articles} without; written to {where}");
        return ExitCodes.Success;
    }

    /// <summary>Extracts one page into its output line. Never throws: every problem becomes a failure line.</summary>
    internal static BatchLine ProcessPage(BatchItem item, ArticleExtractor extractor)
    {
        try
        {
            ExtractionResult result;
            using (var stream = PageFile.Open(item.Path))
            {
                result = extractor.Extract(stream, item.Url);
            }

            return new BatchLine(ToLine(writer => ArticleJson.Write(writer, result, item.Id)), result.Succeeded);
        }
        catch (Exception e) when (PageFile.IsReadError(e))
        {
            return FailureLine(item.Id, UnreadableReason, e.Message);
        }
#pragma warning disable CA1031 // One bad page must not end a run over thousands; its line records the error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return FailureLine(item.Id, ExtractorErrorReason, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static BatchLine FailureLine(string id, string reason, string message) =>
        new(ToLine(writer => ArticleJson.WriteFailure(writer, reason, message, id)), Succeeded: false);

    private static string ToLine(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, LineOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static StreamWriter OpenOutput(string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return new StreamWriter(path, append: false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}", e);
        }
    }

    /// <summary>How many pages may be started but not yet written: this, not the input size, bounds memory.</summary>
    internal static int WindowSize(int parallel) => parallel * 4;

    internal static BatchSummary Process(
        IEnumerable<BatchItem> pages, int total, int parallel, ArticleExtractor extractor, TextWriter output, CliContext context) =>
        ProcessAsync(pages, total, parallel, extractor, output, context).GetAwaiter().GetResult();

    private static async Task<BatchSummary> ProcessAsync(
        IEnumerable<BatchItem> pages, int total, int parallel, ArticleExtractor extractor, TextWriter output, CliContext context)
    {
        // Pages start in input order and wait for one of N worker slots; the window bounds how many finished
        // lines may wait behind a slow page, which is what bounds memory.
        var window = WindowSize(parallel);
        using var workers = new SemaphoreSlim(parallel, parallel);
        var pending = new Queue<Task<BatchLine>>(window);
        var progress = new ProgressCounter(total, context);
        var written = 0;
        var articles = 0;

        async Task WriteNextAsync()
        {
            var line = await pending.Dequeue().ConfigureAwait(false);
            await output.WriteAsync(line.Json).ConfigureAwait(false);
            await output.WriteAsync('\n').ConfigureAwait(false);
            await output.FlushAsync().ConfigureAwait(false);
            written++;
            articles += line.Succeeded ? 1 : 0;
            progress.Report(written);
        }

        try
        {
            foreach (var page in pages)
            {
                while (pending.Count >= window)
                {
                    await WriteNextAsync().ConfigureAwait(false);
                }

                pending.Enqueue(RunPageAsync(page, extractor, workers));
            }

            while (pending.Count > 0)
            {
                await WriteNextAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            // Let started pages finish before the semaphore is disposed, even when writing failed.
            while (pending.Count > 0)
            {
                await pending.Dequeue().ConfigureAwait(false);
            }

            progress.Finish();
        }

        return new BatchSummary(written, articles);
    }

    private static Task<BatchLine> RunPageAsync(BatchItem page, ArticleExtractor extractor, SemaphoreSlim workers) =>
        Task.Run(async () =>
        {
            await workers.WaitAsync().ConfigureAwait(false);
            try
            {
                return ProcessPage(page, extractor);
            }
            finally
            {
                workers.Release();
            }
        });

    internal readonly record struct BatchSummary(int Written, int Articles);
}
