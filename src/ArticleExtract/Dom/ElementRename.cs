using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// Gives an element another tag name in place: the DOM cannot rename, so a new element takes its attributes and
/// children and its place in the tree.
/// </summary>
internal static class ElementRename
{
    /// <summary>Replaces <paramref name="element"/> with a <paramref name="name"/> element holding what it held.</summary>
    public static void To(IElement element, string name)
    {
        if (element.Parent is not { } parent || element.Owner is not { } document)
        {
            return;
        }

        var renamed = document.CreateElement(name);
        foreach (var attribute in element.Attributes)
        {
            renamed.SetAttribute(attribute.Name, attribute.Value);
        }

        while (element.FirstChild is { } child)
        {
            renamed.AppendChild(child);
        }

        parent.ReplaceChild(renamed, element);
    }
}
