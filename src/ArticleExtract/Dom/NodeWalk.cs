using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// The nodes below a root in document order (elements, text, comments), one at a time, without recursion and without
/// building a result list. Children are reached by index, as a sibling step in AngleSharp searches the parent's
/// children. The tree must not change during the walk.
/// </summary>
internal struct NodeWalk
{
    private INode _node;
    private INodeList _children;
    private int _next;
    private int[]? _resume;
    private int _depth;

    /// <summary>Starts a walk over the descendants of <paramref name="root"/>.</summary>
    public NodeWalk(INode root)
    {
        _node = root;
        _children = root.ChildNodes;
        _next = 0;
        _resume = null;
        _depth = 0;
    }

    /// <summary>The next node in document order, or <see langword="null"/> at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public INode? Next()
    {
        while (true)
        {
            if (_next < _children.Length)
            {
                var child = _children[_next++];
                if (child.HasChildNodes)
                {
                    _resume ??= new int[32];
                    if (_depth == _resume.Length)
                    {
                        Array.Resize(ref _resume, _resume.Length * 2);
                    }

                    _resume[_depth++] = _next;
                    _node = child;
                    _children = child.ChildNodes;
                    _next = 0;
                }

                return child;
            }

            if (_depth == 0)
            {
                return null;
            }

            _next = _resume![--_depth];
            _node = _node.Parent!;
            _children = _node.ChildNodes;
        }
    }
}
