using System.Text.Json;
using CineRadar.Tools.Simulation;
using CineRadar.Scraper.Tests.Support;

namespace CineRadar.Scraper.Tests.Seats;

/// <summary>
/// An evening of seat sampling on two cities against the sandbox, run by <c>cineradar-dev seats simulate-day</c> on its
/// virtual clock, which moves only while the scraper and the sandbox are idle: what the evening shows depends on the
/// code, never on how busy the machine is.
/// </summary>
public sealed class SimulatedDayTests
{
    private static readonly string[] Evening =
        ["seats", "simulate-day", "--date", "2026-11-25", "--budget", "2", "--seed", "20260110", "--city", "BANDUNG", "--city", "JAYAPURA", "--from", "18:00"];

    [Fact]
    public async Task EveningOfSamplingCoversEveryShowAndEstimatesItsAdmissions()
    {
        var report = await SimulateAsync(["--cap", "0"]);

        Assert.Equal((int?)0, report.DailyRequestCap);
        Assert.Equal(report.SamplesTaken, report.SeatReads);
        Assert.Equal(2, report.Cities);
        Assert.True(report.Showtimes > 80, $"{report.Showtimes} showtimes judged");
        Assert.Equal(100, report.FinalCoveragePct);
        Assert.Empty(report.MissedByReason);
        Assert.Equal(report.PlannedSamples, report.SamplesTaken + report.SpareSkipped);
        Assert.InRange(report.AdmissionsErrorPct, -5, 5);
        // TIX shows blocked seats like sold ones; the estimate finds most of them from the room's other shows.
        Assert.InRange(report.BlockedSeatsEstimated, report.BlockedSeats / 2, report.BlockedSeats * 3 / 2);
        Assert.True(report.HouseLocks.Locked > 0, "the evening has locked houses");
        Assert.True(report.HouseLocks.DetectionRatePct >= 95, $"locks detected {report.HouseLocks.DetectionRatePct}%");
        Assert.Equal(0, report.HouseLocks.FalseAlarms);
    }

    [Fact]
    public async Task TheSameEveningGivesTheSameFiguresEveryTime()
    {
        var first = await SimulateAsync();
        var second = await SimulateAsync();

        Assert.Equal(Figures(first), Figures(second));
    }

    [Fact]
    public async Task ALateRushEveningWithBlockingPerShowIsReportedAndKept()
    {
        var folder = Directory.CreateTempSubdirectory("cineradar-kept-day-").FullName;
        try
        {
            var report = await SimulateAsync(["--demand", "late-rush", "--blocking", "show", "--cap", "50000", "--keep", folder]);
            var truth = JsonSerializer.Deserialize(await File.ReadAllTextAsync(Path.Combine(folder, "truth.json")), SimulationJsonContext.Default.RecordedTruth)!;

            Assert.Equal(("late-rush", "show", (int?)50000), (report.Demand, report.Blocking, report.DailyRequestCap));
            Assert.Equal(100, report.FinalCoveragePct);
            // Much of a late rush comes after the final readings; the close readings, spread over the last minutes, show
            // the pace it ends at, and the interval reaches down for the blocked seats no rule can place.
            Assert.InRange(report.AdmissionsErrorPct, -5, 5);
            Assert.InRange(report.TrueAdmissions, report.AdmissionsLow, report.AdmissionsHigh);
            Assert.Equal(report.SamplesTaken, report.SeatReads);
            Assert.Equal(2, report.CityComparisons.Count);
            Assert.Equal(report.Movies.Sum(m => m.TrueAdmissions), report.CityComparisons.Sum(c => c.TrueAdmissions));
            Assert.Equal(report.Movies.Sum(m => m.TrueAdmissions), report.ChainComparisons.Sum(c => c.TrueAdmissions));
            Assert.All(report.ChainComparisons, c => Assert.True(c.Low <= c.High && c.High > 0));
            Assert.Equal(report.Movies.Take(10).Max(m => Math.Abs(m.ErrorPct)), Math.Abs(report.TopMoviesMaxErrorPct));
            Assert.True(File.Exists(Path.Combine(folder, "day.db")));
            Assert.Equal(("late-rush", "show"), (truth.Demand, truth.Blocking));
            Assert.Equal(report.TrueAdmissions, truth.Showtimes
                .Where(s => report.CityComparisons.Any(c => c.Key == s.CityId) && s.Listed && s.StartsAt >= new DateTimeOffset(2026, 11, 25, 14, 20, 0, TimeSpan.Zero))
                .Sum(s => (long)s.TrueAdmissions));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task APresaleHeavyEveningUnderATightCapIsEstimatedWithinItsInterval()
    {
        var report = await SimulateAsync(["--demand", "presale-weekend", "--cap", "300"]);

        // Fewer reads than shows: the design reads some shows of each stratum and estimates the others from them.
        Assert.Equal(("presale-weekend", (int?)300), (report.Demand, report.DailyRequestCap));
        Assert.InRange(report.SeatReads, 200, 300);
        Assert.True(report.FinalCoveragePct < 100, $"{report.FinalCoveragePct}% of shows had a final reading");
        Assert.InRange(report.AdmissionsErrorPct, -10, 10);
        Assert.InRange(report.TrueAdmissions, report.AdmissionsLow, report.AdmissionsHigh);
        Assert.True(report.AdmissionsHigh - report.AdmissionsLow < report.TrueAdmissions / 2, "the interval says something");
    }

    [Fact]
    public async Task ANegativeCapIsRefusedWithOneLine()
    {
        var result = await CliProcess.RunAsync(CliBinary.Dev, new Dictionary<string, string>(), TimeSpan.FromMinutes(3), [.. Evening, "--cap", "-1"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cineradar: --cap must be 0 (no cap) or a positive number.", result.Error.Trim());
        Assert.Empty(result.Output);
    }

    private static object Figures(SimulationReport report) => (
        report.PlannedSamples, report.SamplesTaken, report.SpareSkipped, report.FinalSamples, report.SeatRequests, report.SweepRequests,
        report.EstimatedAdmissions, report.BlockedSeatsEstimated, report.HouseLocks.Detected, report.SimulatedHours);

    private static async Task<SimulationReport> SimulateAsync(string[]? options = null)
    {
        var result = await CliProcess.RunAsync(CliBinary.Dev, new Dictionary<string, string>(), TimeSpan.FromMinutes(20), [.. Evening, .. options ?? []]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonSerializer.Deserialize(result.Output, SimulationJsonContext.Default.SimulationReport)!;
    }
}
