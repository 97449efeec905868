using CineRadar.Core.Catalog;
using CineRadar.Core.Resweeps;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Tests;

/// <summary>What a re-sweep reads: the likeliest changes first, within its share of a full sweep's requests.</summary>
public sealed class ResweepPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheBusiestCitiesComeFirstAndThePlanStaysWithinTheAllowanceLessTheReserve()
    {
        var cities = Enumerable.Range(1, 40)
            .Select(i => new ResweepCity($"c{i:00}", $"City {i}", [new ResweepMovie("m1", 10 * i, 1), new ResweepMovie("m2", 2 * i, 1)], 1, Now.AddHours(-3), Reads: 1))
            .ToList();

        var plan = ResweepPlanner.Plan(cities, allowance: 100, Now);

        Assert.True(plan.Sum(t => t.ExpectedRequests) <= 100 * (1 - ResweepPlanner.EscalationReserve));
        Assert.Equal("c40", plan[0].CityId);
        Assert.DoesNotContain(plan, t => t.CityId == "c01");
        // The heavy movie covers more than the partial share of each city, and on this read the other one is not in turn:
        // one movie read, plus the movie list.
        Assert.All(plan, t => Assert.Equal("m1", Assert.Single(t.MovieIds)));
        Assert.All(plan, t => Assert.Equal(2, t.ExpectedRequests));
    }

    [Fact]
    public void ACityReadRecentlyWaitsItsTurnBehindOnesNotReadForLong()
    {
        var fresh = new ResweepCity("fresh", "Fresh", [new ResweepMovie("m", 30, 1)], 1, Now.AddMinutes(-10));
        var stale = new ResweepCity("stale", "Stale", [new ResweepMovie("m", 10, 1)], 1, Now.AddHours(-5));

        var plan = ResweepPlanner.Plan([fresh, stale], allowance: 3, Now);

        Assert.Equal(["stale"], plan.Select(t => t.CityId));
    }

    [Fact]
    public void ASmallCityLongUnreadComesBeforeABusyOneReadAnHourAgo()
    {
        // Weighed by hours since the last read, the busy city (200 against 10) would still come first after five hours;
        // by their square the small one's turn has come.
        var busy = new ResweepCity("busy", "Busy", [new ResweepMovie("m", 199, 1)], 1, Now.AddHours(-1));
        var small = new ResweepCity("small", "Small", [new ResweepMovie("m", 9, 1)], 1, Now.AddHours(-5));

        Assert.Equal(["small"], ResweepPlanner.Plan([busy, small], allowance: 3, Now).Select(t => t.CityId));
        Assert.Equal(["busy"], ResweepPlanner.Plan([busy, small with { LastRead = Now.AddHours(-4) }], allowance: 3, Now).Select(t => t.CityId));
    }

    [Fact]
    public void HotMoviesWeighMoreMoviesWithNoShowLeftAreReadInTurnAndCitiesWithNothingLeftAreNot()
    {
        // A cinema may give a movie whose shows have all started, or that had none today, an evening show: it weighs one
        // show's worth.
        var city = new ResweepCity("c", "C", [new ResweepMovie("cold", 10, 1), new ResweepMovie("hot", 6, 2), new ResweepMovie("gone", 0, 3)], 1, Now.AddHours(-2));
        var over = new ResweepCity("over", "Over", [new ResweepMovie("m", 0, 1)], 1, Now.AddHours(-6));

        Assert.Equal([14.0, 11.0, 3.0], city.Movies.Select(m => m.Weight).OrderDescending());
        Assert.Equal(["hot", "cold"], ResweepPlanner.PartialScope(city with { Reads = 1 }));
        Assert.Equal(["hot", "cold", "gone"], ResweepPlanner.PartialScope(city with { Reads = 2 }));
        Assert.Equal(["c"], ResweepPlanner.Plan([city, over], 100, Now).Select(t => t.CityId));
    }

    [Fact]
    public void TheMoviesBeyondTheHeaviestAreReadInTurnSoEachIsReadWithinTheRotation()
    {
        var movies = new List<ResweepMovie> { new("hit", 60, 1) };
        movies.AddRange(Enumerable.Range(1, 6).Select(i => new ResweepMovie($"m{i}", 7 - i, 1)));
        var city = new ResweepCity("c", "C", movies, 1, Now.AddHours(-2));

        var scopes = Enumerable.Range(0, ResweepPlanner.Rotation).Select(reads => ResweepPlanner.PartialScope(city with { Reads = reads })).ToList();

        Assert.All(scopes, scope => Assert.Equal("hit", scope[0]));
        // Each of the others is read once in every rotation of the city's reads, and the rotation starts over.
        Assert.Equal(movies.Skip(1).Select(m => m.MovieId).Order(StringComparer.Ordinal), scopes.SelectMany(s => s.Skip(1)).Order(StringComparer.Ordinal));
        Assert.All(scopes, scope => Assert.InRange(scope.Count - 1, 6 / ResweepPlanner.Rotation, (6 / ResweepPlanner.Rotation) + 1));
        Assert.Equal(scopes[0], ResweepPlanner.PartialScope(city with { Reads = ResweepPlanner.Rotation }));
    }

    [Fact]
    public void WeighingCountsShowsStillToStartAndHeatFromTheLatestReadings()
    {
        var starts = Now.AddHours(3);
        var movie = new Movie("m", "M", [], null, null, null, [], false);
        var theatres = new List<TheatreSchedule>
        {
            new("t", "T", null, "XXI", "c", "C", [new Room("2D", null, [
                new Showtime("s1", "17:00", 1, starts),
                new Showtime("s2", "10:00", 0, Now.AddHours(-4)),
                new Showtime("s3", "17:30", 1, starts.AddMinutes(30), CancelledAt: Now.AddHours(-1)),
                new Showtime("s4", "14:10", 1, Now.AddMinutes(10)),
            ])]),
        };
        var schedules = new List<MovieSchedule> { new(new DateOnly(2026, 11, 25), movie, [new CityRef("c", "C")], theatres) };
        List<SeatSampleSummary> readings =
        [
            Reading("s1", Now.AddHours(-1), unavailable: 10),
            Reading("s1", Now.AddMinutes(-5), unavailable: 50),
        ];

        var measure = new ResweepMeasure(100, 500, new Dictionary<string, double> { ["c"] = 1.5 }, new Dictionary<string, DateTimeOffset>(), Now.AddHours(-8), new Dictionary<string, int> { ["c"] = 2 });
        var city = Assert.Single(ResweepPlanner.Weigh(schedules, readings, measure, Now));

        var weighed = Assert.Single(city.Movies);
        // s1 only: s2 has started, s3 is cancelled, s4 starts within the horizon. Its latest reading is half full.
        Assert.Equal((1, 2.0), (weighed.UpcomingShows, weighed.Heat));
        Assert.Equal((1.5, Now.AddHours(-8), 2), (city.RequestsPerMovie, city.LastRead, city.Reads));
    }

    [Fact]
    public void TheMeasureIsAShareOfTheDaysPublishedSweepAndEachCitysLastRead()
    {
        var date = new DateOnly(2026, 11, 25);
        var sweep = Run("sweep", RunKind.Schedules, date, RunStatus.Success, Now.AddHours(-6), "schedule",
            Item("jkt", WorkItemStatus.Ok, movies: 10, requests: 31, Now.AddHours(-6)),
            Item("bdg", WorkItemStatus.Ok, movies: 4, requests: 9, Now.AddHours(-6)));
        var resweep = Run("re", RunKind.Resweep, date, RunStatus.Success, Now.AddHours(-1), ResweepTrigger.For(new TimeOnly(13, 0)),
            Item("jkt", WorkItemStatus.Ok, movies: 10, requests: 4, Now.AddHours(-1)),
            Item("bdg", WorkItemStatus.Empty, movies: 0, requests: 0, Now.AddHours(-1)));
        var heldEarlier = Run("held", RunKind.Schedules, date, RunStatus.Held, Now.AddHours(-7), "schedule", Item("jkt", WorkItemStatus.Ok, 10, 500, Now.AddHours(-7)));

        var measure = ResweepMeasure.From(date, [resweep, sweep, heldEarlier], [], 0.2, Now);

        Assert.Equal((40, 8), (measure.FullSweepRequests, measure.Allowance));
        Assert.Equal(3.0, measure.RequestsPerMovie["jkt"]);
        Assert.Equal(2.0, measure.RequestsPerMovie["bdg"]);
        Assert.Equal(Now.AddHours(-1), measure.LastRead["jkt"]);
        Assert.Equal(Now.AddHours(-6), measure.LastRead["bdg"]);
        Assert.Equal(Now.AddHours(-6), measure.DayRead);
        Assert.Equal(1, measure.Reads["jkt"]);
        Assert.False(measure.Reads.ContainsKey("bdg"));
    }

    private static SeatSampleSummary Reading(string showtime, DateTimeOffset at, int unavailable) =>
        new(showtime, new DateOnly(2026, 11, 25), "t60", at, Now.AddHours(3), "m", "t", "c", "XXI", "2D", 100, 100 - unavailable, unavailable, false);

    private static WorkItem Item(string key, WorkItemStatus status, int movies, int requests, DateTimeOffset finished) =>
        new("run", key, key, status, null, null, 1, null, movies, 0, 0, requests, finished, null);

    private static ScrapeRun Run(string id, RunKind kind, DateOnly date, RunStatus status, DateTimeOffset finished, string trigger, params WorkItem[] items) =>
        new(id, kind, status, date, 1, "test", trigger, finished.AddHours(-1), finished.AddHours(-1), finished, null, null, items);
}
