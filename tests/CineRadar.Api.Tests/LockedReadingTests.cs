using CineRadar.Api.Contracts;
using CineRadar.Contracts;
using CineRadar.Api.Views;
using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Tests;

/// <summary>A house-locked map shows every unsold seat as taken: no figure may count it as sold seats.</summary>
public sealed class LockedReadingTests
{
    private static readonly DateOnly Date = new(2026, 1, 11);
    private static readonly DateTimeOffset SevenPm = new(2026, 1, 11, 12, 0, 0, TimeSpan.Zero);

    private static readonly MovieSchedule Kereta = new(
        Date,
        new Movie("m1", "KERETA MALAM", ["Horror"], null, "D", null, ["XXI"], false),
        [new CityRef("c1", "JAKARTA")],
        [new TheatreSchedule("t1", "MALL KOTA XXI", null, "XXI", "c1", "JAKARTA",
            [new Room("REGULAR 2D", "Rp40.000", [new Showtime("locked", "19:00", 1, SevenPm), new Showtime("open", "19:00", 1, SevenPm)])])]);

    private static SeatSampleSummary Reading(string showtimeId, string kind, int minutesBefore, int taken, bool locked) =>
        new(showtimeId, Date, kind, SevenPm.AddMinutes(-minutesBefore), SevenPm, "m1", "t1", "c1", "XXI", "REGULAR 2D", 100, 100 - taken, taken, locked);

    private static DayView Day() => new(
        Date, SevenPm.AddHours(-12), [Kereta],
        [Reading("locked", "t60", 60, 40, locked: false), Reading("locked", "final", 10, 100, locked: true), Reading("open", "final", 10, 20, locked: false)],
        []);

    [Fact]
    public void AMoviesAverageCountsALockedShowAtItsLastReadingBeforeTheLock()
    {
        var summary = MovieSummary.From(Kereta, Day());

        // (40 + 20) seats taken of 200, not (100 + 20).
        Assert.Equal(30, summary.OccupancyPct);
    }

    [Fact]
    public void AShowtimeKeepsItsLockedMapAndSaysWhatWasSoldBeforeTheLock()
    {
        var day = Day();

        var locked = ShowtimeDto.From(Kereta.Theatres[0].Rooms[0].Showtimes[0], day).Occupancy!;
        var open = ShowtimeDto.From(Kereta.Theatres[0].Rooms[0].Showtimes[1], day).Occupancy!;

        Assert.Equal(("final", 100.0, true, 40.0), (locked.Kind, locked.OccupancyPct, locked.HouseLocked, locked.SoldPct));
        Assert.Equal((20.0, false, 20.0), (open.OccupancyPct, open.HouseLocked, open.SoldPct));
    }

    [Fact]
    public void AShowReadOnlyWhileLockedHasNoFigure()
    {
        var day = new DayView(Date, SevenPm.AddHours(-12), [Kereta], [Reading("locked", "final", 10, 100, locked: true)], []);

        Assert.Null(ShowtimeDto.From(Kereta.Theatres[0].Rooms[0].Showtimes[0], day).Occupancy!.SoldPct);
        Assert.Null(MovieSummary.From(Kereta, day).OccupancyPct);
    }
}
