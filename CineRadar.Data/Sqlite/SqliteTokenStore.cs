using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteTokenStore(SqliteDatabase database) : ITokenStore
{
    public async Task<TixTokenRecord?> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TokenRow>("SELECT * FROM tix_token WHERE id = 1");
        return row is null
            ? null
            : new TixTokenRecord(
                row.AccessToken,
                row.RefreshToken,
                SqliteText.ToInstantOrNull(row.AccessExpiresAt),
                SqliteText.ToInstantOrNull(row.RefreshExpiresAt),
                row.PhoneMasked,
                SqliteText.ToInstant(row.StoredAt),
                SqliteText.ToInstantOrNull(row.LastRefreshAt),
                SqliteText.ToInstantOrNull(row.LastLoginAt));
    }

    public async Task SaveAsync(TixTokenRecord record, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(record.AccessToken, "access token");
        StoreGuards.Require(record.RefreshToken, "refresh token");
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO tix_token (id, access_token, refresh_token, access_expires_at, refresh_expires_at, phone_masked, stored_at,
                last_refresh_at, last_login_at)
            VALUES (1, @AccessToken, @RefreshToken, @accessExpiresAt, @refreshExpiresAt, @PhoneMasked, @storedAt, @lastRefreshAt, @lastLoginAt)
            ON CONFLICT (id) DO UPDATE SET
                access_token = excluded.access_token, refresh_token = excluded.refresh_token,
                access_expires_at = excluded.access_expires_at, refresh_expires_at = excluded.refresh_expires_at,
                phone_masked = excluded.phone_masked, stored_at = excluded.stored_at,
                last_refresh_at = excluded.last_refresh_at, last_login_at = excluded.last_login_at
            """,
            new
            {
                record.AccessToken,
                record.RefreshToken,
                accessExpiresAt = SqliteText.Instant(record.AccessExpiresAt),
                refreshExpiresAt = SqliteText.Instant(record.RefreshExpiresAt),
                record.PhoneMasked,
                storedAt = SqliteText.Instant(record.StoredAt),
                lastRefreshAt = SqliteText.Instant(record.LastRefreshAt),
                lastLoginAt = SqliteText.Instant(record.LastLoginAt),
            });
    }

    private sealed class TokenRow
    {
        public string AccessToken { get; set; } = "";

        public string RefreshToken { get; set; } = "";

        public string? AccessExpiresAt { get; set; }

        public string? RefreshExpiresAt { get; set; }

        public string PhoneMasked { get; set; } = "";

        public string StoredAt { get; set; } = "";

        public string? LastRefreshAt { get; set; }

        public string? LastLoginAt { get; set; }
    }
}
