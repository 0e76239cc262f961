namespace ArticleExtract.Metadata.Dates;

/// <summary>A calendar day found in text, with where it lies.</summary>
/// <param name="Date">The day (day-first reading when the numeric order is ambiguous).</param>
/// <param name="MonthFirst">The month-first reading of an ambiguous numeric date such as 05/03/2024, else null.</param>
/// <param name="Start">Index of the first character of the date.</param>
/// <param name="End">Index just past the date.</param>
internal readonly record struct DateMatch(DateOnly Date, DateOnly? MonthFirst, int Start, int End);
