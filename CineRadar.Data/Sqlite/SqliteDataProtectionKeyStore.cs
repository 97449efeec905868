using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

/// <summary>
/// A Data Protection key ring in one table (<c>friendly_name</c>, <c>xml</c>): the Admin site's in
/// <c>data_protection_keys</c>, the webhook secrets' in <c>webhook_key_ring</c>.
/// </summary>
internal sealed class SqliteDataProtectionKeyStore(SqliteDatabase database, string table) : IDataProtectionKeyStore
{
    public const string AdminSiteTable = "data_protection_keys";
    public const string WebhookSecretsTable = "webhook_key_ring";

    public async Task<IReadOnlyList<DataProtectionKeyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string FriendlyName, string Xml)>(
            $"SELECT friendly_name, xml FROM {table} ORDER BY friendly_name");
        return rows.Select(r => new DataProtectionKeyRecord(r.FriendlyName, r.Xml)).ToList();
    }

    public async Task AddAsync(DataProtectionKeyRecord key, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(key.FriendlyName, "key friendly name");
        StoreGuards.Require(key.Xml, "key XML");
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"""
            INSERT INTO {table} (friendly_name, xml) VALUES (@FriendlyName, @Xml)
            ON CONFLICT (friendly_name) DO UPDATE SET xml = excluded.xml
            """,
            new { key.FriendlyName, key.Xml });
    }
}
