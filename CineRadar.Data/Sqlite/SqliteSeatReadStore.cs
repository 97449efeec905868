using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteSeatReadStore(SqliteDatabase database) : ISeatReadStore
{
    public async Task<SeatReadDay> GetAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(long DesignUsed, long VisitorUsed, string? HaltedAt, string? HaltReason)?>(
            "SELECT design_used, visitor_used, halted_at, halt_reason FROM seat_reads WHERE date = @date", new { date = SqliteText.Date(date) });
        return row is { } r
            ? new SeatReadDay(date, r.DesignUsed, r.VisitorUsed, SqliteText.ToInstantOrNull(r.HaltedAt), r.HaltReason)
            : SeatReadDay.Empty(date);
    }

    public async Task RecordUsedAsync(DateOnly date, long designUsed, long visitorUsed, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO seat_reads (date, design_used, visitor_used) VALUES (@date, @designUsed, @visitorUsed)
            ON CONFLICT (date) DO UPDATE SET
                design_used = MAX(design_used, excluded.design_used), visitor_used = MAX(visitor_used, excluded.visitor_used)
            """,
            new { date = SqliteText.Date(date), designUsed, visitorUsed });
    }

    public async Task<bool> HaltAsync(DateOnly date, DateTimeOffset at, string reason, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(reason, "halt reason");
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            """
            INSERT INTO seat_reads (date, halted_at, halt_reason) VALUES (@date, @at, @reason)
            ON CONFLICT (date) DO UPDATE SET halted_at = excluded.halted_at, halt_reason = excluded.halt_reason WHERE halted_at IS NULL
            """,
            new { date = SqliteText.Date(date), at = SqliteText.Instant(at), reason });
        return changed > 0;
    }

    public async Task<bool> ResumeAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE seat_reads SET halted_at = NULL, halt_reason = NULL WHERE date = @date AND halted_at IS NOT NULL",
            new { date = SqliteText.Date(date) }) > 0;
    }
}
