using CineRadar.Core.Sampling;

namespace CineRadar.Core.Tests;

public sealed class LoneBlockedSeatsTests
{
    /// <summary>First readings of 3 x 20 rooms: sold seats in pairs, 0 to 2 pairs, and optionally one lone blocked seat each.</summary>
    private static IEnumerable<(Core.Stores.SeatSampleSummary, int)> Readings(bool loneBlocked)
    {
        for (var i = 0; i < 30; i++)
        {
            var rows = new[] { new string('1', 20).ToCharArray(), new string('1', 20).ToCharArray(), new string('1', 20).ToCharArray() };
            for (var pair = 0; pair < i % 3; pair++)
            {
                rows[pair][2] = rows[pair][3] = '0';
            }

            if (loneBlocked)
            {
                rows[2][(i % 8) * 2] = '0';
            }

            yield return (BlockedSeatsTests.FirstReading($"s{i}", $"t{i}", [.. rows.Select(r => new string(r))]), 0);
        }
    }

    [Fact]
    public void LoneSeatsInEmptyHousesGiveTheShareOfSeatsBlocked()
    {
        var (share, error) = LoneBlockedSeats.Estimate(Readings(loneBlocked: true));

        Assert.Equal(1.0 / 60, share, 3);
        Assert.True(error < 0.01);
    }

    [Fact]
    public void SeatsSoldInGroupsAreNotTakenForBlockedOnes()
    {
        Assert.Equal(0, LoneBlockedSeats.Estimate(Readings(loneBlocked: false)).Share, 6);
    }

    [Fact]
    public void TheRoomRulesSeatsAreNotCountedTwice()
    {
        var known = Readings(loneBlocked: true).Select(r => (r.Item1, 1));

        Assert.Equal(0, LoneBlockedSeats.Estimate(known).Share, 6);
    }
}
