using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>export_use/{date}</c>: <c>date</c> and <c>keys</c>, a map of key id to <c>{ exports, rows }</c>; rewritten with a
/// precondition on what was read, so replicas counting at once never pass a key's limit. One document a day answers
/// the day's use without a query.
/// </summary>
internal sealed class FirestoreExportUseStore(FirestoreClient client) : IExportUseStore
{
    public Task<bool> TryCountExportAsync(string keyId, DateOnly date, int limit, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(keyId, "key id");
        return UpdateAsync(date, keyId, use => use.Exports < limit ? use with { Exports = use.Exports + 1 } : null, cancellationToken);
    }

    public async Task AddRowsAsync(string keyId, DateOnly date, long rows, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(keyId, "key id");
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        await UpdateAsync(date, keyId, use => use with { Rows = use.Rows + rows }, cancellationToken);
    }

    public async Task<IReadOnlyList<ExportUse>> GetDayAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        [.. Read(date, await client.GetAsync(FirestoreLayout.ExportUse(date), cancellationToken)).Values.OrderBy(u => u.KeyId, StringComparer.Ordinal)];

    /// <summary>Writes what <paramref name="change"/> makes of the key's use (null: nothing to write); true when written.</summary>
    private Task<bool> UpdateAsync(DateOnly date, string keyId, Func<ExportUse, ExportUse?> change, CancellationToken cancellationToken)
    {
        var path = FirestoreLayout.ExportUse(date);
        return Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            var uses = Read(date, document);
            if (change(uses.GetValueOrDefault(keyId) ?? new ExportUse(keyId, date, 0, 0)) is not { } changed)
            {
                return false;
            }

            uses[keyId] = changed;
            var keys = uses.Values.ToDictionary(
                u => u.KeyId,
                u => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["exports"] = (long)u.Exports, ["rows"] = u.Rows },
                StringComparer.Ordinal);
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal) { ["date"] = FirestoreTime.FormatDate(date), ["keys"] = keys };
            await client.CommitAsync([DocumentWrite.Set(path, fields).IfUnchanged(document)], cancellationToken);
            return true;
        });
    }

    private static Dictionary<string, ExportUse> Read(DateOnly date, StoredDocument? document)
    {
        var keys = document?.Fields.Map("keys") ?? FirestoreFields.Empty;
        return keys.Values.Keys.ToDictionary(
            id => id,
            id => new ExportUse(id, date, keys.Map(id).Int("exports"), keys.Map(id).Long("rows") ?? 0),
            StringComparer.Ordinal);
    }
}
