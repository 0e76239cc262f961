using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// A node's text content, as <see cref="INode.TextContent"/> gives it (an element's descendant text nodes in document
/// order, a text or comment node's data), read without AngleSharp's shared builder pool. The pool hands out builders
/// that grew on the page's largest texts, and clearing one that grew in chunks allocates its whole capacity again:
/// in the pipeline's profile that was three quarters of the time spent reading text. Here a link with one text node
/// costs nothing, and any other element one string of the exact length.
/// </summary>
internal static class NodeText
{
    /// <summary>The text content of <paramref name="node"/>.</summary>
    public static string Of(INode node)
    {
        if (node is ICharacterData data)
        {
            return data.Data;
        }

        var children = node.ChildNodes;
        if (children.Length == 0)
        {
            return string.Empty;
        }

        if (children.Length == 1 && children[0] is IText only)
        {
            return only.Data;
        }

        var length = 0;
        var walk = new TextWalk(node);
        while (walk.Next() is { } text)
        {
            length += text.Data.Length;
        }

        return length == 0 ? string.Empty : string.Create(length, node, static (span, root) =>
        {
            var at = 0;
            var copy = new TextWalk(root);
            while (copy.Next() is { } text)
            {
                text.Data.CopyTo(span[at..]);
                at += text.Data.Length;
            }
        });
    }

    // The text nodes below a root in document order, children reached by index (a sibling step in AngleSharp searches
    // the parent's children) and without recursion.
    private struct TextWalk(INode root)
    {
        private INode _node = root;
        private INodeList _children = root.ChildNodes;
        private int _next;
        private int[]? _resume;
        private int _depth;

        public IText? Next()
        {
            while (true)
            {
                if (_next < _children.Length)
                {
                    var child = _children[_next++];
                    if (child is IText text)
                    {
                        return text;
                    }

                    if (child.HasChildNodes)
                    {
                        _resume ??= new int[16];
                        if (_depth == _resume.Length)
                        {
                            Array.Resize(ref _resume, _resume.Length * 2);
                        }

                        _resume[_depth++] = _next;
                        _node = child;
                        _children = child.ChildNodes;
                        _next = 0;
                    }
                }
                else
                {
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
    }
}
