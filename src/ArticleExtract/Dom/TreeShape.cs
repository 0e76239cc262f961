namespace ArticleExtract.Dom;

/// <summary>What a walk of the parsed tree found, up to the point where it stopped.</summary>
/// <param name="Nodes">Elements and comments counted (at most one past the limit).</param>
/// <param name="Depth">The deepest element nesting seen; the root element is at depth 1.</param>
internal readonly record struct TreeShape(int Nodes, int Depth);
