using Microsoft.Extensions.Options;
using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

internal sealed class FirestoreCatalogStore(FirestoreClient client, TimeProvider clock, IOptions<TixTimeOptions> tixTimes) : ICatalogStore
{
    private readonly ScheduleDocuments schedules = new(client, tixTimes.Value.DisplayTimeZone);

    public async Task PublishAsync(CatalogPublication publication, CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(publication);
        var date = publication.Date;
        var before = (await schedules.ReadDayAsync(date, cancellationToken)).ToDictionary(s => s.Movie.Id, StringComparer.Ordinal);
        var coveredIds = publication.Cities.Select(c => c.CityId).ToHashSet(StringComparer.Ordinal);
        var fresh = publication.Cities.SelectMany(CatalogAssembly.Listings).ToLookup(l => l.Movie.Id, StringComparer.Ordinal);
        bool Covered(CityListing listing) => coveredIds.Contains(listing.City.Id);

        var groups = new List<IReadOnlyList<DocumentWrite>>();
        var after = new List<MovieSchedule>();
        foreach (var movieId in before.Keys.Union(fresh.Select(g => g.Key), StringComparer.Ordinal))
        {
            var stored = before.GetValueOrDefault(movieId);
            var kept = stored?.Listings.Where(l => !Covered(l)) ?? [];
            var listings = kept.Concat(fresh[movieId]).ToList();
            if (listings.Count == 0)
            {
                groups.Add(ScheduleDocuments.Delete(stored!));
                continue;
            }

            var schedule = StoredSchedule.Assemble(date, listings);
            var changed = (stored?.Listings.Where(Covered) ?? []).Concat(fresh[movieId]).Select(l => l.City.Name).ToHashSet(StringComparer.Ordinal);
            groups.Add(ScheduleDocuments.Write(schedule, changed, stored, FirestoreTime.Now(clock)));
            after.Add(schedule);
        }

        groups.Add(await TheatreWritesAsync(publication, cancellationToken));
        groups.Add(await SnapshotWritesAsync(DailySnapshot.From(date, publication.ScrapedAt, after, publication.Source), cancellationToken));
        await client.CommitInBatchesAsync(groups.SelectMany(SplitLargeGroup), cancellationToken);
    }

    public async Task<IReadOnlyList<DateOnly>> GetDatesAsync(CancellationToken cancellationToken = default)
    {
        var dated = await client.QueryAsync(new FirestoreQuery(FirestoreLayout.Snapshots).Select("date").OrderBy("date", descending: true), cancellationToken);
        return dated.Where(d => d.Path != FirestoreLayout.LatestSnapshot)
            .Select(d => d.Fields.Date("date"))
            .OfType<DateOnly>()
            .Distinct()
            .ToList();
    }

    public async Task<DailySnapshot?> GetSnapshotAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        await ReadSnapshotAsync(FirestoreLayout.Snapshot(date), cancellationToken);

    public async Task<DailySnapshot?> GetLatestSnapshotAsync(CancellationToken cancellationToken = default) =>
        await ReadSnapshotAsync(FirestoreLayout.LatestSnapshot, cancellationToken);

    public async Task<MovieSchedule?> GetMovieScheduleAsync(DateOnly date, string movieId, CancellationToken cancellationToken = default) =>
        (await schedules.ReadAsync(date, movieId, cancellationToken))?.ToMovieSchedule();

    public async Task<IReadOnlyList<MovieSchedule>> GetSchedulesAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        (await schedules.ReadDayAsync(date, cancellationToken)).Select(s => s.ToMovieSchedule()).ToList();

    private async Task<DailySnapshot?> ReadSnapshotAsync(string path, CancellationToken cancellationToken) =>
        await client.GetAsync(path, cancellationToken) is { } document ? SnapshotDocuments.Read(document.Fields) : null;

    /// <summary>Upserts every theatre seen: room types unioned, first seen kept, last seen moved on; the location untouched.</summary>
    private async Task<IReadOnlyList<DocumentWrite>> TheatreWritesAsync(CatalogPublication publication, CancellationToken cancellationToken)
    {
        var seen = publication.Cities
            .SelectMany(c => c.Schedules)
            .SelectMany(s => s.Theatres)
            .GroupBy(t => t.TheatreId, StringComparer.Ordinal)
            .ToList();
        var stored = await client.GetManyAsync(seen.Select(g => FirestoreLayout.Theatre(g.Key)), cancellationToken);
        return seen.Select(group =>
        {
            var path = FirestoreLayout.Theatre(group.Key);
            var existing = stored.TryGetValue(path, out var document) ? TheatreDocuments.Read(document.Fields) : null;
            var fields = TheatreDocuments.PublishedFields(TheatreDocuments.Seen(group.ToList(), publication.ScrapedAt, existing), FirestoreTime.Now(clock));
            return existing is null
                ? DocumentWrite.Set(path, fields.Concat(TheatreDocuments.LocationFields(null)).ToDictionary())
                : DocumentWrite.Merge(path, fields, TheatreDocuments.PublishedFieldNames);
        }).ToList();
    }

    /// <summary>The date's snapshot, and <c>latest</c> unless a newer date is already there.</summary>
    private async Task<IReadOnlyList<DocumentWrite>> SnapshotWritesAsync(DailySnapshot snapshot, CancellationToken cancellationToken)
    {
        var fields = SnapshotDocuments.Write(snapshot);
        var latest = await client.GetAsync(FirestoreLayout.LatestSnapshot, cancellationToken);
        var moveLatest = latest?.Fields.Date("date") is not { } latestDate || latestDate <= snapshot.Date;
        return moveLatest
            ? [DocumentWrite.Set(FirestoreLayout.Snapshot(snapshot.Date), fields), DocumentWrite.Set(FirestoreLayout.LatestSnapshot, fields)]
            : [DocumentWrite.Set(FirestoreLayout.Snapshot(snapshot.Date), fields)];
    }

    // Theatre upserts are independent of each other; only a movie's document and its city sub-documents go together.
    private static IEnumerable<IReadOnlyList<DocumentWrite>> SplitLargeGroup(IReadOnlyList<DocumentWrite> group) =>
        group.Count <= FirestoreClient.MaxWritesPerCommit ? [group] : group.Chunk(FirestoreClient.MaxWritesPerCommit);
}
