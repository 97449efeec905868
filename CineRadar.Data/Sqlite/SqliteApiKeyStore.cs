using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteApiKeyStore(SqliteDatabase database) : IApiKeyStore
{
    public async Task CreateAsync(ApiKey key, CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM api_keys WHERE id = @Id", new { key.Id });
        if (exists > 0)
        {
            throw new InvalidOperationException($"An API key with id {key.Id} already exists.");
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO api_keys (id, name, prefix, secret_hash, role, requests_per_minute, created_by, created_at, revoked_at, last_used_at)
            VALUES (@Id, @Name, @Prefix, @SecretHash, @Role, @RequestsPerMinute, @CreatedBy, @createdAt, @revokedAt, @lastUsedAt)
            """,
            new
            {
                key.Id,
                key.Name,
                key.Prefix,
                key.SecretHash,
                key.Role,
                key.RequestsPerMinute,
                key.CreatedBy,
                createdAt = SqliteText.Instant(key.CreatedAt),
                revokedAt = SqliteText.Instant(key.RevokedAt),
                lastUsedAt = SqliteText.Instant(key.LastUsedAt),
            });
    }

    public async Task<ApiKey?> FindBySecretHashAsync(string secretHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KeyRow>("SELECT * FROM api_keys WHERE secret_hash = @secretHash", new { secretHash });
        return row?.ToKey();
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<KeyRow>("SELECT * FROM api_keys ORDER BY created_at DESC, id");
        return rows.Select(r => r.ToKey()).ToList();
    }

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL", new { id, at = SqliteText.Instant(at) });
        return changed == 1;
    }

    public async Task TouchAsync(string id, DateTimeOffset usedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE api_keys SET last_used_at = max(coalesce(last_used_at, ''), @usedAt) WHERE id = @id",
            new { id, usedAt = SqliteText.Instant(usedAt) });
    }

    private sealed class KeyRow
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string Prefix { get; set; } = "";

        public string SecretHash { get; set; } = "";

        public string Role { get; set; } = "";

        public long RequestsPerMinute { get; set; }

        public string CreatedBy { get; set; } = "";

        public string CreatedAt { get; set; } = "";

        public string? RevokedAt { get; set; }

        public string? LastUsedAt { get; set; }

        public ApiKey ToKey() => new(
            Id,
            Name,
            Prefix,
            SecretHash,
            Role,
            (int)RequestsPerMinute,
            CreatedBy,
            SqliteText.ToInstant(CreatedAt),
            SqliteText.ToInstantOrNull(RevokedAt),
            SqliteText.ToInstantOrNull(LastUsedAt));
    }
}
