using System.Globalization;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Readability;

/// <summary>
/// Keeps the elements recorded before the readability pass identifiable after it. When the pass finds too little text
/// it starts again from the page's HTML as it stood before its first attempt, so every element on the page is a new
/// object and references recorded earlier point at a detached tree. Each recorded element carries a numbered attribute,
/// which the page's HTML keeps: after the pass, the elements that carry the numbers stand in for the recorded ones.
/// </summary>
internal sealed class RecordedNodes
{
    private static readonly ISelector RecordedElements = ParsedSelector.Of($"[{Attribute}]");

    // Not a component mark (ComponentMarks) nor a class or id, so nothing in the pass or the cleaning reads it.
    internal const string Attribute = "data-articleextract-recorded";

    private readonly List<IElement> _elements = [];

    /// <summary>Numbers the element, once; other nodes cannot carry a number.</summary>
    /// <returns>The node, so a structure can number its references in place.</returns>
    public INode? Number(INode? node)
    {
        if (node is IElement element && !element.HasAttribute(Attribute))
        {
            element.SetAttribute(Attribute, _elements.Count.ToString(CultureInfo.InvariantCulture));
            _elements.Add(element);
        }

        return node;
    }

    /// <summary>
    /// After the pass: when the story holds numbered elements and none of them is a recorded one, the pass started
    /// again from the page's HTML, and the map from each recorded element to the element that carries its number now
    /// (in the story or left on the page) is returned. Otherwise <see langword="null"/>. The numbers are taken off
    /// every element either way.
    /// </summary>
    /// <param name="story">The story the pass chose.</param>
    /// <param name="body">The page's body.</param>
    /// <param name="leftOnPage">
    /// When the story is the first attempt's (the pass kept its longest attempt) while the page holds a later one's
    /// tree: each recorded element outside the story mapped to the copy of it on the page; otherwise <see langword="null"/>.
    /// </param>
    public Dictionary<INode, INode>? Settle(IElement story, IElement body, out Dictionary<INode, INode>? leftOnPage)
    {
        leftOnPage = null;
        if (_elements.Count == 0)
        {
            return null;
        }

        // The pass may hand back a recorded element itself as the story.
        var inStory = story.ChildNodes.QuerySelectorAll(RecordedElements).Prepend(story).ToList();
        var original = false;
        var renewed = false;
        foreach (var element in inStory)
        {
            if (Recorded(element) is { } recorded)
            {
                original |= ReferenceEquals(recorded, element);
                renewed |= !ReferenceEquals(recorded, element);
            }
        }

        Dictionary<INode, INode>? map = null;
        if (renewed && !original)
        {
            map = new Dictionary<INode, INode>(_elements.Count, ReferenceEqualityComparer.Instance);
            Collect(inStory, map);
            Collect(body.ChildNodes.QuerySelectorAll(RecordedElements), map);
        }
        else
        {
            Unmark(inStory);
            if (original)
            {
                leftOnPage = CopiesOnPage(story, body);
            }
        }

        foreach (var element in _elements)
        {
            element.RemoveAttribute(Attribute);
        }

        return map;
    }

    // Maps each recorded element to the copy of it among the elements, unless the recorded one lies in outside; the
    // numbers come off the copies.
    private void Collect(IEnumerable<IElement> elements, Dictionary<INode, INode> map, IElement? outside = null)
    {
        foreach (var element in elements)
        {
            if (Recorded(element) is { } recorded && !ReferenceEquals(recorded, element) && outside?.Contains(recorded) != true)
            {
                map.TryAdd(recorded, element);
            }

            element.RemoveAttribute(Attribute);
        }
    }

    // The page's elements carrying a number whose recorded element is not one of them, nor in the story: the later
    // attempt's copies.
    private Dictionary<INode, INode>? CopiesOnPage(IElement story, IElement body)
    {
        var copies = new Dictionary<INode, INode>(ReferenceEqualityComparer.Instance);
        Collect(body.ChildNodes.QuerySelectorAll(RecordedElements), copies, outside: story);
        return copies.Count > 0 ? copies : null;
    }

    private static void Unmark(List<IElement> elements)
    {
        foreach (var element in elements)
        {
            element.RemoveAttribute(Attribute);
        }
    }

    /// <summary>The nodes the function gives for <paramref name="nodes"/>, in order, leaving out those it drops.</summary>
    public static INode[] Remap(INode[] nodes, Func<INode?, INode?> map)
    {
        var remapped = new List<INode>(nodes.Length);
        foreach (var node in nodes)
        {
            if (map(node) is { } current)
            {
                remapped.Add(current);
            }
        }

        return [.. remapped];
    }

    private IElement? Recorded(IElement element) =>
        int.TryParse(element.GetAttribute(Attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var index) &&
        index < _elements.Count
            ? _elements[index]
            : null;
}
