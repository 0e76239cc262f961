namespace ArticleExtract.Normalization;

/// <summary>The element a story block came from, as far as the filter needs to know it.</summary>
internal enum BlockKind
{
    /// <summary>A paragraph, or text held in a bare container.</summary>
    Paragraph,

    /// <summary>An <c>h1</c>–<c>h6</c> heading.</summary>
    Heading,

    /// <summary>A list item or a definition term or description.</summary>
    ListItem,

    /// <summary>Text inside a block quote.</summary>
    Quote,

    /// <summary>A table row's cells, or a cell's own blocks.</summary>
    TableCell,

    /// <summary>Preformatted text.</summary>
    Preformatted,
}
