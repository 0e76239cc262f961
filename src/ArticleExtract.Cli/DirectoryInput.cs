namespace ArticleExtract.Cli;

/// <summary>
/// The pages below a directory: every <c>*.html</c>, <c>*.htm</c>, <c>*.html.gz</c> and <c>*.htm.gz</c>, in
/// ordinal order of their '/'-separated relative paths, enumerated lazily.
/// </summary>
internal static class DirectoryInput
{
    private static readonly string[] Extensions = [".html", ".htm", ".html.gz", ".htm.gz"];

    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public static IEnumerable<BatchItem> Enumerate(string root) => Walk(new DirectoryInfo(root), string.Empty);

    /// <summary>Whether a file name is one of the page kinds a batch picks up.</summary>
    public static bool IsPage(string name)
    {
        foreach (var extension in Extensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && name.Length > extension.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<BatchItem> Walk(DirectoryInfo directory, string prefix)
    {
        // Only one directory's entries are held at a time. Sorting a subdirectory under "name/" puts it exactly
        // where its files fall in ordinal order of the full relative paths.
        var entries = directory.GetFileSystemInfos("*", ListOptions);
        var keys = new string[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            keys[i] = entries[i] is DirectoryInfo ? entries[i].Name + "/" : entries[i].Name;
        }

        Array.Sort(keys, entries, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            switch (entries[i])
            {
                // Linked directories are not followed, so a link cycle cannot make the walk endless.
                case DirectoryInfo sub when sub.LinkTarget is null:
                    foreach (var item in Walk(sub, prefix + keys[i]))
                    {
                        yield return item;
                    }

                    break;
                case FileInfo file when IsPage(file.Name):
                    yield return new BatchItem(prefix + keys[i], file.FullName, null);
                    break;
                default:
                    break;
            }
        }
    }
}
