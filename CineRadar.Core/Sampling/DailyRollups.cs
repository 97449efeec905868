using CineRadar.Core.Reference;
using CineRadar.Core.Sampling.Nowcast;

namespace CineRadar.Core.Sampling;

/// <summary>Rolls a day's estimates up per movie, theatre, city, region and chain.</summary>
public static class DailyRollups
{
    public const string NationalKey = "national";

    /// <param name="showtimes">Every scheduled showtime of the day (counted in each rollup's showtimes).</param>
    /// <param name="projection">The day's estimates under the sampling design, read shows and unread ones, so far and projected.</param>
    /// <param name="cities">Where each city's region is looked up; the table of cities alone when omitted.</param>
    public static IReadOnlyList<DailyRollup> From(
        DateOnly date,
        IReadOnlyList<SampledShowtime> showtimes,
        DayProjection projection,
        DateTimeOffset now,
        KnownCities? cities = null)
    {
        cities ??= KnownCities.Table;
        var rollups = new List<DailyRollup>();
        Add(RollupDimension.Movie, s => (s.MovieId, s.MovieTitle));
        Add(RollupDimension.Theatre, s => (s.TheatreId, s.TheatreName));
        Add(RollupDimension.City, s => (s.CityId, s.CityName));
        Add(RollupDimension.Region, s => Region(cities, s.CityId));
        Add(RollupDimension.Chain, s => Chain(s.Merchant));
        Add(RollupDimension.National, _ => (NationalKey, "Indonesia"));
        return rollups;

        void Add(RollupDimension dimension, Func<SampledShowtime, (string Key, string Name)> key)
        {
            foreach (var group in showtimes.GroupBy(key))
            {
                var (soFar, total) = projection.Of(group);
                rollups.Add(new DailyRollup(
                    date,
                    dimension,
                    group.Key.Key,
                    group.Key.Name,
                    (long)Math.Round(total.Admissions),
                    (long)Math.Round(total.Gross),
                    (long)Math.Round(total.Capacity),
                    group.Count(),
                    total.Read,
                    now,
                    (long)Math.Floor(total.AdmissionsLow),
                    (long)Math.Ceiling(total.AdmissionsHigh),
                    (long)Math.Floor(total.GrossLow),
                    (long)Math.Ceiling(total.GrossHigh),
                    (long)Math.Round(soFar.Admissions),
                    (long)Math.Round(soFar.Gross)));
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
