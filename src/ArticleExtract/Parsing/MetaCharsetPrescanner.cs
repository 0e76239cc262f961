using System.Buffers;
using System.Text;

namespace ArticleExtract.Parsing;

/// <summary>
/// The HTML Standard's "prescan a byte stream to determine its encoding": walks the bytes the way a tokenizer
/// would (skipping comments, other tags and their attributes, including quoted values that contain
/// <c>&lt;meta</c>) and returns the charset of the first usable <c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="…charset=…"&gt;</c>.
/// </summary>
/// <remarks>
/// Running out of bytes anywhere ends the scan without a meta answer, so a meta must be complete (up to its
/// <c>&gt;</c>) within the bytes given; then only an XML declaration (<c>&lt;?xml … encoding="…"?&gt;</c>) can answer,
/// as in the standard's "get an XML encoding". A meta or XML declaration naming UTF-16 means UTF-8, because the
/// bytes being readable as ASCII proves they are not UTF-16.
/// </remarks>
internal static class MetaCharsetPrescanner
{
    // Ends a tag name or an unquoted attribute value.
    private static readonly SearchValues<byte> WhitespaceOrTagEnd = SearchValues.Create("\t\n\f\r >"u8);

    // Ends an unquoted charset in a content attribute.
    private static readonly SearchValues<byte> WhitespaceOrSemicolon = SearchValues.Create("\t\n\f\r ;"u8);

    /// <summary>Finds the declared encoding.</summary>
    /// <param name="bytes">The bytes to scan; the caller passes the first 1024.</param>
    /// <returns>The encoding, or null when none is declared (or the label is unknown).</returns>
    public static Encoding? Prescan(ReadOnlySpan<byte> bytes)
    {
        // Only a document that is really UTF-16 can start with "<?x" in UTF-16.
        if (bytes.StartsWith("<\0?\0x\0"u8))
        {
            return EncodingNames.Utf16LE;
        }

        if (bytes.StartsWith("\0<\0?\0x"u8))
        {
            return EncodingNames.Utf16BE;
        }

        return ScanForMeta(bytes) ?? GetXmlEncoding(bytes);
    }

    private static Encoding? ScanForMeta(ReadOnlySpan<byte> b)
    {
        int pos = 0;
        while (pos < b.Length)
        {
            if (b[pos] != (byte)'<')
            {
                // Nothing but '<' starts anything the prescan cares about.
                int next = b[pos..].IndexOf((byte)'<');
                if (next < 0)
                {
                    return null;
                }

                pos += next;
            }

            ReadOnlySpan<byte> rest = b[pos..];
            if (rest.StartsWith("<!--"u8))
            {
                // The "--" of "<!--" may also close it, so "<!-->" is a whole comment.
                int close = rest[2..].IndexOf("-->"u8);
                if (close < 0)
                {
                    return null;
                }

                pos += 2 + close + 3;
                continue;
            }

            if (rest.Length >= 6 && Ascii.EqualsIgnoreCase(rest[..5], "<meta"u8) && (AsciiWhitespace.Is(rest[5]) || rest[5] == (byte)'/'))
            {
                pos += 5;
                MetaOutcome outcome = ReadMeta(b, ref pos, out Encoding? encoding);
                if (outcome == MetaOutcome.EndOfInput)
                {
                    return null;
                }

                if (outcome == MetaOutcome.Found)
                {
                    return encoding;
                }
            }
            else if (rest.Length >= 2 && (IsAsciiLetter(rest[1]) || (rest[1] == (byte)'/' && rest.Length >= 3 && IsAsciiLetter(rest[2]))))
            {
                // Any other tag: skip its name, then its attributes, so a value holding "<meta" is not read as a tag.
                int nameEnd = rest.IndexOfAny(WhitespaceOrTagEnd);
                if (nameEnd < 0)
                {
                    return null;
                }

                pos += nameEnd;
                while (true)
                {
                    AttributeOutcome attribute = GetAttribute(b, ref pos, out _, out _);
                    if (attribute == AttributeOutcome.EndOfInput)
                    {
                        return null;
                    }

                    if (attribute == AttributeOutcome.None)
                    {
                        break;
                    }
                }
            }
            else if (rest.Length >= 2 && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                int close = rest[1..].IndexOf((byte)'>');
                if (close < 0)
                {
                    return null;
                }

                pos += 1 + close;
            }

            pos++;
        }

        return null;
    }

    /// <summary>Reads a meta tag's attributes; <paramref name="pos"/> starts just after "&lt;meta".</summary>
    private static MetaOutcome ReadMeta(ReadOnlySpan<byte> b, ref int pos, out Encoding? charset)
    {
        charset = null;
        bool charsetFailed = false;
        bool gotPragma = false;
        bool? needPragma = null;
        bool seenHttpEquiv = false, seenContent = false, seenCharset = false;

        while (true)
        {
            AttributeOutcome attribute = GetAttribute(b, ref pos, out Range nameRange, out Range valueRange);
            if (attribute == AttributeOutcome.EndOfInput)
            {
                return MetaOutcome.EndOfInput;
            }

            if (attribute == AttributeOutcome.None)
            {
                break;
            }

            // Only the first of same-named attributes counts; other names never matter here.
            ReadOnlySpan<byte> name = b[nameRange];
            ReadOnlySpan<byte> value = b[valueRange];
            if (Ascii.EqualsIgnoreCase(name, "http-equiv"u8))
            {
                if (!seenHttpEquiv)
                {
                    seenHttpEquiv = true;
                    gotPragma = Ascii.EqualsIgnoreCase(value, "content-type"u8);
                }
            }
            else if (Ascii.EqualsIgnoreCase(name, "content"u8))
            {
                if (!seenContent)
                {
                    seenContent = true;
                    if (charset is null && !charsetFailed)
                    {
                        Encoding? fromContent = ExtractFromContent(value);
                        if (fromContent is not null)
                        {
                            charset = fromContent;
                            needPragma = true;
                        }
                    }
                }
            }
            else if (Ascii.EqualsIgnoreCase(name, "charset"u8) && !seenCharset)
            {
                seenCharset = true;
                charset = EncodingNames.TryGetAscii(value);
                charsetFailed = charset is null;
                needPragma = false;
            }
        }

        if (needPragma is null || (needPragma == true && !gotPragma) || charset is null)
        {
            return MetaOutcome.NotFound;
        }

        charset = NotUtf16(charset);
        return MetaOutcome.Found;
    }

    /// <summary>
    /// The standard's "get an attribute". On <see cref="AttributeOutcome.None"/> <paramref name="pos"/> is at the
    /// tag's '&gt;'; names and values are ranges of the raw bytes (compare them ASCII case-insensitively).
    /// </summary>
    private static AttributeOutcome GetAttribute(ReadOnlySpan<byte> b, ref int pos, out Range name, out Range value)
    {
        name = default;
        value = default;
        while (pos < b.Length && (AsciiWhitespace.Is(b[pos]) || b[pos] == (byte)'/'))
        {
            pos++;
        }

        if (pos >= b.Length)
        {
            return AttributeOutcome.EndOfInput;
        }

        if (b[pos] == (byte)'>')
        {
            return AttributeOutcome.None;
        }

        // The name runs to '=', white space, '/' or '>'; a leading '=' belongs to the name.
        int nameStart = pos;
        while (true)
        {
            if (pos >= b.Length)
            {
                return AttributeOutcome.EndOfInput;
            }

            byte c = b[pos];
            if (c == (byte)'=' && pos > nameStart)
            {
                name = nameStart..pos;
                pos++;
                return ReadValue(b, ref pos, ref value);
            }

            if (AsciiWhitespace.Is(c))
            {
                name = nameStart..pos;
                break;
            }

            if (c is (byte)'/' or (byte)'>')
            {
                name = nameStart..pos;
                return AttributeOutcome.Attribute;
            }

            pos++;
        }

        while (pos < b.Length && AsciiWhitespace.Is(b[pos]))
        {
            pos++;
        }

        if (pos >= b.Length)
        {
            return AttributeOutcome.EndOfInput;
        }

        if (b[pos] != (byte)'=')
        {
            return AttributeOutcome.Attribute;
        }

        pos++;
        return ReadValue(b, ref pos, ref value);
    }

    private static AttributeOutcome ReadValue(ReadOnlySpan<byte> b, ref int pos, ref Range value)
    {
        while (pos < b.Length && AsciiWhitespace.Is(b[pos]))
        {
            pos++;
        }

        if (pos >= b.Length)
        {
            return AttributeOutcome.EndOfInput;
        }

        byte c = b[pos];
        if (c is (byte)'"' or (byte)'\'')
        {
            int close = b[(pos + 1)..].IndexOf(c);
            if (close < 0)
            {
                return AttributeOutcome.EndOfInput;
            }

            value = (pos + 1)..(pos + 1 + close);
            pos += close + 2;
            return AttributeOutcome.Attribute;
        }

        if (c == (byte)'>')
        {
            return AttributeOutcome.Attribute;
        }

        int start = pos;
        int end = b[(pos + 1)..].IndexOfAny(WhitespaceOrTagEnd);
        if (end < 0)
        {
            return AttributeOutcome.EndOfInput;
        }

        pos += 1 + end;
        value = start..pos;
        return AttributeOutcome.Attribute;
    }

    /// <summary>The standard's "extracting a character encoding from a meta element" (the content attribute).</summary>
    private static Encoding? ExtractFromContent(ReadOnlySpan<byte> s)
    {
        int pos = 0;
        while (true)
        {
            int found = IndexOfIgnoreCase(s[pos..], "charset"u8);
            if (found < 0)
            {
                return null;
            }

            pos += found + 7;
            while (pos < s.Length && AsciiWhitespace.Is(s[pos]))
            {
                pos++;
            }

            if (pos >= s.Length || s[pos] != (byte)'=')
            {
                // "charset" not followed by '=': look for the next one.
                continue;
            }

            pos++;
            while (pos < s.Length && AsciiWhitespace.Is(s[pos]))
            {
                pos++;
            }

            if (pos >= s.Length)
            {
                return null;
            }

            byte c = s[pos];
            if (c is (byte)'"' or (byte)'\'')
            {
                int close = s[(pos + 1)..].IndexOf(c);
                return close < 0 ? null : EncodingNames.TryGetAscii(s.Slice(pos + 1, close));
            }

            int end = s[pos..].IndexOfAny(WhitespaceOrSemicolon);
            return EncodingNames.TryGetAscii(end < 0 ? s[pos..] : s.Slice(pos, end));
        }
    }

    /// <summary>The standard's "get an XML encoding", for documents starting with an XML declaration.</summary>
    private static Encoding? GetXmlEncoding(ReadOnlySpan<byte> b)
    {
        if (!b.StartsWith("<?xml"u8))
        {
            return null;
        }

        int declarationEnd = b.IndexOf((byte)'>');
        if (declarationEnd < 0)
        {
            return null;
        }

        ReadOnlySpan<byte> declaration = b[..declarationEnd];
        int pos = IndexOfIgnoreCase(declaration, "encoding"u8);
        if (pos < 0)
        {
            return null;
        }

        pos += 8;
        while (pos < declaration.Length && declaration[pos] <= 0x20)
        {
            pos++;
        }

        if (pos >= declaration.Length || declaration[pos] != (byte)'=')
        {
            return null;
        }

        pos++;
        while (pos < declaration.Length && declaration[pos] <= 0x20)
        {
            pos++;
        }

        if (pos >= declaration.Length || declaration[pos] is not ((byte)'"' or (byte)'\''))
        {
            return null;
        }

        byte quote = declaration[pos];
        pos++;
        int close = declaration[pos..].IndexOf(quote);
        if (close < 0)
        {
            return null;
        }

        ReadOnlySpan<byte> label = declaration.Slice(pos, close);
        if (label.IndexOfAnyInRange((byte)0, (byte)0x20) >= 0)
        {
            return null;
        }

        Encoding? encoding = EncodingNames.TryGetAscii(label);
        return encoding is null ? null : NotUtf16(encoding);
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(haystack.Slice(i, needle.Length), needle))
            {
                return i;
            }
        }

        return -1;
    }

    private static Encoding NotUtf16(Encoding encoding) =>
        ReferenceEquals(encoding, EncodingNames.Utf16LE) || ReferenceEquals(encoding, EncodingNames.Utf16BE)
            ? EncodingNames.Utf8
            : encoding;

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private enum AttributeOutcome
    {
        Attribute,
        None,
        EndOfInput,
    }

    private enum MetaOutcome
    {
        Found,
        NotFound,
        EndOfInput,
    }
}
