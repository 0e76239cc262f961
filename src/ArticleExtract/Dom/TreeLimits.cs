using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// Walks the parsed tree once, without recursion, to count its elements and comments and measure its depth
/// exactly; a tree within the limits whose elements are so wide that walks over it would crawl is then split
/// (see <see cref="WideElementSplitter"/>).
/// </summary>
internal static class TreeLimits
{
    // How many nodes pass between two looks at the cancellation token.
    private const int CheckEvery = 4096;

    /// <summary>Checks and prepares <paramref name="root"/>, stopping early once a limit is passed.</summary>
    /// <param name="root">The document (or any subtree).</param>
    /// <param name="maxNodes">The most elements and comments accepted.</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <param name="ct">Checked every so often.</param>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static TreeShape Enforce(INode root, int maxNodes, int maxDepth, CancellationToken ct)
    {
        var shape = Measure(root, maxNodes, maxDepth, ct, out var walkCost);
        if (shape.Nodes <= maxNodes && shape.Depth <= maxDepth && walkCost > WideElementSplitter.MaxWalkCost)
        {
            WideElementSplitter.SplitAll(root, ct);
        }

        return shape;
    }

    /// <summary>
    /// Counts and measures; <paramref name="walkCost"/> is the sum of the squares of the child counts, which is
    /// what a document-order walk costs in AngleSharp (it finds a next sibling by searching the parent's children).
    /// </summary>
    private static TreeShape Measure(INode root, int maxNodes, int maxDepth, CancellationToken ct, out long walkCost)
    {
        var nodes = 0;
        var depth = 0;
        var visited = 0;
        walkCost = 0;

        // Each entry is a node and the index of its next child to visit; children are reached by index.
        var stack = new Stack<(INode Node, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = node.ChildNodes;
            if (next == 0)
            {
                walkCost += (long)children.Length * children.Length;
            }

            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((node, next + 1));
            var child = children[next];
            if (++visited % CheckEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (child is IElement)
            {
                // The stack holds the child's ancestors from the root: its depth is their number.
                depth = Math.Max(depth, stack.Count);
                nodes++;
            }
            else if (child is IComment)
            {
                nodes++;
            }

            if (nodes > maxNodes || depth > maxDepth)
            {
                break;
            }

            if (child.HasChildNodes)
            {
                stack.Push((child, 0));
            }
        }

        return new TreeShape(nodes, depth);
    }
}
