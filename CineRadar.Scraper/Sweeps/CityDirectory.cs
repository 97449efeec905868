using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;

namespace CineRadar.Scraper.Sweeps;

/// <summary>
/// Resolves the cities of a sweep. Each sweep re-learns TIX's city list from what the app's city page loads: a city
/// CineRadar does not map yet is swept anyway (region "unassigned", WIB) and reported with an alert until someone maps
/// it; a table city TIX no longer lists is reported and not swept. When no city list can be learned (or one that
/// names under half the table's cities), the sweep goes on with the built-in table and an alert says why.
/// </summary>
public sealed class CityDirectory(IAlertStore alerts, ILogger<CityDirectory> logger)
{
    public const string NewCityAlert = "tix-new-city";
    public const string MissingCityAlert = "tix-city-missing";
    public const string CityListAlert = "tix-city-list-unlearned";
    private const string CityListSubject = "tix";

    /// <summary>The cities to sweep: those TIX lists now (known ones from CineRadar's table, new ones unmapped), or the table.</summary>
    public async Task<IReadOnlyList<City>> SyncAsync(ICatalogSource source, CancellationToken cancellationToken)
    {
        IReadOnlyList<TixCity> listed;
        try
        {
            listed = await source.GetCitiesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await FallBackAsync($"the city list could not be learned from the TIX app: {ex.Message}", cancellationToken);
        }

        var cities = new List<City>(listed.Count);
        var unmapped = new List<City>();
        foreach (var tixCity in listed)
        {
            var city = Cities.FindById(tixCity.Id) ?? Cities.FindByName(tixCity.Name);
            if (city is null)
            {
                city = Cities.Unmapped(tixCity.Id, tixCity.Name);
                unmapped.Add(city);
            }

            if (!cities.Contains(city))
            {
                cities.Add(city);
            }
        }

        var known = cities.Count - unmapped.Count;
        if (known * 2 < Cities.All.Count)
        {
            return await FallBackAsync(
                $"the city list the TIX app loaded names only {known} of the {Cities.All.Count} cities CineRadar knows", cancellationToken);
        }

        await alerts.ResolveAsync(CityListAlert, CityListSubject, cancellationToken);
        foreach (var city in unmapped)
        {
            logger.LogWarning("TIX lists a city CineRadar does not map: {City} ({CityId})", city.Name, city.Id);
            await alerts.RaiseAsync(NewCityAlert, city.Id, AlertSeverity.Warning,
                $"TIX lists {city.Name} ({city.Id}), which has no region yet; it is swept as unassigned (WIB) until mapped.",
                cancellationToken);
        }

        foreach (var missing in Cities.All.Where(c => !cities.Contains(c)))
        {
            logger.LogWarning("TIX no longer lists {City} ({CityId})", missing.Name, missing.Id);
            await alerts.RaiseAsync(MissingCityAlert, missing.Id, AlertSeverity.Warning,
                $"TIX's city list no longer has {missing.Name} ({missing.Id}); it is not swept while TIX does not list it.",
                cancellationToken);
        }

        return cities;
    }

    private async Task<IReadOnlyList<City>> FallBackAsync(string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Sweeping CineRadar's {Count} cities: {Reason}", Cities.All.Count, reason);
        await alerts.RaiseAsync(CityListAlert, CityListSubject, AlertSeverity.Warning,
            $"{reason}. The sweep uses CineRadar's table of {Cities.All.Count} cities, so new or dropped TIX cities go unnoticed.",
            cancellationToken);
        return Cities.All;
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
