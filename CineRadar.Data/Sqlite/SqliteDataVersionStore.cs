using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteDataVersionStore(SqliteDatabase database) : IDataVersionStore
{
    public async Task<long> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT version FROM data_version WHERE id = 1");
    }

    public async Task<long> BumpAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version");
    }
}
