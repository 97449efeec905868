using CineRadar.Core.Sampling;
using CineRadar.Core.Sampling.Design;
using CineRadar.Core.Sampling.Nowcast;

namespace CineRadar.Core.Tests;

public sealed class DayProjectionTests
{
    private static readonly DateOnly Yesterday = new(2026, 1, 10);
    private static readonly DateOnly Today = new(2026, 1, 11);

    /// <summary>12:00 WIB today: shows at 10:00 have started, those at 20:00 are still to come.</summary>
    private static readonly DateTimeOffset Noon = At(Today, 12);

    private static DateTimeOffset At(DateOnly date, int hour) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(7));

    private static SampledShowtime Show(string id, DateOnly date, int hour, string movie = "m1", string theatre = "t1") =>
        new(id, date, At(date, hour), $"{hour:00}:00", movie, movie, theatre, theatre, "c1", "c1", "XXI", "REGULAR 2D", 40_000, Bookable: true);

    private static ShowtimeEstimate Sold(SampledShowtime show, int admissions, int capacity = 200) =>
        new(show.ShowtimeId, show.Date, show.MovieId, show.MovieTitle, show.TheatreId, show.TheatreName, show.CityId, show.CityName,
            show.Merchant, show.RoomCategory, show.DisplayTime, show.StartsAt, capacity, admissions, show.PriceRupiah, "final", false,
            show.StartsAt, admissions, admissions);

    private static ReadShow Read(double admissions) => new(admissions, admissions, null, 200, 40_000, 0);

    /// <summary>Yesterday m1 sold 20 a show at 10:00 and 100 at 20:00, m2 10 and 50, in two theatres alike.</summary>
    private static DemandHistory History() => DemandHistory.From(
    [
        .. new[] { "t1", "t2" }.SelectMany(t => new[]
        {
            Sold(Show($"y-{t}-m1-10a", Yesterday, 10, "m1", t), 20), Sold(Show($"y-{t}-m1-10b", Yesterday, 10, "m1", t), 20),
            Sold(Show($"y-{t}-m1-20a", Yesterday, 20, "m1", t), 100), Sold(Show($"y-{t}-m1-20b", Yesterday, 20, "m1", t), 100),
            Sold(Show($"y-{t}-m2-10", Yesterday, 10, "m2", t), 10), Sold(Show($"y-{t}-m2-20", Yesterday, 20, "m2", t), 50),
        }),
    ])!;

    private static DayProjection Projection(IReadOnlyList<SampledShowtime> shows, Dictionary<string, ReadShow> read, DemandHistory? history, DateTimeOffset now) =>
        new(shows, read, new StratifiedTotals(shows, read, new Dictionary<string, double>(), []), history, now);

    [Fact]
    public void TheShowsStillToComeSellWhatTheirLikesSoldOnEarlierDaysAtTodaysLevel()
    {
        // Today m1's 10:00 shows sold half as much again as yesterday's: its 20:00 show is projected at 150.
        var shows = new[] { Show("a", Today, 10), Show("b", Today, 10), Show("evening", Today, 20) };
        var read = new Dictionary<string, ReadShow> { ["a"] = Read(30), ["b"] = Read(30) };

        var (soFar, projected) = Projection(shows, read, History(), Noon).Of(shows);

        Assert.Equal(60, soFar.Admissions);
        Assert.Equal(60 + 150, projected.Admissions);
        Assert.Equal((60 + 150) * 40_000.0, projected.Gross);
        Assert.Equal(2, projected.Read);
        Assert.True(projected.AdmissionsLow <= projected.Admissions && projected.Admissions <= projected.AdmissionsHigh);
    }

    [Fact]
    public void WithoutEarlierDaysTheDaysOwnStrataStandInAsForAnyUnreadShow()
    {
        var shows = new[] { Show("a", Today, 10), Show("b", Today, 10), Show("evening", Today, 20) };
        var read = new Dictionary<string, ReadShow> { ["a"] = Read(30), ["b"] = Read(30) };
        var totals = new StratifiedTotals(shows, read, new Dictionary<string, double>(), []);

        var (soFar, projected) = new DayProjection(shows, read, totals, null, Noon).Of(shows);
        var day = totals.Of(shows);
        var evening = totals.Of([shows[2]]).Admissions;

        Assert.Equal(60, soFar.Admissions);
        Assert.Equal((day.Admissions, day.Gross), (projected.Admissions, projected.Gross));
        // Nothing says how the evening compares with the morning: it may be off by its own size.
        Assert.True(projected.AdmissionsHigh - projected.Admissions >= StratifiedTotals.Z90 * evening);
        Assert.True(projected.AdmissionsHigh - projected.Admissions > day.AdmissionsHigh - day.Admissions);
    }

    [Fact]
    public void WithoutEarlierDaysAShowToComeReadHoursAheadIsNoSurerThanAnUnreadOne()
    {
        // An operator's reading of the evening show at noon counts the tickets sold so far; more will sell.
        var shows = new[] { Show("a", Today, 10), Show("evening", Today, 20) };
        var read = new Dictionary<string, ReadShow> { ["a"] = Read(30), ["evening"] = Read(40) };
        var totals = new StratifiedTotals(shows, read, new Dictionary<string, double>(), []);

        var projected = new DayProjection(shows, read, totals, null, Noon).Of(shows).Projected;

        Assert.Equal(70, projected.Admissions);
        Assert.Equal(StratifiedTotals.Z90 * 40, projected.AdmissionsHigh - projected.Admissions, 6);
        // The 70 tickets are sold already: the interval does not reach below them.
        Assert.Equal(70, projected.AdmissionsLow);
    }

    [Theory]
    [InlineData(40, 150)]
    [InlineData(170, 170)]
    public void AShowToComeReadHoursAheadEndsAtItsProjectionOrWhatItHadSoldIfMore(int soldAtNoon, int expected)
    {
        // An operator's reading of the evening show at noon counts the tickets sold so far: the evening is still projected
        // at 150 (m1's 20:00 shows sold 100 yesterday, today runs at 1.5), unless more were sold already.
        var shows = new[] { Show("a", Today, 10), Show("b", Today, 10), Show("evening", Today, 20) };
        var read = new Dictionary<string, ReadShow> { ["a"] = Read(30), ["b"] = Read(30), ["evening"] = Read(soldAtNoon) };

        var projected = Projection(shows, read, History(), Noon).Of(shows).Projected;

        Assert.Equal(60 + expected, projected.Admissions);
        Assert.Equal((60 + expected) * 40_000.0, projected.Gross);
        Assert.True(projected.AdmissionsLow >= 60 + soldAtNoon, "the tickets sold already are sold");
    }

    [Theory]
    [InlineData("t40 before house lock + late sales - blocked seats", 60 + 90)]
    [InlineData("adhoc", 60 + 150)]
    public void AStoredEstimateOfAShowToComeStandsWhenLateSalesCarriedItToTheStart(string basis, int expected)
    {
        // The Api reads the day back from the stored estimates: an evening show estimated at 90 from its T-40 reading
        // stands; one that had sold 90 when an operator read it hours ahead is projected like its likes (150, at today's
        // level of 1.5), since more will sell.
        var shows = new[] { Show("a", Today, 10), Show("b", Today, 10), Show("evening", Today, 20) };
        var estimates = new[] { Sold(shows[0], 30), Sold(shows[1], 30), Sold(shows[2], 90) with { Basis = basis } };

        var read = estimates.ToDictionary(e => e.ShowtimeId, ReadShow.From);

        Assert.Equal(basis == "adhoc" ? null : "t40", read["evening"].ScaledBy);
        Assert.Equal(expected, Projection(shows, read, History(), Noon).Of(shows).Projected.Admissions);
    }

    [Fact]
    public void AMovieSellingAboveTheDaysLevelIsProjectedAboveItButShrunkTowardsIt()
    {
        // m1 sells 1.5 times yesterday, m2 as yesterday: each evening show is projected at its own movie's pace, m1's
        // pulled a little towards the day's.
        var shows = new List<SampledShowtime>();
        var read = new Dictionary<string, ReadShow>(StringComparer.Ordinal);
        for (var i = 0; i < 6; i++)
        {
            shows.Add(Show($"m1-{i}", Today, 10, "m1"));
            read[$"m1-{i}"] = Read(30);
            shows.Add(Show($"m2-{i}", Today, 10, "m2"));
            read[$"m2-{i}"] = Read(10);
        }

        var m1Evening = Show("m1-evening", Today, 20, "m1");
        var m2Evening = Show("m2-evening", Today, 20, "m2");
        shows.AddRange([m1Evening, m2Evening]);
        var projection = Projection(shows, read, History(), Noon);

        var m1 = projection.Of([m1Evening]).Projected.Admissions;
        var m2 = projection.Of([m2Evening]).Projected.Admissions;

        Assert.InRange(m1, 130, 149);
        Assert.InRange(m2, 51, 60);
    }

    [Fact]
    public void TheIntervalNarrowsAsMoreOfTheDayHasPlayed()
    {
        var early = Enumerable.Range(0, 4).Select(i => Show($"early-{i}", Today, 10)).ToList();
        var later = Enumerable.Range(0, 12).Select(i => Show($"later-{i}", Today, 14)).ToList();
        var evening = Enumerable.Range(0, 10).Select(i => Show($"evening-{i}", Today, 20)).ToList();
        var shows = early.Concat(later).Concat(evening).ToList();
        var sold = new[] { 24, 36, 27, 33 };
        var read = early.Select((s, i) => (s.ShowtimeId, Sold: sold[i]))
            .Concat(later.Select((s, i) => (s.ShowtimeId, Sold: sold[i % 4] * 2)))
            .ToDictionary(r => r.ShowtimeId, r => Read(r.Sold), StringComparer.Ordinal);
        var history = DemandHistory.From(
            [.. new[] { 10, 14, 20 }.SelectMany(h => Enumerable.Range(0, 4).Select(i => Sold(Show($"y-{h}-{i}", Yesterday, h), h == 20 ? 100 : h == 14 ? 40 : 20)))]);

        double Width(DateTimeOffset now, IReadOnlyDictionary<string, ReadShow> known)
        {
            var at = known.Where(r => shows.Single(s => s.ShowtimeId == r.Key).StartsAt <= now).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
            var total = Projection(shows, at, history, now).Of(evening).Projected;
            return (total.AdmissionsHigh - total.AdmissionsLow) / total.Admissions;
        }

        Assert.True(Width(At(Today, 16), read) < Width(At(Today, 11), read));
    }

    [Fact]
    public void OnceEveryShowHasStartedSoFarIsTheDay()
    {
        var shows = new[] { Show("a", Today, 10), Show("evening", Today, 20) };
        var read = new Dictionary<string, ReadShow> { ["a"] = Read(30), ["evening"] = Read(120) };

        var (soFar, projected) = Projection(shows, read, History(), At(Today, 23)).Of(shows);

        Assert.Equal(soFar, projected);
        Assert.Equal(150, projected.Admissions);
    }

    [Fact]
    public void RollupsKeepWhatTheStartedShowsSoldBesideTheProjection()
    {
        var shows = new[] { Show("a", Today, 10), Show("b", Today, 10), Show("evening", Today, 20) };
        var read = new Dictionary<string, ReadShow> { ["a"] = Read(30), ["b"] = Read(30) };

        var national = Assert.Single(
            DailyRollups.From(Today, shows, Projection(shows, read, History(), Noon), Noon),
            r => r.Dimension == RollupDimension.National);
        var finished = Assert.Single(
            DailyRollups.From(Today, shows, Projection(shows, read, History(), At(Today, 23)), At(Today, 23)),
            r => r.Dimension == RollupDimension.National);

        Assert.Equal((60L, 2_400_000L, 210L, true), (national.AdmissionsSoFar!.Value, national.GrossSoFar!.Value, national.Admissions, national.IsProjection));
        Assert.False(finished.IsProjection);
    }

    [Fact]
    public void AHistoryNeedsShowsThatWereRead()
    {
        Assert.Null(DemandHistory.From([]));
        var history = History();
        Assert.Equal((1, 12), (history.Days, history.Shows));
    }
}
