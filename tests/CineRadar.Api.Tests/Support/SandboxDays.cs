using System.Globalization;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper;
using CineRadar.Scraper.Runs;
using CineRadar.TixSandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CineRadar.Api.Tests.Support;

/// <summary>
/// Fills a SQLite file the way production does: an in-process TIX sandbox and the scraper's own services sweep the
/// cities' schedules, then a seat run (<c>RunKind.Seats</c>) reads every showtime still ahead and folds the estimates
/// and rollups. Done for each day asked, with the sandbox and the scraper sharing one clock set to that day.
/// </summary>
public static class SandboxDays
{
    public static async Task FillAsync(string databasePath, ShiftedClock clock, IReadOnlyList<City> cities, IEnumerable<DateTimeOffset> moments)
    {
        var options = new SandboxOptions { AppPort = 0, ApiPort = 0 };
        options.App.RenderDelayMilliseconds = 100;
        await using var sandbox = await SandboxServer.StartAsync(options, clock);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tix:Source"] = "sandbox",
            ["Tix:AppUrl"] = sandbox.AppUrl.ToString(),
            ["Tix:ApiUrl"] = sandbox.ApiUrl.ToString(),
            ["Tix:Phone"] = sandbox.DemoAccount.Phone,
            ["Tix:Password"] = sandbox.DemoAccount.Password,
            ["Tix:Browser:RenderWait"] = "00:00:01",
            ["Tix:RequestsPerSecond"] = "500",
            ["Tix:Concurrency"] = "3",
            ["Store:Provider"] = "Sqlite",
            ["Store:Sqlite:Path"] = databasePath,
            ["ConnectionStrings:cache"] = "",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddScraper();
        using var host = builder.Build();
        var services = host.Services;
        var runs = services.GetRequiredService<IRunStore>();
        foreach (var moment in moments)
        {
            clock.SetNow(moment);
            var date = IndonesianClock.BusinessDate(moment);
            var sweep = await services.GetRequiredService<SweepRequests>().QueueAsync(cities, date, 1, "test", "test", CancellationToken.None);
            await WorkUntilFinishedAsync(services, sweep.Id);
            var seats = await runs.QueueAsync(
                new RunRequest(RunKind.Seats, date, cities.Select(c => c.Id).ToList(), "test", "test"),
                cities.Select(c => new RunItemSpec(c.Id, c.Name)).ToList());
            await WorkUntilFinishedAsync(services, seats.Id);
        }
    }

    private static async Task WorkUntilFinishedAsync(IServiceProvider services, string runId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var runs = services.GetRequiredService<IRunStore>();
        var processor = services.GetRequiredService<RunProcessor>();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async worker =>
        {
            while (!(await runs.GetAsync(runId, timeout.Token))!.IsFinished)
            {
                if (!await processor.ProcessNextAsync(string.Create(CultureInfo.InvariantCulture, $"test#{worker}"), timeout.Token))
                {
                    await Task.Delay(50, timeout.Token);
                }
            }
        }));
        var run = (await runs.GetAsync(runId))!;
        if (run.Status != RunStatus.Success)
        {
            throw new InvalidOperationException($"Run {runId} ({run.Kind}) ended {run.Status}: {run.Error}");
        }
    }
}
