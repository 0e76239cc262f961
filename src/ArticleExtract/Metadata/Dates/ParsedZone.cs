namespace ArticleExtract.Metadata.Dates;

/// <summary>A time zone stated in text: a fixed offset, or a US zone named without "standard"/"daylight" (ET, CT, MT, PT).</summary>
/// <param name="OffsetMinutes">The stated offset; for a generic US zone, its standard-time offset.</param>
/// <param name="UsGeneric">The zone is ET/CT/MT/PT: daylight time applies when US daylight saving is in force.</param>
/// <param name="IsUs">The zone is a US zone name, a hint that numeric dates are month-first.</param>
internal readonly record struct ParsedZone(int OffsetMinutes, bool UsGeneric, bool IsUs)
{
    /// <summary>The UTC offset at the given local date and time.</summary>
    public TimeSpan Resolve(DateOnly date, TimeOnly time)
    {
        var minutes = UsGeneric && UsDaylightSaving.IsInEffect(date, time) ? OffsetMinutes + 60 : OffsetMinutes;
        return TimeSpan.FromMinutes(minutes);
    }
}
