using CineRadar.Core.Catalog;
using CineRadar.Core.Rooms;

namespace CineRadar.Data.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task PublishedDayReadsBackAsSnapshotAndSchedules()
    {
        await Catalog.PublishAsync(TestData.Publication(TestData.JakartaSweep(), TestData.BandungSweep()));

        var snapshot = await Catalog.GetSnapshotAsync(TestData.Date);
        Assert.NotNull(snapshot);
        Assert.Equal(TestData.ScrapedAt, snapshot.ScrapedAt);
        Assert.Equal([TestData.KeretaMalam.Id, TestData.Sherina.Id], snapshot.Movies.Select(m => m.Movie.Id));
        Assert.Equal(new Dictionary<string, int> { ["BANDUNG"] = 1, ["JAKARTA"] = 2 }, snapshot.Movies[0].TheatreCounts);
        Assert.Equal(new Dictionary<string, int> { ["JAKARTA"] = 0 }, snapshot.Movies[1].TheatreCounts);
        Assert.Equal(new Dictionary<string, int> { ["BANDUNG"] = 1, ["JAKARTA"] = 2 }, snapshot.MoviesPerCity);
        Assert.Equal(1, snapshot.PresaleCount);
        Assert.Equal(["CGV", "XXI"], snapshot.Movies[0].Movie.Merchants.Order());

        var schedule = await Catalog.GetMovieScheduleAsync(TestData.Date, TestData.KeretaMalam.Id);
        Assert.NotNull(schedule);
        Assert.Equal(["BANDUNG", "JAKARTA"], schedule.Cities.Select(c => c.Name).Order());
        Assert.Equal(3, schedule.Theatres.Count);
        Assert.Equal(5, schedule.ShowtimeCount);
        var mallKota = schedule.Theatres.Single(t => t.TheatreId == "1100000000000000007");
        Assert.Equal(TestData.Jakarta.Id, mallKota.CityId);
        var imax = mallKota.Rooms.Single(r => r.Category == "IMAX 3D");
        Assert.Equal("IMAX", imax.Format.Technology);
        Assert.Equal(75000, imax.Price!.MinRupiah);
        var show = imax.Showtimes.Single();
        Assert.Equal("2000000000000000103", show.Id);
        Assert.Equal(DateTimeOffset.Parse("2026-01-11T14:15:00Z", System.Globalization.CultureInfo.InvariantCulture), show.StartsAt);
        Assert.True(show.IsBookable);
        Assert.False(mallKota.Rooms[0].Showtimes[0].IsBookable);

        var all = await Catalog.GetSchedulesAsync(TestData.Date);
        Assert.Equal(2, all.Count);
        Assert.Empty(all.Single(s => s.Movie.Id == TestData.Sherina.Id).Theatres);
        Assert.Equal([TestData.Date], await Catalog.GetDatesAsync());
    }

    [Fact]
    public async Task UnknownChainsAndOddCategoriesAreKeptAsTheyCame()
    {
        await Catalog.PublishAsync(TestData.Publication(TestData.BandungSweep()));

        var theatre = (await Catalog.GetMovieScheduleAsync(TestData.Date, TestData.KeretaMalam.Id))!.Theatres.Single();
        Assert.Equal("Platinum Cineplex", theatre.Merchant);
        Assert.False(theatre.Chain.IsKnown);
        Assert.Equal("REGULAR ", theatre.Rooms.Single().Category);
        Assert.Equal(ScreenDimension.Unspecified, theatre.Rooms.Single().Format.Dimension);
    }

    [Fact]
    public async Task PublishingTheSameDayTwiceChangesNothing()
    {
        var publication = TestData.Publication(TestData.JakartaSweep(), TestData.BandungSweep());
        await Catalog.PublishAsync(publication);
        var firstSnapshot = await Catalog.GetSnapshotAsync(TestData.Date);
        var firstTheatres = await Theatres.GetAllAsync();

        await Catalog.PublishAsync(publication);

        var schedules = await Catalog.GetSchedulesAsync(TestData.Date);
        Assert.Equal(5, schedules.Sum(s => s.ShowtimeCount));
        Assert.Equal(
            firstSnapshot!.Movies.Select(m => (m.Movie.Id, string.Join(",", m.TheatreCounts))),
            (await Catalog.GetSnapshotAsync(TestData.Date))!.Movies.Select(m => (m.Movie.Id, string.Join(",", m.TheatreCounts))));
        var theatres = await Theatres.GetAllAsync();
        Assert.Equal(firstTheatres.Select(t => (t.Id, t.FirstSeen, t.LastSeen, string.Join("|", t.RoomTypes))),
            theatres.Select(t => (t.Id, t.FirstSeen, t.LastSeen, string.Join("|", t.RoomTypes))));
    }

    [Fact]
    public async Task RepublishingACityReplacesThatCityOnly()
    {
        await Catalog.PublishAsync(TestData.Publication(TestData.JakartaSweep(), TestData.BandungSweep()));
        var jakartaLater = TestData.JakartaSweep() with { Movies = [TestData.Sherina], Schedules = [new CityMovieSchedule(TestData.Sherina.Id, [])] };

        await Catalog.PublishAsync(TestData.Publication(jakartaLater));

        var kereta = await Catalog.GetMovieScheduleAsync(TestData.Date, TestData.KeretaMalam.Id);
        Assert.NotNull(kereta);
        Assert.Equal(["BANDUNG"], kereta.Cities.Select(c => c.Name));
        Assert.Single(kereta.Theatres);
        var snapshot = await Catalog.GetSnapshotAsync(TestData.Date);
        Assert.Equal(new Dictionary<string, int> { ["BANDUNG"] = 1 }, snapshot!.Movies.Single(m => m.Movie.Id == TestData.KeretaMalam.Id).TheatreCounts);
        Assert.Equal(new Dictionary<string, int> { ["BANDUNG"] = 1, ["JAKARTA"] = 1 }, snapshot.MoviesPerCity);
    }

    [Fact]
    public async Task LatestSnapshotIsTheNewestDate()
    {
        var next = TestData.Date.AddDays(1);
        await Catalog.PublishAsync(new CatalogPublication(next, TestData.ScrapedAt.AddDays(1), "run-2", [TestData.JakartaSweep(next)], "tix"));
        await Catalog.PublishAsync(TestData.Publication(TestData.JakartaSweep()) with { Source = "sandbox" });

        var latest = (await Catalog.GetLatestSnapshotAsync())!;
        Assert.Equal((next, "tix"), (latest.Date, latest.Source));
        Assert.Equal("sandbox", (await Catalog.GetSnapshotAsync(TestData.Date))!.Source);
        Assert.Equal([next, TestData.Date], await Catalog.GetDatesAsync());
    }

    [Fact]
    public async Task UnknownDayOrMovieReadsAsNothing()
    {
        Assert.Null(await Catalog.GetLatestSnapshotAsync());
        Assert.Null(await Catalog.GetSnapshotAsync(TestData.Date));
        Assert.Empty(await Catalog.GetSchedulesAsync(TestData.Date));
        await Catalog.PublishAsync(TestData.Publication(TestData.JakartaSweep()));
        Assert.Null(await Catalog.GetMovieScheduleAsync(TestData.Date, "1999999999999999999"));
        Assert.Null(await Catalog.GetMovieScheduleAsync(TestData.Date.AddDays(-1), TestData.KeretaMalam.Id));
    }

    [Fact]
    public async Task BadPublicationIsRefusedAndLosesNothing()
    {
        await Catalog.PublishAsync(TestData.Publication(TestData.JakartaSweep()));
        var orphan = TestData.BandungSweep() with { Movies = [] };
        var twice = TestData.Publication(TestData.BandungSweep(), TestData.BandungSweep());
        var wrongDay = TestData.Publication(TestData.JakartaSweep(TestData.Date.AddDays(1)));
        var noShowtimeId = TestData.BandungSweep() with
        {
            Schedules = [new CityMovieSchedule(TestData.KeretaMalam.Id, [TestData.Theatre("1100000000000000009", "X", "XXI", TestData.Bandung,
                new Room("2D", null, [TestData.Show(" ", "10:00", 1, TestData.Bandung)]))])],
        };

        await Assert.ThrowsAsync<ArgumentException>(() => Catalog.PublishAsync(TestData.Publication(orphan)));
        await Assert.ThrowsAsync<ArgumentException>(() => Catalog.PublishAsync(twice));
        await Assert.ThrowsAsync<ArgumentException>(() => Catalog.PublishAsync(wrongDay));
        await Assert.ThrowsAsync<ArgumentException>(() => Catalog.PublishAsync(TestData.Publication(noShowtimeId)));

        Assert.Equal(4, (await Catalog.GetSchedulesAsync(TestData.Date)).Sum(s => s.ShowtimeCount));
        Assert.Equal(2, (await Theatres.GetAllAsync()).Count);
    }
}
