using System.Text;

namespace ArticleExtract.Normalization;

/// <summary>
/// Puts the article's text in Unicode normalisation form C. Pages mix forms (Bengali "ড়" as one code point or as
/// "ড" and a nukta, Vietnamese tones precomposed or combining), and a string a caller compares, indexes or searches
/// should not depend on which form the page's editor produced.
/// </summary>
internal static class UnicodeForm
{
    /// <summary>
    /// The text in form C; the same instance when it already is, which is nearly always, or when it holds a lone
    /// surrogate (broken pages do), which no form can take.
    /// </summary>
    public static string Compose(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <inheritdoc cref="Compose(string)"/>
    public static string? ComposeOrNull(string? text) => text is null ? null : Compose(text);
}
