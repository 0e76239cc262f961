using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Which way round a page writes a date with a two-digit year: Korean, Japanese, Chinese, Hungarian and Lithuanian
/// pages put the year first ("25-11-20 14:32", "25.11.20" for 20 November 2025), the rest of the world the day
/// ("20.11.25"), Dutch with dashes too ("20-11-25, 14:30").
/// </summary>
internal static class ShortYearOrder
{
    private static readonly string[] YearFirstLanguages = ["ko", "ja", "zh", "hu", "lt"];
    private static readonly string[] DashedDayFirstLanguages = ["nl"];

    /// <summary>How the page's language (its <c>lang</c>, else the script of its title) writes a two-digit year.</summary>
    public static ShortYear Of(IHtmlDocument document)
    {
        if (document.DocumentElement?.GetAttribute("lang") is { Length: >= 2 } lang)
        {
            return IsAny(lang, YearFirstLanguages) ? ShortYear.YearFirst
                : IsAny(lang, DashedDayFirstLanguages) ? ShortYear.DayFirstDashed
                : ShortYear.DayFirst;
        }

        return CjkByline.HasCjk(document.Title) ? ShortYear.YearFirst : ShortYear.DayFirst;
    }

    private static bool IsAny(string lang, string[] languages)
    {
        foreach (var language in languages)
        {
            if (lang.StartsWith(language, StringComparison.OrdinalIgnoreCase) && (lang.Length == 2 || lang[2] is '-' or '_'))
            {
                return true;
            }
        }

        return false;
    }
}
