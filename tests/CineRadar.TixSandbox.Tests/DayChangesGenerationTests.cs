using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CineRadar.Core.Reference;
using CineRadar.Core.Time;
using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Tests;

/// <summary>How a day changes (<c>Sandbox:Changes</c>): deterministic, in the configured shares, the generated day left alone.</summary>
public sealed class DayChangesGenerationTests
{
    /// <summary>
    /// The generated day of seed 20260110 on 10 January 2026 (ids, rooms, movies, starts, prices, sales) as it was
    /// before days could change: changes off must not move a byte of it.
    /// </summary>
    private const string GeneratedDayFingerprint = "4C40E69A45CE4E7D61630478AFBEDB17D30A78B77A8AA3E9C8BED95F244C06D8";

    private static readonly DateOnly Day = TestSandbox.Today;
    private static readonly World World = WorldGenerator.Generate(20260110, fourthChain: false);
    private static readonly SandboxOptions Off = new();
    private static readonly SandboxOptions On = ChangesOn();

    [Fact]
    public void WithChangesOffTheDayIsTheDayGeneratedBefore()
    {
        var off = ScheduleGenerator.Generate(World, Day, Off.Sales, Off.Changes);

        Assert.Equal(GeneratedDayFingerprint, Fingerprint(off.Showtimes));
        Assert.Equal(GeneratedDayFingerprint, Fingerprint(ScheduleGenerator.Generate(World, Day, Off.Sales).Showtimes));
        Assert.DoesNotContain(off.Showtimes, s => s.IsChanged);
    }

    [Fact]
    public void ChangesKeepTheGeneratedShowsIdsAndLeaveTheUnchangedOnesAlone()
    {
        var off = ScheduleGenerator.Generate(World, Day, Off.Sales).Showtimes;
        var on = ScheduleGenerator.Generate(World, Day, On.Sales, On.Changes).Showtimes;
        var generated = on.Take(off.Count).ToList();

        Assert.Equal(off.Select(s => s.Id), generated.Select(s => s.Id));
        var unchanged = Enumerable.Range(0, off.Count).Where(i => !generated[i].IsChanged).ToList();
        Assert.Equal(Fingerprint(unchanged.Select(i => off[i])), Fingerprint(unchanged.Select(i => generated[i])));
        Assert.All(Enumerable.Range(0, off.Count).Where(i => generated[i].Move is not null), i =>
        {
            Assert.Equal(new ShowtimeListing(off[i].StartsAt, off[i].DisplayTime, off[i].Price), generated[i].Move!.Before);
            Assert.NotEqual(off[i].StartsAt, generated[i].StartsAt);
        });
        Assert.All(Enumerable.Range(0, off.Count).Where(i => generated[i].CancelledAt is not null), i => Assert.Equal(off[i].StartsAt, generated[i].StartsAt));
        Assert.All(on.Skip(off.Count), s => Assert.NotNull(s.AnnouncedAt));
    }

    [Fact]
    public void SameSeedAndDateGiveTheSameChanges()
    {
        var first = Changes(ScheduleGenerator.Generate(World, Day, On.Sales, On.Changes));
        var second = Changes(ScheduleGenerator.Generate(WorldGenerator.Generate(20260110, fourthChain: false), Day, On.Sales, On.Changes));
        var nextDay = Changes(ScheduleGenerator.Generate(World, Day.AddDays(1), On.Sales, On.Changes));

        Assert.Equal(first, second);
        Assert.NotEqual(first, nextDay);
    }

    [Fact]
    public void SharesAreRoughlyHonouredOnANationalDay()
    {
        var generated = ScheduleGenerator.Generate(World, Day, Off.Sales).Showtimes.Count;
        var day = ScheduleGenerator.Generate(World, Day, On.Sales, On.Changes).Showtimes;

        Assert.InRange(day.Count(s => s.AnnouncedAt is not null), generated * 0.03 * 0.7, generated * 0.03 * 1.3);
        Assert.InRange(day.Count(s => s.Move is not null), generated * 0.01 * 0.7, generated * 0.01 * 1.3);
        Assert.InRange(day.Count(s => s.CancelledAt is not null), generated * 0.01 * 0.7, generated * 0.01 * 1.3);
        Assert.DoesNotContain(day, s => (s.AnnouncedAt is not null ? 1 : 0) + (s.Move is not null ? 1 : 0) + (s.CancelledAt is not null ? 1 : 0) > 1);
    }

    [Fact]
    public void AddedShowsAreMostlyEveningShowsOfHitsAnnouncedHoursAhead()
    {
        var store = new CatalogStore(World, On);
        var day = store.Day(Day).Showtimes;
        var added = day.Where(s => s.AnnouncedAt is not null).ToList();
        var firstAnnouncement = IndonesianClock.LocalInstant(Day, new TimeOnly(7, 0), IndonesianTimeZone.Wib);

        Assert.All(added, s =>
        {
            Assert.InRange(string.CompareOrdinal(s.DisplayTime, "13:00"), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(s.DisplayTime, "23:30"), int.MinValue, 0);
            var earliest = s.StartsAt.AddHours(-8) > firstAnnouncement ? s.StartsAt.AddHours(-8) : firstAnnouncement;
            Assert.InRange(s.AnnouncedAt!.Value, earliest, s.StartsAt.AddHours(-1));
            Assert.Same(s, store.FindShowtime(s.Id));
            Assert.Contains(s.Movie, ScheduleGenerator.MoviesShownAt(World, s.Theatre));
            Assert.True(s.Sales.TotalSeats > 0 && s.Price > 0);
        });
        Assert.InRange(added.Count(s => string.CompareOrdinal(s.DisplayTime, "17:00") >= 0) / (double)added.Count, 0.7, 0.9);
        var hit = World.Movies.MaxBy(m => m.Popularity)!;
        Assert.True(added.Count(s => s.Movie == hit) / (double)added.Count > day.Count(s => s.Movie == hit) / (double)day.Count);
        Assert.Equal(day.Count, day.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void MovedShowsShiftBetweenHalfAnHourAndTwoHoursWithinTheRoomsDay()
    {
        var moved = ScheduleGenerator.Generate(World, Day, On.Sales, On.Changes).Showtimes.Where(s => s.Move is not null).ToList();

        Assert.NotEmpty(moved);
        Assert.All(moved, s =>
        {
            var before = s.Move!.Before;
            var shift = Math.Abs((s.StartsAt - before.StartsAt).TotalMinutes);
            Assert.InRange(shift, 30, 120);
            Assert.Equal(0, shift % 5);
            Assert.InRange(string.CompareOrdinal(before.DisplayTime, "11:00"), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(s.DisplayTime, "10:00"), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(s.DisplayTime, "23:45"), int.MinValue, 0);
            var firstStart = s.StartsAt < before.StartsAt ? s.StartsAt : before.StartsAt;
            Assert.InRange(s.Move.MovedAt, IndonesianClock.LocalInstant(Day, new TimeOnly(8, 0), IndonesianTimeZone.Wib), firstStart.AddHours(-1));
            Assert.Equal(before, s.ListingAt(s.Move.MovedAt.AddSeconds(-1)));
            Assert.Equal(new ShowtimeListing(s.StartsAt, s.DisplayTime, s.Price), s.ListingAt(s.Move.MovedAt));
        });
    }

    [Fact]
    public void CancelledShowsAreCancelledFromEightWibToHalfAnHourBeforeTheStartAndSellNothing()
    {
        var cancelled = ScheduleGenerator.Generate(World, Day, On.Sales, On.Changes).Showtimes.Where(s => s.CancelledAt is not null).ToList();

        Assert.NotEmpty(cancelled);
        Assert.All(cancelled, s =>
        {
            Assert.InRange(s.CancelledAt!.Value, IndonesianClock.LocalInstant(Day, new TimeOnly(8, 0), IndonesianTimeZone.Wib), s.StartsAt.AddMinutes(-30));
            Assert.NotNull(s.ListingAt(s.CancelledAt.Value.AddSeconds(-1)));
            Assert.Null(s.ListingAt(s.CancelledAt.Value));
            Assert.Equal(0, s.Sales.FinalAdmissions);
            Assert.Equal(0, s.Sales.SoldAt(s.StartsAt));
        });
    }

    [Fact]
    public async Task InvalidSharesAreRefused()
    {
        var options = new SandboxOptions { AppPort = 0, ApiPort = 0 };
        options.Changes.MovedShare = 0.6;

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxServer.StartAsync(options));

        Assert.Contains("Changes:MovedShare", refused.Message, StringComparison.Ordinal);
    }

    internal static SandboxOptions ChangesOn()
    {
        var options = new SandboxOptions();
        options.Changes.Enabled = true;
        return options;
    }

    private static List<string> Changes(DayCatalog day) =>
    [
        .. day.Showtimes.Where(s => s.IsChanged).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Id}|{s.Theatre.Id}|{s.Room.Number}|{s.Movie.ScheduleId}|{s.StartsAt:O}|{s.AnnouncedAt:O}|{s.Move?.MovedAt:O}|{s.CancelledAt:O}")),
    ];

    private static string Fingerprint(IEnumerable<SandboxShowtime> showtimes)
    {
        var text = string.Join('\n', showtimes.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Id}|{s.Theatre.Id}|{s.Room.Number}|{s.Movie.ScheduleId}|{s.StartsAt:O}|{s.DisplayTime}|{s.Price}|{s.Sales.FinalAdmissions}|{s.Sales.HouseLockFrom:O}")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
