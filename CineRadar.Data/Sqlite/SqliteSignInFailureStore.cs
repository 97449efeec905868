using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteSignInFailureStore(SqliteDatabase database) : ISignInFailureStore
{
    public async Task<int> CountAsync(string name, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(name, "sign-in name");
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM sign_in_failures WHERE name = @name AND at >= @since", new { name, since = SqliteText.Instant(since) });
    }

    public async Task<int> RecordAsync(string name, DateTimeOffset at, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(name, "sign-in name");
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        var count = await connection.ExecuteScalarAsync<int>(
            """
            DELETE FROM sign_in_failures WHERE name = @name AND at < @since;
            INSERT INTO sign_in_failures (name, at) VALUES (@name, @at);
            SELECT COUNT(*) FROM sign_in_failures WHERE name = @name AND at >= @since;
            """,
            new { name, at = SqliteText.Instant(at), since = SqliteText.Instant(since) },
            transaction);
        transaction.Commit();
        return count;
    }

    public async Task ClearAsync(string name, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(name, "sign-in name");
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM sign_in_failures WHERE name = @name", new { name });
    }
}
