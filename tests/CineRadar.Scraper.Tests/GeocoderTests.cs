using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Geocoding;
using CineRadar.Scraper.Publishing;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Worker;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Tests;

public sealed class GeocoderTests
{
    [Fact]
    public async Task SweptTheatresGetCoordinatesInTheirCityFromNominatim()
    {
        await using var harness = await ScraperHarness.StartAsync(
            new Dictionary<string, string?> { ["Geocoder:RequestsPerSecond"] = "20" },
            sandbox => sandbox.Geocoder.RequestsPerSecond = 50);
        await harness.SweepAsync(ScraperHarness.Bandung);
        var theatres = harness.Services.GetRequiredService<ITheatreStore>();
        var versions = harness.Services.GetRequiredService<IDataVersionStore>();
        var before = await versions.GetAsync();

        var located = await harness.Services.GetRequiredService<TheatreGeocoder>().GeocodeMissingAsync(CancellationToken.None);

        // Every location written moves the data version on, so the Api's next read shows it.
        Assert.Equal(before + located, await versions.GetAsync());
        var all = await theatres.GetAllAsync();
        Assert.True(located >= all.Count * 0.8, $"{located} of {all.Count} theatres located");
        Assert.All(all.Where(t => t.Location is not null), t =>
        {
            Assert.Equal(LocationSource.Geocoder, t.Location!.Source);
            Assert.InRange(t.Location.Latitude, -7.5, -6.4);
            Assert.InRange(t.Location.Longitude, 107.0, 108.2);
        });
    }

    [Fact]
    public async Task OneWorkerAtATimeGeocodesSoReplicasTogetherKeepNominatimsRate()
    {
        var settings = new Dictionary<string, string?> { ["Geocoder:RequestsPerSecond"] = "20" };
        await using var first = await ScraperHarness.StartAsync(settings, sandbox => sandbox.Geocoder.RequestsPerSecond = 50);
        await using var second = await ScraperHarness.StartAsync(settings, sandbox => sandbox.Geocoder.RequestsPerSecond = 50, first.DatabasePath);
        await first.SweepAsync(ScraperHarness.Bandung);
        var acquired = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var otherReplica = first.Services.GetRequiredService<LeaderLease>().RunAsync(LeaderLease.Geocoding, "other-replica", async _ =>
        {
            acquired.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await acquired.Task;

        var whileHeld = await Geocoding(second).RoundAsync(CancellationToken.None);

        Assert.Null(whileHeld);
        Assert.Equal(0, NominatimRequests(second));
        release.SetResult();
        Assert.True(await otherReplica);

        var afterwards = await Geocoding(second).RoundAsync(CancellationToken.None);

        Assert.True(afterwards > 0, "the lease is free again: this worker geocodes");
        Assert.True(NominatimRequests(second) > 0);
    }

    private static GeocodingService Geocoding(ScraperHarness harness) =>
        harness.Services.GetServices<IHostedService>().OfType<GeocodingService>().Single();

    private static long NominatimRequests(ScraperHarness harness) =>
        harness.Sandbox.Counters.Snapshot().Where(e => e.Key.Contains("/nominatim/", StringComparison.Ordinal)).Sum(e => e.Value.Values.Sum());

    [Fact]
    public async Task AnswerFromAnotherCityIsRejected()
    {
        var nominatim = new FixedNominatim(new NominatimPlace
        {
            Lat = "-7.25", Lon = "112.75", DisplayName = "CGV, Jalan Mayjen, Surabaya, Jawa Timur, Indonesia",
            Address = new() { ["city"] = "Surabaya", ["state"] = "Jawa Timur" },
        });
        using var store = new TestStore();
        var geocoder = new TheatreGeocoder(nominatim, store.Get<ITheatreStore>(), new DataChangeAnnouncer(store.Get<IDataVersionStore>(), new StoreVersionOnlyNotifier()), Options.Create(new GeocoderOptions { RequestsPerSecond = 100 }),
            TimeProvider.System, NullLogger<TheatreGeocoder>.Instance);
        var theatre = new Theatre("t1", "BANDUNG CGV", "Jl. Merdeka", "CGV", "973818511275069440", "BANDUNG", [], DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null);

        Assert.Null(await geocoder.FindAsync(theatre, CancellationToken.None));
        Assert.Equal(2, nominatim.Queries.Count);

        await geocoder.FindAsync(theatre, CancellationToken.None);
        Assert.Equal(2, nominatim.Queries.Count);
    }

    [Fact]
    public async Task AliasedCityNamesMatch()
    {
        var nominatim = new FixedNominatim(new NominatimPlace
        {
            PlaceId = 42, Lat = "-7.57", Lon = "110.82", DisplayName = "XXI, Surakarta, Jawa Tengah, Indonesia",
        });
        using var store = new TestStore();
        var geocoder = new TheatreGeocoder(nominatim, store.Get<ITheatreStore>(), new DataChangeAnnouncer(store.Get<IDataVersionStore>(), new StoreVersionOnlyNotifier()), Options.Create(new GeocoderOptions { RequestsPerSecond = 100 }),
            TimeProvider.System, NullLogger<TheatreGeocoder>.Instance);
        var theatre = new Theatre("t1", "SOLO SQUARE XXI", null, "XXI", "1072645973232070656", "SOLO", [], DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null);

        var location = await geocoder.FindAsync(theatre, CancellationToken.None);

        Assert.Equal((-7.57, 110.82, "osm:42"), (location!.Latitude, location.Longitude, location.PlaceId));
        Assert.Equal("SOLO SQUARE XXI, Surakarta, Indonesia", Assert.Single(nominatim.Queries));
    }

    private sealed class FixedNominatim(NominatimPlace place) : INominatimApi
    {
        public List<string> Queries { get; } = [];

        public Task<List<NominatimPlace>> SearchAsync(string q, CancellationToken cancellationToken, string format = "json", int limit = 1, string countrycodes = "id", int addressdetails = 1)
        {
            Queries.Add(q);
            return Task.FromResult(new List<NominatimPlace> { place });
        }
    }
}
