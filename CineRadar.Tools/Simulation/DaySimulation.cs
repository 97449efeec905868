using System.Diagnostics;
using CineRadar.Core.Catalog;
using CineRadar.Core.Resweeps;
using CineRadar.Core.Runs;
using CineRadar.Core.Sampling;
using CineRadar.Core.Sampling.Design;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Cli;
using CineRadar.Scraper.Resweeps;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Sweeps;
using CineRadar.Tools.Cli;
using CineRadar.TixSandbox;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace CineRadar.Tools.Simulation;

/// <summary>
/// A whole national day against the sandbox, hosted in this process with one <see cref="VirtualClock"/> shared with
/// the scraper: the morning sweep at 04:30 WIB, then seat sampling under the budget until the last show starts, with
/// the day's re-sweeps at the times <c>Sweep:ResweepAt</c> names (unless turned off). With <see cref="Settings.Changes"/>
/// the sandbox adds, moves and cancels shows during the day; <see cref="Settings.Demand"/> and
/// <see cref="Settings.Blocking"/> choose how its tickets sell and which seats it blocks. The clock moves only while the
/// scraper and the sandbox are idle, so the day is the same on any machine. The report compares the estimates with the
/// sandbox's ground truth; this is the one place outside tests that reads it. With <see cref="Settings.Keep"/> the
/// day's store and that ground truth are kept (<see cref="RecordedDay"/>), so estimators can be judged on it offline.
/// </summary>
public static class DaySimulation
{
    /// <summary>
    /// A day to simulate; <see cref="From"/> is the WIB time the morning sweep runs (04:30 by default), <see cref="Cap"/>
    /// the scraper's daily request cap, <see cref="Keep"/> the folder the store and the ground truth are kept in (each
    /// day's truth in a folder of its date when there are several), <see cref="Days"/> how many days run one after the
    /// other.
    /// </summary>
    public sealed record Settings(
        DateOnly Date,
        double Budget,
        long? Seed,
        IReadOnlyList<string> Cities,
        TimeOnly? From = null,
        bool Changes = false,
        bool Resweeps = true,
        SalesModel Demand = SalesModel.Standard,
        SeatBlocking Blocking = SeatBlocking.Room,
        int? Cap = null,
        string? Keep = null,
        int Days = 1)
    {
        public DateTimeOffset Start => IndonesianClock.BusinessDayBounds(Date).Start + (From ?? new TimeOnly(4, 30)).ToTimeSpan();
    }

    /// <summary>The logged-in seat map, as the sandbox's request counters name it.</summary>
    private const string SeatMapEndpoint = "GET /v1/movies/{chain}/layout";

    /// <summary>
    /// The days <see cref="Settings.Date"/> and the <see cref="Settings.Days"/> - 1 after it, one after the other on one
    /// sandbox and one store, so each day's projection learns from the days before; a report per day.
    /// </summary>
    public static async Task<IReadOnlyList<SimulationReport>> RunAsync(Settings settings, TextWriter progress, CancellationToken cancellationToken)
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
        options.Changes.Enabled = settings.Changes;
        options.Sales.Model = settings.Demand;
        options.Sales.Blocking = settings.Blocking;
        await using var sandbox = await SandboxServer.StartAsync(options, clock, cancellationToken);
        var directory = Directory.CreateTempSubdirectory("cineradar-simulation-").FullName;
        try
        {
            var overrides = SandboxSettings.For(sandbox);
            overrides["Store:Provider"] = "Sqlite";
            overrides["Store:Sqlite:Path"] = Path.Combine(directory, RecordedDay.StoreFile);
            overrides["Tix:RequestsPerSecond"] = settings.Budget.ToString(System.Globalization.CultureInfo.InvariantCulture);
            overrides["Sampling:FoldInterval"] = "00:30:00";
            overrides["ConnectionStrings:cache"] = "";
            if (settings.Cap is { } cap)
            {
                overrides["Sampling:DailyRequestCap"] = cap.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (!settings.Resweeps)
            {
                overrides["Sweep:ResweepAt"] = "";
            }
            await using var host = (IAsyncDisposable)CliHost.Build(overrides, verbose: false, clock, services =>
                services.ConfigureAll<HttpClientFactoryOptions>(factory =>
                    factory.HttpMessageHandlerBuilderActions.Add(handlers => handlers.AdditionalHandlers.Add(new ClockHoldingHandler(clock)))));
            var services = ((IHost)host).Services;
            await WarmUpAsync(services, cancellationToken);

            var reports = new List<SimulationReport>();
            for (var day = 0; day < settings.Days; day++)
            {
                var one = settings with { Date = settings.Date.AddDays(day) };
                if (day > 0)
                {
                    await clock.RunAsync(() => Task.Delay(one.Start - clock.GetUtcNow(), clock, cancellationToken));
                    await RenewGuestSessionAsync(services, cancellationToken);
                }

                var dayStarted = Stopwatch.StartNew();
                var (record, stats) = await SimulateAsync(services, one, clock, progress, cancellationToken);
                var truth = sandbox.ShowtimesOn(one.Date);
                if (settings.Keep is { } keep)
                {
                    await RecordedDay.WriteTruthAsync(settings.Days > 1 ? Path.Combine(keep, $"{one.Date:yyyy-MM-dd}") : keep, one, options.Seed, truth, cancellationToken);
                }

                reports.Add(Compare(one, truth, record, stats, sandbox.Counters.Total(SeatMapEndpoint) - reports.Sum(r => r.SeatReads), clock, dayStarted.Elapsed));
            }

            return reports;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (settings.Keep is { } keep)
            {
                RecordedDay.KeepStore(Path.Combine(directory, RecordedDay.StoreFile), keep);
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// One day: its morning sweep, then seat sampling until its last show has started, with its re-sweeps, and the
    /// projection of the day at each of <see cref="NowcastTimes"/>.
    /// </summary>
    private static async Task<(DayRecord Record, SamplingTally Stats)> SimulateAsync(
        IServiceProvider services, Settings settings, VirtualClock clock, TextWriter progress, CancellationToken cancellationToken)
    {
        var cities = CityDirectory.Resolve(settings.Cities);
        // The day itself runs on the clock's loop, which moves the clock only when the scraper and the sandbox are idle.
        var swept = await clock.RunAsync(() => SweepAsync(services, cities, settings, clock, progress, cancellationToken));
        var sampler = services.GetRequiredService<SeatSampler>();
        var folder = services.GetRequiredService<RollupFolder>();
        var before = SamplingTally.Of(sampler.Scheduler.Stats);
        await progress.WriteLineAsync($"{IndonesianClock.InZone(clock.GetUtcNow(), Core.Reference.IndonesianTimeZone.Wib):HH:mm:ss} WIB: sampling");
        IReadOnlyList<ScrapeRun> resweeps;
        IReadOnlyList<(TimeOnly At, DayEstimate Estimate)> nowcasts;
        using (var reporting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var reporter = ReportProgressAsync(sampler.Scheduler, clock, progress, reporting.Token);
            (nowcasts, resweeps) = await clock.RunAsync(async () =>
            {
                using var dayOver = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var resweeping = ResweepAsync(services, settings, clock, progress, dayOver.Token);
                var projecting = ProjectAsync(folder, settings, clock, dayOver.Token);
                await sampler.RunAsync(() => [settings.Date], untilDrained: true, cancellationToken);
                await dayOver.CancelAsync();
                return (await projecting, await resweeping);
            });
            await reporting.CancelAsync();
            await reporter;
        }

        var (estimate, readings, schedules) = await clock.RunAsync(async () => (
            await folder.FoldAsync(settings.Date, cancellationToken),
            await services.GetRequiredService<ISeatSampleStore>().GetSummariesAsync(settings.Date, cancellationToken),
            await services.GetRequiredService<ICatalogStore>().GetSchedulesAsync(settings.Date, cancellationToken)));
        return (new DayRecord(swept, resweeps, estimate, readings, schedules, nowcasts), SamplingTally.Of(sampler.Scheduler.Stats).Since(before));
    }

    /// <summary>The WIB times of day the day's projection is judged at.</summary>
    public static readonly IReadOnlyList<TimeOnly> NowcastTimes = [new(12, 0), new(15, 0), new(18, 0)];

    /// <summary>The day's estimate, with its projection, at each of <see cref="NowcastTimes"/> the day reaches.</summary>
    private static async Task<IReadOnlyList<(TimeOnly At, DayEstimate Estimate)>> ProjectAsync(
        RollupFolder folder, Settings settings, TimeProvider clock, CancellationToken dayOver)
    {
        var done = new List<(TimeOnly, DayEstimate)>();
        var dayStart = IndonesianClock.BusinessDayBounds(settings.Date).Start;
        try
        {
            foreach (var at in NowcastTimes.Where(t => dayStart + t.ToTimeSpan() > clock.GetUtcNow()))
            {
                await Task.Delay(dayStart + at.ToTimeSpan() - clock.GetUtcNow(), clock, dayOver);
                done.Add((at, await folder.EstimateAsync(settings.Date, dayOver)));
            }
        }
        catch (OperationCanceledException) when (dayOver.IsCancellationRequested)
        {
        }

        return done;
    }

    /// <summary>The morning sweep of the chosen cities, worked on until it is published.</summary>
    private static async Task<ScrapeRun> SweepAsync(
        IServiceProvider services, IReadOnlyList<Core.Reference.City> cities, Settings settings, TimeProvider clock, TextWriter progress, CancellationToken cancellationToken)
    {
        var sweep = await services.GetRequiredService<SweepRequests>().QueueAsync(cities, settings.Date, 1, "simulation", "simulation", cancellationToken);
        await progress.WriteLineAsync($"{IndonesianClock.InZone(clock.GetUtcNow(), Core.Reference.IndonesianTimeZone.Wib):HH:mm} WIB: sweeping {sweep.ItemsTotal} cities at {settings.Budget} req/s");
        var swept = await WorkUntilEndedAsync(services, sweep.Id, clock, cancellationToken);
        await progress.WriteLineAsync($"{IndonesianClock.InZone(clock.GetUtcNow(), Core.Reference.IndonesianTimeZone.Wib):HH:mm:ss} WIB: swept, {swept.Status}");
        return swept.Status is RunStatus.Success or RunStatus.Partial
            ? swept
            : throw new InvalidOperationException($"The morning sweep failed: {swept.Error}");
    }

    /// <summary>
    /// The day's re-sweeps, each at its time (<c>Sweep:ResweepAt</c>, WIB) until the day is over, queued and worked as the
    /// worker does; the runs they made.
    /// </summary>
    private static async Task<IReadOnlyList<ScrapeRun>> ResweepAsync(
        IServiceProvider services, Settings settings, TimeProvider clock, TextWriter progress, CancellationToken dayOver)
    {
        var done = new List<ScrapeRun>();
        var schedule = services.GetRequiredService<IOptions<SweepScheduleOptions>>().Value;
        if (string.IsNullOrWhiteSpace(schedule.ResweepAt))
        {
            return done;
        }

        var requests = services.GetRequiredService<ResweepRequests>();
        var (_, dayEnd) = IndonesianClock.BusinessDayBounds(settings.Date);
        var cron = Cronos.CronExpression.Parse(schedule.ResweepAt);
        try
        {
            foreach (var at in cron.GetOccurrences(clock.GetUtcNow().UtcDateTime, dayEnd.UtcDateTime, IndonesianClock.WibTimeZone))
            {
                await Task.Delay(at - clock.GetUtcNow(), clock, dayOver);
                var slot = TimeOnly.FromTimeSpan(IndonesianClock.InZone(at, Core.Reference.IndonesianTimeZone.Wib).TimeOfDay);
                if (await requests.QueueAsync(settings.Date, "simulation", ResweepTrigger.For(slot), dayOver) is not { } run)
                {
                    continue;
                }

                var ended = await WorkUntilEndedAsync(services, run.Id, clock, dayOver);
                done.Add(ended);
                await progress.WriteLineAsync($"{slot:HH:mm} WIB: re-sweep of {ended.ItemsTotal} cities, {ended.Error}");
            }
        }
        catch (OperationCanceledException) when (dayOver.IsCancellationRequested)
        {
        }

        return done;
    }

    /// <summary>Works on queued runs, as a worker does, until the run <paramref name="runId"/> has ended; the ended run.</summary>
    private static async Task<ScrapeRun> WorkUntilEndedAsync(IServiceProvider services, string runId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var runs = services.GetRequiredService<IRunStore>();
        var processor = services.GetRequiredService<RunProcessor>();
        while (true)
        {
            var run = await runs.GetAsync(runId, cancellationToken) ?? throw new InvalidOperationException($"Run {runId} disappeared.");
            if (run.IsFinished)
            {
                return run;
            }

            if (!await processor.ProcessNextAsync("simulation", cancellationToken))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), clock, cancellationToken);
            }
        }
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

    /// <summary>
    /// A new guest session before another day, while the clock stands still, as <see cref="WarmUpAsync"/> made the
    /// first: the day before's guest token has expired, and a browser bootstrap on the running clock would let it race
    /// ahead while the browser works.
    /// </summary>
    private static async Task RenewGuestSessionAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var session = services.GetRequiredService<CineRadar.Scraper.Browser.IGuestSession>();
        session.Invalidate(await session.GetAsync(cancellationToken));
        await session.GetAsync(cancellationToken);
    }

    /// <summary>What the scraper made of the day: its morning sweep, its re-sweeps, its estimates, readings and schedules.</summary>
    private sealed record DayRecord(
        ScrapeRun Sweep,
        IReadOnlyList<ScrapeRun> Resweeps,
        DayEstimate Estimate,
        IReadOnlyList<SeatSampleSummary> Readings,
        IReadOnlyList<MovieSchedule> Schedules,
        IReadOnlyList<(TimeOnly At, DayEstimate Estimate)> Nowcasts);

    private static SimulationReport Compare(
        Settings settings, IReadOnlyList<DayShowtime> truth, DayRecord day, SamplingTally stats, long seatReads, TimeProvider clock, TimeSpan real)
    {
        var (sweep, estimate, readings) = (day.Sweep, day.Estimate, day.Readings);
        // Only shows whose every sample window opens after the sweep can be judged.
        var judged = settings.Start + SampleKinds.Default.Max(k => k.Opens);
        var swept = sweep.Cities.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var shows = truth.Where(t => t.Listed && swept.Contains(t.CityId) && t.StartsAt >= judged).ToList();
        var estimates = estimate.Showtimes.ToDictionary(e => e.ShowtimeId, StringComparer.Ordinal);
        var finals = readings.Where(r => r.Kind == SampleKinds.Final).Select(r => r.ShowtimeId).ToHashSet(StringComparer.Ordinal);

        // The design's estimate of any group of the judged shows: the read ones', and the unread ones' from their strata.
        var scheduled = SampledShowtime.From(day.Schedules).ToDictionary(s => s.ShowtimeId, StringComparer.Ordinal);
        GroupTotal TotalOf(IEnumerable<string> ids) => estimate.Totals.Of(ids.Select(scheduled.GetValueOrDefault).OfType<SampledShowtime>());
        var groups = new GroupComparer(shows, TotalOf);
        var movies = groups.By(s => (s.MovieId, s.MovieTitle));
        var cities = groups.By(s => (s.CityId, s.CityName));
        var chains = groups.By(s => ChainOf(s.Chain));
        var nowcasts = day.Nowcasts.Select(n => Nowcast(settings, shows, scheduled, n.At, n.Estimate)).ToList();

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
        var national = TotalOf(shows.Select(s => s.ShowTimeId));
        var estimatedTotal = (long)Math.Round(national.Admissions);
        var sweepRequests = sweep.Cities.Sum(c => c.Requests);
        return new SimulationReport(
            settings.Date,
            settings.Budget,
            SimulationChoices.NameOf(settings.Demand),
            SimulationChoices.NameOf(settings.Blocking),
            settings.Cap,
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
            movies.Take(10).MaxBy(m => Math.Abs(m.ErrorPct))?.ErrorPct ?? 0,
            movies,
            cities,
            chains,
            Coverage(movies, cities, chains),
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
            seatReads,
            sweepRequests,
            Math.Round((clock.GetUtcNow() - settings.Start).TotalHours, 2),
            Math.Round(real.TotalMinutes, 2),
            estimate.LateSalesGrowth.ToDictionary(g => g.Key, g => Math.Round(g.Value, 4)),
            IntradayChanges(settings, truth.Where(t => swept.Contains(t.CityId)).ToList(), day, finals, sweepRequests, stats.Withdrawn),
            (long)Math.Floor(national.AdmissionsLow),
            (long)Math.Ceiling(national.AdmissionsHigh),
            nowcasts);
    }

    /// <summary>The projection made at <paramref name="at"/> of the judged shows, held against their truth.</summary>
    private static NowcastReport Nowcast(
        Settings settings, IReadOnlyList<DayShowtime> shows, IReadOnlyDictionary<string, SampledShowtime> scheduled, TimeOnly at, DayEstimate estimate)
    {
        IEnumerable<SampledShowtime> Scheduled(IEnumerable<string> ids) => ids.Select(scheduled.GetValueOrDefault).OfType<SampledShowtime>();
        var groups = new GroupComparer(shows, ids => estimate.Projection.Of(Scheduled(ids)).Projected);
        var movies = groups.By(s => (s.MovieId, s.MovieTitle));
        var cities = groups.By(s => (s.CityId, s.CityName));
        var chains = groups.By(s => ChainOf(s.Chain));
        var (soFar, projected) = estimate.Projection.Of(Scheduled(shows.Select(s => s.ShowTimeId)));
        var instant = IndonesianClock.BusinessDayBounds(settings.Date).Start + at.ToTimeSpan();
        var trueTotal = shows.Sum(s => (long)s.FinalAdmissions);
        var estimated = (long)Math.Round(projected.Admissions);
        var (low, high) = ((long)Math.Floor(projected.AdmissionsLow), (long)Math.Ceiling(projected.AdmissionsHigh));
        return new NowcastReport(
            $"{at:HH:mm}",
            (long)Math.Round(soFar.Admissions),
            shows.Where(s => s.StartsAt <= instant).Sum(s => (long)s.FinalAdmissions),
            trueTotal,
            estimated,
            ErrorPct(estimated, trueTotal),
            low,
            high,
            trueTotal >= low && trueTotal <= high,
            Coverage(movies, cities, chains),
            movies.Take(10).MaxBy(m => Math.Abs(m.ErrorPct))?.ErrorPct ?? 0,
            chains);
    }

    private static IntervalCoverage Coverage(List<GroupComparison> movies, List<GroupComparison> cities, List<GroupComparison> chains) => new(
        Percent(movies.Count(m => m.InInterval) + cities.Count(c => c.InInterval) + chains.Count(c => c.InInterval), movies.Count + cities.Count + chains.Count),
        Percent(movies.Count(m => m.InInterval), movies.Count),
        Percent(cities.Count(c => c.InInterval), cities.Count),
        Percent(chains.Count(c => c.InInterval), chains.Count));

    /// <summary>What the sandbox changed during the day, what the re-sweeps saw of it and what they cost.</summary>
    private static IntradayReport IntradayChanges(
        Settings settings, IReadOnlyList<DayShowtime> truth, DayRecord day, IReadOnlySet<string> finals, int sweepRequests, int withdrawn)
    {
        var stored = day.Schedules.SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes)
            .DistinctBy(s => s.Id, StringComparer.Ordinal).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var sixPm = IndonesianClock.BusinessDayBounds(settings.Date).Start.AddHours(18);
        var added = truth.Where(t => t.AnnouncedAt is not null && t.Listed).ToList();
        var addedEarly = added.Where(t => t.AnnouncedAt < sixPm).ToList();
        var moved = truth.Where(t => t.MovedAt is not null).ToList();
        var cancelled = truth.Where(t => t.CancelledAt is not null).ToList();
        var costs = day.Resweeps.Select(r => r.Cities.Sum(c => c.Requests)).ToList();
        return new IntradayReport(
            settings.Changes,
            day.Resweeps.Count,
            added.Count,
            added.Count(t => stored.ContainsKey(t.ShowTimeId)),
            addedEarly.Count,
            Percent(addedEarly.Count(t => finals.Contains(t.ShowTimeId)), addedEarly.Count),
            addedEarly.Count(t => !stored.ContainsKey(t.ShowTimeId)),
            addedEarly.Count(t => stored.TryGetValue(t.ShowTimeId, out var s) && s.AddedAt > t.StartsAt - SampleKinds.Default.Single(k => k.Name == SampleKinds.Final).Opens),
            moved.Count,
            moved.Count(t => stored.TryGetValue(t.ShowTimeId, out var s) && s.StartsAt == t.StartsAt),
            cancelled.Count,
            cancelled.Count(t => stored.TryGetValue(t.ShowTimeId, out var s) && s.IsCancelled),
            withdrawn,
            costs.Sum(),
            costs.Count == 0 ? 0 : Percent(costs.Max(), sweepRequests),
            costs.Count == 0 ? 0 : Math.Round(costs.Average() * 100 / Math.Max(1, sweepRequests), 2),
            day.Resweeps.Select(r => new ResweepReport(r.Trigger, r.ItemsTotal, r.Cities.Sum(c => c.Requests), r.Cities.Sum(c => c.Added), r.Cities.Sum(c => c.Moved), r.Cities.Sum(c => c.Cancelled))).ToList());
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

    private static (string Key, string Name) ChainOf(string merchant)
    {
        var chain = Core.Reference.Chains.FromMerchant(merchant);
        return (chain.Key, chain.DisplayName);
    }

    internal static double ErrorPct(long estimated, long actual) => actual == 0 ? 0 : Math.Round((estimated - actual) * 100.0 / actual, 2);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(part * 100.0 / whole, 2);
}
