using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Sweeps;

/// <summary>
/// Resolves the cities of a sweep. Each sweep re-syncs TIX's city list: a city CineRadar's table does not map is recorded
/// in the store and swept anyway, in the region and time zone an operator gave it, or until then unassigned and on WIB,
/// with an alert that stays until it is mapped.
/// </summary>
public sealed class CityDirectory(ICityStore added, IAlertStore alerts, TimeProvider clock, ILogger<CityDirectory> logger)
{
    public const string NewCityAlert = AddedCity.NewCityAlert;

    /// <summary>The cities TIX lists now: known ones from CineRadar's table, the others as recorded (and mapped) in the store.</summary>
    public async Task<IReadOnlyList<City>> SyncAsync(ICatalogSource source, CancellationToken cancellationToken)
    {
        var listed = await source.GetCitiesAsync(cancellationToken);
        var seenAt = clock.GetUtcNow();
        var cities = new List<City>(listed.Count);
        foreach (var tixCity in listed)
        {
            if ((Cities.FindById(tixCity.Id) ?? Cities.FindByName(tixCity.Name)) is { } known)
            {
                cities.Add(known);
                continue;
            }

            var recorded = await added.RecordSeenAsync(tixCity.Id, Cities.Unmapped(tixCity.Id, tixCity.Name).Name, seenAt, cancellationToken);
            var city = recorded.ToCity();
            cities.Add(city);
            if (recorded.Mapping is not null)
            {
                await alerts.ResolveAsync(NewCityAlert, city.Id, cancellationToken);
                continue;
            }

            logger.LogWarning("TIX lists a city CineRadar does not map: {City} ({CityId})", city.Name, city.Id);
            await alerts.RaiseAsync(NewCityAlert, city.Id, AlertSeverity.Warning,
                $"TIX lists {city.Name} ({city.Id}), which has no region or time zone yet: it is swept on WIB, in the unassigned region, "
                + "until an operator sets both on the Admin's Cities page.",
                cancellationToken);
        }

        return cities;
    }

    /// <summary>Cities named on a command line or in a request: by TIX id or by name, ignoring case.</summary>
    public static IReadOnlyList<City> Resolve(IEnumerable<string> namesOrIds)
    {
        var cities = new List<City>();
        foreach (var value in namesOrIds)
        {
            var city = Cities.FindById(value.Trim()) ?? Cities.FindByName(value)
                       ?? throw new ArgumentException($"'{value}' is not a TIX city (try a name such as JAKARTA or a TIX city id).");
            if (!cities.Contains(city))
            {
                cities.Add(city);
            }
        }

        return cities;
    }

    /// <summary>
    /// The city a run's item stands for: from the table, as recorded (and mapped) in the store, or as TIX named it when
    /// neither knows it.
    /// </summary>
    public async Task<City> ForItemAsync(string key, string label, CancellationToken cancellationToken) =>
        Cities.FindById(key) ?? (await added.GetAsync(key, cancellationToken))?.ToCity() ?? Cities.Unmapped(key, label);
}
