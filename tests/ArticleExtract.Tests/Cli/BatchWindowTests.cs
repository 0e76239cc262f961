using System.Text;
using ArticleExtract.Cli;
using Xunit;

namespace ArticleExtract.Tests.Cli;

public sealed class BatchWindowTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void The_input_is_read_at_most_one_window_ahead_of_the_output(int parallel)
    {
        using var dir = new TempDirectory();
        var output = new LineCountingWriter();
        var pages = new AheadTrackingPages(300, dir.Path, output);
        using var stdin = new MemoryStream();
        var context = new CliContext(stdin, TextWriter.Null, TextWriter.Null, ArticleExtractorOptions.Default, ShowProgress: false);

        var summary = BatchCommand.Process(pages, 300, parallel, new ArticleExtractor(), output, context);

        Assert.Equal(300, summary.Written);
        Assert.Equal(300, output.Lines);
        Assert.InRange(pages.MaxAhead, 1, BatchCommand.WindowSize(parallel));
    }

    [Fact]
    public void Each_line_is_flushed_as_soon_as_it_is_written()
    {
        using var dir = new TempDirectory();
        var output = new LineCountingWriter();
        var pages = new AheadTrackingPages(20, dir.Path, output);
        using var stdin = new MemoryStream();
        var context = new CliContext(stdin, TextWriter.Null, TextWriter.Null, ArticleExtractorOptions.Default, ShowProgress: false);

        BatchCommand.Process(pages, 20, 2, new ArticleExtractor(), output, context);

        Assert.Equal(20, output.Flushes);
    }

    /// <summary>Pages (all missing files, so they fail fast) that record how far reading runs ahead of writing.</summary>
    private sealed class AheadTrackingPages(int count, string folder, LineCountingWriter output) : IEnumerable<BatchItem>
    {
        public int MaxAhead { get; private set; }

        public IEnumerator<BatchItem> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                MaxAhead = Math.Max(MaxAhead, i - output.Lines);
                yield return new BatchItem($"p{i}", Path.Combine(folder, $"missing-{i}.html"), null);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class LineCountingWriter : TextWriter
    {
        private int _lines;

        public int Lines => Volatile.Read(ref _lines);

        public int Flushes { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                Interlocked.Increment(ref _lines);
            }
        }

        public override void Flush() => Flushes++;

        public override Task FlushAsync()
        {
            Flushes++;
            return Task.CompletedTask;
        }
    }
}
