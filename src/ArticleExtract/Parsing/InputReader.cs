namespace ArticleExtract.Parsing;

/// <summary>
/// Reads a stream into memory up to a limit, never reading more than one byte past it, so a huge or endless
/// stream is refused without being read whole. The stream is not disposed.
/// </summary>
internal static class InputReader
{
    // First buffer for a stream of unknown length; it doubles from there.
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>Reads the stream.</summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <param name="maxBytes">The most bytes accepted; capped at <see cref="Array.MaxLength"/> - 1.</param>
    /// <returns>The bytes read, or <see cref="InputBuffer.TooLarge"/> when the stream holds more than the limit.</returns>
    public static InputBuffer Read(Stream stream, long maxBytes)
    {
        long limit = Prepare(stream, maxBytes, out byte[] buffer, out bool knownTooLarge);
        if (knownTooLarge)
        {
            return new InputBuffer([], 0, TooLarge: true);
        }

        int filled = 0;
        while (true)
        {
            if (filled == buffer.Length && !TryGrow(ref buffer, limit))
            {
                break;
            }

            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read <= 0)
            {
                break;
            }

            filled += read;
        }

        return new InputBuffer(buffer, filled, TooLarge: filled >= limit);
    }

    /// <summary>Reads the stream asynchronously.</summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <param name="maxBytes">The most bytes accepted; capped at <see cref="Array.MaxLength"/> - 1.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The bytes read, or <see cref="InputBuffer.TooLarge"/> when the stream holds more than the limit.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static async ValueTask<InputBuffer> ReadAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        long limit = Prepare(stream, maxBytes, out byte[] buffer, out bool knownTooLarge);
        if (knownTooLarge)
        {
            return new InputBuffer([], 0, TooLarge: true);
        }

        int filled = 0;
        while (true)
        {
            // Some streams ignore the token; checking between reads bounds how long cancellation can take.
            ct.ThrowIfCancellationRequested();
            if (filled == buffer.Length && !TryGrow(ref buffer, limit))
            {
                break;
            }

            int read = await stream.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false);
            if (read <= 0)
            {
                break;
            }

            filled += read;
        }

        return new InputBuffer(buffer, filled, TooLarge: filled >= limit);
    }

    /// <summary>
    /// Validates the arguments and sizes the first buffer. Returns the read limit: one byte more than the
    /// most accepted, so reaching it proves the stream is too large.
    /// </summary>
    private static long Prepare(Stream stream, long maxBytes, out byte[] buffer, out bool knownTooLarge)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        long limit = Math.Min(maxBytes, Array.MaxLength - 1L) + 1;
        knownTooLarge = false;
        long remaining = RemainingLength(stream);
        if (remaining > limit - 1)
        {
            // A seekable stream that says it is too long is refused without reading (or allocating) anything.
            knownTooLarge = true;
            buffer = [];
            return limit;
        }

        // A known length sizes the buffer exactly, plus the one byte that shows nothing follows.
        long initial = remaining >= 0 ? remaining + 1 : Math.Min(InitialBufferSize, limit);
        buffer = new byte[initial];
        return limit;
    }

    /// <summary>The bytes left in a seekable stream, or -1 when unknown.</summary>
    private static long RemainingLength(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return -1;
        }

        try
        {
            return Math.Max(0, stream.Length - stream.Position);
        }
        catch (NotSupportedException)
        {
            return -1;
        }
        catch (IOException)
        {
            return -1;
        }
    }

    /// <summary>Doubles the buffer, up to the limit; false when it already holds the limit.</summary>
    private static bool TryGrow(ref byte[] buffer, long limit)
    {
        if (buffer.Length >= limit)
        {
            return false;
        }

        long size = Math.Min(Math.Max(buffer.Length * 2L, InitialBufferSize), limit);
        Array.Resize(ref buffer, (int)size);
        return true;
    }
}
