namespace ArticleExtract.Evaluation.Metrics;

/// <summary>
/// Snippet tests on whitespace-collapsed text, ordinal and case-sensitive, as the corpora's own tools match.
/// The body is normalised once per page; snippets are normalised per call.
/// </summary>
internal sealed class SnippetMatcher
{
    private readonly string _body;

    public SnippetMatcher(string? body)
    {
        _body = TextNormalization.CollapseWhitespace(body);
    }

    /// <summary>The whitespace-collapsed body.</summary>
    public string NormalizedBody => _body;

    /// <summary>Whether the body contains <paramref name="snippet"/>. An empty snippet is always contained.</summary>
    public bool Contains(string snippet) =>
        _body.Contains(TextNormalization.CollapseWhitespace(snippet), StringComparison.Ordinal);

    /// <summary>Whether the body starts with <paramref name="prefix"/>.</summary>
    public bool StartsWith(string prefix) =>
        _body.StartsWith(TextNormalization.CollapseWhitespace(prefix), StringComparison.Ordinal);
}
