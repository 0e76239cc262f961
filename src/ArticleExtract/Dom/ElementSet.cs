using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// A few elements (sign-up boxes, comment threads) that every element of the page is checked against. While the set
/// is small a scan of references answers: hashing would give each element asked a hash code of its own, which the
/// runtime stores in the object's header on first use (1.5 % of extraction time in a CPU profile). Up to 32 elements
/// are scanned: the ancestors of a page's payment links or of its story reach past 8, and then every box of the page
/// asked was hashed (in session 68's profile, most of the time the page cleaner's per-element test took). A larger set is
/// hashed by reference, behind a test of the element's name against the few names the set holds ("div", "section"),
/// which answers for most of a page's elements (links, spans, paragraphs) without hashing them.
/// </summary>
internal sealed class ElementSet
{
    private const int MaxScanned = 32;

    private readonly List<IElement> _items = [];
    private readonly List<string> _names = [];
    private HashSet<IElement>? _hashed;

    /// <summary>The number of elements held.</summary>
    public int Count => _items.Count;

    /// <summary>Adds an element; <see langword="false"/> when it is held already.</summary>
    public bool Add(IElement element)
    {
        if (Contains(element))
        {
            return false;
        }

        _items.Add(element);
        if (!_names.Contains(element.LocalName))
        {
            _names.Add(element.LocalName);
        }

        if (_hashed is not null)
        {
            _hashed.Add(element);
        }
        else if (_items.Count > MaxScanned)
        {
            _hashed = new HashSet<IElement>(_items, ReferenceEqualityComparer.Instance);
        }

        return true;
    }

    /// <summary>Whether the set holds this very element.</summary>
    public bool Contains(IElement element)
    {
        if (_hashed is not null)
        {
            return _names.Contains(element.LocalName) && _hashed.Contains(element);
        }

        foreach (var item in _items)
        {
            if (ReferenceEquals(item, element))
            {
                return true;
            }
        }

        return false;
    }
}
