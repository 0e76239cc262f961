using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// The elements below a root in document order (what <c>QuerySelectorAll</c> visits), one at a time, without
/// recursion and without building a result list: a reader that stops after the first candidates stops the walk.
/// Children are reached by index, as a sibling step in AngleSharp searches the parent's children. The tree must not
/// change during the walk.
/// </summary>
internal struct ElementWalk
{
    private INode _node;
    private INodeList _children;
    private int _next;
    private int[] _resume;
    private int _depth;

    /// <summary>Starts a walk over the descendants of <paramref name="root"/>.</summary>
    public ElementWalk(INode root)
    {
        _node = root;
        _children = root.ChildNodes;
        _next = 0;
        _resume = new int[32];
        _depth = 0;
    }

    /// <summary>The next element in document order, or <see langword="null"/> at the end.</summary>
    public IElement? Next()
    {
        while (true)
        {
            if (_next < _children.Length)
            {
                var child = _children[_next++];
                if (child.HasChildNodes)
                {
                    if (_depth == _resume.Length)
                    {
                        Array.Resize(ref _resume, _resume.Length * 2);
                    }

                    _resume[_depth++] = _next;
                    _node = child;
                    _children = child.ChildNodes;
                    _next = 0;
                }

                if (child is IElement element)
                {
                    return element;
                }
            }
            else
            {
                if (_depth == 0)
                {
                    return null;
                }

                _next = _resume[--_depth];
                _node = _node.Parent!;
                _children = _node.ChildNodes;
            }
        }
    }
}
