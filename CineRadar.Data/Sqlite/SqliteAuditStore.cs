using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteAuditStore(SqliteDatabase database) : IAuditStore
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(entry.Id, "audit entry id");
        StoreGuards.Require(entry.Action, "audit entry action");
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO audit_log (id, at, user, role, action, target, detail) VALUES (@Id, @at, @User, @Role, @Action, @Target, @Detail)
            ON CONFLICT (id) DO NOTHING
            """,
            new { entry.Id, at = SqliteText.Instant(entry.At), entry.User, entry.Role, entry.Action, entry.Target, entry.Detail });
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>("SELECT * FROM audit_log ORDER BY at DESC, id LIMIT @limit", new { limit });
        return rows.Select(r => new AuditEntry(r.Id, SqliteText.ToInstant(r.At), r.User, r.Role, r.Action, r.Target, r.Detail)).ToList();
    }

    private sealed class AuditRow
    {
        public string Id { get; set; } = "";

        public string At { get; set; } = "";

        public string User { get; set; } = "";

        public string Role { get; set; } = "";

        public string Action { get; set; } = "";

        public string Target { get; set; } = "";

        public string? Detail { get; set; }
    }
}
