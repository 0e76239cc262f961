using System.Text;

namespace ArticleExtract.Parsing;

/// <summary>The outcome of charset detection.</summary>
/// <param name="Encoding">The encoding to decode the bytes with (decodes invalid bytes to U+FFFD).</param>
/// <param name="Source">Where <paramref name="Encoding"/> came from.</param>
/// <param name="BomLength">How many leading bytes are a byte order mark and must be skipped (0, 2 or 3).</param>
internal readonly record struct DetectedCharset(Encoding Encoding, CharsetSource Source, int BomLength);
