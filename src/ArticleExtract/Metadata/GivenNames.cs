using System.Collections.Frozen;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Given names of the languages the extractor meets most, read once from the embedded <c>GivenNames.txt</c>: the
/// one signal that tells a bare name from two capitalised words that only look like one.
/// </summary>
internal static class GivenNames
{
    private const string ResourceName = "ArticleExtract.GivenNames.txt";

    private static readonly FrozenSet<string> Names = Load();

    /// <summary>Whether the word, in any case, is a given name; a hyphenated one by its first part ("Jean-Pierre").</summary>
    public static bool Contains(string word)
    {
        if (Names.Contains(word))
        {
            return true;
        }

        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && Names.Contains(word[..hyphen]);
    }

    private static FrozenSet<string> Load() =>
        EmbeddedList.Lines(ResourceName)
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
