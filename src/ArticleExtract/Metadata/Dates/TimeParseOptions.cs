namespace ArticleExtract.Metadata.Dates;

/// <summary>What context around a time of day allows <see cref="TimeOfDayParser"/> to accept.</summary>
[Flags]
internal enum TimeParseOptions
{
    /// <summary>Strict prose rules.</summary>
    None = 0,

    /// <summary>"16.54" counts as a time even without "Uhr" or AM/PM (a word such as "kl." or "um" came before it).</summary>
    AllowDotSeparator = 1,

    /// <summary>A numeric offset glued to the time ("16:54+08:00") is a zone even when the time has no seconds.</summary>
    AllowAttachedOffset = 2,

    /// <summary>A word before the time said afternoon (下午, 午後, 오후).</summary>
    AssumePm = 4,

    /// <summary>A word before the time said morning (上午, 午前, 오전).</summary>
    AssumeAm = 8,
}
