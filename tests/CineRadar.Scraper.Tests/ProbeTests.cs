using System.Text.Json;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Probe;
using CineRadar.Scraper.Tests.Support;
using CineRadar.Scraper.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary>
/// <c>cineradar tix probe</c> against the sandbox's default contract and a drifted one: it names each drifted detail
/// as "different" and confirms the rest, within its call limit, without touching the stored tokens or writing a secret.
/// </summary>
public sealed class ProbeTests
{
    private static readonly string[] DriftedSubjects = ["city list", "movie-list request", "\"show has started\"", "seat-map path of FLIX"];

    [Theory]
    [InlineData(0L)]
    [InlineData(5L)]
    public async Task ProbeNamesEveryDriftedDetailAndConfirmsTheRest(long seed)
    {
        await using var harness = await ScraperHarness.StartAsync(
            sandboxOptions: o =>
            {
                o.Contract.Seed = seed;
                o.Catalog.FourthChain = true;
            },
            onSandboxClock: true);
        // 15:00 WIB: the morning's shows have started, the evening's are bookable.
        var today = IndonesianClock.BusinessDate(DateTimeOffset.UtcNow);
        harness.Sandbox.Clock.SetNow(new DateTimeOffset(today.ToDateTime(new TimeOnly(15, 0)), IndonesianClock.WibOffset));
        await harness.Services.GetRequiredService<TixTokenService>().LoginNowAsync(CancellationToken.None);
        var tokens = harness.Services.GetRequiredService<ITokenStore>();
        var before = await tokens.GetAsync();

        var report = await harness.Services.GetRequiredService<TixProbe>()
            .RunAsync(new ProbeRequest(ScraperHarness.Bandung, ScraperHarness.Makassar), CancellationToken.None);

        Assert.Equal(before, await tokens.GetAsync());
        Assert.InRange(report.CallsMade, 4, TixProbe.CallCeiling);
        var contract = harness.Sandbox.Contract;
        var different = report.Checks.Where(c => c.Verdict == AssumptionCheck.Different).Select(c => c.Subject).Order().ToList();
        var summary = report.Summary();
        Assert.True((seed == 0 ? [] : DriftedSubjects.Order().ToList()).SequenceEqual(different), summary);
        Assert.Equal(["display_time zone"], report.Checks.Where(c => c.Verdict == AssumptionCheck.NotSeen).Select(c => c.Subject));
        Assert.Contains(report.Checks, c => c.Subject == "seat-map keys of XXI" && c.Verdict == AssumptionCheck.Confirmed);
        Assert.Contains(report.Checks, c => c.Subject == "seat status values" && c.Verdict == AssumptionCheck.Confirmed);
        Assert.Contains(report.Checks, c => c.Subject == "access-token lifetime" && c.Seen.Contains("30 minutes", StringComparison.Ordinal));

        Assert.Contains($"GET {contract.CitiesPath} with items keyed {contract.CityIdKey} and {contract.CityNameKey}", summary, StringComparison.Ordinal);
        Assert.Contains(contract.MoviesRequestTemplate.Replace("{cityId}", "{city}", StringComparison.Ordinal), summary, StringComparison.Ordinal);
        Assert.Contains($"/v1/movies/{contract.FourthChainPath}/layout", summary, StringComparison.Ordinal);
        Assert.Contains(contract.ExpiredError.Code, summary, StringComparison.Ordinal);
        if (seed != 0)
        {
            Assert.Contains("said in error.message", summary, StringComparison.Ordinal);
            Assert.Contains("CineRadar reads it as started", summary, StringComparison.Ordinal);
        }

        var json = JsonSerializer.Serialize(report, ProbeJsonContext.Default.ProbeReport);
        Assert.DoesNotContain(before!.AccessToken, json, StringComparison.Ordinal);
        Assert.DoesNotContain(before.RefreshToken, json, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Sandbox.DemoAccount.Phone.TrimStart('+'), json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeMakesNoMoreCallsOfItsOwnThanItsLimit()
    {
        await using var harness = await ScraperHarness.StartAsync();
        await harness.Services.GetRequiredService<TixTokenService>().LoginNowAsync(CancellationToken.None);
        harness.Sandbox.Counters.Clear();

        var report = await harness.Services.GetRequiredService<TixProbe>()
            .RunAsync(new ProbeRequest(ScraperHarness.Bandung, ScraperHarness.Makassar, MaxCalls: 2), CancellationToken.None);

        Assert.Equal(2, report.CallsMade);
        Assert.Equal(2, report.OwnCalls.Sum(c => c.Count));
        // The sandbox served the probe's two calls besides the app's own (the app's count is a lower bound: a request a
        // navigation interrupts is answered by the sandbox but never reaches the page, so the probe cannot record it).
        var served = harness.Sandbox.Counters.Snapshot()
            .Where(e => e.Key.StartsWith("GET /v1/", StringComparison.Ordinal) || e.Key.StartsWith("POST /v1/", StringComparison.Ordinal))
            .Sum(e => e.Value.Where(s => s.Key != 0).Sum(s => s.Value));
        var byApp = report.AppCalls.Where(c => c.Host == harness.Sandbox.ApiUrl.Authority).Sum(c => c.Count);
        Assert.True(served >= byApp + 2, $"served {served}, recorded from the app {byApp}");
        Assert.All(report.OwnCalls, c => Assert.Equal("GET", c.Method));
    }
}
