using System.CommandLine;
using CineRadar.Core.Operations;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.Sweeps;

namespace CineRadar.Scraper.Cli;

/// <summary>
/// <c>cineradar scrape schedules</c>: queues a sweep in the store and works on it (alongside any worker) until it ends.
/// Exit code 0 when every city ended ok or empty, 2 when some failed, 1 when the run failed or could not start.
/// </summary>
internal static class ScrapeCommand
{
    public static Command Create(ITixSources sources)
    {
        var city = new Option<string[]>("--city") { Description = "A city to sweep, by name or TIX id (repeat for several; all cities when absent).", Arity = ArgumentArity.ZeroOrMore };
        var date = new Option<DateOnly?>("--date") { Description = "The first WIB date to sweep (today by default)." };
        var days = new Option<int>("--days") { Description = "How many days from --date on (presale days included).", DefaultValueFactory = _ => 1 };
        var mode = new Option<SweepMode?>("--mode") { Description = "api (one browser bootstrap, then direct calls) or browser (click through the app)." };
        var rate = new Option<double?>("--rate") { Description = "Requests per second towards TIX, for every scraper process together." };
        var source = TixSourceOption.Create();

        var schedules = new Command("schedules", "Sweep movies, theatres, rooms, showtimes and prices into the store.")
        {
            city, date, days, mode, rate, source,
        };
        schedules.SetAction((result, cancellationToken) => RunAsync(
            result,
            sources,
            new SweepArguments(
                result.GetValue(city) ?? [],
                result.GetValue(date),
                result.GetValue(days),
                result.GetValue(mode),
                result.GetValue(rate),
                result.GetValue(source),
                result.GetValue(CineRadarCommand.Verbose)),
            cancellationToken));

        return new Command("scrape", "Collect data from TIX.") { schedules };
    }

    private sealed record SweepArguments(
        string[] Cities, DateOnly? Date, int Days, SweepMode? Mode, double? Rate, string? Source, bool Verbose);

    private static async Task<int> RunAsync(ParseResult result, ITixSources sources, SweepArguments arguments, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        if (arguments.Days is < 1 or > 14 || arguments.Rate is <= 0)
        {
            await error.WriteLineAsync("cineradar: --days must be 1 to 14 and --rate a positive number.");
            return 1;
        }

        IReadOnlyList<Core.Reference.City> cities;
        try
        {
            cities = CityDirectory.Resolve(arguments.Cities);
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync($"cineradar: {ex.Message}");
            return 1;
        }

        await using var source = await sources.StartAsync(arguments.Source, output, cancellationToken);
        var overrides = new Dictionary<string, string?>(source.Settings);
        if (arguments.Mode is { } mode)
        {
            overrides["Tix:Mode"] = mode.ToString();
        }

        if (arguments.Rate is { } requestsPerSecond)
        {
            overrides["Tix:RequestsPerSecond"] = requestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var host = CliHost.Build(overrides, arguments.Verbose);
        var services = host.Services;
        var clock = services.GetRequiredService<TimeProvider>();
        var runs = services.GetRequiredService<IRunStore>();
        ScrapeRun run;
        try
        {
            run = await services.GetRequiredService<SweepRequests>().QueueAsync(
                cities, arguments.Date ?? clock.Today(), arguments.Days, CliAudit.User, "cli", cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or Tix.TixRequestException or InvalidOperationException or Core.Tix.TixPayloadException)
        {
            await error.WriteLineAsync($"cineradar: the city list could not be read from TIX: {ex.Message}");
            return 1;
        }

        await CliAudit.RecordAsync(services, AuditActions.RunQueue, run.Id,
            $"schedules {(arguments.Cities.Length == 0 ? "all cities" : string.Join(", ", cities.Select(c => c.Name)))} {run.Date:yyyy-MM-dd}", cancellationToken);
        await output.WriteLineAsync($"Run {run.Id}: {run.ItemsTotal} cities from {run.Date:yyyy-MM-dd} ({run.Days} day(s)), source {source.Name}");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var concurrency = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TixOptions>>().Value.Concurrency;
        var processor = services.GetRequiredService<RunProcessor>();
        var workers = Enumerable.Range(0, Math.Max(1, concurrency))
            .Select(i => WorkAsync(processor, $"cli:{Environment.ProcessId}#{i}", stop))
            .ToList();
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        ScrapeRun finished;
        try
        {
            finished = await RunProgress.FollowAsync(ct => runs.GetAsync(run.Id, ct), output, interactive, stop.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = (await Task.WhenAll(workers)).FirstOrDefault(e => e is not null);
            await error.WriteLineAsync($"cineradar: the sweep stopped: {failure?.Message}");
            return 1;
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);

        foreach (var failed in finished.Cities.Where(c => c.Status == WorkItemStatus.Failed))
        {
            await output.WriteLineAsync($"  {failed.Label}: {failed.Reason}");
        }

        if (finished.Error is not null)
        {
            await output.WriteLineAsync(finished.Error);
        }

        return finished.Status switch
        {
            RunStatus.Success => 0,
            RunStatus.Partial => 2,
            _ => 1,
        };
    }

    /// <summary>Works on queued items until stopped; an unexpected failure stops the whole command and is returned.</summary>
    private static async Task<Exception?> WorkAsync(RunProcessor processor, string owner, CancellationTokenSource stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (!await processor.ProcessNextAsync(owner, stop.Token))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(300), stop.Token);
                }
            }

            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            await stop.CancelAsync();
            return ex;
        }
    }
}
