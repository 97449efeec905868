using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteReadingRequestStore(SqliteDatabase database, TimeProvider clock) : IReadingRequestStore
{
    public async Task<bool> RequestAsync(string showtimeId, DateOnly date, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(showtimeId, "showtime id");
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            """
            INSERT INTO reading_requests (showtime_id, date, requested_at, status) VALUES (@showtimeId, @date, @now, @pending)
            ON CONFLICT (showtime_id) DO UPDATE SET date = excluded.date, requested_at = excluded.requested_at,
                status = excluded.status, finished_at = NULL, note = NULL
            WHERE reading_requests.requested_at < @cutoff
            """,
            new
            {
                showtimeId,
                date = SqliteText.Date(date),
                now = SqliteText.Instant(now),
                cutoff = SqliteText.Instant(now - interval),
                pending = ReadingRequestStatuses.Pending,
            });
        return changed == 1;
    }

    public async Task<IReadOnlyList<ReadingRequest>> ListPendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RequestRow>(
            "SELECT * FROM reading_requests WHERE status = @pending ORDER BY requested_at, showtime_id LIMIT @limit",
            new { pending = ReadingRequestStatuses.Pending, limit });
        return rows.Select(r => r.ToRequest()).ToList();
    }

    public async Task<bool> FinishAsync(ReadingRequest request, string status, string? note, CancellationToken cancellationToken = default)
    {
        StoreGuards.RequireReadingOutcome(status);
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            """
            UPDATE reading_requests SET status = @status, finished_at = @now, note = @note
            WHERE showtime_id = @ShowtimeId AND requested_at = @requestedAt AND status = @pending
            """,
            new
            {
                request.ShowtimeId,
                requestedAt = SqliteText.Instant(request.RequestedAt),
                status,
                note,
                now = SqliteText.Instant(clock.GetUtcNow()),
                pending = ReadingRequestStatuses.Pending,
            });
        return changed == 1;
    }

    private sealed class RequestRow
    {
        public string ShowtimeId { get; set; } = "";

        public string Date { get; set; } = "";

        public string RequestedAt { get; set; } = "";

        public string Status { get; set; } = "";

        public string? FinishedAt { get; set; }

        public string? Note { get; set; }

        public ReadingRequest ToRequest() => new(
            ShowtimeId, SqliteText.ToDate(Date), SqliteText.ToInstant(RequestedAt), Status, SqliteText.ToInstantOrNull(FinishedAt), Note);
    }
}
