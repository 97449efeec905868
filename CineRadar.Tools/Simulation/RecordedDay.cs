using System.Text.Json;
using CineRadar.Tools.Cli;
using CineRadar.TixSandbox;

namespace CineRadar.Tools.Simulation;

/// <summary>
/// A simulated day kept for judging estimators offline (<c>--keep</c>): the scraper's SQLite store (<c>day.db</c>) and
/// the sandbox's ground truth of every showtime of the day (<c>truth.json</c>).
/// </summary>
internal static class RecordedDay
{
    public const string StoreFile = "day.db";
    public const string TruthFile = "truth.json";

    public static async Task WriteTruthAsync(
        string folder, DaySimulation.Settings settings, long seed, IReadOnlyList<DayShowtime> truth, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var day = new RecordedTruth(
            settings.Date,
            seed,
            SimulationChoices.NameOf(settings.Demand),
            SimulationChoices.NameOf(settings.Blocking),
            [.. truth.Select(s => new ShowtimeTruthRecord(
                s.ShowTimeId, s.FinalAdmissions, s.Blocked, s.TotalSeats, s.HouseLockFrom is not null, s.CancelledAt is not null,
                s.Listed, s.MovieId, s.CityId, s.TheatreId, s.Chain, s.StartsAt))]);
        await using var file = File.Create(Path.Combine(folder, TruthFile));
        await JsonSerializer.SerializeAsync(file, day, SimulationJsonContext.Default.RecordedTruth, cancellationToken);
    }

    /// <summary>Copies the store into <paramref name="folder"/>; the SQLite pools must be cleared first, so the file is whole.</summary>
    public static void KeepStore(string store, string folder)
    {
        if (!File.Exists(store))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.Copy(store, Path.Combine(folder, StoreFile), overwrite: true);
    }
}

/// <summary>The ground truth of a simulated day: the sandbox's seed, sales model and seat blocking, and every showtime.</summary>
public sealed record RecordedTruth(DateOnly Date, long Seed, string Demand, string Blocking, IReadOnlyList<ShowtimeTruthRecord> Showtimes);

/// <summary>
/// One showtime's truth: admissions are the tickets sold at its start (0 when cancelled), blocked the seats blocked
/// without being sold; house-locked when TIX showed every seat unavailable before the start; listed false for a presale
/// movie's show, which is not on sale that day; the merchant names the chain.
/// </summary>
public sealed record ShowtimeTruthRecord(
    string Id,
    int TrueAdmissions,
    int TrueBlocked,
    int Capacity,
    bool HouseLocked,
    bool Cancelled,
    bool Listed,
    string MovieId,
    string CityId,
    string TheatreId,
    string Merchant,
    DateTimeOffset StartsAt);
