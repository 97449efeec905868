using System.Net;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StackExchange.Redis;

namespace CineRadar.Api.Tests;

/// <summary>HybridCache: hits leave the store alone, a new data version makes the next read fresh, Redis is optional.</summary>
[Collection(ApiSuite.Name)]
public sealed class CacheTests(ApiFixture fixture)
{
    private const string LongVersionInterval = "01:00:00";

    private string Yesterday => fixture.Yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task SecondReadIsAnsweredWithoutTouchingTheStore()
    {
        var calls = new StoreCalls();
        await using var api = fixture.NewApi(new Dictionary<string, string?> { ["Cache:VersionRefreshInterval"] = LongVersionInterval }, calls.CountEvery);
        using var http = api.PublicSite();

        var first = await http.GetStringAsync(new Uri("/api/v1/movies?city=" + ApiFixture.Bandung.Id, UriKind.Relative));
        var afterFirst = calls.Total;
        var second = await http.GetStringAsync(new Uri("/api/v1/movies?city=" + ApiFixture.Bandung.Id, UriKind.Relative));

        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, calls.Total);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task AViewLargerThanAnyCachedAnswerIsBuiltOncePerVersion()
    {
        // A national day's view runs to tens of megabytes: it stays in memory as it is, never written out to be measured.
        await using var api = fixture.NewApi(
            new Dictionary<string, string?> { ["Cache:VersionRefreshInterval"] = LongVersionInterval }, services => services.AddLogging(l => l.AddFakeLogging()));
        var views = api.Services.GetRequiredService<CineRadar.Api.Caching.VersionedCache>();
        var builds = 0;
        ValueTask<LargeView> Build(CancellationToken ct) => ValueTask.FromResult(new LargeView(Interlocked.Increment(ref builds), new int[20 * 1024 * 1024]));

        var first = await views.ViewAsync("large", Build, CancellationToken.None);
        var second = await views.ViewAsync("large", Build, CancellationToken.None);

        Assert.Equal(1, builds);
        Assert.Same(first, second);
        Assert.DoesNotContain(api.Services.GetFakeLogCollector().GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    private sealed record LargeView(int Build, int[] Seats);

    [Fact]
    public async Task NewDataVersionMakesTheNextReadFreshWithoutRedis()
    {
        var calls = new StoreCalls();
        await using var api = fixture.NewApi(new Dictionary<string, string?> { ["Cache:VersionRefreshInterval"] = "00:00:00" }, calls.CountEvery);
        using var http = api.PublicSite();
        var theatreId = await UnlocatedTheatreAsync(http, "BANDUNG");
        var before = await http.GetOkAsync($"/api/v1/theatres/{theatreId}");
        var firstReads = calls.Of<ITheatreStore>();
        await http.GetOkAsync($"/api/v1/theatres/{theatreId}");
        var cachedReads = calls.Of<ITheatreStore>();

        await LocateAndPublishAsync(api.Services, theatreId, -6.9);
        var after = await http.GetOkAsync($"/api/v1/theatres/{theatreId}");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("location").ValueKind);
        Assert.Equal(-6.9, after.GetProperty("location").GetProperty("latitude").GetDouble());
        Assert.Equal(firstReads, cachedReads);
        Assert.True(calls.Of<ITheatreStore>() > cachedReads, "a new data version reads the store again");
    }

    [Fact]
    public async Task RedisSharesAnswersAnnouncesVersionsAndMayDisappear()
    {
        using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = redis.Endpoint,
            ["Cache:VersionRefreshInterval"] = LongVersionInterval,
        };
        var secondCalls = new StoreCalls();
        await using var first = fixture.NewApi(settings);
        await using var second = fixture.NewApi(settings, secondCalls.CountEvery);
        using var firstHttp = first.PublicSite();
        using var secondHttp = second.PublicSite();
        var url = $"/api/v1/boxoffice?date={Yesterday}";

        // Redis as the second level: what one replica computed, another serves without its store.
        var computed = await firstHttp.GetStringAsync(new Uri(url, UriKind.Relative));
        using (var reader = await redis.ConnectAsync())
        {
            // The first replica writes its answer to Redis in the background: wait for it before asking the second.
            var server = reader.GetServer(reader.GetEndPoints()[0]);
            await Eventually.WaitUntilAsync(async () => await server.KeysAsync(pattern: "*boxoffice*").AnyAsync());
        }

        var shared = await secondHttp.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(computed, shared);
        Assert.Equal(secondCalls.Of<IDataVersionStore>(), secondCalls.Total);

        // A publish announced on cineradar:data-changed makes the next read fresh at once, long refresh interval or not.
        var theatreId = await UnlocatedTheatreAsync(secondHttp, "JAKARTA");
        await secondHttp.GetOkAsync($"/api/v1/theatres/{theatreId}");
        var version = await LocateAndPublishAsync(second.Services, theatreId, -6.2);
        using (var publisher = await redis.ConnectAsync())
        {
            await publisher.GetSubscriber().PublishAsync(RedisChannel.Literal("cineradar:data-changed"), version);
        }

        await Eventually.WaitUntilAsync(async () => (await secondHttp.GetOkAsync($"/api/v1/theatres/{theatreId}")).GetProperty("location").ValueKind != System.Text.Json.JsonValueKind.Null);

        // Redis gone: cached answers still come from memory, new ones from the store.
        redis.Dispose();
        Assert.Equal(computed, await firstHttp.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, (await firstHttp.GetAsync(new Uri("/api/v1/analytics/occupancy?by=city", UriKind.Relative))).StatusCode);
        var info = await firstHttp.GetOkAsync("/");
        Assert.Equal("redis", info.GetProperty("cache").GetProperty("mode").GetString());
        Assert.False(info.GetProperty("cache").GetProperty("connected").GetBoolean());
    }

    private static async Task<string> UnlocatedTheatreAsync(HttpClient http, string city)
    {
        var theatres = await http.GetOkAsync("/api/v1/theatres?city=" + (city == "JAKARTA" ? ApiFixture.Jakarta.Id : ApiFixture.Bandung.Id));
        return theatres.EnumerateArray().Last(t => t.GetProperty("location").ValueKind == System.Text.Json.JsonValueKind.Null).GetProperty("id").GetString()!;
    }

    /// <summary>What the scraper's geocoder and publisher do: a new location, then a new data version.</summary>
    private static async Task<long> LocateAndPublishAsync(IServiceProvider services, string theatreId, double latitude)
    {
        await services.GetRequiredService<ITheatreStore>().SetLocationAsync(
            theatreId, new TheatreLocation(latitude, 107.0, LocationSource.Geocoder, "test", DateTimeOffset.UtcNow));
        return await services.GetRequiredService<IDataVersionStore>().BumpAsync();
    }
}
