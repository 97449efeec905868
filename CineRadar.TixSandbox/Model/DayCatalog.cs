namespace CineRadar.TixSandbox.Model;

/// <summary>A theatre's showtimes of one movie on one day, grouped by room category (TIX's <c>price_groups</c>).</summary>
internal sealed record SandboxTheatreSchedule(SandboxTheatre Theatre, IReadOnlyList<PriceGroup> PriceGroups);

internal sealed record PriceGroup(string Category, string PriceString, IReadOnlyList<SandboxShowtime> Showtimes);

/// <summary>Every showtime of one WIB business day, indexed the ways the API reads them.</summary>
internal sealed class DayCatalog(DateOnly date, IReadOnlyList<SandboxShowtime> showtimes, IReadOnlyDictionary<(string MovieId, string CityId), IReadOnlyList<SandboxTheatreSchedule>> schedules)
{
    private readonly Dictionary<string, SandboxShowtime> _byId = showtimes.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public DateOnly Date { get; } = date;

    public IReadOnlyList<SandboxShowtime> Showtimes { get; } = showtimes;

    /// <summary>Theatres (sorted by name) showing a movie (by schedule id) in a city.</summary>
    public IReadOnlyDictionary<(string MovieId, string CityId), IReadOnlyList<SandboxTheatreSchedule>> Schedules { get; } = schedules;

    public SandboxShowtime? Find(string showtimeId) => _byId.GetValueOrDefault(showtimeId);
}
