using System.Globalization;

namespace ArticleExtract.Evaluation.Metrics;

/// <summary>Comparisons of the metadata fields: title, publication day and byline.</summary>
internal static class FieldMatcher
{
    private static readonly string[] NameSeparators = [",", ";", "&", " and ", " und ", " et ", " y ", " e "];

    // The word that labels a byline is not part of it: "By Ana Sandoiu" and "Ana Sandoiu" name the same author.
    private static readonly string[] BylineLabels = ["written by ", "by ", "par ", "von ", "por ", "door ", "di "];

    /// <summary>Whitespace-normalised, case-sensitive equality; a missing prediction is wrong.</summary>
    public static bool TitleMatches(string expected, string? predicted) =>
        predicted is not null &&
        string.Equals(TextNormalization.CollapseWhitespace(expected), TextNormalization.CollapseWhitespace(predicted), StringComparison.Ordinal);

    /// <summary>The calendar day of an ISO 8601 date or date-time (its first ten characters), if it has one.</summary>
    public static DateOnly? ParseExpectedDay(string? expected)
    {
        if (expected is null || expected.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(expected.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    /// <summary>
    /// Whether the predicted byline or authors match the expected ones. Against <c>expected.byline</c>:
    /// equality with our byline, or our author set equal to the names in the expected byline. Against
    /// <c>expected.authors</c>: our author set, or the names in our byline, equal to the expected set.
    /// All comparisons are whitespace-normalised and case-insensitive. <see langword="null"/> when the page
    /// has neither expectation.
    /// </summary>
    public static bool? BylineMatches(string? expectedByline, IReadOnlyList<string>? expectedAuthors, string? byline, IReadOnlyList<string> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        var hasAuthors = expectedAuthors is { Count: > 0 };
        if (expectedByline is null && !hasAuthors)
        {
            return null;
        }

        expectedByline = WithoutLabel(expectedByline);
        byline = WithoutLabel(byline);

        var predictedAuthorSet = NameSet(authors);
        if (hasAuthors)
        {
            var expectedSet = NameSet(expectedAuthors!);
            if ((predictedAuthorSet.Count > 0 && predictedAuthorSet.SetEquals(expectedSet)) ||
                (byline is not null && SplitNames(byline).SetEquals(expectedSet)))
            {
                return true;
            }
        }

        if (expectedByline is not null)
        {
            if (byline is not null && string.Equals(
                    TextNormalization.CollapseWhitespace(expectedByline),
                    TextNormalization.CollapseWhitespace(byline),
                    StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var expectedSet = SplitNames(expectedByline);
            if (predictedAuthorSet.Count > 0 && predictedAuthorSet.SetEquals(expectedSet))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The byline, whitespace-normalised, without a leading "By", "Par", "Von" or "Written by".</summary>
    public static string? WithoutLabel(string? byline)
    {
        if (byline is null)
        {
            return null;
        }

        var text = TextNormalization.CollapseWhitespace(byline);
        foreach (var label in BylineLabels)
        {
            if (text.Length > label.Length && text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return text[label.Length..];
            }
        }

        return text;
    }

    /// <summary>The names in a byline string, split at commas, semicolons, '&amp;' and common conjunctions.</summary>
    public static HashSet<string> SplitNames(string byline)
    {
        ArgumentNullException.ThrowIfNull(byline);
        return NameSet(TextNormalization.CollapseWhitespace(byline).Split(NameSeparators, StringSplitOptions.None));
    }

    private static HashSet<string> NameSet(IEnumerable<string> names)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var normalized = TextNormalization.CollapseWhitespace(name);
            if (normalized.Length > 0)
            {
                set.Add(normalized);
            }
        }

        return set;
    }
}
