using CineRadar.Scraper.Seats;

namespace CineRadar.Tools.Simulation;

/// <summary>What sampling did, counted at one moment; <see cref="Since"/> gives what one simulated day of several did.</summary>
internal sealed record SamplingTally(
    int Planned, int Done, IReadOnlyDictionary<string, int> MissedByReason, int Skipped, int Withdrawn, int Requests)
{
    public static readonly SamplingTally None = new(0, 0, new Dictionary<string, int>(), 0, 0, 0);

    public static SamplingTally Of(SamplingStats stats) =>
        new(stats.Planned, stats.Done, stats.MissedByReason, stats.Skipped, stats.Withdrawn, stats.Requests);

    public SamplingTally Since(SamplingTally before) => new(
        Planned - before.Planned,
        Done - before.Done,
        MissedByReason
            .Select(m => (m.Key, Count: m.Value - before.MissedByReason.GetValueOrDefault(m.Key)))
            .Where(m => m.Count > 0)
            .ToDictionary(m => m.Key, m => m.Count, StringComparer.Ordinal),
        Skipped - before.Skipped,
        Withdrawn - before.Withdrawn,
        Requests - before.Requests);
}
