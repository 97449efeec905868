using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary><c>alerts/{code:subject}</c>, with an <c>active</c> flag so that listing reads the active ones first.</summary>
internal sealed class FirestoreAlertStore(FirestoreClient client, TimeProvider clock) : IAlertStore
{
    public async Task<Alert> RaiseAsync(string code, string subject, AlertSeverity severity, string message, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(code, "alert code");
        var id = Alert.IdFor(code, subject);
        var path = FirestoreLayout.Alert(id);
        return await Optimistic.RunAsync(async () =>
        {
            var now = FirestoreTime.Now(clock);
            var document = await client.GetAsync(path, cancellationToken);
            var existing = document is null ? null : Read(document.Fields);
            var alert = existing is { IsActive: true }
                ? existing with { Severity = severity, Message = message, LastRaisedAt = now, Occurrences = existing.Occurrences + 1 }
                : new Alert(id, code, subject, severity, message, now, now, 1, null);
            await client.CommitAsync([DocumentWrite.Set(path, Write(alert)).IfUnchanged(document)], cancellationToken);
            return alert;
        });
    }

    public async Task<bool> ResolveAsync(string code, string subject, CancellationToken cancellationToken = default)
    {
        var path = FirestoreLayout.Alert(Alert.IdFor(code, subject));
        return await Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            if (document is null || Read(document.Fields) is not { IsActive: true } alert)
            {
                return false;
            }

            await client.CommitAsync([DocumentWrite.Set(path, Write(alert with { ResolvedAt = FirestoreTime.Now(clock) })).IfUnchanged(document)], cancellationToken);
            return true;
        });
    }

    public async Task<IReadOnlyList<Alert>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        var active = await NewestAsync(active: true, limit, cancellationToken);
        var resolved = active.Count < limit ? await NewestAsync(active: false, limit - active.Count, cancellationToken) : [];
        return [.. active, .. resolved];
    }

    private async Task<IReadOnlyList<Alert>> NewestAsync(bool active, int limit, CancellationToken cancellationToken) =>
        (await client.QueryAsync(
            new FirestoreQuery(FirestoreLayout.Alerts).WhereEqual("active", active).OrderBy("last_raised_at", descending: true).Take(limit),
            cancellationToken))
            .Select(d => Read(d.Fields))
            .ToList();

    private static Dictionary<string, object?> Write(Alert alert) => new(StringComparer.Ordinal)
    {
        ["id"] = alert.Id,
        ["code"] = alert.Code,
        ["subject"] = alert.Subject,
        ["severity"] = Words.Of(alert.Severity),
        ["message"] = alert.Message,
        ["first_raised_at"] = alert.FirstRaisedAt,
        ["last_raised_at"] = alert.LastRaisedAt,
        ["occurrences"] = alert.Occurrences,
        ["resolved_at"] = alert.ResolvedAt,
        ["active"] = alert.IsActive,
    };

    private static Alert Read(FirestoreFields fields) => new(
        fields.Required("id"),
        fields.Required("code"),
        fields.String("subject") ?? "",
        Words.Parse(fields.String("severity"), AlertSeverity.Warning),
        fields.String("message") ?? "",
        fields.RequiredInstant("first_raised_at"),
        fields.RequiredInstant("last_raised_at"),
        fields.Int("occurrences"),
        fields.Instant("resolved_at"));
}
