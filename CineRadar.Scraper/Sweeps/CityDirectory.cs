using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Sweeps;

/// <summary>
/// Resolves the cities of a sweep. Each sweep re-syncs TIX's city list: a city CineRadar does not map yet is swept
/// anyway (region "unassigned", WIB) and reported with an alert until someone maps it.
/// </summary>
public sealed class CityDirectory(IAlertStore alerts, ILogger<CityDirectory> logger)
{
    public const string NewCityAlert = "tix-new-city";

    /// <summary>The cities TIX lists now, known ones from CineRadar's table and new ones unmapped.</summary>
    public async Task<IReadOnlyList<City>> SyncAsync(ICatalogSource source, CancellationToken cancellationToken)
    {
        var listed = await source.GetCitiesAsync(cancellationToken);
        var cities = new List<City>(listed.Count);
        foreach (var tixCity in listed)
        {
            if ((Cities.FindById(tixCity.Id) ?? Cities.FindByName(tixCity.Name)) is { } known)
            {
                cities.Add(known);
                continue;
            }

            var unmapped = Cities.Unmapped(tixCity.Id, tixCity.Name);
            cities.Add(unmapped);
            logger.LogWarning("TIX lists a city CineRadar does not map: {City} ({CityId})", unmapped.Name, unmapped.Id);
            await alerts.RaiseAsync(NewCityAlert, unmapped.Id, AlertSeverity.Warning,
                $"TIX lists {unmapped.Name} ({unmapped.Id}), which has no region yet; it is swept as unassigned (WIB) until mapped.",
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

    /// <summary>The city a run's item stands for: from the table, or as TIX named it when the table does not know it.</summary>
    public static City ForItem(string key, string label) => Cities.FindById(key) ?? Cities.Unmapped(key, label);
}
