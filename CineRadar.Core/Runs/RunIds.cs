using System.Globalization;

namespace CineRadar.Core.Runs;

public static class RunIds
{
    /// <summary>
    /// A new run id: its queue time in UTC, its kind and a random suffix, e.g. <c>2026-01-10T23-35-02_schedules_4f9c</c>
    /// (the original's <c>scraper_runs</c> id shape, made unique for runs queued in the same second).
    /// </summary>
    public static string New(DateTimeOffset queuedAt, RunKind kind) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{queuedAt.UtcDateTime:yyyy-MM-ddTHH-mm-ss}_{kind.ToString().ToLowerInvariant()}_{Guid.NewGuid().ToString("N")[..6]}");
}
