using System.Text;

namespace ArticleExtract.Parsing;

/// <summary>
/// Reads the <c>charset</c> parameter of a Content-Type value the way the WHATWG MIME Sniffing Standard parses
/// parameters: <c>;</c>-separated <c>name=value</c> pairs, names matched case-insensitively, values either a
/// token or an HTTP quoted-string with backslash escapes; the first <c>charset</c> parameter wins.
/// </summary>
internal static class ContentTypeCharset
{
    // Longer values name no encoding; the bound keeps the unescaped copy on the stack.
    private const int MaxValueLength = 64;

    /// <summary>Gets the encoding the <c>charset</c> parameter names.</summary>
    /// <param name="contentType">A Content-Type value such as <c>text/html; charset="Shift_JIS"</c>.</param>
    /// <returns>The encoding, or null when there is no <c>charset</c> parameter or its label is unknown.</returns>
    public static Encoding? GetEncoding(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        ReadOnlySpan<char> s = contentType;
        int semicolon = s.IndexOf(';');
        if (semicolon < 0)
        {
            return null;
        }

        int pos = semicolon + 1;
        Span<char> unescaped = stackalloc char[MaxValueLength];
        while (pos < s.Length)
        {
            while (pos < s.Length && IsHttpWhitespace(s[pos]))
            {
                pos++;
            }

            int nameStart = pos;
            while (pos < s.Length && s[pos] is not ';' and not '=')
            {
                pos++;
            }

            ReadOnlySpan<char> name = s[nameStart..pos];
            if (pos >= s.Length)
            {
                break;
            }

            if (s[pos] == ';')
            {
                pos++;
                continue;
            }

            pos++; // past '='
            scoped ReadOnlySpan<char> value;
            if (pos < s.Length && s[pos] == '"')
            {
                pos = ReadQuotedString(s, pos + 1, unescaped, out int length);
                value = length > MaxValueLength ? default : unescaped[..length];

                // Anything between the closing quote and the next ';' is ignored.
                int next = s[pos..].IndexOf(';');
                pos = next < 0 ? s.Length : pos + next;
            }
            else
            {
                int next = s[pos..].IndexOf(';');
                int end = next < 0 ? s.Length : pos + next;
                value = s[pos..end].TrimEnd(" \t\r\n");
                pos = end;
                if (value.IsEmpty)
                {
                    continue;
                }
            }

            if (name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return EncodingNames.TryGet(value);
            }
        }

        return null;
    }

    /// <summary>Reads a quoted string whose opening quote is just before <paramref name="pos"/>.</summary>
    /// <returns>The position after the closing quote (or the end); <paramref name="length"/> exceeds the buffer when it overflowed.</returns>
    private static int ReadQuotedString(ReadOnlySpan<char> s, int pos, Span<char> buffer, out int length)
    {
        length = 0;
        while (pos < s.Length)
        {
            char c = s[pos++];
            if (c == '"')
            {
                return pos;
            }

            if (c == '\\' && pos < s.Length)
            {
                c = s[pos++];
            }

            if (length < buffer.Length)
            {
                buffer[length] = c;
            }

            length++;
        }

        return pos;
    }

    private static bool IsHttpWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
