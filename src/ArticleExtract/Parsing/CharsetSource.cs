namespace ArticleExtract.Parsing;

/// <summary>Where the charset used to decode a page came from, strongest first.</summary>
internal enum CharsetSource
{
    /// <summary>A UTF-8 or UTF-16 byte order mark at the start of the bytes.</summary>
    ByteOrderMark,

    /// <summary>The <c>charset</c> parameter of the caller's Content-Type.</summary>
    ContentType,

    /// <summary>A <c>&lt;meta&gt;</c> (or XML declaration) found by the prescan of the first 1024 bytes.</summary>
    MetaTag,

    /// <summary>
    /// Nothing declared one: the bytes were sniffed as valid UTF-8, or else the caller's fallback was used.
    /// </summary>
    Fallback,
}
