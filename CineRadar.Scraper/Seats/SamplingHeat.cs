using CineRadar.Core.Sampling;
using CineRadar.Core.Sampling.Design;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// How the sampling design shares its reads among strata: by the admissions a show of the stratum is expected to have,
/// from today's estimates so far (a stratum with a few read shows, else its movie), else the movie's shows yesterday,
/// else all alike. The square root is taken: reads shared by expected admissions serve the national total best, shared
/// evenly they serve each movie alike; the square root keeps the big movies precise without starving the rest.
/// </summary>
public sealed class SamplingHeat(IAdmissionsStore admissions, RollupFolder folder)
{
    private const int EnoughShows = 3;

    public async Task<Func<Stratum, double>> ForAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var today = folder.Latest(date)?.Showtimes ?? [];
        var byStratum = today
            .GroupBy(e => Stratum.Of(e.MovieId, e.Merchant, e.DisplayTime))
            .Where(g => g.Count() >= EnoughShows)
            .ToDictionary(g => g.Key, g => g.Average(e => (double)e.Admissions));
        var byMovie = today
            .GroupBy(e => e.MovieId, StringComparer.Ordinal)
            .Where(g => g.Count() >= EnoughShows)
            .ToDictionary(g => g.Key, g => g.Average(e => (double)e.Admissions), StringComparer.Ordinal);
        var yesterday = (await admissions.GetRollupsAsync(date.AddDays(-1), RollupDimension.Movie, cancellationToken))
            .Where(r => r.Showtimes > 0)
            .ToDictionary(r => r.Key, r => (double)r.Admissions / r.Showtimes, StringComparer.Ordinal);
        return stratum => Math.Sqrt(1 + (byStratum.TryGetValue(stratum, out var own) ? own
            : byMovie.TryGetValue(stratum.MovieId, out var movie) ? movie
            : yesterday.GetValueOrDefault(stratum.MovieId)));
    }
}
