using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteLeaseStore(SqliteDatabase database, TimeProvider clock) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(name, "lease name");
        StoreGuards.Require(owner, "lease owner");
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            """
            INSERT INTO leases (name, owner, lease_until) VALUES (@name, @owner, @until)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
            WHERE leases.owner = excluded.owner OR leases.lease_until < @now
            """,
            new { name, owner, until = SqliteText.Instant(now + duration), now = SqliteText.Instant(now) });
        return changed == 1;
    }

    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM leases WHERE name = @name AND owner = @owner", new { name, owner });
    }
}
