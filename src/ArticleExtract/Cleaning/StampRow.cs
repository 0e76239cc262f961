using System.Text.RegularExpressions;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The header's meta row once it holds no full date the date rules know: an update stamp with only its time, a relative
/// time, a reading time, beside the agency it credits ("Bron: Belga Laatste update: 18:10", "Laatste update: 17-03-25, 09:31
/// Bron: eigen redactie, ANP", "ANP 2 uur geleden Bijgewerkt 11:20", "vor 2 Std. Quelle: dpa", "20.11.2025, 15:30 Uhr
/// Lesezeit: 3 Min.").
/// </summary>
internal static partial class StampRow
{
    private const int MaxChars = 100;

    // What may stand beside the stamps: a source label and its agency, the day, "Uhr".
    private const int MaxOtherWords = 3;

    /// <summary>Whether <paramref name="block"/> holds at least one stamp and, besides them, no more than a few words and no sentence.</summary>
    public static bool IsStampRow(string block)
    {
        if (block.Length > MaxChars)
        {
            return false;
        }

        // One pass: the stamps replaced by a mark that is no letter, so the rest tells whether there were any.
        var rest = StampGate.Replace(block, "\u0001");
        if (!rest.Contains('\u0001', StringComparison.Ordinal))
        {
            return false;
        }

        // The source field beside the stamps ("Bron: eigen redactie, ANP") names the desk and the agency in a few words.
        rest = SourceField().Replace(rest, "\u0001");
        var words = 0;
        foreach (var word in rest.Split([' ', '\u0001'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(char.IsLetter))
            {
                words++;
            }
        }

        var trimmed = rest.TrimEnd(' ', '\u0001');
        return words <= MaxOtherWords && (trimmed.Length == 0 || trimmed[^1] is not ('.' or '!' or '?'));
    }

    [GeneratedRegex(
        // An update stamp with its time or day.
        @"(?:laatste update|last updated|updated|bijgewerkt|aktualisiert(?: am)?|oppdatert|uppdaterad|opdateret|päivitetty|actualizado|mis à jour(?: le)?|aggiornato|atualizado|zaktualizowano|обновлено|оновлено|aktualizováno|frissítve|actualizat)\s*:?\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}(?:,?\s*\d{1,2}[:.]\d{2})?)(?:\s*(?:uhr|uur|h))?" +
        // A relative time.
        @"|\b\d{1,3}\s+(?:uur|minuten|minuut|dagen|hours?|hrs?|minutes?|mins?|days?|timer|timmar|timme|minuter|minutter|tuntia|minuuttia|horas?|minutos?|heures?)\s+(?:geleden|ago|siden|sedan|sitten)\b" +
        @"|\b(?:for\s+)?\d{1,3}\s+(?:timer|minutter|dage|dager)\s+siden\b|\bvor\s+\d{1,3}\s+(?:std|stunden?|min|minuten?|tagen?)\b\.?" +
        @"|\bil y a\s+\d{1,3}\s+(?:h|heures?|min|minutes?|jours?)\b|\bhace\s+\d{1,3}\s+(?:h|horas?|min|minutos?|días?)\b" +
        // A reading time.
        @"|\b(?:lesezeit|lesedauer|reading time|leestijd|lesetid|läsningstid|lukuaika|temps de lecture|tiempo de lectura|tempo di lettura)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min\b\.?|minuten|minutes?|minutter|minuter|minuuttia)" +
        @"|\b\d{1,3}\s*(?:min|minute)s?\b\.?\s+read\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    private static readonly LiteralGate StampGate = new(Stamp());

    [GeneratedRegex(@"\b(?:bron|source|quelle|fuente|fonte|kilde|källa)\s*:\s*[^:.!?|\u0001]{1,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SourceField();
}
