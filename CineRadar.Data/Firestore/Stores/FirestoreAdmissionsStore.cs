using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;

namespace CineRadar.Data.Firestore.Stores;

internal sealed class FirestoreAdmissionsStore(FirestoreClient client, TimeProvider clock) : IAdmissionsStore
{
    public async Task SaveAsync(
        DateOnly date,
        IReadOnlyCollection<ShowtimeEstimate> estimates,
        IReadOnlyCollection<DailyRollup> rollups,
        CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(date, estimates, rollups);

        var movieIds = estimates.Select(e => e.MovieId).Distinct(StringComparer.Ordinal).ToList();
        var storedByMovie = await Task.WhenAll(movieIds.Select(movieId => EstimatesAsync(date, movieId, cancellationToken)));
        var byShowtime = estimates.Concat(storedByMovie.SelectMany(e => e)).DistinctBy(e => e.ShowtimeId, StringComparer.Ordinal).ToList();

        var newRollups = rollups.Select(r => FirestoreLayout.Rollup(date, r.Dimension, r.Key)).ToHashSet(StringComparer.Ordinal);
        var oldRollups = await client.QueryAsync(new FirestoreQuery(FirestoreLayout.Rollups).WhereEqual("date", date).Select(), cancellationToken);
        var now = clock.GetUtcNow();

        var writes = estimates
            .Select(e => DocumentWrite.Set(FirestoreLayout.Estimate(date, e.ShowtimeId), AdmissionsDocuments.WriteEstimate(e)))
            .Concat(movieIds.Select(movieId =>
            {
                var path = FirestoreLayout.DailyAdmissions(date, movieId);
                return DocumentWrite.Set(path, AdmissionsDocuments.WriteMovieDay(path, byShowtime.Where(e => e.MovieId == movieId).ToList(), now));
            }))
            .Concat(oldRollups.Where(d => !newRollups.Contains(d.Path)).Select(d => DocumentWrite.Delete(d.Path)))
            .Concat(rollups.Select(r => DocumentWrite.Set(FirestoreLayout.Rollup(date, r.Dimension, r.Key), AdmissionsDocuments.WriteRollup(r))));
        await client.CommitInBatchesAsync(writes.Select(w => (IReadOnlyList<DocumentWrite>)[w]), cancellationToken);
    }

    public async Task<IReadOnlyList<ShowtimeEstimate>> GetEstimatesAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        (await client.QueryAsync(new FirestoreQuery(FirestoreLayout.Estimates).WhereEqual("date", date), cancellationToken))
            .Select(d => AdmissionsDocuments.ReadEstimate(d.Fields))
            .OrderBy(e => e.StartsAt)
            .ThenBy(e => e.ShowtimeId, StringComparer.Ordinal)
            .ToList();

    /// <summary>One movie's stored estimates of the date, to rebuild its <c>daily_admissions</c> document.</summary>
    private async Task<IEnumerable<ShowtimeEstimate>> EstimatesAsync(DateOnly date, string movieId, CancellationToken cancellationToken) =>
        (await client.QueryAsync(new FirestoreQuery(FirestoreLayout.Estimates).WhereEqual("date", date).WhereEqual("movie_id", movieId), cancellationToken))
            .Select(d => AdmissionsDocuments.ReadEstimate(d.Fields));

    public async Task<IReadOnlyList<DailyRollup>> GetRollupsAsync(DateOnly date, RollupDimension dimension, CancellationToken cancellationToken = default) =>
        (await client.QueryAsync(
            new FirestoreQuery(FirestoreLayout.Rollups).WhereEqual("date", date).WhereEqual("dimension", Words.Of(dimension)),
            cancellationToken))
            .Select(d => AdmissionsDocuments.ReadRollup(d.Fields))
            .OrderByDescending(r => r.Admissions)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

    public async Task<IReadOnlyList<DailyRollup>> GetHistoryAsync(
        RollupDimension dimension,
        string key,
        DateOnly from,
        DateOnly to,
        CancellationToken cancellationToken = default) =>
        (await client.QueryAsync(
            new FirestoreQuery(FirestoreLayout.Rollups)
                .WhereEqual("dimension", Words.Of(dimension))
                .WhereEqual("key", key)
                .WhereAtLeast("date", from)
                .WhereAtMost("date", to)
                .OrderBy("date"),
            cancellationToken))
            .Select(d => AdmissionsDocuments.ReadRollup(d.Fields))
            .ToList();
}
