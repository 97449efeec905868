using System.Diagnostics;
using CineRadar.Core.Runs;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Cli;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Sweeps;
using CineRadar.Tools.Cli;
using CineRadar.TixSandbox;
using Microsoft.Extensions.Http;

namespace CineRadar.Tools.Simulation;

/// <summary>
/// A whole national day against the sandbox, hosted in this process with one <see cref="VirtualClock"/> shared with
/// the scraper: the morning sweep at 04:30 WIB, then seat sampling under the budget until the last show starts. The
/// clock moves only while the scraper and the sandbox are idle, so the day is the same on any machine. The report
/// compares the estimates with the sandbox's ground truth; this is the one place outside tests that reads it.
/// </summary>
public static class DaySimulation
{
    /// <summary>A day to simulate; <see cref="From"/> is the WIB time the morning sweep runs (04:30 by default).</summary>
    public sealed record Settings(DateOnly Date, double Budget, long? Seed, IReadOnlyList<string> Cities, TimeOnly? From = null)
    {
        public DateTimeOffset Start => IndonesianClock.BusinessDayBounds(Date).Start + (From ?? new TimeOnly(4, 30)).ToTimeSpan();
    }

    public static async Task<SimulationReport> RunAsync(Settings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        using var clock = new VirtualClock(settings.Start, watchesPool: true);
        // The day starts when the sweep does: the clock stands still while the sandbox and the scraper's host start.
        var options = new SandboxOptions { AppPort = 0, ApiPort = 0 };
        if (settings.Seed is { } seed)
        {
            options.Seed = seed;
        }

        options.App.RenderDelayMilliseconds = 100;
        await using var sandbox = await SandboxServer.StartAsync(options, clock, cancellationToken);
        var directory = Directory.CreateTempSubdirectory("cineradar-simulation-").FullName;
        try
        {
            var overrides = SandboxSettings.For(sandbox);
            overrides["Store:Provider"] = "Sqlite";
            overrides["Store:Sqlite:Path"] = Path.Combine(directory, "day.db");
            overrides["Tix:RequestsPerSecond"] = settings.Budget.ToString(System.Globalization.CultureInfo.InvariantCulture);
            overrides["Sampling:FoldInterval"] = "00:30:00";
            overrides["ConnectionStrings:cache"] = "";
            await using var host = (IAsyncDisposable)CliHost.Build(overrides, verbose: false, clock, services =>
                services.ConfigureAll<HttpClientFactoryOptions>(factory =>
                    factory.HttpMessageHandlerBuilderActions.Add(handlers => handlers.AdditionalHandlers.Add(new ClockHoldingHandler(clock)))));
            var services = ((IHost)host).Services;

            var cities = CityDirectory.Resolve(settings.Cities);
            await WarmUpAsync(services, cancellationToken);

            // The day itself runs on the clock's loop, which moves the clock only when the scraper and the sandbox are idle.
            var swept = await clock.RunAsync(() => SweepAsync(services, cities, settings, clock, progress, cancellationToken));
            var sampler = services.GetRequiredService<SeatSampler>();
            await progress.WriteLineAsync($"{IndonesianClock.InZone(clock.GetUtcNow(), Core.Reference.IndonesianTimeZone.Wib):HH:mm:ss} WIB: sampling");
            using (var reporting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var reporter = ReportProgressAsync(sampler.Scheduler, clock, progress, reporting.Token);
                await clock.RunAsync(() => sampler.RunAsync(() => [settings.Date], untilDrained: true, cancellationToken));
                await reporting.CancelAsync();
                await reporter;
            }

            var (estimate, readings) = await clock.RunAsync(async () => (
                await services.GetRequiredService<RollupFolder>().FoldAsync(settings.Date, cancellationToken),
                await services.GetRequiredService<ISeatSampleStore>().GetSummariesAsync(settings.Date, cancellationToken)));
            return Compare(settings, sandbox.ShowtimesOn(settings.Date), swept, sampler.Scheduler.Stats, estimate, readings, clock, started.Elapsed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The morning sweep of the chosen cities, worked on until it is published.</summary>
    private static async Task<ScrapeRun> SweepAsync(
        IServiceProvider services, IReadOnlyList<Core.Reference.City> cities, Settings settings, TimeProvider clock, TextWriter progress, CancellationToken cancellationToken)
    {
        var runs = services.GetRequiredService<IRunStore>();
        var sweep = await services.GetRequiredService<SweepRequests>().QueueAsync(cities, settings.Date, 1, "simulation", "simulation", cancellationToken);
        await progress.WriteLineAsync($"{IndonesianClock.InZone(clock.GetUtcNow(), Core.Reference.IndonesianTimeZone.Wib):HH:mm} WIB: sweeping {sweep.ItemsTotal} cities at {settings.Budget} req/s");
        var processor = services.GetRequiredService<RunProcessor>();
        while ((await runs.GetAsync(sweep.Id, cancellationToken))!.IsFinished is false)
        {
            if (!await processor.ProcessNextAsync("simulation", cancellationToken))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), clock, cancellationToken);
            }
        }

        var swept = (await runs.GetAsync(sweep.Id, cancellationToken))!;
        await progress.WriteLineAsync($"{IndonesianClock.InZone(clock.GetUtcNow(), Core.Reference.IndonesianTimeZone.Wib):HH:mm:ss} WIB: swept, {swept.Status}");
        return swept.Status is RunStatus.Success or RunStatus.Partial
            ? swept
            : throw new InvalidOperationException($"The morning sweep failed: {swept.Error}");
    }

    /// <summary>
    /// The browser steps (the guest session for the catalog, the account login for seat maps) before the day starts:
    /// Chromium's start-up is the machine's cost, not the day's. No overall deadline: a busy machine may take minutes,
    /// and each browser step has its own timeout that names what did not happen.
    /// </summary>
    private static async Task WarmUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<CineRadar.Scraper.Browser.IGuestSession>().GetAsync(cancellationToken);
        await services.GetRequiredService<CineRadar.Scraper.Tokens.TixTokenService>().GetAccessTokenAsync(cancellationToken);
    }

    private static SimulationReport Compare(
        Settings settings,
        IReadOnlyList<DayShowtime> truth,
        ScrapeRun sweep,
        SamplingStats stats,
        DayEstimate estimate,
        IReadOnlyList<SeatSampleSummary> readings,
        TimeProvider clock,
        TimeSpan real)
    {
        // Only shows whose every sample window opens after the sweep can be judged.
        var judged = settings.Start + SampleKinds.Default.Max(k => k.Opens);
        var swept = sweep.Cities.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var shows = truth.Where(t => t.Listed && swept.Contains(t.CityId) && t.StartsAt >= judged).ToList();
        var estimates = estimate.Showtimes.ToDictionary(e => e.ShowtimeId, StringComparer.Ordinal);
        var finals = readings.Where(r => r.Kind == SampleKinds.Final).Select(r => r.ShowtimeId).ToHashSet(StringComparer.Ordinal);

        var movies = shows.GroupBy(s => (s.MovieId, s.MovieTitle)).Select(g =>
        {
            var actual = g.Sum(s => (long)s.FinalAdmissions);
            var estimated = g.Sum(s => estimates.TryGetValue(s.ShowTimeId, out var e) ? e.Admissions : 0L);
            return new MovieComparison(g.Key.MovieId, g.Key.MovieTitle, g.Count(), actual, estimated, ErrorPct(estimated, actual));
        }).OrderByDescending(m => m.TrueAdmissions).ToList();

        var bases = shows.GroupBy(s => estimates.TryGetValue(s.ShowTimeId, out var e) ? e.Basis : "no reading").Select(g =>
        {
            var actual = g.Sum(s => (long)s.FinalAdmissions);
            var estimated = g.Sum(s => estimates.TryGetValue(s.ShowTimeId, out var e) ? e.Admissions : 0L);
            return new BasisComparison(g.Key, g.Count(), actual, estimated, ErrorPct(estimated, actual));
        }).OrderByDescending(b => b.Showtimes).ToList();
        var locked = shows.Where(s => s.HouseLockFrom is not null).ToList();
        var notLocked = shows.Where(s => s.HouseLockFrom is null).ToList();
        var soldOut = notLocked.Where(s => s.FinalAdmissions >= s.TotalSeats - s.Blocked).ToList();
        bool Flagged(DayShowtime s) => estimates.TryGetValue(s.ShowTimeId, out var e) && e.HouseLocked;

        var trueTotal = shows.Sum(s => (long)s.FinalAdmissions);
        var estimatedTotal = shows.Sum(s => estimates.TryGetValue(s.ShowTimeId, out var e) ? e.Admissions : 0L);
        return new SimulationReport(
            settings.Date,
            settings.Budget,
            swept.Count,
            shows.Count,
            stats.Planned,
            stats.Done,
            stats.MissedByReason,
            stats.Skipped,
            finals.Count,
            Percent(shows.Count(s => finals.Contains(s.ShowTimeId)), shows.Count),
            trueTotal,
            estimatedTotal,
            ErrorPct(estimatedTotal, trueTotal),
            shows.Sum(s => (long)s.Blocked),
            ErrorPct(trueTotal + shows.Sum(s => (long)s.Blocked), trueTotal),
            shows.Sum(s => (long)estimate.BlockedSeats.GetValueOrDefault(s.ShowTimeId)),
            movies.Count == 0 ? 0 : movies.Max(m => Math.Abs(m.ErrorPct)),
            movies,
            bases,
            new HouseLockReport(
                locked.Count,
                locked.Count(Flagged),
                Percent(locked.Count(Flagged), locked.Count),
                notLocked.Count,
                notLocked.Count(Flagged),
                Percent(notLocked.Count(Flagged), notLocked.Count),
                soldOut.Count,
                soldOut.Count(Flagged),
                Percent(soldOut.Count(Flagged), soldOut.Count)),
            stats.Requests,
            sweep.Cities.Sum(c => c.Requests),
            Math.Round((clock.GetUtcNow() - settings.Start).TotalHours, 2),
            Math.Round(real.TotalMinutes, 2),
            estimate.LateSalesGrowth.ToDictionary(g => g.Key, g => Math.Round(g.Value, 4)));
    }

    private static async Task ReportProgressAsync(SeatScheduler scheduler, TimeProvider clock, TextWriter progress, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var stats = scheduler.Stats;
            await progress.WriteLineAsync(
                $"{IndonesianClock.InZone(clock.GetUtcNow(), Core.Reference.IndonesianTimeZone.Wib):HH:mm} WIB: {stats.Done}/{stats.Planned} samples, {stats.Missed} missed, {stats.Skipped} spare skipped, {scheduler.Due} due, {stats.HouseLocks} house locks");
        }
    }

    private static double ErrorPct(long estimated, long actual) => actual == 0 ? 0 : Math.Round((estimated - actual) * 100.0 / actual, 2);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(part * 100.0 / whole, 2);
}
