using System.Collections.Frozen;

namespace ArticleExtract.Metadata;

/// <summary>
/// Vietnamese papers sign a story with its writers' names alone under the last paragraph, often several joined by
/// dashes ("Hoàng Long - Thu Hà"), family name first and often a pen name of given names only. A few family names
/// carry most of the population, so a signature is read as names when one of its parts opens with one of them.
/// </summary>
internal static class VietnameseNames
{
    private const int MaxChars = 80;
    private const int MaxSigners = 4;
    private const int MinWords = 2;
    private const int MaxWords = 4;

    // Vietnamese syllables are short: a word longer than this is no part of a name.
    private const int MaxSyllableChars = 7;

    private static readonly FrozenSet<string> FamilyNames = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "Đinh", "Đào", "Trịnh", "Lâm", "Lương", "Trương", "Đoàn", "Vương", "Tạ", "Lưu", "Quách", "Kiều", "Đàm", "Khổng",
        "Châu", "Thái", "Triệu", "Tôn", "Mạc", "Hứa", "Nghiêm", "Chu", "Phùng",
    ]);

    private static readonly string[] Joiners = [" - ", " – ", " — ", ", ", " và "];

    /// <summary>
    /// The names of a signature line made only of two to four Vietnamese names ("Hoàng Long - Thu Hà", "Nguyễn Minh
    /// Châu"), at least one of them opening with a common family name; otherwise null.
    /// </summary>
    public static List<string>? Signers(string line)
    {
        if (line.Length > MaxChars)
        {
            return null;
        }

        var parts = line.Split(Joiners, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > MaxSigners)
        {
            return null;
        }

        var withFamilyName = false;
        foreach (var part in parts)
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < MinWords or > MaxWords)
            {
                return null;
            }

            foreach (var word in words)
            {
                if (word.Length > MaxSyllableChars || !IsCapitalisedSyllable(word))
                {
                    return null;
                }
            }

            withFamilyName |= FamilyNames.Contains(words[0]);
        }

        return withFamilyName ? [.. parts] : null;
    }

    // "Hà", "Long", "Đặng": a capital, then lower-case letters only.
    private static bool IsCapitalisedSyllable(string word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word.AsSpan(1))
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
