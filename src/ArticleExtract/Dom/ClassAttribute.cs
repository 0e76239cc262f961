namespace ArticleExtract.Dom;

/// <summary>
/// Class tests as CSS class selectors make them (a class is a run of characters between HTML white space, compared
/// ordinally), read from the attribute value without splitting it into new strings.
/// </summary>
internal static class ClassAttribute
{
    /// <summary>Whether the <c>class</c> value holds one of <paramref name="names"/> as a whole class.</summary>
    public static bool HasAny(string? value, ReadOnlySpan<string> names)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var start = 0;
            while (start < rest.Length && IsSpace(rest[start]))
            {
                start++;
            }

            var end = start;
            while (end < rest.Length && !IsSpace(rest[end]))
            {
                end++;
            }

            var token = rest[start..end];
            if (!token.IsEmpty)
            {
                foreach (var name in names)
                {
                    if (token.SequenceEqual(name))
                    {
                        return true;
                    }
                }
            }

            rest = rest[end..];
        }

        return false;
    }

    // The HTML white space that separates classes: space, tab, line feed, form feed, carriage return.
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
