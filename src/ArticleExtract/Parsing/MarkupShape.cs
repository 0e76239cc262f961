namespace ArticleExtract.Parsing;

/// <summary>What a pre-scan of the markup found, up to the point where it stopped.</summary>
/// <param name="Nodes">Elements and comments counted (at most one past the limit).</param>
/// <param name="Depth">The deepest nesting of open elements seen (at most one past the limit).</param>
internal readonly record struct MarkupShape(int Nodes, int Depth);
