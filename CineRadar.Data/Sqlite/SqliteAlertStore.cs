using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteAlertStore(SqliteDatabase database, TimeProvider clock) : IAlertStore
{
    public async Task<Alert> RaiseAsync(string code, string subject, AlertSeverity severity, string message, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(code, "alert code");
        var id = Alert.IdFor(code, subject);
        var now = SqliteText.Instant(clock.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<AlertRow>(
            """
            INSERT INTO alerts (id, code, subject, severity, message, first_raised_at, last_raised_at, occurrences)
            VALUES (@id, @code, @subject, @severity, @message, @now, @now, 1)
            ON CONFLICT (id) DO UPDATE SET
                severity = excluded.severity, message = excluded.message, last_raised_at = excluded.last_raised_at,
                occurrences = CASE WHEN alerts.resolved_at IS NULL THEN alerts.occurrences + 1 ELSE 1 END,
                first_raised_at = CASE WHEN alerts.resolved_at IS NULL THEN alerts.first_raised_at ELSE excluded.first_raised_at END,
                resolved_at = NULL
            RETURNING *
            """,
            new { id, code, subject, severity = severity.ToString(), message, now });
        return row.ToAlert();
    }

    public async Task<bool> ResolveAsync(string code, string subject, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE alerts SET resolved_at = @now WHERE id = @id AND resolved_at IS NULL",
            new { id = Alert.IdFor(code, subject), now = SqliteText.Instant(clock.GetUtcNow()) });
        return changed == 1;
    }

    public async Task<IReadOnlyList<Alert>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AlertRow>(
            "SELECT * FROM alerts ORDER BY resolved_at IS NOT NULL, last_raised_at DESC, id LIMIT @limit", new { limit });
        return rows.Select(r => r.ToAlert()).ToList();
    }

    private sealed class AlertRow
    {
        public string Id { get; set; } = "";

        public string Code { get; set; } = "";

        public string Subject { get; set; } = "";

        public string Severity { get; set; } = "";

        public string Message { get; set; } = "";

        public string FirstRaisedAt { get; set; } = "";

        public string LastRaisedAt { get; set; } = "";

        public long Occurrences { get; set; }

        public string? ResolvedAt { get; set; }

        public Alert ToAlert() => new(
            Id,
            Code,
            Subject,
            Enum.Parse<AlertSeverity>(Severity),
            Message,
            SqliteText.ToInstant(FirstRaisedAt),
            SqliteText.ToInstant(LastRaisedAt),
            (int)Occurrences,
            SqliteText.ToInstantOrNull(ResolvedAt));
    }
}
