using System.CommandLine;
using System.Globalization;
using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Seats;

namespace CineRadar.Scraper.Cli;

/// <summary><c>cineradar seats run</c> (<c>cineradar-dev</c> adds <c>seats simulate-day</c>).</summary>
internal static class SeatsCommand
{
    public static Command Create(ITixSources sources)
    {
        var seats = new Command("seats", "Sample seat maps and estimate admissions.");
        seats.Subcommands.Add(Run(sources));
        return seats;
    }

    private static Command Run(ITixSources sources)
    {
        var date = new Option<DateOnly?>("--date") { Description = "The WIB date to sample (today by default)." };
        var budget = new Option<double?>("--budget") { Description = "Requests per second towards TIX (shared with sweeps)." };
        var source = TixSourceOption.Create();
        var command = new Command("run", "Sample every bookable showtime of a day until its last show starts, with progress.") { date, budget, source };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (result.GetValue(budget) is <= 0)
            {
                await error.WriteLineAsync("cineradar: --budget must be a positive number of requests per second.");
                return 1;
            }

            await using var setup = await sources.StartAsync(result.GetValue(source), output, cancellationToken);
            var overrides = new Dictionary<string, string?>(setup.Settings);
            if (result.GetValue(budget) is { } rate)
            {
                overrides["Tix:RequestsPerSecond"] = rate.ToString(CultureInfo.InvariantCulture);
            }

            using var host = CliHost.Build(overrides, result.GetValue(CineRadarCommand.Verbose));
            var services = host.Services;
            var clock = services.GetRequiredService<TimeProvider>();
            var day = result.GetValue(date) ?? clock.Today();
            if ((await services.GetRequiredService<ICatalogStore>().GetSchedulesAsync(day, cancellationToken)).Count == 0)
            {
                await error.WriteLineAsync($"cineradar: the store has no schedules for {day:yyyy-MM-dd}: run 'cineradar scrape schedules --date {day:yyyy-MM-dd}' first.");
                return 1;
            }

            var sampler = services.GetRequiredService<SeatSampler>();
            var held = await services.GetRequiredService<LeaderLease>().RunAsync(LeaderLease.SeatSampling, $"cli:{Environment.ProcessId}", async ct =>
            {
                await CliAudit.RecordAsync(services, AuditActions.SeatsRun, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, ct);
                using var progress = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var reporting = ReportAsync(sampler.Scheduler, output, progress.Token);
                await sampler.RunAsync(() => [day], untilDrained: true, ct);
                await progress.CancelAsync();
                await reporting;
            }, cancellationToken);
            if (!held)
            {
                await error.WriteLineAsync("cineradar: another process (a scraper worker) is sampling seats now; it holds the seat-sampling lease.");
                return 1;
            }

            await output.WriteLineAsync(Line(sampler.Scheduler));
            return 0;
        });
        return command;
    }

    private static async Task ReportAsync(SeatScheduler scheduler, TextWriter output, CancellationToken cancellationToken)
    {
        var last = "";
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var line = Line(scheduler);
                if (line != last)
                {
                    await output.WriteLineAsync(line);
                    last = line;
                }

                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static string Line(SeatScheduler scheduler)
    {
        var stats = scheduler.Stats;
        return $"samples: {stats.Done} done, {scheduler.Due} due, {scheduler.Outstanding} outstanding, {stats.Missed} missed, {stats.Skipped} spare skipped of {stats.Planned} planned; " +
               $"{stats.Requests} requests; {stats.HouseLocks} house locks";
    }
}
