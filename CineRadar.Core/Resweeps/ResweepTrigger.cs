using CineRadar.Core.Runs;

namespace CineRadar.Core.Resweeps;

/// <summary>How a planned re-sweep is named: <c>resweep HH:mm</c>, its slot's WIB time. An operator's re-sweep has another trigger.</summary>
public static class ResweepTrigger
{
    public const string Prefix = "resweep";

    public static string For(TimeOnly slot) => $"{Prefix} {slot:HH\\:mm}";

    /// <summary>Whether a run is a planned re-sweep (held to its share of requests) rather than an operator's (whose cities are read whole).</summary>
    public static bool IsPlanned(ScrapeRun run) => run.Kind == RunKind.Resweep && run.Trigger.StartsWith(Prefix, StringComparison.Ordinal);
}
