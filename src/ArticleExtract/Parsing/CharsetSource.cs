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
    /// A <c>&lt;meta&gt;</c> named a legacy charset, but the bytes are plainly UTF-8 (a page re-saved as UTF-8 that
    /// kept its old declaration), so UTF-8 was used.
    /// </summary>
    Utf8OverMetaTag,

    /// <summary>
    /// Nothing declared one: the bytes were sniffed as valid UTF-8, or else the caller's fallback was used.
    /// </summary>
    Fallback,
}
