using CineRadar.Core.Sampling;
using CineRadar.Core.Seats;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Tests;

public sealed class BlockedSeatsTests
{
    private static readonly DateOnly Date = new(2026, 1, 11);
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-11T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A first reading of a show in a 3 x 8 room: <paramref name="rows"/> are its seats, 0 unavailable.</summary>
    internal static SeatSampleSummary FirstReading(string id, string theatre, params string[] rows)
    {
        var layout = new SeatLayout([.. rows.Select((seats, i) => new SeatRow(((char)('A' + i)).ToString(), seats))]);
        return new(id, Date, "t180", Start.AddMinutes(-180), Start, "m1", theatre, "967969975509716992", "XXI", "REGULAR 2D",
            layout.Total, layout.Available, layout.Unavailable, false, layout.RoomKey, layout.UnavailableSeats);
    }

    [Fact]
    public void SeatUnavailableInEveryShowOfTheRoomAndStandingAloneIsBlocked()
    {
        var blocked = BlockedSeats.Estimate(
        [
            FirstReading("a", "t1", "0111_1111", "1111_1111", "1111_1111"),
            FirstReading("b", "t1", "0111_1111", "1111_1001", "1111_1111"),
            FirstReading("c", "t1", "0111_1111", "1111_1111", "1110_0111"),
        ]);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 1 }, blocked);
    }

    [Fact]
    public void GoodSeatsSoldTogetherInEveryShowAreNotBlocked()
    {
        // B6-B7 sell first in every show, always with a neighbour: sold, not blocked. A1 stands alone: blocked.
        var blocked = BlockedSeats.Estimate(
        [
            FirstReading("a", "t1", "0111_1111", "1111_1001", "1111_1111"),
            FirstReading("b", "t1", "0111_1111", "1111_1001", "1111_1111"),
            FirstReading("c", "t1", "0111_1111", "1111_0001", "1111_1001"),
        ]);

        Assert.All(blocked.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public void SeatWithSoldNeighboursInMostShowsIsNotTakenAsBlocked()
    {
        var blocked = BlockedSeats.Estimate(
        [
            FirstReading("a", "t1", "1111_1111", "1000_1111", "1111_1111"),
            FirstReading("b", "t1", "1111_1111", "1100_1111", "1111_1111"),
            FirstReading("c", "t1", "1111_1111", "1110_1111", "1111_1111"),
        ]);

        Assert.All(blocked.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void RoomSeenInOneShowOnlyTellsNothing()
    {
        Assert.Empty(BlockedSeats.Estimate([FirstReading("a", "t1", "0111_1111", "1111_1111", "1111_1111")]));
    }

    [Fact]
    public void ShowsOfOtherTheatresOrOtherRoomShapesAreOtherRooms()
    {
        var blocked = BlockedSeats.Estimate(
        [
            FirstReading("a", "t1", "0111_1111", "1111_1111", "1111_1111"),
            FirstReading("b", "t2", "0111_1111", "1111_1111", "1111_1111"),
            FirstReading("c", "t1", "0111_1111", "1111_1111"),
        ]);

        Assert.Empty(blocked);
    }

    [Fact]
    public void FullMapsAndReadingsWithoutSeatPositionsAreLeftOut()
    {
        var locked = FirstReading("b", "t1", "0000_0000", "0000_0000", "0000_0000");
        var blocked = BlockedSeats.Estimate(
        [
            FirstReading("a", "t1", "0111_1111", "1111_1111", "1111_1111"),
            locked,
            FirstReading("c", "t1", "0111_1111", "1111_1111", "1111_1111") with { RoomKey = "", UnavailableSeats = "" },
        ]);

        Assert.Empty(blocked);
    }
}
