using CineRadar.Scraper.Simulation;

namespace CineRadar.Scraper.Tests.Seats;

/// <summary>An evening of seat sampling on two cities against the sandbox, on a clock 300 times faster than real time.
/// Fast enough for the suite, slow enough that a loaded machine still meets every final window.</summary>
public sealed class SimulatedDayTests
{
    [Fact]
    public async Task EveningOfSamplingCoversEveryShowAndEstimatesItsAdmissions()
    {
        var settings = new DaySimulation.Settings(
            TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(7)) is var now ? DateOnly.FromDateTime(now.DateTime) : default,
            Budget: 2, Speed: 300, Seed: 20260110, Cities: ["BANDUNG", "JAYAPURA"], From: new TimeOnly(18, 0));
        using var progress = new StringWriter();

        var report = await DaySimulation.RunAsync(settings, progress, CancellationToken.None);

        Assert.Equal(2, report.Cities);
        Assert.True(report.Showtimes > 80, $"{report.Showtimes} showtimes judged");
        Assert.True(report.FinalCoveragePct >= 98, $"final coverage {report.FinalCoveragePct}%");
        Assert.InRange(report.AdmissionsErrorPct, -5, 5);
        // TIX shows blocked seats like sold ones; the estimate finds most of them from the room's other shows.
        Assert.InRange(report.BlockedSeatsEstimated, report.BlockedSeats / 2, report.BlockedSeats * 3 / 2);
        Assert.True(report.HouseLocks.Locked > 0, "the evening has locked houses");
        Assert.True(report.HouseLocks.DetectionRatePct >= 95, $"locks detected {report.HouseLocks.DetectionRatePct}%");
        Assert.Equal(0, report.HouseLocks.FalseAlarms);
        Assert.Equal(report.PlannedSamples, report.SamplesTaken + report.MissedByReason.Values.Sum() + report.SpareSkipped);
    }
}
