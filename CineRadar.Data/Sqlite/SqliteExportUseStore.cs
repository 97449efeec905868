using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

/// <summary><c>export_use</c>: one row per (date, key); an export is counted by one conditional upsert, so replicas never pass the limit.</summary>
internal sealed class SqliteExportUseStore(SqliteDatabase database) : IExportUseStore
{
    public async Task<bool> TryCountExportAsync(string keyId, DateOnly date, int limit, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(keyId, "key id");
        if (limit < 1)
        {
            return false;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            """
            INSERT INTO export_use (date, key_id, exports, rows) VALUES (@date, @keyId, 1, 0)
            ON CONFLICT (date, key_id) DO UPDATE SET exports = exports + 1 WHERE exports < @limit
            """,
            new { date = SqliteText.Date(date), keyId, limit });
        return changed == 1;
    }

    public async Task AddRowsAsync(string keyId, DateOnly date, long rows, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(keyId, "key id");
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO export_use (date, key_id, exports, rows) VALUES (@date, @keyId, 0, @rows)
            ON CONFLICT (date, key_id) DO UPDATE SET rows = rows + @rows
            """,
            new { date = SqliteText.Date(date), keyId, rows });
    }

    public async Task<IReadOnlyList<ExportUse>> GetDayAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string KeyId, long Exports, long Rows)>(
            "SELECT key_id, exports, rows FROM export_use WHERE date = @date ORDER BY key_id", new { date = SqliteText.Date(date) });
        return [.. rows.Select(r => new ExportUse(r.KeyId, date, (int)r.Exports, r.Rows))];
    }
}
