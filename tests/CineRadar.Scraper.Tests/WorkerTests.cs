using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Scraper.Cli;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.Tests.Support;
using CineRadar.Tools.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary>The worker process: a crash in the middle of a run, and the dashboard's "Run sweep now".</summary>
public sealed class WorkerTests
{
    [Fact]
    public async Task RunOfAKilledWorkerIsFinishedByTheNextWithoutDuplicates()
    {
        await using var harness = await ScraperHarness.StartAsync();
        var cities = new[] { "BANDUNG", "MAKASSAR", "JAYAPURA", "BOGOR", "MEDAN", "DEPOK", "BEKASI", "SEMARANG" }.Select(n => Cities.FindByName(n)!).ToList();
        var run = await harness.Services.GetRequiredService<SweepRequests>().QueueAsync(
            cities, Core.Time.IndonesianClock.Today(TimeProvider.System), 1, "test", "test", CancellationToken.None);
        var settings = WorkerSettings(harness);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));

        // The first worker goes slowly enough (about 30 requests a city at 4 a second) that the kill lands with most
        // cities still to do, however late a busy machine lets this test look.
        using (var first = WorkerProcess.Start(new Dictionary<string, string?>(settings) { ["Tix:RequestsPerSecond"] = "4" }))
        {
            await WaitAsync(harness, run.Id, r => r.ItemsFinished >= 2, timeout.Token);
            first.Kill();
        }

        var interrupted = (await harness.Runs.GetAsync(run.Id))!;
        Assert.False(interrupted.IsFinished);
        Assert.Contains(interrupted.Cities, c => !c.IsFinished);

        using var second = WorkerProcess.Start(settings);
        var finished = await WaitAsync(harness, run.Id, r => r.IsFinished, timeout.Token);

        RunAssert.Succeeded(finished);
        Assert.All(finished.Cities, c => Assert.Equal(WorkItemStatus.Ok, c.Status));
        var truth = harness.Sandbox.ShowtimesOn(run.Date).Where(s => s.Listed && cities.Any(c => c.Id == s.CityId)).Select(s => s.ShowTimeId).Order();
        var stored = (await harness.Catalog.GetSchedulesAsync(run.Date)).SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).Order();
        Assert.Equal(truth, stored);
    }

    [Fact]
    public async Task DashboardCommandQueuesASweepOfEveryCityTixLists()
    {
        await using var harness = await ScraperHarness.StartAsync();
        using var worker = WorkerProcess.Start(WorkerSettings(harness));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await worker.WaitHealthyAsync(timeout.Token);
        using var http = new HttpClient { BaseAddress = worker.Url };

        using var response = await http.PostAsync(new Uri("/commands/run-sweep", UriKind.Relative), null, timeout.Token);

        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(timeout.Token);
        var run = await harness.Runs.GetAsync(answer.GetProperty("id").GetString()!);
        Assert.NotNull(run);
        Assert.Equal(("dashboard", 83), (run.Trigger, run.ItemsTotal));
    }

    private static Dictionary<string, string?> WorkerSettings(ScraperHarness harness)
    {
        var settings = SandboxSettings.For(harness.Sandbox);
        settings["Store:Sqlite:Path"] = harness.DatabasePath;
        settings["Tix:RequestsPerSecond"] = "25";
        settings["Tix:Concurrency"] = "2";
        settings["Runs:LeaseDuration"] = "00:00:03";
        return settings;
    }

    private static async Task<ScrapeRun> WaitAsync(ScraperHarness harness, string runId, Func<ScrapeRun, bool> done, CancellationToken cancellationToken)
    {
        while (true)
        {
            var run = (await harness.Runs.GetAsync(runId, cancellationToken))!;
            if (done(run))
            {
                return run;
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
