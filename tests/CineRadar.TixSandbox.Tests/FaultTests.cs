using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary>Fault injection: 429 with Retry-After, 5xx, damaged bodies, resets, scoping and determinism.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task RateLimitAnswers429WithRetryAfterOnItsGroupOnly()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (access, _) = await sandbox.Tix.LoginAsync();
        var showtime = sandbox.Server.ShowtimesOn(TestSandbox.Today).First(s => s.Listed && s.StartsAt > TestSandbox.Morning.AddHours(4));
        using (await sandbox.Api.PutAsJsonAsync("sandbox/faults", new { rate_limit = new { requests_per_second = 1, burst = 2, groups = new[] { "layout" } } }))
        {
        }

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 3; i++)
        {
            var response = await sandbox.Tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, access);
            statuses.Add(response.StatusCode);
            limited = response;
        }

        using var catalog = await sandbox.Tix.CatalogAsync("v1/cities");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(limited!.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("TOO_MANY_REQUESTS", TixClient.ErrorCode(await TixClient.JsonAsync(limited)));
        Assert.Equal(HttpStatusCode.OK, catalog.StatusCode);
        Assert.Equal(1, sandbox.Server.Faults.Counts.RateLimited);
    }

    [Fact]
    public async Task ServerErrorsAnswerFiveHundredsWithInternalError()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Server.Faults.Set(new FaultSettings { ServerErrors = new RateFault(1.0, [EndpointGroup.Catalog]), Latency = new LatencyFault(20) });

        using var response = await sandbox.Tix.CatalogAsync("v1/cities");

        Assert.Contains((int)response.StatusCode, new[] { 500, 502, 503 });
        Assert.Equal("INTERNAL_ERROR", TixClient.ErrorCode(await TixClient.JsonAsync(response)));
    }

    [Fact]
    public async Task MalformedBodiesAreNotJson()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var guest = await sandbox.Tix.GuestTokenAsync();
        sandbox.Server.Faults.Set(new FaultSettings { MalformedBodies = new RateFault(1.0, [EndpointGroup.Catalog]) });

        using var request = TixClient.AppRequest(HttpMethod.Get, "v1/cities", guest);
        using var response = await sandbox.Api.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task TruncatedBodiesEndEarly()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var guest = await sandbox.Tix.GuestTokenAsync();
        var whole = (await sandbox.Tix.CatalogAsync("v1/cities")).Content.Headers.ContentLength;
        sandbox.Server.Faults.Set(new FaultSettings { TruncatedBodies = new RateFault(1.0) });

        using var request = TixClient.AppRequest(HttpMethod.Get, "v1/cities", guest);
        using var response = await sandbox.Api.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.True(body.Length < whole);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task ConnectionResetsAbortTheRequest()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var guest = await sandbox.Tix.GuestTokenAsync();
        sandbox.Server.Faults.Set(new FaultSettings { ConnectionResets = new RateFault(1.0) });

        using var request = TixClient.AppRequest(HttpMethod.Get, "v1/cities", guest);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => sandbox.Api.SendAsync(request));
        Assert.Equal(1, sandbox.Server.Faults.Counts.ConnectionResets);
    }

    [Fact]
    public async Task FaultsHitTheSameRequestsOfASequenceEveryTime()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var guest = await sandbox.Tix.GuestTokenAsync();
        var settings = new FaultSettings { Seed = 7, ServerErrors = new RateFault(0.5) };

        async Task<List<HttpStatusCode>> RunAsync()
        {
            sandbox.Server.Faults.Set(settings);
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 16; i++)
            {
                using var request = TixClient.AppRequest(HttpMethod.Get, "v1/cities", guest);
                using var response = await sandbox.Api.SendAsync(request);
                statuses.Add(response.StatusCode);
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.OK, first);
        Assert.Contains(first, s => (int)s >= 500);
    }

    [Fact]
    public async Task FaultSettingsRoundTripThroughTheControls()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using (await sandbox.Api.PutAsJsonAsync("sandbox/faults", new { seed = 3, server_errors = new { rate = 0.25, groups = new[] { "catalog", "auth" } } }))
        {
        }

        var faults = await sandbox.Api.GetFromJsonAsync("sandbox/faults");
        using (await sandbox.Api.DeleteAsync("sandbox/faults"))
        {
        }

        Assert.Equal(0.25, faults.GetProperty("server_errors").GetProperty("rate").GetDouble());
        Assert.Equal("auth", faults.GetProperty("server_errors").GetProperty("groups")[1].GetString());
        Assert.Null(sandbox.Server.Faults.Current.ServerErrors);
    }
}
