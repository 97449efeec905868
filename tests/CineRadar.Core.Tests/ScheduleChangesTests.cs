using CineRadar.Core.Catalog;

namespace CineRadar.Core.Tests;

/// <summary>A city's re-read applied to its stored schedules: what is added, moved and cancelled, and that nothing is lost.</summary>
public sealed class ScheduleChangesTests
{
    private static readonly DateOnly Day = new(2026, 11, 25);

    // 14:00 WIB on the day.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    private static readonly Movie Hit = new("m-hit", "Hit", [], null, null, null, ["XXI"], false);
    private static readonly Movie Other = new("m-other", "Other", [], null, null, null, ["XXI"], false);

    [Fact]
    public void AnUnchangedReadChangesNothing()
    {
        var stored = City(Schedule(Hit, Show("a", 16), Show("b", 19)));

        var applied = ScheduleChanges.Apply(stored, City(Schedule(Hit, Show("a", 16), Show("b", 19))), null, Now);

        Assert.False(applied.Any);
        Assert.Equal(["a", "b"], Ids(applied.Merged));
        Assert.All(Shows(applied.Merged), s => Assert.Null(s.AddedAt ?? s.MovedFrom ?? s.CancelledAt));
    }

    [Fact]
    public void ANewIdIsAddedAndMarkedWithWhenItWasSeen()
    {
        var stored = City(Schedule(Hit, Show("a", 16)));

        var applied = ScheduleChanges.Apply(stored, City(Schedule(Hit, Show("a", 16), Show("late", 22))), null, Now);

        var added = Assert.Single(applied.Added);
        Assert.Equal(("late", Now), (added.Id, added.AddedAt));
        Assert.Equal(["a", "late"], Ids(applied.Merged));
        Assert.Empty(applied.Moved);
        Assert.Empty(applied.Cancelled);
    }

    [Fact]
    public void AShowListedAtAnotherTimeIsMovedAndKeepsItsFirstStart()
    {
        var stored = City(Schedule(Hit, Show("a", 19)));

        var first = ScheduleChanges.Apply(stored, City(Schedule(Hit, Show("a", 20))), null, Now);
        var second = ScheduleChanges.Apply(first.Merged, City(Schedule(Hit, Show("a", 21))), null, Now.AddHours(1));

        var moved = Assert.Single(first.Moved);
        Assert.Equal((At(20), At(19)), (moved.StartsAt, moved.MovedFrom));
        var again = Assert.Single(second.Moved);
        Assert.Equal((At(21), At(19)), (again.StartsAt, again.MovedFrom));
        Assert.Empty(first.Added);
    }

    [Fact]
    public void AShowGoneBeforeItStartedIsCancelledAndKept()
    {
        var stored = City(Schedule(Hit, Show("a", 16), Show("b", 19)));

        var applied = ScheduleChanges.Apply(stored, City(Schedule(Hit, Show("a", 16))), null, Now);

        var cancelled = Assert.Single(applied.Cancelled);
        Assert.Equal(("b", Now), (cancelled.Id, cancelled.CancelledAt));
        var kept = Shows(applied.Merged).Single(s => s.Id == "b");
        Assert.True(kept.IsCancelled);
        Assert.False(kept.IsBookable);
        Assert.Equal(["a", "b"], Ids(applied.Merged));
    }

    [Fact]
    public void AShowGoneAfterItStartedIsNoCancellation()
    {
        var stored = City(Schedule(Hit, Show("matinee", 12), Show("b", 19)));

        var applied = ScheduleChanges.Apply(stored, City(Schedule(Hit, Show("b", 19))), null, Now);

        Assert.False(applied.Any);
        var matinee = Shows(applied.Merged).Single(s => s.Id == "matinee");
        Assert.False(matinee.IsCancelled);
    }

    [Fact]
    public void ACancelledShowThatIsListedAgainIsAddedBack()
    {
        var stored = City(Schedule(Hit, Show("a", 19) with { CancelledAt = Now.AddHours(-1) }));

        var applied = ScheduleChanges.Apply(stored, City(Schedule(Hit, Show("a", 19))), null, Now);

        Assert.Single(applied.Added);
        Assert.False(Shows(applied.Merged).Single().IsCancelled);
    }

    [Fact]
    public void APartialReadKeepsTheMoviesItDidNotRead()
    {
        var stored = City(Schedule(Hit, Show("a", 19)), Schedule(Other, Show("o", 18)));

        // Only the hit was read; the other movie is still listed but its schedules were not asked for.
        var fresh = City(Schedule(Hit, Show("a", 19), Show("extra", 21))) with { Movies = [Hit, Other] };
        var applied = ScheduleChanges.Apply(stored, fresh, new HashSet<string> { Hit.Id }, Now);

        Assert.Equal(["extra"], applied.Added.Select(s => s.Id));
        Assert.Empty(applied.Cancelled);
        Assert.Equal(["a", "extra", "o"], Ids(applied.Merged));
    }

    [Fact]
    public void AMovieNoLongerListedHasItsComingShowsCancelled()
    {
        var stored = City(Schedule(Hit, Show("a", 19)), Schedule(Other, Show("past", 11), Show("o", 18)));

        var fresh = City(Schedule(Hit, Show("a", 19)));
        var applied = ScheduleChanges.Apply(stored, fresh, new HashSet<string> { Hit.Id }, Now);

        Assert.Equal(["o"], applied.Cancelled.Select(s => s.Id));
        Assert.Contains(applied.Merged.Movies, m => m.Id == Other.Id);
        Assert.Equal(["a", "o", "past"], Ids(applied.Merged));
    }

    [Fact]
    public void ACityWithNothingStoredHasEveryShowAdded()
    {
        var applied = ScheduleChanges.Apply(null, City(Schedule(Hit, Show("a", 19), Show("b", 21))), null, Now);

        Assert.Equal(2, applied.Added.Count);
    }

    private static DateTimeOffset At(int wibHour) => new DateTimeOffset(2026, 11, 25, wibHour, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    private static Showtime Show(string id, int wibHour) => new(id, $"{wibHour:00}:00", 1, At(wibHour));

    private static CityMovieSchedule Schedule(Movie movie, params Showtime[] shows) =>
        new(movie.Id, [new TheatreSchedule("t1", "Grand XXI", null, "XXI", "city-1", "JAKARTA", [new Room("2D", "Rp50.000", shows)])]);

    private static CityScrape City(params CityMovieSchedule[] schedules) =>
        new("city-1", "JAKARTA", Day, schedules.Select(s => s.MovieId == Hit.Id ? Hit : Other).ToList(), schedules);

    private static IEnumerable<Showtime> Shows(CityScrape city) =>
        city.Schedules.SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes);

    private static string[] Ids(CityScrape city) => [.. Shows(city).Select(s => s.Id).Order(StringComparer.Ordinal)];
}
