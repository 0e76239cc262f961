namespace ArticleExtract.Parsing;

/// <summary>ASCII white space as the WHATWG standards define it: TAB, LF, FF, CR and SPACE.</summary>
internal static class AsciiWhitespace
{
    /// <summary>The five characters.</summary>
    public static ReadOnlySpan<char> Chars => "\t\n\f\r ";

    /// <summary>The five bytes.</summary>
    public static ReadOnlySpan<byte> Bytes => "\t\n\f\r "u8;

    /// <summary>Whether a byte is ASCII white space.</summary>
    /// <param name="b">The byte.</param>
    /// <returns>True for TAB, LF, FF, CR and SPACE.</returns>
    public static bool Is(byte b) => b is 0x09 or 0x0A or 0x0C or 0x0D or 0x20;

    /// <summary>Whether a character is ASCII white space.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for TAB, LF, FF, CR and SPACE.</returns>
    public static bool Is(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';
}
