using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// An element's attributes for <c>foreach</c>, walked by index. The attribute map's own enumerator is an object, which
/// the JIT does not always keep off the heap: on the tests every element of a page goes through, it cost 41 KB a page
/// once one of them grew.
/// </summary>
internal readonly struct AttributeList
{
    private readonly INamedNodeMap _attributes;

    private AttributeList(INamedNodeMap attributes) => _attributes = attributes;

    /// <summary>The attributes of <paramref name="element"/>.</summary>
    public static AttributeList Of(IElement element) => new(element.Attributes);

    /// <summary>The enumerator <c>foreach</c> uses, a struct.</summary>
    public Enumerator GetEnumerator() => new(_attributes);

    /// <summary>Steps through the map by index.</summary>
    internal struct Enumerator
    {
        private readonly INamedNodeMap _attributes;
        private int _index;

        internal Enumerator(INamedNodeMap attributes)
        {
            _attributes = attributes;
            _index = -1;
            Current = null!;
        }

        /// <summary>The attribute at the current position.</summary>
        public IAttr Current { get; private set; }

        /// <summary>Moves to the next attribute; <see langword="false"/> at the end.</summary>
        public bool MoveNext()
        {
            while (++_index < _attributes.Length)
            {
                if (_attributes[_index] is { } attribute)
                {
                    Current = attribute;
                    return true;
                }
            }

            return false;
        }
    }
}
