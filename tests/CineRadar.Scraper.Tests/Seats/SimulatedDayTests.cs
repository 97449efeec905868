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
        var report = await SimulateAsync();

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

    private static object Figures(SimulationReport report) => (
        report.PlannedSamples, report.SamplesTaken, report.SpareSkipped, report.FinalSamples, report.SeatRequests, report.SweepRequests,
        report.EstimatedAdmissions, report.BlockedSeatsEstimated, report.HouseLocks.Detected, report.SimulatedHours);

    private static async Task<SimulationReport> SimulateAsync()
    {
        var result = await CliProcess.RunAsync(CliBinary.Dev, new Dictionary<string, string>(), TimeSpan.FromMinutes(20), Evening);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonSerializer.Deserialize(result.Output, SimulationJsonContext.Default.SimulationReport)!;
    }
}
