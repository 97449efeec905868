using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;

namespace CineRadar.Scraper.Sweeps;

/// <summary>
/// Resolves the cities of a sweep. Each sweep re-learns TIX's city list from what the app's city page loads: a city
/// CineRadar's table does not map is recorded in the store and swept anyway, in the region and time zone an operator
/// gave it, or until then unassigned and on WIB, with an alert that stays until it is mapped; a table city TIX no
/// longer lists is reported and not swept. When no city list can be learned (or one naming under half the table), the
/// sweep goes on with the table and the cities recorded before, and an alert says why.
/// </summary>
public sealed class CityDirectory(ICityStore added, IAlertStore alerts, TimeProvider clock, ILogger<CityDirectory> logger)
{
    public const string NewCityAlert = AddedCity.NewCityAlert;
    public const string MissingCityAlert = "tix-city-missing";

    /// <summary>How many alerts are read to find the active missing-city ones (active alerts come first).</summary>
    private const int ActiveAlertsRead = 500;
    public const string CityListAlert = "tix-city-list-unlearned";
    private const string CityListSubject = "tix";

    /// <summary>The cities TIX lists now: known ones from CineRadar's table, the others as recorded (and mapped) in the store.</summary>
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

        var known = listed.Select(c => Cities.FindById(c.Id) ?? Cities.FindByName(c.Name)).OfType<City>().Distinct().Count();
        if (known * 2 < Cities.All.Count)
        {
            return await FallBackAsync(
                $"the city list the TIX app loaded names only {known} of the {Cities.All.Count} cities CineRadar knows", cancellationToken);
        }

        await alerts.ResolveAsync(CityListAlert, CityListSubject, cancellationToken);
        var seenAt = clock.GetUtcNow();
        var cities = new List<City>(listed.Count);
        foreach (var tixCity in listed)
        {
            var city = Cities.FindById(tixCity.Id) ?? Cities.FindByName(tixCity.Name) ?? await RecordAsync(tixCity, seenAt, cancellationToken);
            if (!cities.Contains(city))
            {
                cities.Add(city);
            }
        }

        // A table city TIX lists again is no longer missing.
        var stillMissing = (await alerts.ListAsync(ActiveAlertsRead, cancellationToken))
            .Where(a => a.IsActive && a.Code == MissingCityAlert && cities.Any(c => c.Id == a.Subject));
        foreach (var back in stillMissing)
        {
            await alerts.ResolveAsync(MissingCityAlert, back.Subject, cancellationToken);
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

    /// <summary>A city the table does not know, recorded in the store; alerted while no operator has mapped it.</summary>
    private async Task<City> RecordAsync(TixCity tixCity, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        var recorded = await added.RecordSeenAsync(tixCity.Id, Cities.Unmapped(tixCity.Id, tixCity.Name).Name, seenAt, cancellationToken);
        var city = recorded.ToCity();
        if (recorded.Mapping is not null)
        {
            await alerts.ResolveAsync(NewCityAlert, city.Id, cancellationToken);
            return city;
        }

        logger.LogWarning("TIX lists a city CineRadar does not map: {City} ({CityId})", city.Name, city.Id);
        await alerts.RaiseAsync(NewCityAlert, city.Id, AlertSeverity.Warning,
            $"TIX lists {city.Name} ({city.Id}), which has no region or time zone yet: it is swept on WIB, in the unassigned region, "
            + "until an operator sets both on the Admin's Cities page.",
            cancellationToken);
        return city;
    }

    /// <summary>The table's cities and those TIX added before, as recorded: the sweep goes on without a city list.</summary>
    private async Task<IReadOnlyList<City>> FallBackAsync(string reason, CancellationToken cancellationToken)
    {
        var recorded = (await added.ListAsync(cancellationToken)).Select(c => c.ToCity()).Where(c => Cities.FindById(c.Id) is null);
        var cities = Cities.All.Concat(recorded).ToList();
        logger.LogWarning("Sweeping the {Count} cities CineRadar knows: {Reason}", cities.Count, reason);
        await alerts.RaiseAsync(CityListAlert, CityListSubject, AlertSeverity.Warning,
            $"{reason}. The sweep uses CineRadar's table of {Cities.All.Count} cities (and the cities TIX added before), so new or dropped TIX cities go unnoticed.",
            cancellationToken);
        return cities;
    }
}
