using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Views;

/// <summary>The published dates (newest first) and, per movie, the dates it has a schedule, built once per data version.</summary>
[ImmutableObject(true)]
internal sealed class MovieDates(IReadOnlyList<DateOnly> dates, IReadOnlyDictionary<string, IReadOnlyList<DateOnly>> perMovie)
{
    public IReadOnlyList<DateOnly> Dates { get; } = dates;

    public IReadOnlyList<DateOnly> Of(string movieId) => perMovie.GetValueOrDefault(movieId) ?? [];
}

internal sealed class MovieDateIndexes(ICatalogStore catalog, VersionedCache cache)
{
    /// <summary>How many of the newest dates are looked at for a movie's dates.</summary>
    public const int DatesLookedAt = 60;

    public ValueTask<MovieDates> GetAsync(CancellationToken cancellationToken) =>
        cache.ViewAsync("dates", BuildAsync, cancellationToken);

    private async ValueTask<MovieDates> BuildAsync(CancellationToken cancellationToken)
    {
        var dates = await catalog.GetDatesAsync(cancellationToken);
        var perMovie = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        foreach (var date in dates.Take(DatesLookedAt))
        {
            var snapshot = await catalog.GetSnapshotAsync(date, cancellationToken);
            foreach (var movie in snapshot?.Movies ?? [])
            {
                if (!perMovie.TryGetValue(movie.Movie.Id, out var list))
                {
                    perMovie[movie.Movie.Id] = list = [];
                }

                list.Add(date);
            }
        }

        return new MovieDates(dates, perMovie.ToDictionary(p => p.Key, p => (IReadOnlyList<DateOnly>)p.Value, StringComparer.Ordinal));
    }
}
