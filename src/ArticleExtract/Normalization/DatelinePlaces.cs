using System.Collections.Frozen;
using ArticleExtract.Text;

namespace ArticleExtract.Normalization;

/// <summary>
/// Cities that datelines name in title case ("Mumbai: …", "Dubai: …", "Frankfurt. Die …"), read once from the embedded
/// <c>DatelinePlaces.txt</c>. A place in capitals is told from a sentence by its case; one in title case before a
/// colon or full stop reads like a label ("Note:", "Definition:", "Wochenende."), and only a known place settles it.
/// </summary>
internal static class DatelinePlaces
{
    private const string ResourceName = "ArticleExtract.DatelinePlaces.txt";

    private static readonly FrozenSet<string> Places = Load();

    /// <summary>Whether the text, in any case, is one of the listed places.</summary>
    public static bool Contains(string place) => Places.Contains(place);

    private static FrozenSet<string> Load() => EmbeddedList.Lines(ResourceName).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
