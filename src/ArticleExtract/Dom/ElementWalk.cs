using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// The elements below a root in document order (what <c>QuerySelectorAll</c> visits), one at a time, without
/// recursion and without building a result list: a reader that stops after the first candidates stops the walk.
/// The tree must not change during the walk.
/// </summary>
internal struct ElementWalk
{
    private NodeWalk _nodes;

    /// <summary>Starts a walk over the descendants of <paramref name="root"/>.</summary>
    public ElementWalk(INode root) => _nodes = new NodeWalk(root);

    /// <summary>The next element in document order, or <see langword="null"/> at the end.</summary>
    public IElement? Next()
    {
        while (_nodes.Next() is { } node)
        {
            if (node is IElement element)
            {
                return element;
            }
        }

        return null;
    }
}
