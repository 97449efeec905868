using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteDataProtectionKeyStore(SqliteDatabase database) : IDataProtectionKeyStore
{
    public async Task<IReadOnlyList<DataProtectionKeyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string FriendlyName, string Xml)>(
            "SELECT friendly_name, xml FROM data_protection_keys ORDER BY friendly_name");
        return rows.Select(r => new DataProtectionKeyRecord(r.FriendlyName, r.Xml)).ToList();
    }

    public async Task AddAsync(DataProtectionKeyRecord key, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(key.FriendlyName, "key friendly name");
        StoreGuards.Require(key.Xml, "key XML");
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@FriendlyName, @Xml)
            ON CONFLICT (friendly_name) DO UPDATE SET xml = excluded.xml
            """,
            new { key.FriendlyName, key.Xml });
    }
}
