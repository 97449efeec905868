using CineRadar.Core.Sampling;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// Where each record lives. The original CineRadar's collections keep their paths (<c>snapshots</c>,
/// <c>schedules/{date}/movies</c>, <c>theatres</c>, <c>seat_snapshots</c>, <c>scraper_runs</c>, <c>auth_tokens</c>,
/// <c>daily_admissions/{date}/movies</c>); the rest are CineRadar's own. Ids from outside are escaped.
/// </summary>
internal static class FirestoreLayout
{
    public const string Snapshots = "snapshots";
    public const string LatestSnapshot = "snapshots/latest";
    public const string Theatres = "theatres";
    public const string SeatSamples = "seat_snapshots";
    public const string Runs = "scraper_runs";
    public const string Token = "auth_tokens/tix_jwt";
    public const string Estimates = "admissions_estimates";
    public const string Rollups = "daily_rollups";
    public const string Alerts = "alerts";
    public const string AuditLog = "audit_log";
    public const string ApiKeys = "api_keys";
    public const string DataVersion = "meta/data_version";
    public const string Leases = "leases";
    public const string AddedCities = "added_cities";
    public const string DataProtectionKeys = "data_protection_keys";
    public const string SignInFailures = "sign_in_failures";
    public const string ReadingRequests = "reading_requests";
    public const string SeatReadDays = "seat_reads";
    public const string ExportUses = "export_use";
    public const string WebhookSubscriptions = "webhook_subscriptions";
    public const string WebhookDeliveries = "webhook_deliveries";
    public const string WebhookKeyRing = "webhook_key_ring";

    public static string Snapshot(DateOnly date) => $"{Snapshots}/{Day(date)}";

    public static string ScheduleMovies(DateOnly date) => $"schedules/{Day(date)}/movies";

    public static string ScheduleMovie(DateOnly date, string movieId) => $"{ScheduleMovies(date)}/{DocumentId.Escape(movieId)}";

    /// <summary>A city moved out of a wide movie's schedule document to keep it under 1 MiB.</summary>
    public static string ScheduleCity(DateOnly date, string movieId, string cityName) =>
        $"{ScheduleMovie(date, movieId)}/cities/{DocumentId.Escape(cityName)}";

    public static string Theatre(string theatreId) => $"{Theatres}/{DocumentId.Escape(theatreId)}";

    public static string SeatSample(SeatSample sample) => $"{SeatSamples}/{DocumentId.Escape(sample.DocumentId)}";

    public static string Run(string runId) => $"{Runs}/{DocumentId.Escape(runId)}";

    public static string RunItems(string runId) => $"{Run(runId)}/items";

    public static string RunItem(string runId, string key) => $"{RunItems(runId)}/{DocumentId.Escape(key)}";

    public static string RunStaged(string runId) => $"{Run(runId)}/staged";

    /// <summary>A staged city result; its continuation parts (when near the size limit) are numbered from 1.</summary>
    public static string RunStagedPart(string runId, string key, DateOnly date, int part) =>
        $"{RunStaged(runId)}/{DocumentId.Escape($"{key}_{Day(date)}")}{(part == 0 ? "" : $"_part{part}")}";

    public static string DailyAdmissions(DateOnly date, string movieId) => $"daily_admissions/{Day(date)}/movies/{DocumentId.Escape(movieId)}";

    public static string Estimate(DateOnly date, string showtimeId) => $"{Estimates}/{DocumentId.Escape($"{Day(date)}_{showtimeId}")}";

    public static string Rollup(DateOnly date, RollupDimension dimension, string key) =>
        $"{Rollups}/{DocumentId.Escape($"{Day(date)}_{Words.Of(dimension)}_{key}")}";

    public static string Alert(string alertId) => $"{Alerts}/{DocumentId.Escape(alertId)}";

    public static string Audit(string entryId) => $"{AuditLog}/{DocumentId.Escape(entryId)}";

    public static string Lease(string name) => $"{Leases}/{DocumentId.Escape(name)}";

    public static string AddedCity(string cityId) => $"{AddedCities}/{DocumentId.Escape(cityId)}";

    public static string ApiKey(string keyId) => $"{ApiKeys}/{DocumentId.Escape(keyId)}";

    /// <summary>A key of the key ring kept in <paramref name="collection"/> (<see cref="DataProtectionKeys"/>, <see cref="WebhookKeyRing"/>).</summary>
    public static string KeyRingKey(string collection, string friendlyName) => $"{collection}/{DocumentId.Escape(friendlyName)}";

    public static string SignInFailure(string name) => $"{SignInFailures}/{DocumentId.Escape(name)}";

    public static string ReadingRequest(string showtimeId) => $"{ReadingRequests}/{DocumentId.Escape(showtimeId)}";
    public static string SeatReads(DateOnly date) => $"{SeatReadDays}/{Day(date)}";

    public static string ExportUse(DateOnly date) => $"{ExportUses}/{Day(date)}";

    public static string WebhookSubscription(string id) => $"{WebhookSubscriptions}/{DocumentId.Escape(id)}";

    public static string WebhookDelivery(string id) => $"{WebhookDeliveries}/{DocumentId.Escape(id)}";

    private static string Day(DateOnly date) => FirestoreTime.FormatDate(date);
}
