using CineRadar.Core.Sampling;

namespace CineRadar.Data.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SeatSampleKeepsItsLabelledRowsAndIsOnePerShowtimeAndKind()
    {
        var t60 = TestData.ScrapedAt.AddHours(11);
        var first = TestData.Sample("2000000000000000102", "t60", t60, TestData.Layout(("A", "10_01"), ("B", "1100")));
        var final = TestData.Sample("2000000000000000102", "final", t60.AddMinutes(50), TestData.Layout(("A", "00_00"), ("B", "0000")), locked: true);

        await Samples.UpsertAsync([first, final]);
        await Samples.UpsertAsync([first with { Layout = TestData.Layout(("A", "00_01"), ("B", "1100")) }]);

        var stored = await Samples.GetForShowtimeAsync("2000000000000000102");
        Assert.Equal(["t60", "final"], stored.Select(s => s.Kind));
        Assert.Equal(["A", "B"], stored[0].Layout.Rows.Select(r => r.Label));
        Assert.Equal("00_01", stored[0].Layout.Rows[0].Seats);
        Assert.Equal(5, stored[0].Layout.Unavailable);
        Assert.Equal(first.StartsAt, stored[0].StartsAt);
        Assert.Equal(t60, stored[0].SampledAt);
        Assert.True(stored[1].HouseLocked);
        Assert.Equal(100.0, stored[1].Layout.OccupancyPct);
        Assert.Equal("2000000000000000102_final", stored[1].DocumentId);

        var summaries = await Samples.GetSummariesAsync(TestData.Date);
        Assert.Equal(2, summaries.Count);
        var summary = summaries.Single(s => s.Kind == "t60");
        Assert.Equal((8, 3, 5), (summary.Total, summary.Available, summary.Unavailable));
        Assert.Equal("XXI", summary.Merchant);
        Assert.Equal(TestData.KeretaMalam.Id, summary.MovieId);
        Assert.Equal("A1 A2 A4 B3 B4", summary.UnavailableSeats);
        Assert.Equal(first.Layout.RoomKey, summary.RoomKey);
        Assert.Equal(summary.RoomKey, summaries.Single(s => s.Kind == "final").RoomKey);
        Assert.Empty(await Samples.GetSummariesAsync(TestData.Date.AddDays(1)));
        Assert.Empty(await Samples.GetForShowtimeAsync("1999999999999999999"));
    }

    [Fact]
    public async Task BadSampleIsRefusedAndLosesNothing()
    {
        var good = TestData.Sample("2000000000000000102", "t60", TestData.ScrapedAt, TestData.Layout(("A", "10")));
        await Samples.UpsertAsync([good]);

        await Assert.ThrowsAsync<ArgumentException>(() => Samples.UpsertAsync([good with { Kind = "final" }, good with { ShowtimeId = "" }]));

        Assert.Single(await Samples.GetForShowtimeAsync("2000000000000000102"));
    }

    [Fact]
    public async Task AdmissionsKeepEstimatesAndReplaceTheDaysRollups()
    {
        var estimate = TestData.Estimate("2000000000000000102", 180, 120, 42_500);
        await Admissions.SaveAsync(TestData.Date, [estimate, TestData.Estimate("2000000000000000103", 90, 30, null)],
            [TestData.Rollup(RollupDimension.Movie, TestData.KeretaMalam.Id, 150), TestData.Rollup(RollupDimension.City, "jakarta", 150)]);
        await Admissions.SaveAsync(TestData.Date, [estimate with { Admissions = 130 }],
            [TestData.Rollup(RollupDimension.Movie, TestData.KeretaMalam.Id, 160)]);

        var estimates = await Admissions.GetEstimatesAsync(TestData.Date);
        Assert.Equal(2, estimates.Count);
        var updated = estimates.Single(e => e.ShowtimeId == "2000000000000000102");
        Assert.Equal(130, updated.Admissions);
        Assert.Equal(130 * 42_500, updated.EstimatedGrossRupiah);
        Assert.Equal(72.2, updated.OccupancyPct);
        Assert.Equal(estimate.StartsAt, updated.StartsAt);
        Assert.Null(estimates.Single(e => e.ShowtimeId == "2000000000000000103").TicketPriceRupiah);

        var movies = await Admissions.GetRollupsAsync(TestData.Date, RollupDimension.Movie);
        Assert.Equal(160, Assert.Single(movies).Admissions);
        Assert.Equal(50.0, movies[0].OccupancyPct);
        Assert.Empty(await Admissions.GetRollupsAsync(TestData.Date, RollupDimension.City));
    }

    [Fact]
    public async Task RollupsKeepWhatTheStartedShowsSoldBesideTheProjection()
    {
        var running = TestData.Rollup(RollupDimension.Movie, TestData.KeretaMalam.Id, 150) with { AdmissionsSoFar = 40, GrossSoFar = 1_600_000 };
        var finished = TestData.Rollup(RollupDimension.City, "jakarta", 150) with { AdmissionsSoFar = 150, GrossSoFar = 150L * 40_000 };
        await Admissions.SaveAsync(TestData.Date, [], [running, finished]);

        var movie = Assert.Single(await Admissions.GetRollupsAsync(TestData.Date, RollupDimension.Movie));
        var city = Assert.Single(await Admissions.GetRollupsAsync(TestData.Date, RollupDimension.City));

        Assert.Equal((40L, 1_600_000L, true), (movie.AdmissionsSoFar!.Value, movie.GrossSoFar!.Value, movie.IsProjection));
        Assert.Equal((150L, false), (city.AdmissionsSoFar!.Value, city.IsProjection));
    }

    [Fact]
    public async Task EstimatesAndRollupsKeepTheirIntervals()
    {
        var estimate = TestData.Estimate("2000000000000000102", 180, 120, 42_500) with { AdmissionsLow = 101, AdmissionsHigh = 143 };
        var rollup = TestData.Rollup(RollupDimension.Movie, TestData.KeretaMalam.Id, 150) with
        {
            AdmissionsLow = 131, AdmissionsHigh = 172, GrossLow = 5_100_000, GrossHigh = 7_300_000,
        };
        await Admissions.SaveAsync(TestData.Date, [estimate], [rollup]);

        var read = Assert.Single(await Admissions.GetEstimatesAsync(TestData.Date));
        Assert.Equal((101, 120, 143), (read.AdmissionsLow, read.Admissions, read.AdmissionsHigh));
        Assert.Equal((101L * 42_500, 143L * 42_500), (read.GrossLowRupiah, read.GrossHighRupiah));
        var day = Assert.Single(await Admissions.GetRollupsAsync(TestData.Date, RollupDimension.Movie));
        Assert.Equal((131L, 150L, 172L), (day.AdmissionsLow, day.Admissions, day.AdmissionsHigh));
        Assert.Equal((5_100_000L, 150L * 40_000, 7_300_000L), (day.GrossLow, day.EstimatedGrossRupiah, day.GrossHigh));
        var history = Assert.Single(await Admissions.GetHistoryAsync(RollupDimension.Movie, TestData.KeretaMalam.Id, TestData.Date, TestData.Date));
        Assert.Equal((131L, 172L, 5_100_000L, 7_300_000L), (history.AdmissionsLow, history.AdmissionsHigh, history.GrossLow, history.GrossHigh));

        await Admissions.SaveAsync(TestData.Date, [estimate with { AdmissionsLow = 110, AdmissionsHigh = 130 }], [rollup]);
        var updated = Assert.Single(await Admissions.GetEstimatesAsync(TestData.Date));
        Assert.Equal((110, 130), (updated.AdmissionsLow, updated.AdmissionsHigh));
    }

    [Fact]
    public async Task RollupHistoryCoversTheRangeOldestFirst()
    {
        for (var day = 0; day < 5; day++)
        {
            var date = TestData.Date.AddDays(day);
            await Admissions.SaveAsync(date, [], [TestData.Rollup(RollupDimension.Movie, "m1", 100 + day, date), TestData.Rollup(RollupDimension.Movie, "m2", 5, date)]);
        }

        var history = await Admissions.GetHistoryAsync(RollupDimension.Movie, "m1", TestData.Date.AddDays(1), TestData.Date.AddDays(3));

        Assert.Equal([101L, 102L, 103L], history.Select(h => h.Admissions));
        Assert.Equal(TestData.Date.AddDays(1), history[0].Date);
        Assert.Empty(await Admissions.GetHistoryAsync(RollupDimension.City, "m1", TestData.Date, TestData.Date.AddDays(9)));
    }

    [Fact]
    public async Task BadAdmissionsAreRefusedAndLoseNothing()
    {
        await Admissions.SaveAsync(TestData.Date, [TestData.Estimate("2000000000000000102", 180, 120, 42_500)], [TestData.Rollup(RollupDimension.Movie, "m1", 120)]);

        await Assert.ThrowsAsync<ArgumentException>(() => Admissions.SaveAsync(TestData.Date,
            [TestData.Estimate("2000000000000000103", 10, 5, null, TestData.Date.AddDays(1))], []));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Admissions.SaveAsync(TestData.Date,
            [TestData.Estimate("2000000000000000103", 10, -5, null)], []));

        Assert.Single(await Admissions.GetEstimatesAsync(TestData.Date));
        Assert.Single(await Admissions.GetRollupsAsync(TestData.Date, RollupDimension.Movie));
    }
}
