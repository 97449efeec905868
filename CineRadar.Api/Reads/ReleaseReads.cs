using CineRadar.Api.Caching;
using CineRadar.Api.Comparisons;
using CineRadar.Api.Validation;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Reads;

/// <summary>
/// Movies' releases to date, from the first day CineRadar saw each playing: one movie's days, the movies playing on a
/// date, and two movies' openings aligned on their day 1. Read from the stored daily rollups.
/// </summary>
internal sealed class ReleaseReads(VersionedCache cache, IAdmissionsStore admissions)
{
    /// <summary>How many movies' histories a page of the release list reads at once (one store query each).</summary>
    private const int HistoryReadsAtOnce = 8;

    public ValueTask<CachedJson<ReleaseToDate>> ReleaseToDateAsync(string movieId, DateOnly to, Paging paging, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("release-to-date", movieId, VersionedCache.Key(to), paging.Key),
            ct => ComputeReleaseToDateAsync(movieId, to, paging, ct),
            cancellationToken);

    private async ValueTask<Found<ReleaseToDate>> ComputeReleaseToDateAsync(string movieId, DateOnly to, Paging paging, CancellationToken cancellationToken)
    {
        if (await ReadAsync(movieId, to, cancellationToken) is not { } release)
        {
            return NotSeen<ReleaseToDate>(movieId, to);
        }

        var (days, page) = paging.Slice(release.Days);
        return new ReleaseToDate(release.Totals, page, days);
    }

    public ValueTask<CachedJson<ReleaseToDateList>> ListAsync(DateOnly date, Paging paging, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("releases", VersionedCache.Key(date), paging.Key),
            ct => ComputeListAsync(date, paging, ct),
            cancellationToken);

    private async ValueTask<Found<ReleaseToDateList>> ComputeListAsync(DateOnly date, Paging paging, CancellationToken cancellationToken)
    {
        var playing = (await admissions.GetRollupsAsync(date, RollupDimension.Movie, cancellationToken))
            .OrderByDescending(r => r.Admissions)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var (movies, page) = paging.Slice(playing);
        var releases = new Release?[movies.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, movies.Count),
            new ParallelOptions { MaxDegreeOfParallelism = HistoryReadsAtOnce, CancellationToken = cancellationToken },
            async (i, ct) => releases[i] = await ReadAsync(movies[i].Key, date, ct));
        return new ReleaseToDateList(date, page, [.. releases.OfType<Release>().Select(r => r.Totals)]);
    }

    public ValueTask<CachedJson<OpeningComparison>> OpeningsAsync(
        string first, string second, int length, DateOnly to, Paging paging, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("openings", first, second, length.ToString(System.Globalization.CultureInfo.InvariantCulture), VersionedCache.Key(to), paging.Key),
            ct => ComputeOpeningsAsync(first, second, length, to, paging, ct),
            cancellationToken);

    private async ValueTask<Found<OpeningComparison>> ComputeOpeningsAsync(
        string first, string second, int length, DateOnly to, Paging paging, CancellationToken cancellationToken)
    {
        if (await ReadAsync(first, to, cancellationToken) is not { } one)
        {
            return NotSeen<OpeningComparison>(first, to);
        }

        if (await ReadAsync(second, to, cancellationToken) is not { } other)
        {
            return NotSeen<OpeningComparison>(second, to);
        }

        var aligned = Enumerable.Range(1, length)
            .Select(day => new AlignedDay(day, one.Days.ElementAtOrDefault(day - 1), other.Days.ElementAtOrDefault(day - 1)))
            .ToList();
        var (days, page) = paging.Slice(aligned);
        return new OpeningComparison(to, length, Opening(one, length), Opening(other, length), page, days);
    }

    private static OpeningMovie Opening(Release release, int length)
    {
        var days = release.Days.Take(length).ToList();
        var totals = release.Totals;
        return new OpeningMovie(totals.MovieId, totals.Title, totals.FirstDay, days.Count, days[^1].CumulativeAdmissions, days[^1].CumulativeGrossRupiah);
    }

    /// <summary>A movie's release up to <paramref name="to"/>, from every rollup it has (however long ago its first day was).</summary>
    private async Task<Release?> ReadAsync(string movieId, DateOnly to, CancellationToken cancellationToken) =>
        Release.Of(movieId, new DailySeries(await admissions.GetHistoryAsync(RollupDimension.Movie, movieId, WibDates.First, to, cancellationToken)), to);

    private static Found<T> NotSeen<T>(string movieId, DateOnly to) where T : class =>
        Found<T>.NotFound(FormattableString.Invariant($"CineRadar has not seen movie {movieId} playing on or before {to:yyyy-MM-dd}."));
}
