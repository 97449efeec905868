using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Sweeps;
using CineRadar.Scraper.Tests.Support;
using CineRadar.TixSandbox;
using CineRadar.TixSandbox.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary>
/// The sandbox with drifted contracts (<c>Sandbox:Contract:Seed</c>): the scraper knows none of a seed's choices and
/// learns the city list and the movie-list request from the app, as it must from TIX. Seed 4 moves the movie list's
/// city to another query name, seed 5 into a path segment; both move the city list and rename its keys.
/// </summary>
public sealed class ContractDriftTests
{
    /// <summary>Each contract swept nationally the daily sweep's way (city list synced first) and, drifted, the Admin's "Run now" way.</summary>
    public static readonly TheoryData<long, bool> Contracts = new() { { 0, false }, { 4, false }, { 4, true }, { 5, false }, { 5, true } };

    public static readonly TheoryData<long> DriftedContracts = [4, 5];

    [Theory]
    [MemberData(nameof(Contracts))]
    public async Task NationalApiSweepLearnsTheContractFromTheAppWithEveryCityOk(long seed, bool runNow)
    {
        await using var harness = await ScraperHarness.StartAsync(sandboxOptions: o => o.Contract.Seed = seed);
        AssertDriftedUnlessDefault(harness.Sandbox, seed);

        var run = runNow ? await harness.RunNowNationallyAsync() : await harness.SweepNationallyAsync();

        RunAssert.Succeeded(run);
        Assert.Equal(Cities.All.Select(c => c.Id).Order(), run.Cities.Select(c => c.Key).Order());
        Assert.All(run.Cities, c => Assert.True(c.Status == WorkItemStatus.Ok, $"{c.Label}: {c.Status} {c.Reason}"));
        var truth = harness.Sandbox.ShowtimesOn(run.Date).Where(s => s.Listed).Select(s => s.ShowTimeId).Order();
        var schedules = await harness.Catalog.GetSchedulesAsync(run.Date);
        Assert.Equal(truth, schedules.SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).Order());
        Assert.Empty(await ActiveCityAlertsAsync(harness));
    }

    [Theory]
    [MemberData(nameof(DriftedContracts))]
    public async Task BrowserModeLearnsTheCityListAndSweepsUnderADriftedContract(long seed)
    {
        await using var harness = await ScraperHarness.StartAsync(
            new Dictionary<string, string?> { ["Tix:Mode"] = "Browser" }, o => o.Contract.Seed = seed);
        AssertDriftedUnlessDefault(harness.Sandbox, seed);

        var cities = await harness.Services.GetRequiredService<CityDirectory>()
            .SyncAsync(harness.Services.GetRequiredService<ICatalogSourceProvider>().Current, CancellationToken.None);
        var run = await harness.SweepAsync(ScraperHarness.Jayapura);

        Assert.Equal(Cities.All.Select(c => c.Id).Order(), cities.Select(c => c.Id).Order());
        RunAssert.Succeeded(run);
        var truth = harness.Sandbox.ShowtimesOn(run.Date)
            .Where(s => s.Listed && s.CityId == ScraperHarness.Jayapura.Id)
            .Select(s => s.ShowTimeId).Order();
        var schedules = await harness.Catalog.GetSchedulesAsync(run.Date);
        Assert.Equal(truth, schedules.SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).Order());
        Assert.Empty(await ActiveCityAlertsAsync(harness));
    }

    [Fact]
    public async Task DailySweepFallsBackToTheTableWithAnAlertWhenTheAppsCityAnswerCannotBeRead()
    {
        await using var harness = await ScraperHarness.StartAsync(
            new Dictionary<string, string?> { ["Tix:Browser:Timeout"] = "00:00:03" }, o => o.Contract.Seed = 4);
        harness.Sandbox.Faults.Set(new FaultSettings { MalformedBodies = new RateFault(1, [EndpointGroup.Catalog]) });

        var run = await harness.QueueSweepAsync([], 1);

        Assert.Equal(Cities.All.Select(c => c.Id).Order(), run.Cities.Select(c => c.Key).Order());
        var alert = Assert.Single(await ActiveCityAlertsAsync(harness));
        Assert.Equal(CityDirectory.CityListAlert, alert.Code);
        Assert.Contains("could not be learned from the TIX app", alert.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<Core.Operations.Alert>> ActiveCityAlertsAsync(ScraperHarness harness) =>
        (await harness.Services.GetRequiredService<IAlertStore>().ListAsync(500))
        .Where(a => a.IsActive && a.Code is CityDirectory.CityListAlert or CityDirectory.NewCityAlert or CityDirectory.MissingCityAlert)
        .ToList();

    private static void AssertDriftedUnlessDefault(SandboxServer sandbox, long seed)
    {
        var contract = sandbox.Contract;
        if (seed == 0)
        {
            Assert.Equal(SandboxContract.Default, contract);
            return;
        }

        var today = SandboxContract.Default;
        Assert.NotEqual(today.CitiesPath, contract.CitiesPath);
        Assert.NotEqual((today.CityIdKey, today.CityNameKey), (contract.CityIdKey, contract.CityNameKey));
        Assert.NotEqual(today.MoviesRequestTemplate, contract.MoviesRequestTemplate);
        Assert.NotEqual(today.ExpiredError, contract.ExpiredError);
    }
}
