using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>auth_tokens/tix_jwt</c> as the original wrote it (<c>token</c>, <c>refresh_token</c>, <c>phone</c>, and an
/// ISO-string <c>stored_at</c>) plus the expiries read from the JWTs and the last refresh and login times.
/// </summary>
internal sealed class FirestoreTokenStore(FirestoreClient client) : ITokenStore
{
    public async Task<TixTokenRecord?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (await client.GetAsync(FirestoreLayout.Token, cancellationToken) is not { Fields: var fields })
        {
            return null;
        }

        return new TixTokenRecord(
            fields.Required("token"),
            fields.String("refresh_token") ?? "",
            fields.Instant("access_expires_at"),
            fields.Instant("refresh_expires_at"),
            fields.String("phone") ?? "",
            fields.RequiredInstant("stored_at"),
            fields.Instant("last_refresh_at"),
            fields.Instant("last_login_at"));
    }

    public async Task SaveAsync(TixTokenRecord record, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(record.AccessToken, "access token");
        StoreGuards.Require(record.RefreshToken, "refresh token");
        await client.CommitAsync(
            [
                DocumentWrite.Set(FirestoreLayout.Token, new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["token"] = record.AccessToken,
                    ["refresh_token"] = record.RefreshToken,
                    ["phone"] = record.PhoneMasked,
                    ["stored_at"] = FirestoreTime.Format(record.StoredAt),
                    ["access_expires_at"] = record.AccessExpiresAt,
                    ["refresh_expires_at"] = record.RefreshExpiresAt,
                    ["last_refresh_at"] = record.LastRefreshAt,
                    ["last_login_at"] = record.LastLoginAt,
                }),
            ],
            cancellationToken);
    }
}
