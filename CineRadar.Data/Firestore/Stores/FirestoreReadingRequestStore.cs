using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>reading_requests/{showtime id}</c>: <c>showtime_id</c>, <c>date</c>, <c>requested_at</c>, <c>status</c>,
/// <c>finished_at</c> and <c>note</c>, rewritten with a precondition on what was read so that visitors asking at once
/// make one request.
/// </summary>
internal sealed class FirestoreReadingRequestStore(FirestoreClient client, TimeProvider clock) : IReadingRequestStore
{
    public Task<bool> RequestAsync(string showtimeId, DateOnly date, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(showtimeId, "showtime id");
        var path = FirestoreLayout.ReadingRequest(showtimeId);
        return Optimistic.RunAsync(async () =>
        {
            var now = FirestoreTime.Now(clock);
            var document = await client.GetAsync(path, cancellationToken);
            if (document is not null && document.Fields.RequiredInstant("requested_at") >= now - interval)
            {
                return false;
            }

            var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["showtime_id"] = showtimeId,
                ["date"] = date,
                ["requested_at"] = now,
                ["status"] = ReadingRequestStatuses.Pending,
                ["finished_at"] = null,
                ["note"] = null,
            };
            await client.CommitAsync([DocumentWrite.Set(path, fields).IfUnchanged(document)], cancellationToken);
            return true;
        });
    }

    public async Task<IReadOnlyList<ReadingRequest>> ListPendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        // One equality filter and no order: served by Firestore's single-field index, no composite one to deploy.
        var documents = await client.QueryAsync(
            new FirestoreQuery(FirestoreLayout.ReadingRequests).WhereEqual("status", ReadingRequestStatuses.Pending).Take(limit),
            cancellationToken);
        return documents.Select(d => ToRequest(d.Fields))
            .OrderBy(r => r.RequestedAt)
            .ThenBy(r => r.ShowtimeId, StringComparer.Ordinal)
            .ToList();
    }

    public Task<bool> FinishAsync(ReadingRequest request, string status, string? note, CancellationToken cancellationToken = default)
    {
        StoreGuards.RequireReadingOutcome(status);
        var path = FirestoreLayout.ReadingRequest(request.ShowtimeId);
        return Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            if (document is null
                || document.Fields.String("status") != ReadingRequestStatuses.Pending
                || document.Fields.RequiredInstant("requested_at") != FirestoreTime.Truncate(request.RequestedAt))
            {
                return false;
            }

            var fields = new Dictionary<string, object?>(document.Fields.Values, StringComparer.Ordinal)
            {
                ["status"] = status,
                ["finished_at"] = FirestoreTime.Now(clock),
                ["note"] = note,
            };
            await client.CommitAsync([DocumentWrite.Set(path, fields).IfUnchanged(document)], cancellationToken);
            return true;
        });
    }

    private static ReadingRequest ToRequest(FirestoreFields fields) => new(
        fields.Required("showtime_id"),
        fields.RequiredDate("date"),
        fields.RequiredInstant("requested_at"),
        fields.Required("status"),
        fields.Instant("finished_at"),
        fields.String("note"));
}
