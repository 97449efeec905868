using CineRadar.Core.Catalog;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Publishing;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary>A sweep whose day is far thinner than the same weekday a week before is held for an operator.</summary>
public sealed class HeldDayTests
{
    [Fact]
    public async Task ThinDayIsHeldWithItsResultsKeptAndPublishedWhenAnOperatorSaysSo()
    {
        await using var harness = await ScraperHarness.StartAsync();
        var today = IndonesianClock.Today(TimeProvider.System);
        await harness.Catalog.PublishAsync(new CatalogPublication(today.AddDays(-7), DateTimeOffset.UtcNow, "last-week", [BusyDay(today.AddDays(-7))]));
        var alerts = harness.Services.GetRequiredService<IAlertStore>();

        var held = await harness.SweepAsync(ScraperHarness.Bandung);

        Assert.Equal(RunStatus.Held, held.Status);
        Assert.StartsWith($"held: {today:yyyy-MM-dd} has ", held.Error, StringComparison.Ordinal);
        Assert.Contains("against 5000 on", held.Error, StringComparison.Ordinal);
        Assert.Null(await harness.Catalog.GetSnapshotAsync(today));
        Assert.NotEmpty(await harness.Runs.GetStagedAsync(held.Id));
        var alert = Assert.Single(await alerts.ListAsync(10), a => a.Code == DayVerdictAlerts.DayHeld);
        Assert.True(alert.IsActive);

        Assert.True(await harness.Runs.PublishAnywayAsync(held.Id));
        Assert.False(await harness.Runs.PublishAnywayAsync(held.Id), "only a held run is opened again");
        var published = await harness.WorkUntilFinishedAsync(held.Id);

        RunAssert.Succeeded(published);
        Assert.True(published.PublishAnyway);
        Assert.Equal("sandbox", (await harness.Catalog.GetSnapshotAsync(today))!.Source);
        Assert.False(Assert.Single(await alerts.ListAsync(10), a => a.Code == DayVerdictAlerts.DayHeld).IsActive);
    }

    [Fact]
    public async Task DayRefusedByValidationRaisesAnAlert()
    {
        await using var harness = await ScraperHarness.StartAsync();
        await harness.Services.GetRequiredService<Browser.IGuestSession>().GetAsync(CancellationToken.None);
        harness.Sandbox.Faults.Set(new TixSandbox.FaultSettings { ServerErrors = new TixSandbox.RateFault(1.0, [TixSandbox.EndpointGroup.Catalog]) });

        var refused = await harness.SweepAsync(ScraperHarness.Bandung);

        Assert.Equal(RunStatus.Failed, refused.Status);
        var alert = Assert.Single(await harness.Services.GetRequiredService<IAlertStore>().ListAsync(10), a => a.Code == DayVerdictAlerts.DayRefused);
        Assert.Contains(refused.Id, alert.Message, StringComparison.Ordinal);
    }

    /// <summary>Bandung a week before, with far more showtimes than any sandbox day has.</summary>
    private static CityScrape BusyDay(DateOnly date)
    {
        var bandung = ScraperHarness.Bandung;
        var shows = Enumerable.Range(0, 5000).Select(i => new Showtime($"busy-{i}", "19:00", 1, DateTimeOffset.UtcNow)).ToList();
        var theatre = new TheatreSchedule("busy-theatre", "BUSY XXI", null, "XXI", bandung.Id, bandung.Name, [new Room("REGULAR 2D", "Rp40.000", shows)]);
        return new CityScrape(bandung.Id, bandung.Name, date,
            [new Movie("busy-movie", "BUSY", [], null, null, null, ["XXI"], false)],
            [new CityMovieSchedule("busy-movie", [theatre])]);
    }
}
