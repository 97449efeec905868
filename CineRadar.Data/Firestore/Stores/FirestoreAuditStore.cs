using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary><c>audit_log/{id}</c>: one document per entry, never changed.</summary>
internal sealed class FirestoreAuditStore(FirestoreClient client) : IAuditStore
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(entry.Id, "audit entry id");
        StoreGuards.Require(entry.Action, "audit entry action");
        await client.CommitAsync(
            [
                DocumentWrite.Set(FirestoreLayout.Audit(entry.Id), new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["id"] = entry.Id,
                    ["at"] = entry.At,
                    ["user"] = entry.User,
                    ["role"] = entry.Role,
                    ["action"] = entry.Action,
                    ["target"] = entry.Target,
                    ["detail"] = entry.Detail,
                }),
            ],
            cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        (await client.QueryAsync(new FirestoreQuery(FirestoreLayout.AuditLog).OrderBy("at", descending: true).Take(limit), cancellationToken))
            .Select(d => Read(d.Fields))
            .ToList();

    private static AuditEntry Read(FirestoreFields fields) => new(
        fields.Required("id"),
        fields.RequiredInstant("at"),
        fields.String("user") ?? "",
        fields.String("role") ?? "",
        fields.String("action") ?? "",
        fields.String("target") ?? "",
        fields.String("detail"));
}
