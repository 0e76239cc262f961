namespace ArticleExtract.Metadata.Dates;

/// <summary>The order of a date with a two-digit year.</summary>
internal enum ShortYear
{
    /// <summary>Day, month, year, with dots: "20.11.25".</summary>
    DayFirst,

    /// <summary>Day, month, year, with dots or dashes: "20-11-25".</summary>
    DayFirstDashed,

    /// <summary>Year, month, day: "25-11-20", "25.11.20", "25/11/20".</summary>
    YearFirst,
}
