using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>webhook_subscriptions/{id}</c>, <c>webhook_deliveries/{id}</c> and the secrets' key ring
/// <c>webhook_key_ring/{friendlyName}</c>. A delivery is created only when missing, and
/// claimed by rewriting its <c>claimed_by</c> and <c>next_attempt_at</c> with a precondition on what was read, so two
/// workers never hold it at once; its attempts are an array of maps (<c>at</c>, <c>status_code</c>, <c>error</c>,
/// <c>duration_ms</c>).
/// </summary>
internal sealed class FirestoreWebhookStore(FirestoreClient client, TimeProvider clock) : IWebhookStore
{
    private readonly FirestoreDataProtectionKeyStore _secretKeys = new(client, FirestoreLayout.WebhookKeyRing);

    public async Task AddSubscriptionAsync(WebhookSubscription subscription, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(subscription.Id, "webhook id");
        StoreGuards.Require(subscription.Url, "webhook URL");
        StoreGuards.Require(subscription.ProtectedSecret, "webhook secret");
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = subscription.Id,
            ["key_id"] = subscription.KeyId,
            ["url"] = subscription.Url,
            ["format"] = subscription.Format,
            ["events"] = subscription.Events.ToList(),
            ["protected_secret"] = subscription.ProtectedSecret,
            ["created_by"] = subscription.CreatedBy,
            ["created_at"] = subscription.CreatedAt,
        };
        await client.CommitAsync([DocumentWrite.Set(FirestoreLayout.WebhookSubscription(subscription.Id), fields).IfMissing()], cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken = default) =>
        (await client.ListAsync(FirestoreLayout.WebhookSubscriptions, cancellationToken))
            .Select(d => ReadSubscription(d.Fields))
            .OrderByDescending(s => s.CreatedAt)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();

    public async Task<WebhookSubscription?> GetSubscriptionAsync(string id, CancellationToken cancellationToken = default) =>
        await client.GetAsync(FirestoreLayout.WebhookSubscription(id), cancellationToken) is { } document ? ReadSubscription(document.Fields) : null;

    public async Task<bool> DeleteSubscriptionAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            await client.CommitAsync([DocumentWrite.Delete(FirestoreLayout.WebhookSubscription(id)).IfExists()], cancellationToken);
            return true;
        }
        catch (FirestoreConflictException)
        {
            return false;
        }
    }

    public async Task<int> EnqueueAsync(IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken = default)
    {
        foreach (var delivery in deliveries)
        {
            StoreGuards.Require(delivery.Id, "delivery id");
            StoreGuards.Require(delivery.Body, "delivery body");
        }

        var added = 0;
        foreach (var delivery in deliveries)
        {
            try
            {
                await client.CommitAsync([DocumentWrite.Set(FirestoreLayout.WebhookDelivery(delivery.Id), Write(delivery, claimedBy: null)).IfMissing()], cancellationToken);
                added++;
            }
            catch (FirestoreConflictException)
            {
                // Already stored: the same event reported again.
            }
        }

        return added;
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ClaimAsync(string owner, int limit, TimeSpan claimFor, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(owner, "claim owner");
        var now = FirestoreTime.Now(clock);
        var due = await client.QueryAsync(
            new FirestoreQuery(FirestoreLayout.WebhookDeliveries)
                .WhereEqual("status", WebhookDeliveryStatuses.Pending)
                .WhereAtMost("next_attempt_at", now)
                .OrderBy("next_attempt_at")
                .Take(limit),
            cancellationToken);
        var claimed = new List<WebhookDelivery>();
        foreach (var document in due)
        {
            var delivery = ReadDelivery(document.Fields) with { NextAttemptAt = FirestoreTime.Truncate(now + claimFor) };
            try
            {
                await client.CommitAsync([DocumentWrite.Set(FirestoreLayout.WebhookDelivery(delivery.Id), Write(delivery, owner)).IfUnchanged(document)], cancellationToken);
                claimed.Add(delivery);
            }
            catch (FirestoreConflictException)
            {
                // Another worker claimed it first.
            }
        }

        return claimed.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    public Task<bool> RecordAttemptAsync(
        string deliveryId, string owner, WebhookAttempt attempt, string status, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default)
    {
        StoreGuards.RequireWebhookStatus(status);
        var path = FirestoreLayout.WebhookDelivery(deliveryId);
        return Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            if (document is null
                || document.Fields.String("claimed_by") != owner
                || document.Fields.String("status") != WebhookDeliveryStatuses.Pending)
            {
                return false;
            }

            var delivery = ReadDelivery(document.Fields);
            var updated = delivery with
            {
                Status = status,
                NextAttemptAt = nextAttemptAt,
                FinishedAt = status == WebhookDeliveryStatuses.Pending ? null : attempt.At,
                Log = [.. delivery.Log, attempt],
            };
            await client.CommitAsync([DocumentWrite.Set(path, Write(updated, claimedBy: null)).IfUnchanged(document)], cancellationToken);
            return true;
        });
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(int limit, CancellationToken cancellationToken = default) =>
        (await client.QueryAsync(
            new FirestoreQuery(FirestoreLayout.WebhookDeliveries).OrderBy("created_at", descending: true).Take(limit),
            cancellationToken))
            .Select(d => ReadDelivery(d.Fields))
            .ToList();

    public async Task<WebhookDelivery?> GetDeliveryAsync(string id, CancellationToken cancellationToken = default) =>
        await client.GetAsync(FirestoreLayout.WebhookDelivery(id), cancellationToken) is { } document ? ReadDelivery(document.Fields) : null;

    public Task<IReadOnlyList<DataProtectionKeyRecord>> ListSecretKeysAsync(CancellationToken cancellationToken = default) =>
        _secretKeys.ListAsync(cancellationToken);

    public Task AddSecretKeyAsync(DataProtectionKeyRecord key, CancellationToken cancellationToken = default) =>
        _secretKeys.AddAsync(key, cancellationToken);

    private static Dictionary<string, object?> Write(WebhookDelivery delivery, string? claimedBy) => new(StringComparer.Ordinal)
    {
        ["id"] = delivery.Id,
        ["subscription_id"] = delivery.SubscriptionId,
        ["key_id"] = delivery.KeyId,
        ["event"] = delivery.Event,
        ["body"] = delivery.Body,
        ["status"] = delivery.Status,
        ["created_at"] = delivery.CreatedAt,
        ["next_attempt_at"] = delivery.NextAttemptAt,
        ["finished_at"] = delivery.FinishedAt,
        ["claimed_by"] = claimedBy,
        ["attempts"] = delivery.Log.Select(a => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["at"] = a.At,
            ["status_code"] = a.StatusCode,
            ["error"] = a.Error,
            ["duration_ms"] = a.DurationMs,
        }).ToList(),
    };

    private static WebhookDelivery ReadDelivery(FirestoreFields fields) => new(
        fields.Required("id"),
        fields.Required("subscription_id"),
        fields.String("key_id"),
        fields.Required("event"),
        fields.Required("body"),
        fields.Required("status"),
        fields.RequiredInstant("created_at"),
        fields.RequiredInstant("next_attempt_at"),
        fields.Instant("finished_at"),
        fields.Maps("attempts").Select(a => new WebhookAttempt(
            a.RequiredInstant("at"), a.Long("status_code") is { } code ? (int)code : null, a.String("error"), a.Int("duration_ms"))).ToList());

    private static WebhookSubscription ReadSubscription(FirestoreFields fields) => new(
        fields.Required("id"),
        fields.String("key_id"),
        fields.Required("url"),
        fields.Required("format"),
        fields.Strings("events"),
        fields.Required("protected_secret"),
        fields.String("created_by") ?? "",
        fields.RequiredInstant("created_at"));
}
