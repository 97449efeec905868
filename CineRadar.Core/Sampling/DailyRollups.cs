using CineRadar.Core.Reference;

namespace CineRadar.Core.Sampling;

/// <summary>Rolls a day's showtime estimates up per movie, theatre, city, region and chain.</summary>
public static class DailyRollups
{
    /// <param name="cities">Where each city's region is looked up; the table of cities alone when omitted.</param>
    public static IReadOnlyList<DailyRollup> From(
        DateOnly date,
        IReadOnlyList<SampledShowtime> showtimes,
        IReadOnlyList<ShowtimeEstimate> estimates,
        DateTimeOffset now,
        KnownCities? cities = null)
    {
        cities ??= KnownCities.Table;
        var rollups = new List<DailyRollup>();
        Add(RollupDimension.Movie, s => (s.MovieId, s.MovieTitle), e => e.MovieId);
        Add(RollupDimension.Theatre, s => (s.TheatreId, s.TheatreName), e => e.TheatreId);
        Add(RollupDimension.City, s => (s.CityId, s.CityName), e => e.CityId);
        Add(RollupDimension.Region, s => Region(cities, s.CityId), e => Region(cities, e.CityId).Key);
        Add(RollupDimension.Chain, s => Chain(s.Merchant), e => Chain(e.Merchant).Key);
        return rollups;

        void Add(RollupDimension dimension, Func<SampledShowtime, (string Key, string Name)> showtimeKey, Func<ShowtimeEstimate, string> estimateKey)
        {
            var byKey = estimates.ToLookup(estimateKey, StringComparer.Ordinal);
            foreach (var group in showtimes.GroupBy(showtimeKey))
            {
                var estimated = byKey[group.Key.Key].ToList();
                rollups.Add(new DailyRollup(
                    date,
                    dimension,
                    group.Key.Key,
                    group.Key.Name,
                    estimated.Sum(e => (long)e.Admissions),
                    estimated.Sum(e => e.EstimatedGrossRupiah),
                    estimated.Sum(e => (long)e.Capacity),
                    group.Count(),
                    estimated.Count,
                    now,
                    estimated.Sum(e => (long)e.AdmissionsLow),
                    estimated.Sum(e => (long)e.AdmissionsHigh),
                    estimated.Sum(e => e.GrossLowRupiah),
                    estimated.Sum(e => e.GrossHighRupiah)));
            }
        }
    }

    private static (string Key, string Name) Region(KnownCities cities, string cityId)
    {
        var region = cities.RegionOf(cityId);
        return (region.Id.ToString(), region.Name);
    }

    private static (string Key, string Name) Chain(string merchant)
    {
        var chain = Chains.FromMerchant(merchant);
        return (chain.Key, chain.DisplayName);
    }
}
