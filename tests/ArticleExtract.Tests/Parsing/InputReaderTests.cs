using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Parsing;

public sealed class InputReaderTests
{
    private const long TenGigabytes = 10L * 1024 * 1024 * 1024;

    private static byte[] Sample(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public void Reads_a_small_stream_whole()
    {
        byte[] content = Sample(5000);
        using var stream = new MemoryStream(content);

        InputBuffer buffer = InputReader.Read(stream, 1_000_000);

        Assert.False(buffer.TooLarge);
        Assert.Equal(content, buffer.Span.ToArray());
    }

    [Fact]
    public void A_seekable_stream_sizes_the_buffer_from_its_length()
    {
        using var stream = new MemoryStream(Sample(100_000));

        InputBuffer buffer = InputReader.Read(stream, 1_000_000);

        Assert.Equal(100_000, buffer.Length);
        Assert.Equal(100_001, buffer.Bytes.Length);
    }

    [Fact]
    public void Reads_from_the_current_position_and_leaves_the_stream_open()
    {
        using var stream = new MemoryStream(Sample(100));
        stream.Position = 40;

        InputBuffer buffer = InputReader.Read(stream, 1000);

        Assert.Equal(60, buffer.Length);
        Assert.Equal(-1, stream.ReadByte()); // still usable: not disposed
    }

    [Fact]
    public void A_non_seekable_stream_grows_the_buffer_and_survives_short_reads()
    {
        byte[] content = Sample(200_000);
        using var stream = new FakeStream(content.Length, maxChunk: 1000, content);

        InputBuffer buffer = InputReader.Read(stream, 1_000_000);

        Assert.False(buffer.TooLarge);
        Assert.Equal(content, buffer.Span.ToArray());
    }

    [Theory]
    [InlineData(999, false)]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public void The_limit_is_inclusive(int length, bool tooLarge)
    {
        using var seekable = new MemoryStream(Sample(length));
        using var unseekable = new FakeStream(length);

        Assert.Equal(tooLarge, InputReader.Read(seekable, 1000).TooLarge);
        Assert.Equal(tooLarge, InputReader.Read(unseekable, 1000).TooLarge);
    }

    [Fact]
    public void An_endless_stream_is_read_only_one_byte_past_the_limit()
    {
        using var stream = new FakeStream(TenGigabytes);

        InputBuffer buffer = InputReader.Read(stream, 1_000_000);

        Assert.True(buffer.TooLarge);
        Assert.Equal(1_000_001, stream.BytesRead);
    }

    [Fact]
    public async Task An_endless_stream_is_read_only_one_byte_past_the_limit_async()
    {
        using var stream = new FakeStream(TenGigabytes);

        InputBuffer buffer = await InputReader.ReadAsync(stream, 1_000_000, TestContext.Current.CancellationToken);

        Assert.True(buffer.TooLarge);
        Assert.Equal(1_000_001, stream.BytesRead);
    }

    [Fact]
    public void A_seekable_stream_longer_than_the_limit_is_refused_without_reading()
    {
        using var stream = new FakeStream(TenGigabytes, seekable: true);

        InputBuffer buffer = InputReader.Read(stream, 1_000_000);

        Assert.True(buffer.TooLarge);
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public void A_huge_limit_is_capped_instead_of_failing()
    {
        using var stream = new MemoryStream(Sample(10));

        InputBuffer buffer = InputReader.Read(stream, long.MaxValue);

        Assert.Equal(10, buffer.Length);
        Assert.False(buffer.TooLarge);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentNullException>(() => InputReader.Read(null!, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => InputReader.Read(stream, -1));
    }

    [Fact]
    public async Task Async_read_returns_the_content()
    {
        byte[] content = Sample(70_000);
        using var stream = new FakeStream(content.Length, maxChunk: 4096, content);

        InputBuffer buffer = await InputReader.ReadAsync(stream, 1_000_000, TestContext.Current.CancellationToken);

        Assert.Equal(content, buffer.Span.ToArray());
    }

    [Fact]
    public async Task Async_read_with_a_cancelled_token_throws()
    {
        using var stream = new MemoryStream(Sample(10));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await InputReader.ReadAsync(stream, 1000, cts.Token));
    }

    [Fact]
    public async Task Cancelling_mid_read_stops_even_a_stream_that_ignores_the_token()
    {
        using var cts = new CancellationTokenSource();
        using var stream = new FakeStream(TenGigabytes, maxChunk: 1024) { OnRead = reads => { if (reads == 3) { cts.Cancel(); } } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await InputReader.ReadAsync(stream, int.MaxValue, cts.Token));
        Assert.InRange(stream.Reads, 3, 4);
    }

    /// <summary>A stream of a given length that counts what is read; it ignores cancellation tokens.</summary>
    private sealed class FakeStream(long length, int maxChunk = int.MaxValue, byte[]? content = null, bool seekable = false) : Stream
    {
        private long _position;

        public long BytesRead { get; private set; }

        public int Reads { get; private set; }

        public Action<int>? OnRead { get; init; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _position : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            Reads++;
            int n = (int)Math.Min(Math.Min(buffer.Length, maxChunk), length - _position);
            if (content is null)
            {
                buffer[..n].Fill((byte)'a');
            }
            else
            {
                content.AsSpan((int)_position, n).CopyTo(buffer);
            }

            _position += n;
            BytesRead += n;
            OnRead?.Invoke(Reads);
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
