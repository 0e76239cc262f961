namespace ArticleExtract.Dom;

/// <summary>
/// The data attributes component frameworks name an element's part in where older templates use a class:
/// data-testid="related-articles", data-component="byline-block", data-qa="most-read".
/// </summary>
internal static class ComponentMarks
{
    private static readonly string[] Attributes =
    [
        "data-testid", "data-test-id", "data-test", "data-component", "data-component-name", "data-qa", "data-cy", "data-module",

        // Seznam's sites (novinky.cz, seznamzpravy.cz) hash their classes and name the parts for analytics only:
        // data-dot="ogm-article-author".
        "data-dot",
    ];

    /// <summary>Whether the attribute, by its local name, is one that names a component.</summary>
    public static bool IsMark(string localName) => localName.StartsWith("data-", StringComparison.Ordinal) && Array.IndexOf(Attributes, localName) >= 0;
}
