using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A box asking readers who saw something to send their pictures ("Jesteś świadkiem ważnego wydarzenia? Wyślij
/// zdjęcia i nagrania na Kontakt24 … Dodaj materiał", "Did you witness the fire? Send us your photos and videos"), set
/// between the story's paragraphs: short, with a link to the upload page, asking the witness question (or opening with a
/// local paper's "Get involved") and calling for photos or videos. Its question and button read as lines of their own, so it goes as a whole.
/// </summary>
internal static partial class ReaderCallBox
{
    private const int MaxChars = 400;

    // The text as the page has it, indentation and all, before it is measured collapsed.
    private const int MaxRawChars = 4 * MaxChars;

    public static bool Is(IElement box)
    {
        // Every box of the page is asked: the bounded measure comes before the link is looked for or any text is built.
        if (box.LocalName is not ("div" or "section" or "aside") || ProseText.TextLengthUpTo(box, MaxRawChars) >= MaxRawChars ||
            !HoldsLink(box))
        {
            return false;
        }

        var text = TextNormalizer.Collapse(NodeText.Of(box));
        return text.Length <= MaxChars && (WitnessQuestion().IsMatch(text) || InvolvementCallGate.IsMatch(text)) && MediaRequest().IsMatch(text);
    }

    // A walk, not a selector query: every box of the page is asked, and a query by string looks its selector up first.
    private static bool HoldsLink(IElement box)
    {
        var walk = new ElementWalk(box);
        while (walk.Next() is { } element)
        {
            if (element.LocalName == "a" && element.HasAttribute("href"))
            {
                return true;
            }
        }

        return false;
    }

    // "Get involved with the news in your community. Send your stories and photos now": a local paper's standing call.
    [GeneratedRegex(@"^(?:get involved|have you got a story|got a story|do you have a story)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InvolvementCall();

    private static readonly LiteralGate InvolvementCallGate = new(InvolvementCall());

    // "Did you witness …?", "Jesteś świadkiem …?", "Вы стали свидетелем …?": a question to whoever saw it.
    [GeneratedRegex(
        @"\b(?:witness(?:ed)?|świadkiem|свидетелем|свідком|zeuge|zeugin|témoin|testigo|testimone|testemunha|tanúja|svědkem|svedkom|tanık)\b[^.!?]{0,80}\?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WitnessQuestion();

    // "Send us your photos and videos", "Wyślij zdjęcia i nagrania": the call for the reader's pictures.
    [GeneratedRegex(
        @"\b(?:send|share|upload|submit|wyślij|prześlij|envoyez|envoyez-nous|envía|envíanos|manda|mándanos|schicken sie|schick|senden sie|invia|inviaci|envie|küldje|küldd|pošlete|pošli|присылайте|пришлите|надсилайте|gönderin)\b[^.!?]{0,40}\b(?:photos?|videos?|pictures|footage|zdjęcia|nagrania|filmy|фото|видео|bilder|fotos?|vídeos?|vidéos?|fotók|videók|fotky|videa|fotoğraf)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MediaRequest();
}
