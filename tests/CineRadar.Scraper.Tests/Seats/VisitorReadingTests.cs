using System.Net;
using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Tests.Support;
using CineRadar.Scraper.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CineRadar.Scraper.Tests.Seats;

/// <summary>
/// Readings visitors asked for: taken through the seat-sample taker as the visitor kind, stored like any sample, each
/// request marked; one worker at a time takes them.
/// </summary>
public sealed class VisitorReadingTests
{
    private static readonly DateOnly Date = new(2026, 1, 11);
    private static readonly City Jakarta = Cities.FindByName("JAKARTA")!;

    [Fact]
    public async Task PendingRequestIsReadAsTheVisitorKindStoredAndMarkedDone()
    {
        using var tix = new FakeTix();
        using var scraper = tix.CreateScraper();
        var soon = await PublishAsync(scraper, tix.Clock.GetUtcNow().AddHours(2));
        var requests = scraper.Services.GetRequiredService<IReadingRequestStore>();
        Assert.True(await requests.RequestAsync(soon, Date, TimeSpan.FromMinutes(5)));

        var taken = await scraper.Services.GetRequiredService<VisitorReadings>().RoundAsync(CancellationToken.None);

        Assert.Equal(1, taken);
        Assert.Equal(1, tix.LayoutRequests);
        var sample = Assert.Single(await scraper.Services.GetRequiredService<ISeatSampleStore>().GetForShowtimeAsync(soon));
        Assert.Equal((SampleKinds.Visitor, tix.Clock.GetUtcNow(), 1), (sample.Kind, sample.SampledAt, sample.Layout.Unavailable));
        Assert.Empty(await requests.ListPendingAsync(10));
        Assert.Equal(0, await scraper.Services.GetRequiredService<VisitorReadings>().RoundAsync(CancellationToken.None));
        Assert.Equal(1, tix.LayoutRequests);
    }

    [Fact]
    public async Task TakerIsAskedForTheVisitorKind()
    {
        using var tix = new FakeTix();
        var taker = new RecordingTaker();
        using var scraper = tix.CreateScraper();
        var soon = await PublishAsync(scraper, tix.Clock.GetUtcNow().AddHours(1));
        await scraper.Services.GetRequiredService<IReadingRequestStore>().RequestAsync(soon, Date, TimeSpan.FromMinutes(5));
        var readings = ActivatorUtilities.CreateInstance<VisitorReadings>(scraper.Services, (ISeatSampleTaker)taker);

        await readings.RoundAsync(CancellationToken.None);

        var planned = Assert.Single(taker.Planned);
        Assert.Equal((soon, SampleKinds.Visitor), (planned.Showtime.ShowtimeId, planned.Kind.Name));
    }

    [Fact]
    public async Task RequestWhoseShowStartedOrFailedIsMarkedFailedWithWhy()
    {
        using var tix = new FakeTix { Layout = () => (HttpStatusCode.NotFound, FakeTix.Error("NOT_FOUND", "no such show")) };
        using var scraper = tix.CreateScraper();
        var gone = await PublishAsync(scraper, tix.Clock.GetUtcNow().AddHours(1), "20000000000000000001");
        var requests = scraper.Services.GetRequiredService<IReadingRequestStore>();
        await requests.RequestAsync(gone, Date, TimeSpan.FromMinutes(5));
        await requests.RequestAsync("20000000000000009999", Date, TimeSpan.FromMinutes(5));

        Assert.Equal(0, await scraper.Services.GetRequiredService<VisitorReadings>().RoundAsync(CancellationToken.None));

        Assert.Empty(await requests.ListPendingAsync(10));
        Assert.Empty(await scraper.Services.GetRequiredService<ISeatSampleStore>().GetForShowtimeAsync(gone));
        // Marked failed: a new request is only taken once the interval has passed.
        Assert.False(await requests.RequestAsync(gone, Date, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task TwoWorkersReadEachRequestOnceOnTheirPollInterval()
    {
        using var tix = new FakeTix();
        var settings = new Dictionary<string, string?> { ["VisitorReadings:PollInterval"] = "00:00:05" };
        using var first = tix.CreateScraper(settings);
        using var second = tix.CreateScraper(settings);
        var soon = await PublishAsync(first, tix.Clock.GetUtcNow().AddHours(2));
        var requests = first.Services.GetRequiredService<IReadingRequestStore>();
        var services = new[] { first, second }
            .Select(s => ActivatorUtilities.CreateInstance<VisitorReadingService>(s.Services, new WorkerStatus(tix.Clock)))
            .ToList();
        await Task.WhenAll(services.Select(s => s.StartAsync(CancellationToken.None)));

        await requests.RequestAsync(soon, Date, TimeSpan.FromMinutes(5));
        await tix.AdvanceUntilAsync(PendingEmptyAsync(requests), TimeSpan.FromSeconds(1));
        tix.Clock.Advance(TimeSpan.FromMinutes(6));
        await requests.RequestAsync(soon, Date, TimeSpan.FromMinutes(5));
        await tix.AdvanceUntilAsync(PendingEmptyAsync(requests), TimeSpan.FromSeconds(1));
        await Task.WhenAll(services.Select(s => s.StopAsync(CancellationToken.None)));

        Assert.Equal(2, tix.LayoutRequests);
        var sample = Assert.Single(await first.Services.GetRequiredService<ISeatSampleStore>().GetForShowtimeAsync(soon));
        Assert.Equal(SampleKinds.Visitor, sample.Kind);
    }

    [Fact]
    public async Task ReadingsTakenCloseTogetherMoveTheDataVersionOnce()
    {
        using var tix = new FakeTix();
        using var scraper = tix.CreateScraper();
        var readings = scraper.Services.GetRequiredService<VisitorReadings>();
        var versions = scraper.Services.GetRequiredService<IDataVersionStore>();
        var requests = scraper.Services.GetRequiredService<IReadingRequestStore>();
        await PublishAsync(scraper, tix.Clock.GetUtcNow().AddHours(2), "20000000000000000001", "20000000000000000002");
        var before = await versions.GetAsync();

        await requests.RequestAsync("20000000000000000001", Date, TimeSpan.FromMinutes(5));
        await readings.RoundAsync(CancellationToken.None);
        var afterFirst = await versions.GetAsync();
        tix.Clock.Advance(TimeSpan.FromSeconds(5));
        await requests.RequestAsync("20000000000000000002", Date, TimeSpan.FromMinutes(5));
        await readings.RoundAsync(CancellationToken.None);
        var afterSecond = await versions.GetAsync();
        tix.Clock.Advance(TimeSpan.FromSeconds(30));
        await readings.RoundAsync(CancellationToken.None);
        var later = await versions.GetAsync();
        tix.Clock.Advance(TimeSpan.FromSeconds(30));
        await readings.RoundAsync(CancellationToken.None);

        Assert.Equal(2, tix.LayoutRequests);
        Assert.Equal((before + 1, before + 1, before + 2), (afterFirst, afterSecond, later));
        Assert.Equal(later, await versions.GetAsync());
    }

    private static async Task PendingEmptyAsync(IReadingRequestStore requests)
    {
        while ((await requests.ListPendingAsync(10)).Count > 0)
        {
            await Task.Delay(10);
        }
    }

    /// <summary>Publishes JAKARTA's day with XXI showtimes (one unless named) starting at <paramref name="startsAt"/>; returns the first id.</summary>
    private static async Task<string> PublishAsync(IHost scraper, DateTimeOffset startsAt, params string[] showtimeIds)
    {
        string[] ids = showtimeIds.Length == 0 ? ["20000000000000000007"] : showtimeIds;
        var shows = ids.Select(id => new Showtime(id, "19:00", 1, startsAt)).ToList();
        await scraper.Services.GetRequiredService<ICatalogStore>().PublishAsync(new CatalogPublication(Date, startsAt.AddHours(-6), "run-1",
            [new CityScrape(Jakarta.Id, Jakarta.Name, Date, [new Movie("1900000000000000001", "KERETA MALAM", [], null, null, null, ["XXI"], false)],
                [new CityMovieSchedule("1900000000000000001", [new TheatreSchedule("1100000000000000007", "MALL KOTA XXI", null, "XXI", Jakarta.Id, Jakarta.Name,
                    [new Room("REGULAR 2D", "Rp40.000", shows)])])])]));
        return ids[0];
    }

    private sealed class RecordingTaker : ISeatSampleTaker
    {
        public List<PlannedSample> Planned { get; } = [];

        public Task<(SampleOutcome Outcome, string? Reason)> TakeAsync(PlannedSample sample, CancellationToken cancellationToken)
        {
            Planned.Add(sample);
            return Task.FromResult<(SampleOutcome, string?)>((SampleOutcome.Taken, null));
        }
    }
}
