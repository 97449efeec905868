using CineRadar.Core.Runs;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary>Schedule sweeps against the TIX sandbox, into a real SQLite file, in both modes.</summary>
public sealed class SweepTests
{
    [Fact]
    public async Task ApiModeSweepsCitiesInEveryZoneIntoTheStore()
    {
        await using var harness = await ScraperHarness.StartAsync();

        var run = await harness.SweepAsync(ScraperHarness.Jakarta, ScraperHarness.Makassar, ScraperHarness.Jayapura);

        RunAssert.Succeeded(run);
        Assert.All(run.Cities, c => Assert.Equal(WorkItemStatus.Ok, c.Status));
        Assert.All(run.Cities, c => Assert.True(c.Requests > c.Movies, $"{c.Label} made {c.Requests} requests for {c.Movies} movies"));
        var today = run.Date;
        var truth = harness.Sandbox.ShowtimesOn(today).Where(s => s.Listed && run.Cities.Any(c => c.Key == s.CityId)).ToList();
        var schedules = await harness.Catalog.GetSchedulesAsync(today);
        var showtimes = schedules.SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).ToList();
        Assert.Equal(truth.Count, showtimes.Count);
        Assert.Equal(truth.Select(t => t.ShowTimeId).Order(), showtimes.Select(s => s.Id).Order());

        var starts = truth.ToDictionary(t => t.ShowTimeId, t => t.StartsAt);
        Assert.All(showtimes, s => Assert.Equal(starts[s.Id], s.StartsAt));

        var snapshot = await harness.Catalog.GetSnapshotAsync(today);
        Assert.Equal(["JAKARTA", "JAYAPURA", "MAKASSAR"], snapshot!.MoviesPerCity.Keys.Order());
        Assert.Contains(snapshot.Movies, m => m.Movie.IsPresale);
        Assert.Equal(1, await harness.Services.GetRequiredService<Core.Stores.IDataVersionStore>().GetAsync());
    }

    [Fact]
    public async Task BrowserModeFindsWhatApiModeFinds()
    {
        await using var api = await ScraperHarness.StartAsync();
        await using var browser = await ScraperHarness.StartAsync(new Dictionary<string, string?> { ["Tix:Mode"] = "Browser" });

        var apiRun = await api.SweepAsync(ScraperHarness.Bandung);
        var browserRun = await browser.SweepAsync(ScraperHarness.Bandung);

        RunAssert.Succeeded(browserRun);
        var fromApi = await api.Catalog.GetSchedulesAsync(apiRun.Date);
        var fromBrowser = await browser.Catalog.GetSchedulesAsync(browserRun.Date);
        Assert.Equal(
            fromApi.SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).Order(),
            fromBrowser.SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).Order());
        Assert.Equal(fromApi.Select(s => s.Movie.Id).Order(), fromBrowser.Select(s => s.Movie.Id).Order());
    }

    [Fact]
    public async Task PresaleDaysAreSweptWithDays()
    {
        await using var harness = await ScraperHarness.StartAsync();

        var run = await harness.SweepAsync([ScraperHarness.Jakarta], days: 3);

        RunAssert.Succeeded(run);
        var dates = await harness.Catalog.GetDatesAsync();
        Assert.Equal(3, dates.Count);
        var later = await harness.Catalog.GetSnapshotAsync(run.Date.AddDays(2));
        Assert.NotNull(later);
        Assert.All(later.Movies, m => Assert.True(m.TheatreCounts.Values.Sum() > 0, $"{m.Movie.Title} is listed on a later day without showtimes"));
        var presale = harness.Sandbox.ShowtimesOn(run.Date.AddDays(2)).Where(s => s.CityId == ScraperHarness.Jakarta.Id).Select(s => s.MovieId).Distinct().Count();
        Assert.Equal(presale, later.Movies.Count);
    }
}
