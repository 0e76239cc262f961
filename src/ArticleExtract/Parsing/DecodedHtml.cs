using System.Text;

namespace ArticleExtract.Parsing;

/// <summary>A page's bytes decoded to text.</summary>
/// <param name="Text">The decoded text, without the byte order mark.</param>
/// <param name="Encoding">The encoding used.</param>
/// <param name="Source">Where the encoding came from.</param>
internal readonly record struct DecodedHtml(string Text, Encoding Encoding, CharsetSource Source);
