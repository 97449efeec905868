using CineRadar.Core.Time;

namespace CineRadar.Core.Tests;

public sealed class WeekendsTests
{
    [Theory]
    [InlineData("2026-01-09", true)] // Friday
    [InlineData("2026-01-10", true)]
    [InlineData("2026-01-11", true)] // Sunday
    [InlineData("2026-01-12", false)] // Monday
    [InlineData("2026-01-08", false)] // Thursday
    public void TheWeekendRunsFromFridayToSunday(string date, bool isWeekend) =>
        Assert.Equal(isWeekend, Weekends.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
