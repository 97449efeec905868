using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Views;

/// <summary>Every theatre the store knows, by id and per city, built once per data version.</summary>
[ImmutableObject(true)]
internal sealed class TheatreIndex(IReadOnlyList<Theatre> all, KnownCities cities)
{
    private readonly Dictionary<string, Theatre> _byId = all.ToDictionary(t => t.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _perCity = all.GroupBy(t => t.CityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public IReadOnlyList<Theatre> All { get; } = all;

    /// <summary>Where a theatre's region is looked up.</summary>
    public KnownCities Cities { get; } = cities;

    public Theatre? Find(string theatreId) => _byId.GetValueOrDefault(theatreId);

    public int CountIn(string cityId) => _perCity.GetValueOrDefault(cityId);

    public bool HasCity(string cityId) => _perCity.ContainsKey(cityId);

    /// <summary>
    /// The stored theatre of a schedule entry; a theatre the store has not recorded yet is described from the schedule
    /// itself, seen when the day was scraped.
    /// </summary>
    public Theatre For(TheatreSchedule schedule, DateTimeOffset seenAt) =>
        Find(schedule.TheatreId) ?? new Theatre(
            schedule.TheatreId, schedule.TheatreName, schedule.Address, schedule.Merchant, schedule.CityId, schedule.CityName,
            schedule.Rooms.Select(r => r.Category).Distinct(StringComparer.Ordinal).ToList(), seenAt, seenAt, null);
}

internal sealed class TheatreIndexes(ITheatreStore theatres, CityIndexes cities, VersionedCache cache)
{
    public ValueTask<TheatreIndex> GetAsync(CancellationToken cancellationToken) =>
        cache.ViewAsync("theatres", async ct => new TheatreIndex(await theatres.GetAllAsync(ct), await cities.GetAsync(ct)), cancellationToken);
}
