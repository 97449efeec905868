using CineRadar.Core.Seats;

namespace CineRadar.Core.Tests;

public sealed class SeatPositionsTests
{
    private static SeatLayout Layout(params (string Label, string Seats)[] rows) => new([.. rows.Select(r => new SeatRow(r.Label, r.Seats))]);

    [Fact]
    public void UnavailableSeatsAreLabelledByRowAndPositionWithGapsCounted()
    {
        var layout = Layout(("A", "0_10"), ("B", "1100"), ("C", "1111"));

        Assert.Equal("A1 A4 B3 B4", layout.UnavailableSeats);
        Assert.Equal(["A1", "A4", "B3", "B4"], SeatPositions.Parse(layout.UnavailableSeats).Order());
        Assert.Empty(SeatPositions.Parse(Layout(("A", "11")).UnavailableSeats));
    }

    [Fact]
    public void RowsWithoutALabelOrEndingInADigitAreNamedByTheirPlace()
    {
        var layout = Layout(("", "01"), ("R2", "10"));

        Assert.Equal("#1-1 R2#2-2", layout.UnavailableSeats);
        Assert.Equal(("#1-0", "#1-2"), SeatPositions.Beside("#1-1"));
        Assert.Equal(("R2#2-1", "R2#2-3"), SeatPositions.Beside("R2#2-2"));
    }

    [Fact]
    public void SeatsBesideAreTheNeighboursInTheRow()
    {
        Assert.Equal(("F11", "F13"), SeatPositions.Beside("F12"));
        Assert.Equal(("AA0", "AA2"), SeatPositions.Beside("AA1"));
    }

    [Fact]
    public void RoomKeyFollowsTheShapeOfTheMapNotItsSales()
    {
        var empty = Layout(("A", "11_11"), ("B", "111_1"));
        var sold = Layout(("A", "00_10"), ("B", "011_0"));

        Assert.Equal(empty.RoomKey, sold.RoomKey);
        Assert.Matches("^[0-9a-f]{16}$", empty.RoomKey);
        Assert.NotEqual(empty.RoomKey, Layout(("A", "111_1"), ("B", "111_1")).RoomKey);
        Assert.NotEqual(empty.RoomKey, Layout(("A", "11_11"), ("C", "111_1")).RoomKey);
        Assert.NotEqual(empty.RoomKey, Layout(("A", "11_11")).RoomKey);
    }
}
