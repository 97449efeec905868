using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Api.Security;
using CineRadar.Api.Tests.Support;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CineRadar.Api.Tests;

/// <summary>Two Api replicas on one Redis: a B2B key's limit holds across both, and survives Redis going away and coming back.</summary>
[Collection(ApiSuite.Name)]
public sealed class SharedRateLimitTests(ApiFixture fixture)
{
    private const int Limit = 40;
    private const int ExpectedReplicas = 4;

    /// <summary>What the replicas may admit beyond the shared bucket: the one lease each may hold.</summary>
    private static readonly int Slack = 2 * SharedKeyBucket.LeaseSize(Limit);

    [Fact]
    public async Task TwoReplicasShareAKeysLimitKeepToTheirShareWhileRedisIsDownAndShareAgainWhenItIsBack()
    {
        using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = redis.Endpoint,
            ["ApiKeys:ExpectedReplicas"] = ExpectedReplicas.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ApiKeys:RedisProbeInterval"] = "00:00:00.2",
        };
        await using var first = fixture.NewApi(settings);
        await using var second = fixture.NewApi(settings);
        using var inspector = await redis.ConnectAsync();

        // Shared: the two replicas together stay within the key's limit plus a lease each, and both really draw on it.
        var (sharedKeyId, sharedSecret) = await CreateKeyAsync(first, "two-replica partner");
        var shared = await AlternateAsync(first, second, sharedSecret);
        Assert.InRange(shared.Total, Limit / 2 + 1, Limit + Slack + shared.Refill(Limit));
        Assert.True(shared.First > 0 && shared.Second > 0, $"both replicas admit some: {shared}");
        Assert.True(await inspector.GetDatabase().KeyExistsAsync($"{RedisKeyBuckets.KeyPrefix}{sharedKeyId}:{Limit}"), "the key's bucket lives in Redis");

        // Redis killed: every request is still answered, each replica within its share of the limit.
        redis.Kill();
        var (_, outageSecret) = await CreateKeyAsync(first, "partner during an outage");
        var outage = await AlternateAsync(first, second, outageSecret);
        var share = Limit / ExpectedReplicas;
        Assert.InRange(outage.First, 1, share + outage.Refill(share));
        Assert.InRange(outage.Second, 1, share + outage.Refill(share));
        Assert.True(OnLocalShare(first) && OnLocalShare(second));

        // Redis back: both replicas return to the shared bucket by themselves.
        await redis.RestartAsync();
        using (var http = first.Client(outageSecret))
        using (var other = second.Client(outageSecret))
        {
            await Eventually.WaitUntilAsync(async () =>
            {
                await http.GetAsync(new Uri("/api/v1/regions", UriKind.Relative));
                await other.GetAsync(new Uri("/api/v1/regions", UriKind.Relative));
                return !OnLocalShare(first) && !OnLocalShare(second);
            });
        }

        var (againKeyId, againSecret) = await CreateKeyAsync(first, "partner after the outage");
        var again = await AlternateAsync(first, second, againSecret);
        Assert.InRange(again.Total, Limit / 2 + 1, Limit + Slack + again.Refill(Limit));
        using var reconnected = await redis.ConnectAsync();
        Assert.True(await reconnected.GetDatabase().KeyExistsAsync($"{RedisKeyBuckets.KeyPrefix}{againKeyId}:{Limit}"), "the key's bucket lives in Redis again");
    }

    private static bool OnLocalShare(ApiFactory api) => api.Services.GetRequiredService<SharedKeyLimits>().OnLocalShare;

    /// <summary>Three times the limit in requests, alternating between the replicas; each answer must be 200 or 429.</summary>
    private static async Task<Admitted> AlternateAsync(ApiFactory first, ApiFactory second, string secret)
    {
        using var firstHttp = first.Client(secret);
        using var secondHttp = second.Client(secret);
        var admitted = new int[2];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3 * Limit; i++)
        {
            using var response = await (i % 2 == 0 ? firstHttp : secondHttp).GetAsync(new Uri("/api/v1/regions", UriKind.Relative));
            Assert.True(
                response.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests,
                $"request {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.True(i >= 2 || response.StatusCode == HttpStatusCode.OK, "a replica's first request with a fresh key is admitted");
            admitted[i % 2] += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }

        return new Admitted(admitted[0], admitted[1], clock.Elapsed);
    }

    private static async Task<(string Id, string Secret)> CreateKeyAsync(ApiFactory api, string name)
    {
        using var admin = api.Operator();
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/admin/keys", UriKind.Relative), new { name, requestsPerMinute = Limit });
        var key = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (key.GetProperty("id").GetString()!, key.GetProperty("secret").GetString()!);
    }

    /// <summary>Requests each replica admitted, and how long they took.</summary>
    private sealed record Admitted(int First, int Second, TimeSpan Elapsed)
    {
        public int Total => First + Second;

        /// <summary>The tokens a bucket of <paramref name="requestsPerMinute"/> gains while the requests ran.</summary>
        public int Refill(int requestsPerMinute) => (int)Math.Ceiling(Elapsed.TotalMinutes * requestsPerMinute);
    }
}
