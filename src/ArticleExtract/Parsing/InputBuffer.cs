namespace ArticleExtract.Parsing;

/// <summary>Bytes read from a stream, up to a limit.</summary>
/// <param name="Bytes">The buffer; only the first <paramref name="Length"/> bytes are content.</param>
/// <param name="Length">How many bytes of <paramref name="Bytes"/> were read.</param>
/// <param name="TooLarge">
/// The stream holds more than the limit. The content is then incomplete (possibly empty) and must not be used.
/// </param>
internal readonly record struct InputBuffer(byte[] Bytes, int Length, bool TooLarge)
{
    /// <summary>The bytes read, as a span.</summary>
    public ReadOnlySpan<byte> Span => Bytes.AsSpan(0, Length);
}
