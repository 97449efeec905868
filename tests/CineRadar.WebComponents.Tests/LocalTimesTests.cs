using CineRadar.WebComponents.Formatting;

namespace CineRadar.WebComponents.Tests;

public sealed class LocalTimesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 11, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("WIB", "19:00 WIB")]
    [InlineData("WITA", "20:00 WITA")]
    [InlineData("WIT", "21:00 WIT")]
    [InlineData(null, "19:00 WIB")]
    [InlineData("UTC", "19:00 WIB")]
    public void InstantsAreWrittenInTheCitysZone(string? zone, string expected) =>
        Assert.Equal(expected, LocalTimes.Time(Noon, zone));

    [Fact]
    public void ClockLeavesTheZoneOut() => Assert.Equal("21:00", LocalTimes.Clock(Noon, "WIT"));

    [Fact]
    public void TheBusinessDayTurnsAtMidnightWib()
    {
        var lateEvening = new DateTimeOffset(2026, 1, 11, 16, 59, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 1, 11), LocalTimes.Date(lateEvening, "WIB"));
        Assert.Equal(new DateOnly(2026, 1, 12), LocalTimes.Date(lateEvening.AddMinutes(1), "WIB"));
        Assert.Equal(new DateOnly(2026, 1, 12), LocalTimes.Date(lateEvening, "WIT"));
    }

    [Fact]
    public void TodayIsTheWibDateOfTheClock()
    {
        // 06:00 WIB on the 12th is still the 11th in UTC.
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 11, 23, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 1, 12), LocalTimes.Today(clock));
        Assert.Equal(new DateOnly(2026, 1, 11), LocalTimes.BusinessDate(new DateTimeOffset(2026, 1, 11, 16, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void InZoneKeepsTheInstantAndShowsTheZonesOffset()
    {
        var inWita = LocalTimes.InZone(Noon, "WITA");

        Assert.Equal(Noon, inWita);
        Assert.Equal(TimeSpan.FromHours(8), inWita.Offset);
        Assert.Equal(TimeSpan.FromHours(7), LocalTimes.InZone(Noon, LocalTimes.Wib).Offset);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
