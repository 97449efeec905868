using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Tests;

public sealed class AdmissionsEstimatorTests
{
    private static readonly DateOnly Date = new(2026, 1, 11);
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-11T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static SampledShowtime Show(string id, string movie = "m1", string theatre = "t1", string merchant = "XXI", long? price = 40_000) =>
        new(id, Date, Start, "19:00", movie, movie.ToUpperInvariant(), theatre, theatre.ToUpperInvariant(), "967969975509716992", "JAKARTA", merchant, "REGULAR 2D", price, true);

    private static SeatSampleSummary Reading(string id, string kind, double minutesBefore, int unavailable, int total = 100) =>
        new(id, Date, kind, Start.AddMinutes(-minutesBefore), Start, "m1", "t1", "967969975509716992", "XXI", "REGULAR 2D", total, total - unavailable, unavailable, false);

    [Fact]
    public void JumpToFullNearTheStartIsALockAndTheReadingBeforeCounts()
    {
        var readings = new[] { Reading("a", "t180", 180, 10), Reading("a", "t60", 60, 30), Reading("a", "t40", 40, 45), Reading("a", "final", 10, 100) };

        var estimate = AdmissionsEstimator.Estimate(Date, [Show("a")], readings, Start);

        var show = Assert.Single(estimate.Showtimes);
        Assert.True(show.HouseLocked);
        Assert.Equal(45, show.Admissions);
        Assert.Equal("t40 before house lock", show.Basis);
        Assert.Equal(45 * 40_000, show.EstimatedGrossRupiah);
    }

    [Fact]
    public void VisitorReadingLeavesTheShowsEstimateAsItWas()
    {
        var design = new[] { Reading("a", "t180", 180, 10), Reading("a", "t60", 60, 30), Reading("a", "t40", 40, 45) };
        var withVisitor = design.Append(Reading("a", SampleKinds.Visitor, 20, 70)).ToArray();

        var without = Assert.Single(AdmissionsEstimator.Estimate(Date, [Show("a")], design, Start).Showtimes);
        var with = Assert.Single(AdmissionsEstimator.Estimate(Date, [Show("a")], withVisitor, Start).Showtimes);

        Assert.Equal(45, with.Admissions);
        Assert.Equal("t40", with.Basis);
        Assert.Equal(without, with);
        Assert.Empty(AdmissionsEstimator.Estimate(Date, [Show("b")], [Reading("b", SampleKinds.Visitor, 20, 70)], Start).Showtimes);
    }

    [Fact]
    public void SteadyClimbToFullIsASellOut()
    {
        var readings = new[] { Reading("a", "t180", 180, 60), Reading("a", "t60", 60, 85), Reading("a", "t40", 40, 95), Reading("a", "final", 10, 100) };

        var show = Assert.Single(AdmissionsEstimator.Estimate(Date, [Show("a")], readings, Start).Showtimes);

        Assert.False(show.HouseLocked);
        Assert.Equal(100, show.Admissions);
        Assert.Equal(100.0, show.OccupancyPct);
    }

    [Fact]
    public void FullMapLongBeforeTheStartIsNotALock()
    {
        var readings = new[] { Reading("a", "t180", 180, 100) };

        Assert.False(Assert.Single(AdmissionsEstimator.Estimate(Date, [Show("a")], readings, Start).Showtimes).HouseLocked);
        Assert.Null(HouseLockClassifier.FirstLocked(readings));
    }

    [Fact]
    public void LateSalesMeasuredOnCloseReadingsScaleTheOtherShows()
    {
        var readings = new[]
        {
            Reading("calibration", "t40", 40, 40), Reading("calibration", "final", 10, 50), Reading("calibration", "close", 2, 58),
            Reading("plain", "t40", 40, 15), Reading("plain", "final", 10, 20),
        };

        var estimate = AdmissionsEstimator.Estimate(Date, [Show("calibration"), Show("plain")], readings, Start);

        // One close reading shows no pace near the start: the slower of the paces final→close (1/min) and t40→final
        // (1/3 per min) is carried over the 2 minutes left: 58 2/3 at the start.
        var calibration = estimate.Showtimes.Single(s => s.ShowtimeId == "calibration");
        Assert.Equal(59, calibration.Admissions);
        Assert.Equal("close + late sales", calibration.Basis);
        Assert.Equal(58.667 / 50, estimate.LateSalesGrowth["final"], 3);
        Assert.Equal(58.667 / 40, estimate.LateSalesGrowth["t40"], 3);
        var plain = estimate.Showtimes.Single(s => s.ShowtimeId == "plain");
        Assert.Equal(23, plain.Admissions);
        Assert.Equal("final + late sales", plain.Basis);
    }

    [Fact]
    public void CloseReadingsSpreadOverTheLastMinutesShowThePaceNearTheStart()
    {
        // Twelve calibration shows sell 50 by the final reading, then 2 a minute to the start (walk-ins): a close reading
        // m minutes before the start shows 70 - 2m. A rush that slowed before the close readings does not run on.
        var shows = Enumerable.Range(0, 12).Select(i => Show($"c{i}")).ToList();
        var readings = shows.SelectMany((show, i) =>
        {
            var minutes = 1 + (i % 4 * 0.6);
            return new[]
            {
                Reading(show.ShowtimeId, "t40", 40, 20), Reading(show.ShowtimeId, "final", 10, 50),
                Reading(show.ShowtimeId, "close", minutes, (int)Math.Round(70 - (2 * minutes))),
            };
        }).ToList();

        var estimate = AdmissionsEstimator.Estimate(Date, shows, readings, Start);

        Assert.InRange(estimate.LateSalesGrowth["final"], 1.39, 1.42);
        Assert.InRange(estimate.Showtimes.Sum(s => s.Admissions), 12 * 70 - 6, 12 * 70 + 6);
    }

    [Fact]
    public void WithoutCloseReadingsTheFinalReadingIsTakenAsItIs()
    {
        var estimate = AdmissionsEstimator.Estimate(Date, [Show("a")], [Reading("a", "final", 10, 33)], Start);

        Assert.Empty(estimate.LateSalesGrowth);
        Assert.Equal((33, "final"), (estimate.Showtimes[0].Admissions, estimate.Showtimes[0].Basis));
    }

    [Fact]
    public void UnreadBookableShowIsEstimatedFromTheReadOnesInItsRollupsButHasNoEstimateOfItsOwn()
    {
        var shows = new[] { Show("a", "m1", "t1", "XXI", 40_000), Show("b", "m1", "t2", "CGV", null), Show("c", "m2", "t2", "CGV", 50_000) };
        var readings = new[] { Reading("a", "final", 10, 30), Reading("b", "final", 10, 20, total: 50) };

        var estimate = AdmissionsEstimator.Estimate(Date, shows, readings, Start);

        Assert.Equal(2, estimate.Showtimes.Count);
        var movie = estimate.Rollups.Single(r => r is { Dimension: RollupDimension.Movie, Key: "m1" });
        Assert.Equal((50L, 30L * 40_000, 150L, 2, 2), (movie.Admissions, movie.EstimatedGrossRupiah, movie.Capacity, movie.Showtimes, movie.EstimatedShowtimes));
        // m2 was not read: its one show stands in for the CGV show of t2 that was (20 of 50 seats), with a wide interval.
        var m2 = estimate.Rollups.Single(r => r is { Dimension: RollupDimension.Movie, Key: "m2" });
        Assert.Equal((1, 0), (m2.Showtimes, m2.EstimatedShowtimes));
        Assert.InRange(m2.Admissions, 15, 25);
        Assert.True(m2.AdmissionsLow < m2.Admissions && m2.Admissions < m2.AdmissionsHigh);
        Assert.Equal(m2.Admissions * 50_000.0, m2.EstimatedGrossRupiah, 50_000.0);
        Assert.Equal(["CGV", "XXI"], estimate.Rollups.Where(r => r.Dimension == RollupDimension.Chain).Select(r => r.Key).Order());
        var region = Assert.Single(estimate.Rollups, r => r.Dimension == RollupDimension.Region);
        Assert.Equal(("Jawa", "Jawa"), (region.Key, region.Name));
        Assert.Equal(50.0 + m2.Admissions, region.Admissions, 1.0);
        Assert.Equal(3, estimate.Rollups.Single(r => r.Dimension == RollupDimension.City).Showtimes);
    }

    [Fact]
    public void UnbookableShowWithoutReadingsIsNotEstimated()
    {
        var shows = new[] { Show("a"), Show("b") with { Bookable = false } };

        var estimate = AdmissionsEstimator.Estimate(Date, shows, [Reading("a", "final", 10, 30)], Start);

        var movie = estimate.Rollups.Single(r => r.Dimension == RollupDimension.Movie);
        Assert.Equal((30L, 2, 1), (movie.Admissions, movie.Showtimes, movie.EstimatedShowtimes));
    }

    [Fact]
    public void BlockedSeatsOfTheRoomAreNotCountedAsAdmissions()
    {
        // A1 stands alone and unavailable in both shows of the room: blocked. The final readings show 3 and 9 unavailable.
        var shows = new[] { Show("a"), Show("b") };
        var readings = new[]
        {
            BlockedSeatsTests.FirstReading("a", "t1", "0111_1111", "1111_1111", "1111_1111"),
            BlockedSeatsTests.FirstReading("b", "t1", "0111_1111", "1111_1001", "1111_1111"),
            BlockedSeatsTests.FirstReading("a", "t1", "0111_1111", "1110_0111", "1111_1111") with { Kind = "final", SampledAt = Start.AddMinutes(-10) },
            BlockedSeatsTests.FirstReading("b", "t1", "0111_1111", "1100_0001", "1110_0011") with { Kind = "final", SampledAt = Start.AddMinutes(-10) },
        };

        var estimate = AdmissionsEstimator.Estimate(Date, shows, readings, Start);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 }, estimate.BlockedSeats);
        Assert.Equal([("a", 2, "final - blocked seats"), ("b", 8, "final - blocked seats")], estimate.Showtimes.Select(s => (s.ShowtimeId, s.Admissions, s.Basis)));
        Assert.Equal(10, estimate.Rollups.Single(r => r.Dimension == RollupDimension.Movie).Admissions);
    }
}
