using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary><c>api_keys/{id}</c>, found by <c>secret_hash</c>; the secret itself is never stored.</summary>
internal sealed class FirestoreApiKeyStore(FirestoreClient client) : IApiKeyStore
{
    public async Task CreateAsync(ApiKey key, CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(key);
        try
        {
            await client.CommitAsync([DocumentWrite.Set(FirestoreLayout.ApiKey(key.Id), Write(key)).IfMissing()], cancellationToken);
        }
        catch (FirestoreConflictException ex)
        {
            throw new InvalidOperationException($"An API key with id {key.Id} already exists.", ex);
        }
    }

    public async Task<ApiKey?> FindBySecretHashAsync(string secretHash, CancellationToken cancellationToken = default) =>
        (await client.QueryAsync(new FirestoreQuery(FirestoreLayout.ApiKeys).WhereEqual("secret_hash", secretHash).Take(1), cancellationToken))
            .Select(d => Read(d.Fields))
            .FirstOrDefault();

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        (await client.ListAsync(FirestoreLayout.ApiKeys, cancellationToken))
            .Select(d => Read(d.Fields))
            .OrderBy(k => k.CreatedAt)
            .ThenBy(k => k.Id, StringComparer.Ordinal)
            .ToList();

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var path = FirestoreLayout.ApiKey(id);
        return await Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            if (document is null || Read(document.Fields) is not { IsActive: true })
            {
                return false;
            }

            await client.CommitAsync(
                [DocumentWrite.Merge(path, new Dictionary<string, object?> { ["revoked_at"] = at }, ["revoked_at"]).IfUnchanged(document)],
                cancellationToken);
            return true;
        });
    }

    public async Task TouchAsync(string id, DateTimeOffset usedAt, CancellationToken cancellationToken = default)
    {
        try
        {
            await client.CommitAsync(
                [DocumentWrite.Merge(FirestoreLayout.ApiKey(id), new Dictionary<string, object?> { ["last_used_at"] = usedAt }, ["last_used_at"]).IfExists()],
                cancellationToken);
        }
        catch (FirestoreConflictException)
        {
            // An unknown key has nothing to touch.
        }
    }

    private static Dictionary<string, object?> Write(ApiKey key) => new(StringComparer.Ordinal)
    {
        ["id"] = key.Id,
        ["name"] = key.Name,
        ["prefix"] = key.Prefix,
        ["secret_hash"] = key.SecretHash,
        ["role"] = key.Role,
        ["requests_per_minute"] = key.RequestsPerMinute,
        ["created_by"] = key.CreatedBy,
        ["created_at"] = key.CreatedAt,
        ["revoked_at"] = key.RevokedAt,
        ["last_used_at"] = key.LastUsedAt,
    };

    private static ApiKey Read(FirestoreFields fields) => new(
        fields.Required("id"),
        fields.String("name") ?? "",
        fields.String("prefix") ?? "",
        fields.Required("secret_hash"),
        fields.String("role") ?? "",
        fields.Int("requests_per_minute"),
        fields.String("created_by") ?? "",
        fields.RequiredInstant("created_at"),
        fields.Instant("revoked_at"),
        fields.Instant("last_used_at"));
}
