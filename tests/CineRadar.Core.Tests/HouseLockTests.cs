using CineRadar.Core.Seats;

namespace CineRadar.Core.Tests;

public sealed class HouseLockTests
{
    private static readonly SeatLayout Full = new([new SeatRow("A", "000_000"), new SeatRow("B", "0000")]);
    private static readonly SeatLayout Selling = new([new SeatRow("A", "001_000")]);

    [Theory]
    [InlineData(35, true)]
    [InlineData(5, true)]
    [InlineData(45, true)]
    [InlineData(46, false)]
    [InlineData(180, false)]
    [InlineData(0, false)]
    [InlineData(-10, false)]
    public void FullMapNearShowtimeIsASuspectedLock(int minutesToStart, bool suspected) =>
        Assert.Equal(suspected, HouseLock.IsSuspected(Full, TimeSpan.FromMinutes(minutesToStart)));

    [Fact]
    public void MapWithAFreeSeatIsNeverALock()
    {
        Assert.False(HouseLock.IsSuspected(Selling, TimeSpan.FromMinutes(30)));
        Assert.True(Full.IsFull);
        Assert.Equal(100.0, Full.OccupancyPct);
        Assert.Equal(10, Full.Total);
    }

    [Theory]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)]
    [InlineData(0, 0, 0.0)]
    public void OccupancyRoundsToOneDecimal(int occupied, int capacity, double percent) =>
        Assert.Equal(percent, Occupancy.Percent(occupied, capacity));
}
