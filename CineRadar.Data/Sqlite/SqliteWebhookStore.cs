using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using CineRadar.Data.Serialization;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteWebhookStore(SqliteDatabase database, TimeProvider clock) : IWebhookStore
{
    private static readonly WebhookJsonContext Json = WebhookJsonContext.Default;
    private readonly SqliteDataProtectionKeyStore _secretKeys = new(database, SqliteDataProtectionKeyStore.WebhookSecretsTable);

    public async Task AddSubscriptionAsync(WebhookSubscription subscription, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(subscription.Id, "webhook id");
        StoreGuards.Require(subscription.Url, "webhook URL");
        StoreGuards.Require(subscription.ProtectedSecret, "webhook secret");
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO webhook_subscriptions (id, key_id, url, format, events, protected_secret, created_by, created_at)
            VALUES (@Id, @KeyId, @Url, @Format, @events, @ProtectedSecret, @CreatedBy, @createdAt)
            """,
            new
            {
                subscription.Id,
                subscription.KeyId,
                subscription.Url,
                subscription.Format,
                events = StoreJson.Write(subscription.Events.ToList(), Json.ListString),
                subscription.ProtectedSecret,
                subscription.CreatedBy,
                createdAt = SqliteText.Instant(subscription.CreatedAt),
            });
    }

    public async Task<IReadOnlyList<WebhookSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriptionRow>("SELECT * FROM webhook_subscriptions ORDER BY created_at DESC, id");
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task<WebhookSubscription?> GetSubscriptionAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SubscriptionRow>("SELECT * FROM webhook_subscriptions WHERE id = @id", new { id });
        return row?.ToSubscription();
    }

    public async Task<bool> DeleteSubscriptionAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM webhook_subscriptions WHERE id = @id", new { id }) == 1;
    }

    public async Task<int> EnqueueAsync(IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken = default)
    {
        foreach (var delivery in deliveries)
        {
            StoreGuards.Require(delivery.Id, "delivery id");
            StoreGuards.Require(delivery.Body, "delivery body");
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var added = 0;
        foreach (var d in deliveries)
        {
            added += await connection.ExecuteAsync(
                """
                INSERT INTO webhook_deliveries (id, subscription_id, key_id, event, body, status, created_at, next_attempt_at, finished_at, attempts_json)
                VALUES (@Id, @SubscriptionId, @KeyId, @Event, @Body, @Status, @createdAt, @nextAttemptAt, @finishedAt, @attempts)
                ON CONFLICT (id) DO NOTHING
                """,
                new
                {
                    d.Id,
                    d.SubscriptionId,
                    d.KeyId,
                    d.Event,
                    d.Body,
                    d.Status,
                    createdAt = SqliteText.Instant(d.CreatedAt),
                    nextAttemptAt = SqliteText.Instant(d.NextAttemptAt),
                    finishedAt = SqliteText.Instant(d.FinishedAt),
                    attempts = StoreJson.Write(d.Log.ToList(), Json.ListWebhookAttempt),
                },
                transaction);
        }

        transaction.Commit();
        return added;
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ClaimAsync(string owner, int limit, TimeSpan claimFor, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(owner, "claim owner");
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        // One statement: SQLite runs it under the write lock, so two workers never claim the same delivery.
        var rows = await connection.QueryAsync<DeliveryRow>(
            """
            UPDATE webhook_deliveries SET claimed_by = @owner, next_attempt_at = @until
            WHERE id IN (
                SELECT id FROM webhook_deliveries WHERE status = @pending AND next_attempt_at <= @now
                ORDER BY next_attempt_at, id LIMIT @limit)
            RETURNING *
            """,
            new
            {
                owner,
                until = SqliteText.Instant(now + claimFor),
                pending = WebhookDeliveryStatuses.Pending,
                now = SqliteText.Instant(now),
                limit,
            });
        return rows.Select(r => r.ToDelivery()).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<bool> RecordAttemptAsync(
        string deliveryId, string owner, WebhookAttempt attempt, string status, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default)
    {
        StoreGuards.RequireWebhookStatus(status);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(
            "SELECT * FROM webhook_deliveries WHERE id = @deliveryId AND claimed_by = @owner AND status = @pending",
            new { deliveryId, owner, pending = WebhookDeliveryStatuses.Pending },
            transaction);
        if (row is null)
        {
            return false;
        }

        var log = row.ToDelivery().Log.Append(attempt).ToList();
        await connection.ExecuteAsync(
            """
            UPDATE webhook_deliveries SET status = @status, attempts_json = @attempts, next_attempt_at = @next,
                finished_at = @finishedAt, claimed_by = NULL
            WHERE id = @deliveryId
            """,
            new
            {
                deliveryId,
                status,
                attempts = StoreJson.Write(log, Json.ListWebhookAttempt),
                next = SqliteText.Instant(nextAttemptAt),
                finishedAt = status == WebhookDeliveryStatuses.Pending ? null : SqliteText.Instant(attempt.At),
            },
            transaction);
        transaction.Commit();
        return true;
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(
            "SELECT * FROM webhook_deliveries ORDER BY created_at DESC, id LIMIT @limit", new { limit });
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    public async Task<WebhookDelivery?> GetDeliveryAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>("SELECT * FROM webhook_deliveries WHERE id = @id", new { id });
        return row?.ToDelivery();
    }

    public Task<IReadOnlyList<DataProtectionKeyRecord>> ListSecretKeysAsync(CancellationToken cancellationToken = default) =>
        _secretKeys.ListAsync(cancellationToken);

    public Task AddSecretKeyAsync(DataProtectionKeyRecord key, CancellationToken cancellationToken = default) =>
        _secretKeys.AddAsync(key, cancellationToken);

    private sealed class SubscriptionRow
    {
        public string Id { get; set; } = "";

        public string? KeyId { get; set; }

        public string Url { get; set; } = "";

        public string Format { get; set; } = "";

        public string Events { get; set; } = "[]";

        public string ProtectedSecret { get; set; } = "";

        public string CreatedBy { get; set; } = "";

        public string CreatedAt { get; set; } = "";

        public WebhookSubscription ToSubscription() => new(
            Id, KeyId, Url, Format, StoreJson.Read(Events, Json.ListString), ProtectedSecret, CreatedBy, SqliteText.ToInstant(CreatedAt));
    }

    private sealed class DeliveryRow
    {
        public string Id { get; set; } = "";

        public string SubscriptionId { get; set; } = "";

        public string? KeyId { get; set; }

        public string Event { get; set; } = "";

        public string Body { get; set; } = "";

        public string Status { get; set; } = "";

        public string CreatedAt { get; set; } = "";

        public string NextAttemptAt { get; set; } = "";

        public string? FinishedAt { get; set; }

        public string? ClaimedBy { get; set; }

        public string AttemptsJson { get; set; } = "[]";

        public WebhookDelivery ToDelivery() => new(
            Id,
            SubscriptionId,
            KeyId,
            Event,
            Body,
            Status,
            SqliteText.ToInstant(CreatedAt),
            SqliteText.ToInstant(NextAttemptAt),
            SqliteText.ToInstantOrNull(FinishedAt),
            StoreJson.Read(AttemptsJson, Json.ListWebhookAttempt));
    }
}
