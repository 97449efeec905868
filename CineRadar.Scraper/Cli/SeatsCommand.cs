using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Simulation;

namespace CineRadar.Scraper.Cli;

/// <summary><c>cineradar seats run</c> and <c>cineradar seats simulate-day</c>.</summary>
internal static class SeatsCommand
{
    public static Command Create()
    {
        var seats = new Command("seats", "Sample seat maps and estimate admissions.");
        seats.Subcommands.Add(Run());
        seats.Subcommands.Add(SimulateDay());
        return seats;
    }

    private static Command Run()
    {
        var date = new Option<DateOnly?>("--date") { Description = "The WIB date to sample (today by default)." };
        var budget = new Option<double?>("--budget") { Description = "Requests per second towards TIX (shared with sweeps)." };
        var source = new Option<string?>("--source") { Description = "sandbox or tix; the sandbox when no TIX credentials are configured." };
        source.AcceptOnlyFromAmong("sandbox", "tix");
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

            await using var setup = await TixSourceSetup.StartAsync(result.GetValue(source), output, cancellationToken);
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

    private static Command SimulateDay()
    {
        var date = new Option<DateOnly?>("--date") { Description = "The WIB date to simulate (today by default)." };
        var budget = new Option<double>("--budget") { Description = "Requests per second towards the sandbox.", DefaultValueFactory = _ => 3 };
        var seed = new Option<long?>("--seed") { Description = "The sandbox's seed (its default otherwise)." };
        var city = new Option<string[]>("--city") { Description = "Simulate only these cities (all by default).", Arity = ArgumentArity.ZeroOrMore };
        var from = new Option<TimeOnly?>("--from") { Description = "The WIB time the day starts with its sweep (04:30 by default); earlier shows are not judged." };
        var command = new Command("simulate-day", "Run a whole national day against an in-process sandbox on a simulated clock and compare the estimates with its ground truth (prints JSON).")
        {
            date, budget, seed, city, from,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(budget) <= 0)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("cineradar: --budget must be a positive number.");
                return 1;
            }

            var settings = new DaySimulation.Settings(
                result.GetValue(date) ?? TimeProvider.System.Today(),
                result.GetValue(budget),
                result.GetValue(seed),
                result.GetValue(city) ?? [],
                result.GetValue(from));
            var report = await DaySimulation.RunAsync(settings, result.InvocationConfiguration.Error, cancellationToken);
            await result.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(report, SimulationJsonContext.Default.SimulationReport));
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
