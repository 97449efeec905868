using CineRadar.Core.Reference;

namespace CineRadar.Core.Stores;

/// <summary>
/// The cities TIX lists beyond CineRadar's table (<see cref="Cities.All"/>): recorded by the scraper as it sees them,
/// mapped to a region and time zone by an operator.
/// </summary>
public interface ICityStore
{
    /// <summary>
    /// Records that TIX lists the city: added when first seen, its name and last sighting updated after. Returns it as
    /// stored, with its mapping when an operator has set one.
    /// </summary>
    Task<AddedCity> RecordSeenAsync(string id, string name, DateTimeOffset seenAt, CancellationToken cancellationToken = default);

    Task<AddedCity?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every recorded city, by name.</summary>
    Task<IReadOnlyList<AddedCity>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets a recorded city's region and time zone (replacing an earlier mapping); false when no such city is recorded.</summary>
    Task<bool> MapAsync(string id, CityMapping mapping, CancellationToken cancellationToken = default);
}
