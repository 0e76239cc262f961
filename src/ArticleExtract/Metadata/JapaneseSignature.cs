using System.Text.RegularExpressions;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// "…後押ししたい」としている。（佐藤健太）": Japanese papers sign a staff story with the reporter's name in parentheses
/// right after its last sentence, the only byline the page prints.
/// </summary>
internal static partial class JapaneseSignature
{
    private const int MinNameChars = 3;
    private const int MaxNameChars = 5;

    // A Japanese paragraph has kana; a Chinese one ending "（新华社）" has none.
    private const int MinKana = 5;

    // What else a closing parenthesis of three to five ideographs holds: a credit, a desk, "names without honorifics".
    private static readonly string[] NotNameEnds =
    [
        "通信", "新聞", "写真", "撮影", "提供", "敬称略", "社", "部", "局", "課", "省", "庁", "県", "府", "都", "市", "町", "村", "区",
        "支局", "総局", "特派員", "記者", "編集", "時事", "共同",
    ];

    /// <summary>The reporter's name closing the paragraph, or null when it closes with none.</summary>
    public static string? Signer(string paragraph)
    {
        if (ClosingName().Match(paragraph) is not { Success: true } match || TextScan.CountKana(paragraph) < MinKana)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var letters = name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);
        if (letters.Length is < MinNameChars or > MaxNameChars)
        {
            return null;
        }

        foreach (var end in NotNameEnds)
        {
            if (letters.EndsWith(end, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return name;
    }

    // After the sentence's stop or closing quote: the name, in ideographs, its two halves maybe spaced.
    [GeneratedRegex(@"[。」』](?:\s|\u3000)*[（(](?<name>[\p{IsCJKUnifiedIdeographs}々]{1,4}[ \u3000]?[\p{IsCJKUnifiedIdeographs}々]{1,4})[）)]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingName();
}
