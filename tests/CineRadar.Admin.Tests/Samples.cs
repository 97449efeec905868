using CineRadar.Contracts;

namespace CineRadar.Admin.Tests;

/// <summary>Api answers for page tests, shaped as the Api writes them.</summary>
public static class Samples
{
    public static readonly DateOnly Today = new(2026, 1, 11);

    public static Overview Overview() => new(
        Today, Today.AddDays(-1), 443_000, 18_400_000_000, 23.1, 12_600, 480, 31, 83,
        new OverviewFigures(410_000, 17_000_000_000, 21.0, 12_000, 478, 30, 83, 401_000, 419_000, 16_600_000_000, 17_400_000_000),
        new OverviewChanges(8.0, 8.2, 10.0, 5.0, 0.4, null),
        431_000, 455_000, 17_900_000_000, 18_900_000_000);

    /// <summary>The day at 15:00: a third of it played, the rest projected.</summary>
    public static Nowcast Nowcast() => new(
        Today,
        Running: true,
        new DateTimeOffset(2026, 1, 11, 8, 0, 0, TimeSpan.Zero),
        new NowcastRow("national", "Indonesia", 151_000, 6_300_000_000, 443_000, 431_000, 455_000, 18_400_000_000, 17_900_000_000, 18_900_000_000),
        [new NowcastRow("m1", "Kereta Malam", 52_300, 2_200_000_000, 160_400, 151_000, 170_900, 6_700_000_000, 6_300_000_000, 7_100_000_000)],
        [new NowcastRow("0100", "JAKARTA", 40_000, 2_000_000_000, 120_000, 112_000, 128_000, 6_000_000_000, 5_600_000_000, 6_400_000_000)],
        [new NowcastRow("xxi", "Cinema XXI", 90_000, 3_800_000_000, 260_000, 250_000, 270_000, 10_800_000_000, 10_400_000_000, 11_200_000_000)]);

    public static Freshness Freshness(DateTimeOffset sweptAt, int citiesFailed) => new(
        42,
        new LastSweep("run-7", citiesFailed == 0 ? "success" : "partial", sweptAt, 83, citiesFailed),
        new LastSample(DateTimeOffset.UtcNow.AddMinutes(-1)),
        new Coverage(Today, 12_600, 6_000, 3_000, 47.6));

    public static Run Run(string id, string status, params RunItem[] items) => new(
        id, RunKinds.Schedules, status, Today, 1, AdminSite.OperatorName, "admin", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, null, null,
        items.Length, items.Count(i => i.Status is "ok" or "empty" or "failed"), items.Count(i => i.Status == "failed"), items);

    public static RunItem Item(string key, string label, string status, string? reason = null, int movies = 0) => new(
        key, label, status, null, null, 1, reason, movies, movies * 3, movies * 40, 12, status is "pending" or "claimed" ? null : DateTimeOffset.UtcNow, null);

    public static IReadOnlyList<CityDto> Cities() =>
    [
        new("0100", "JAKARTA", "jawa", "Jawa", "WIB", 90),
        new("0200", "BANDUNG", "jawa", "Jawa", "WIB", 30),
        new("0300", "DENPASAR", "bali", "Bali & NT", "WITA", 12),
    ];

    public static IReadOnlyList<RegionDto> Regions() =>
    [
        new("Jawa", "Jawa", -7.2, 110.0, 6, "#1d4ed8", 40),
        new("Sulawesi", "Sulawesi", -1.8, 120.5, 5.5, "#b45309", 12),
        new("BaliNusaTenggara", "Bali & NT", -8.6, 117.5, 6, "#0f766e", 8),
    ];

    /// <summary>A city TIX added: unmapped (unassigned, WIB) unless a region and zone are given.</summary>
    public static AddedCityDto AddedCity(string id, string name, (string Id, string Name, string Zone)? mapping = null) => new(
        id, name, mapping?.Id ?? "Unassigned", mapping?.Name ?? "Unassigned", mapping?.Zone ?? "WIB", mapping is not null,
        mapping is null ? null : AdminSite.OperatorName, mapping is null ? null : DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow);

    /// <summary>A key just created, with its secret, as the Api answers it.</summary>
    public static CreatedApiKey CreatedKey(string id, string name, string prefix, int requestsPerMinute, string secret) => new(
        new ApiKeyDto(id, name, prefix, "b2b", requestsPerMinute, AdminSite.OperatorName, DateTimeOffset.UtcNow, null, null), secret);

    public static TheatreDto Theatre(string id, string name, LocationDto? location = null) => new(
        id, name, "Jl. Sudirman 1", new ChainDto("XXI", "XXI", "#CFAB7A"), "0100", "JAKARTA", "Jawa", ["REGULAR 2D"], location,
        DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow);
}
