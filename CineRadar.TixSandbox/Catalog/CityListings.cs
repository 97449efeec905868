using System.Collections.Concurrent;
using CineRadar.Core.Time;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Catalog;

/// <summary>A movie as a city's listing shows it, with the chains that play it there.</summary>
internal sealed record CityMovie(SandboxMovie Movie, IReadOnlyList<SandboxChain> Chains);

/// <summary>
/// The movies a city lists: those with showtimes there today, and presale movies with showtimes there on a presale
/// day; most popular first, presale movies last. Only shows listed at the instant count (an added show once announced,
/// a cancelled one until cancelled). Kept per (WIB date, city, shows that entered or left the listings so far).
/// </summary>
internal sealed class CityListings(CatalogStore store)
{
    private readonly ConcurrentDictionary<(DateOnly Today, string CityId, int ListingChanges), IReadOnlyList<CityMovie>> _cache = new();

    public IReadOnlyList<CityMovie> For(string cityId, DateTimeOffset now)
    {
        if (_cache.Count > 2_000)
        {
            _cache.Clear();
        }

        var listingChanges = store.DatesOnSale(now).Sum(date => store.Day(date).ListingChangesBy(now));
        return _cache.GetOrAdd((IndonesianClock.BusinessDate(now), cityId, listingChanges), _ => Build(cityId, now));
    }

    private List<CityMovie> Build(string cityId, DateTimeOffset now)
    {
        var days = store.DatesOnSale(now).Select(store.Day).ToList();
        var listing = new List<CityMovie>();
        foreach (var movie in store.World.Movies.OrderBy(m => m.Presale).ThenBy(m => m.Index))
        {
            var chains = days
                .Where(day => store.IsListed(movie, day.Date, now))
                .SelectMany(day => day.ListingAt(movie.ScheduleId, cityId, now))
                .Select(schedule => schedule.Theatre.Chain)
                .Distinct()
                .OrderBy(chain => SandboxChain.All.IndexOf(chain))
                .ToList();
            if (chains.Count > 0)
            {
                listing.Add(new CityMovie(movie, chains));
            }
        }

        return listing;
    }
}
