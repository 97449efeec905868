using System.Collections.Concurrent;
using System.Globalization;
using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Budget;
using CineRadar.Scraper.Publishing;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Geocoding;

/// <summary>
/// Finds coordinates for theatres that have none, by name, address and city, at Nominatim's one request per second.
/// A result that is not in the theatre's city is rejected; a manual location set by an operator is never replaced
/// (the store refuses it). Answers, found or not, are cached for the process. Each location written is announced like
/// any other write, so the map shows it on the next read.
/// </summary>
public sealed class TheatreGeocoder(
    INominatimApi nominatim,
    ITheatreStore theatres,
    DataChangeAnnouncer changes,
    IOptions<GeocoderOptions> options,
    TimeProvider clock,
    ILogger<TheatreGeocoder> logger)
{
    // Cities whose TIX name is not the name maps give them.
    private static readonly Dictionary<string, string> CityAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SOLO"] = "Surakarta",
        ["LAMPUNG"] = "Bandar Lampung",
        ["BALI"] = "Bali",
    };

    private readonly ConcurrentDictionary<string, NominatimPlace?> _cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly LocalRequestBudget _budget = new(options.Value.RequestsPerSecond, clock);

    /// <summary>Geocodes every theatre without a location; returns how many got one.</summary>
    public async Task<int> GeocodeMissingAsync(CancellationToken cancellationToken)
    {
        var located = 0;
        foreach (var theatre in (await theatres.GetAllAsync(cancellationToken)).Where(t => t.Location is null))
        {
            if (await FindAsync(theatre, cancellationToken) is { } location
                && await theatres.SetLocationAsync(theatre.Id, location, cancellationToken))
            {
                await changes.AnnounceAsync(cancellationToken);
                located++;
            }
        }

        return located;
    }

    public async Task<TheatreLocation?> FindAsync(Theatre theatre, CancellationToken cancellationToken)
    {
        foreach (var query in Queries(theatre))
        {
            var place = await SearchAsync(query, cancellationToken);
            if (place is null)
            {
                continue;
            }

            if (!IsInCity(place, theatre.CityName))
            {
                logger.LogInformation("Geocoder answer for {Theatre} is outside {City}: {Place}", theatre.Name, theatre.CityName, place.DisplayName);
                continue;
            }

            if (double.TryParse(place.Lat, CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(place.Lon, CultureInfo.InvariantCulture, out var lon))
            {
                var location = new TheatreLocation(lat, lon, LocationSource.Geocoder, place.PlaceId is { } id ? $"osm:{id}" : null, clock.GetUtcNow());
                if (location.IsValid)
                {
                    return location;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Queries(Theatre theatre)
    {
        var city = CityAliases.GetValueOrDefault(theatre.CityName, theatre.CityName);
        if (!string.IsNullOrWhiteSpace(theatre.Address))
        {
            yield return $"{theatre.Name}, {theatre.Address}, {city}, Indonesia";
        }

        yield return $"{theatre.Name}, {city}, Indonesia";
    }

    private async Task<NominatimPlace?> SearchAsync(string query, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(query, out var cached))
        {
            return cached;
        }

        await _budget.WaitAsync(cancellationToken);
        try
        {
            var places = await nominatim.SearchAsync(query, cancellationToken);
            return _cache[query] = places.FirstOrDefault();
        }
        catch (Exception ex) when (ex is HttpRequestException or Refit.ApiException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Geocoder failed for {Query}: {Error}", query, ex.Message);
            return null;
        }
    }

    private static bool IsInCity(NominatimPlace place, string cityName)
    {
        var city = CityAliases.GetValueOrDefault(cityName, cityName);
        var fields = (place.Address?.Values ?? Enumerable.Empty<string>()).Append(place.DisplayName ?? "");
        return fields.Any(f => f.Contains(city, StringComparison.OrdinalIgnoreCase));
    }
}
