namespace CineRadar.TixSandbox.Model;

/// <summary>A theatre's showtimes of one movie on one day, grouped by room category (TIX's <c>price_groups</c>).</summary>
internal sealed record TheatreSchedule(Theatre Theatre, IReadOnlyList<PriceGroup> PriceGroups);

internal sealed record PriceGroup(string Category, string PriceString, IReadOnlyList<Showtime> Showtimes);

/// <summary>Every showtime of one WIB business day, indexed the ways the API reads them.</summary>
internal sealed class DayCatalog(DateOnly date, IReadOnlyList<Showtime> showtimes, IReadOnlyDictionary<(string MovieId, string CityId), IReadOnlyList<TheatreSchedule>> schedules)
{
    private readonly Dictionary<string, Showtime> _byId = showtimes.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public DateOnly Date { get; } = date;

    public IReadOnlyList<Showtime> Showtimes { get; } = showtimes;

    /// <summary>Theatres (sorted by name) showing a movie (by schedule id) in a city.</summary>
    public IReadOnlyDictionary<(string MovieId, string CityId), IReadOnlyList<TheatreSchedule>> Schedules { get; } = schedules;

    public Showtime? Find(string showtimeId) => _byId.GetValueOrDefault(showtimeId);
}
