using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>seat_reads/{date}</c>: <c>design_used</c>, <c>visitor_used</c>, and while halted <c>halted_at</c> and
/// <c>halt_reason</c>; rewritten with a precondition on what was read, so a count is never lowered by a late writer.
/// </summary>
internal sealed class FirestoreSeatReadStore(FirestoreClient client) : ISeatReadStore
{
    public async Task<SeatReadDay> GetAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        Read(date, await client.GetAsync(FirestoreLayout.SeatReads(date), cancellationToken));

    public Task RecordUsedAsync(DateOnly date, long designUsed, long visitorUsed, CancellationToken cancellationToken = default) =>
        UpdateAsync(date, day => day.DesignUsed >= designUsed && day.VisitorUsed >= visitorUsed
            ? null
            : day with { DesignUsed = Math.Max(day.DesignUsed, designUsed), VisitorUsed = Math.Max(day.VisitorUsed, visitorUsed) },
            cancellationToken);

    public Task<bool> HaltAsync(DateOnly date, DateTimeOffset at, string reason, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(reason, "halt reason");
        return UpdateAsync(date, day => day.IsHalted ? null : day with { HaltedAt = FirestoreTime.Truncate(at), HaltReason = reason }, cancellationToken);
    }

    public Task<bool> ResumeAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        UpdateAsync(date, day => day.IsHalted ? day with { HaltedAt = null, HaltReason = null } : null, cancellationToken);

    /// <summary>Writes what <paramref name="change"/> makes of the stored day (null: nothing to write); true when written.</summary>
    private Task<bool> UpdateAsync(DateOnly date, Func<SeatReadDay, SeatReadDay?> change, CancellationToken cancellationToken)
    {
        var path = FirestoreLayout.SeatReads(date);
        return Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            if (change(Read(date, document)) is not { } changed)
            {
                return false;
            }

            var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["date"] = FirestoreTime.FormatDate(date),
                ["design_used"] = changed.DesignUsed,
                ["visitor_used"] = changed.VisitorUsed,
                ["halted_at"] = changed.HaltedAt,
                ["halt_reason"] = changed.HaltReason,
            };
            await client.CommitAsync([DocumentWrite.Set(path, fields).IfUnchanged(document)], cancellationToken);
            return true;
        });
    }

    private static SeatReadDay Read(DateOnly date, StoredDocument? document) => document is null
        ? SeatReadDay.Empty(date)
        : new SeatReadDay(
            date, document.Fields.Long("design_used") ?? 0, document.Fields.Long("visitor_used") ?? 0,
            document.Fields.Instant("halted_at"), document.Fields.String("halt_reason"));
}
