using ArticleExtract.Metadata.Dates;
using Xunit;

namespace ArticleExtract.Tests.Metadata.Dates;

public sealed class DatePlausibilityTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 11, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1994-12-31", false)]
    [InlineData("1995-01-01", true)]
    [InlineData("2025-04-11", true)]
    [InlineData("2025-04-12", true)]
    [InlineData("2025-04-13", false)]
    [InlineData("2025-04-12T23:59:00", true)]
    [InlineData("2025-04-13T00:00:00", false)]
    [InlineData("2025-04-12T12:00:00Z", true)]
    [InlineData("2025-04-12T12:00:01Z", false)]
    [InlineData("2025-04-12T20:00:00+09:00", true)]
    [InlineData("2025-04-12T08:00:00-05:00", false)]
    [InlineData("1995-01-01T00:30:00+14:00", true)]
    public void Accepts_only_dates_between_1995_and_tomorrow(string value, bool expected)
    {
        var date = DateValueParser.Parse(value, DateSource.MetaTag, null);
        Assert.NotNull(date);
        Assert.Equal(expected, DatePlausibility.IsPlausible(date, Now));
    }

    [Fact]
    public void Extreme_dates_and_clocks_do_not_throw()
    {
        var latest = new ArticleDate(DateOnly.MaxValue, TimeOnly.MaxValue, TimeSpan.FromHours(-14), DateSource.MetaTag);
        var earliest = new ArticleDate(DateOnly.MinValue, TimeOnly.MinValue, TimeSpan.FromHours(14), DateSource.MetaTag);
        Assert.False(DatePlausibility.IsPlausible(latest, Now));
        Assert.False(DatePlausibility.IsPlausible(earliest, Now));
        Assert.True(DatePlausibility.IsPlausible(latest, DateTimeOffset.MaxValue));
        Assert.False(DatePlausibility.IsPlausible(latest, DateTimeOffset.MinValue));
        Assert.False(DatePlausibility.IsPlausible(null!, Now));
    }
}
