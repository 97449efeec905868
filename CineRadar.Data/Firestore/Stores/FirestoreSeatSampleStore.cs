using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;

namespace CineRadar.Data.Firestore.Stores;

internal sealed class FirestoreSeatSampleStore(FirestoreClient client) : ISeatSampleStore
{
    public async Task UpsertAsync(IReadOnlyCollection<SeatSample> samples, CancellationToken cancellationToken = default)
    {
        foreach (var sample in samples)
        {
            StoreGuards.Check(sample);
        }

        await client.CommitInBatchesAsync(
            samples.Select(s => (IReadOnlyList<DocumentWrite>)[DocumentWrite.Set(FirestoreLayout.SeatSample(s), SeatSampleDocuments.Write(s))]),
            cancellationToken);
    }

    // A showtime has a handful of samples: sorting them here spares a composite index (showtime_id, scraped_at).
    public async Task<IReadOnlyList<SeatSample>> GetForShowtimeAsync(string showtimeId, CancellationToken cancellationToken = default) =>
        (await client.QueryAsync(new FirestoreQuery(FirestoreLayout.SeatSamples).WhereEqual("showtime_id", showtimeId), cancellationToken))
            .Select(d => SeatSampleDocuments.Read(d.Fields))
            .OrderBy(s => s.SampledAt)
            .ToList();

    public async Task<IReadOnlyList<SeatSampleSummary>> GetSummariesAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        (await client.QueryAsync(
            new FirestoreQuery(FirestoreLayout.SeatSamples).WhereEqual("date", date).Select(SeatSampleDocuments.SummaryFieldNames),
            cancellationToken))
            .Select(d => SeatSampleDocuments.ReadSummary(d.Fields))
            .OrderBy(s => s.SampledAt)
            .ToList();
}
