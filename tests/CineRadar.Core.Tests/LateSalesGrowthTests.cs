using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Tests;

public sealed class LateSalesGrowthTests
{
    private static readonly DateOnly Date = new(2026, 1, 11);
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-11T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static SeatSampleSummary Reading(string id, string kind, double minutesBefore, int unavailable) =>
        new(id, Date, kind, Start.AddMinutes(-minutesBefore), Start, "m1", "t1", "967969975509716992", "XXI", "REGULAR 2D", 200, 200 - unavailable, unavailable, false);

    private static ShowReadings Calibration(string id, int t40, int final, int close) =>
        ShowReadings.Usable([Reading(id, "t40", 40, t40), Reading(id, SampleKinds.Final, 10, final), Reading(id, SampleKinds.Close, 2, close)]);

    [Fact]
    public void ResamplesOfAlikeShowsAgreeAndOfUnlikeShowsSpreadAroundTheMeasure()
    {
        var alike = Enumerable.Range(0, 20).Select(i => Calibration($"a{i}", 40, 50, 58)).ToList();
        var unlike = Enumerable.Range(0, 20).Select(i => Calibration($"u{i}", 40, 50, i % 2 == 0 ? 52 : 64)).ToList();

        var alikeGrowth = LateSalesGrowth.Measure(alike)[SampleKinds.Final];
        Assert.All(LateSalesGrowth.Resample(alike, 50, 7), r => Assert.Equal(alikeGrowth, r[SampleKinds.Final], 9));

        var measured = LateSalesGrowth.Measure(unlike)[SampleKinds.Final];
        var resampled = LateSalesGrowth.Resample(unlike, 200, 7).Select(r => r[SampleKinds.Final]).ToList();
        Assert.Equal(measured, resampled.Average(), 2);
        Assert.True(resampled.Max() - resampled.Min() > 0.02);
        Assert.Equal(resampled, LateSalesGrowth.Resample(unlike, 200, 7).Select(r => r[SampleKinds.Final]));
    }

    [Fact]
    public void SingleShowsDifferFromTheGrowthAsMuchAsTheirCloseReadingsSay()
    {
        var alike = Enumerable.Range(0, 10).Select(i => Calibration($"a{i}", 40, 50, 58)).ToList();
        var unlike = Enumerable.Range(0, 10).Select(i => Calibration($"u{i}", 40, 50, i % 2 == 0 ? 52 : 64)).ToList();

        var alikeSpread = LateSalesSpread.Measure(alike, LateSalesGrowth.Measure(alike));
        var unlikeSpread = LateSalesSpread.Measure(unlike, LateSalesGrowth.Measure(unlike));

        Assert.Equal(0, alikeSpread[SampleKinds.Final], 9);
        Assert.True(unlikeSpread[SampleKinds.Final] > 0.5);
        Assert.True(unlikeSpread[SampleKinds.Close] < unlikeSpread[SampleKinds.Final]);
    }
}
