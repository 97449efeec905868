using CineRadar.Core.Reference;
using CineRadar.Core.Time;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Core.Tests;

public sealed class IndonesianClockTests
{
    [Theory]
    [InlineData("2026-01-10T16:59:59Z", "2026-01-10")]
    [InlineData("2026-01-10T17:00:00Z", "2026-01-11")]
    [InlineData("2026-01-10T23:00:00Z", "2026-01-11")]
    public void BusinessDateIsTheWibDate(string utc, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), IndonesianClock.BusinessDate(DateTimeOffset.Parse(utc)));

    [Fact]
    public void TodayComesFromTheInjectedClock()
    {
        // 06:00 WIB on the 11th is still the 10th in UTC: the original dated this run the 10th.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-10T23:00:00Z"));
        Assert.Equal(new DateOnly(2026, 1, 11), clock.Today());
    }

    [Fact]
    public void BusinessDayStartsAndEndsAtWibMidnight()
    {
        var (start, end) = IndonesianClock.BusinessDayBounds(new DateOnly(2026, 1, 11));
        Assert.Equal(DateTimeOffset.Parse("2026-01-10T17:00:00Z"), start);
        Assert.Equal(DateTimeOffset.Parse("2026-01-11T17:00:00Z"), end);
    }

    [Theory]
    [InlineData(IndonesianTimeZone.Wib, "19:00", "2026-01-11T12:00:00Z")]
    [InlineData(IndonesianTimeZone.Wita, "19:00", "2026-01-11T11:00:00Z")]
    [InlineData(IndonesianTimeZone.Wit, "10:00", "2026-01-11T01:00:00Z")]
    [InlineData(IndonesianTimeZone.Wib, "9:30", "2026-01-11T02:30:00Z")]
    [InlineData(IndonesianTimeZone.Wib, "00:15", "2026-01-11T17:15:00Z")]
    [InlineData(IndonesianTimeZone.Wit, "23:59", "2026-01-11T14:59:00Z")]
    public void ShowtimeStartIsLocalToTheTheatresZone(IndonesianTimeZone zone, string time, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), IndonesianClock.ShowtimeStart(new DateOnly(2026, 1, 11), time, zone));

    [Theory]
    [InlineData(DisplayTimeZoneRule.City, IndonesianTimeZone.Wit, "2026-01-11T10:00:00Z")]
    [InlineData(DisplayTimeZoneRule.Wib, IndonesianTimeZone.Wib, "2026-01-11T12:00:00Z")]
    public void DisplayTimeZoneSettingDecidesWhereADisplayTimeIsRead(DisplayTimeZoneRule rule, IndonesianTimeZone zone, string expectedUtc)
    {
        var ambon = Cities.FindByName("AMBON")!;
        Assert.Equal(zone, IndonesianClock.DisplayTimeZone(ambon.TimeZone, rule));
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), IndonesianClock.DisplayTimeStart(new DateOnly(2026, 1, 11), "19:00", ambon.TimeZone, rule));
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("13:60")]
    [InlineData("1315")]
    [InlineData("")]
    [InlineData("soon")]
    public void BadShowtimeIsAFormatError(string time) =>
        Assert.Throws<FormatException>(() => IndonesianClock.ShowtimeStart(new DateOnly(2026, 1, 11), time, IndonesianTimeZone.Wib));

    [Fact]
    public void InZoneShowsTheSameInstantInLocalTime()
    {
        var instant = DateTimeOffset.Parse("2026-01-11T12:00:00Z");
        var local = IndonesianClock.InZone(instant, IndonesianTimeZone.Wita);
        Assert.Equal(20, local.Hour);
        Assert.Equal(instant, local);
        Assert.Equal("WITA", IndonesianTimeZone.Wita.Abbreviation());
    }

    [Theory]
    [InlineData(IndonesianTimeZone.Wib, "00:30", "2026-01-10T17:30:00Z")]
    [InlineData(IndonesianTimeZone.Wita, "19:00", "2026-01-11T11:00:00Z")]
    [InlineData(IndonesianTimeZone.Wit, "23:59", "2026-01-11T14:59:00Z")]
    public void LocalInstantIsTheWallClockTimeOfThatDateWithoutTheLateShowRule(IndonesianTimeZone zone, string time, string expectedUtc) =>
        Assert.Equal(
            DateTimeOffset.Parse(expectedUtc),
            IndonesianClock.LocalInstant(new DateOnly(2026, 1, 11), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), zone));

    [Fact]
    public void WibTimeZoneIsUtcPlusSevenAllYear()
    {
        Assert.False(IndonesianClock.WibTimeZone.SupportsDaylightSavingTime);
        foreach (var utc in new[] { "2026-01-10T17:00:00Z", "2026-07-01T23:30:00Z" })
        {
            var instant = DateTimeOffset.Parse(utc);
            var local = TimeZoneInfo.ConvertTime(instant, IndonesianClock.WibTimeZone);
            Assert.Equal(TimeSpan.FromHours(7), local.Offset);
            Assert.Equal(IndonesianClock.BusinessDate(instant), DateOnly.FromDateTime(local.DateTime));
        }
    }
}
