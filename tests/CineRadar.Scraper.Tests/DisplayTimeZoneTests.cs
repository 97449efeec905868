using CineRadar.Core.Reference;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Sweeps;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CineRadar.Scraper.Tests;

/// <summary><c>Tix:DisplayTimeZone</c> decides in which zone the sweep reads TIX's <c>display_time</c>.</summary>
public sealed class DisplayTimeZoneTests
{
    private static readonly DateOnly Date = new(2026, 1, 11);

    [Fact]
    public async Task SamePayloadInAWitaCityStartsOneHourLaterWhenDisplayTimesAreWib()
    {
        var makassar = Cities.FindByName("MAKASSAR")!;

        var asCity = await SweepAsync(makassar, "City");
        var asWib = await SweepAsync(makassar, "Wib");

        // The fixture lists 13:15 and 10:30.
        Assert.Equal(
            [DateTimeOffset.Parse("2026-01-11T05:15:00Z"), DateTimeOffset.Parse("2026-01-11T02:30:00Z")],
            asCity.Select(s => s.StartsAt).Take(2));
        Assert.Equal(asCity.Select(s => s.StartsAt.AddHours(1)), asWib.Select(s => s.StartsAt));
        // Times are shown to moviegoers in the city's own zone either way.
        Assert.Equal(["13:15", "10:30"], asCity.Select(s => s.DisplayTime).Take(2));
        Assert.Equal(["14:15", "11:30"], asWib.Select(s => s.DisplayTime).Take(2));
    }

    [Fact]
    public async Task UnknownDisplayTimeZoneIsRefusedAtStart()
    {
        using var tix = new FakeTix();
        using var scraper = tix.CreateScraper(new Dictionary<string, string?> { ["Tix:DisplayTimeZone"] = "7" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => scraper.StartAsync());

        Assert.Contains("Tix:DisplayTimeZone must be City or Wib", error.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<Core.Catalog.Showtime>> SweepAsync(City city, string setting)
    {
        using var tix = new FakeTix();
        using var scraper = tix.CreateScraper(new Dictionary<string, string?> { ["Tix:DisplayTimeZone"] = setting });
        var sweep = await scraper.Services.GetRequiredService<CitySweeper>().SweepAsync(new OnePageSource(), city, [Date], CancellationToken.None);
        Assert.Equal(Core.Runs.WorkItemStatus.Ok, sweep.Outcome.Status);
        return sweep.Scrapes.Single().Schedules.SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).ToList();
    }

    /// <summary>A TIX that lists one movie whose schedule is the fixture page.</summary>
    private sealed class OnePageSource : ICatalogSource, ICitySession
    {
        private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

        public Task<IReadOnlyList<TixCity>> GetCitiesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ICitySession> OpenCityAsync(TixCity city, CancellationToken cancellationToken) => Task.FromResult<ICitySession>(this);

        public Task<IReadOnlyList<TixMovie>> GetMoviesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TixMovie>>([TixPayloads.ParseMovies(Fixture("movies.json"))[0]]);

        public Task<TixSchedulePage> GetSchedulePageAsync(TixMovie movie, DateOnly date, int page, CancellationToken cancellationToken) =>
            Task.FromResult(new TixSchedulePage(false, TixPayloads.ParseSchedulePage(Fixture("schedules-page.json")).Theatres));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
