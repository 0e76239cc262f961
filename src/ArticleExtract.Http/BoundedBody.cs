namespace ArticleExtract.Http;

/// <summary>Reads a response body into memory, never more than one byte past a limit.</summary>
internal static class BoundedBody
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Reads <paramref name="body"/> to its end, or until it holds more than <paramref name="limit"/> bytes.</summary>
    /// <returns>The bytes read, or <see langword="null"/> when the body is larger than the limit.</returns>
    public static async Task<MemoryStream?> ReadAsync(Stream body, long limit, long? declaredLength, CancellationToken ct)
    {
        // Trust a declared length only to size the buffer, never to stop reading: servers lie.
        var capacity = (int)Math.Min(declaredLength ?? ChunkSize, Math.Min(limit, int.MaxValue - 1L));
        var buffer = new MemoryStream(capacity);
        var chunk = new byte[ChunkSize];
        while (true)
        {
            // Ask for at most one byte past the limit, so an endless body costs limit + 1 bytes.
            var wanted = (int)Math.Min(ChunkSize, limit + 1 - buffer.Length);
            var read = await body.ReadAsync(chunk.AsMemory(0, wanted), ct).ConfigureAwait(false);
            if (read == 0)
            {
                buffer.Position = 0;
                return buffer;
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                await buffer.DisposeAsync().ConfigureAwait(false);
                return null;
            }
        }
    }
}
