namespace ArticleExtract.Text;

/// <summary>
/// The lines of a word list embedded in the assembly (given names, dateline places): data kept out of the code, read
/// once by the class that owns it. Blank lines and lines starting with '#' are comments.
/// </summary>
internal static class EmbeddedList
{
    /// <summary>The list's lines, trimmed, without comments and blank lines.</summary>
    public static IEnumerable<string> Lines(string resourceName)
    {
        using var stream = typeof(EmbeddedList).Assembly.GetManifestResourceStream(resourceName)
                           ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }
}
