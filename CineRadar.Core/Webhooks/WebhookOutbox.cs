using System.Security.Cryptography;
using System.Text;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Webhooks;

/// <summary>
/// Turns an event into one stored delivery per subscription that wants it, written in that subscription's format. A
/// delivery's id comes from the subscription and the event's key, so reporting the same event again (another replica,
/// a retried step) adds nothing.
/// </summary>
public sealed class WebhookOutbox(IWebhookStore store, TimeProvider clock)
{
    public async Task<int> PostAsync(WebhookMessage message, CancellationToken cancellationToken = default)
    {
        var subscriptions = (await store.ListSubscriptionsAsync(cancellationToken)).Where(s => s.Wants(message.Event)).ToList();
        return subscriptions.Count == 0 ? 0 : await store.EnqueueAsync(subscriptions.Select(s => DeliveryOf(s, message)).ToList(), cancellationToken);
    }

    /// <summary>Posts to one subscription, whatever it subscribed to (an operator's test message).</summary>
    public async Task<WebhookDelivery> PostToAsync(WebhookSubscription subscription, WebhookMessage message, CancellationToken cancellationToken = default)
    {
        var delivery = DeliveryOf(subscription, message);
        await store.EnqueueAsync([delivery], cancellationToken);
        return delivery;
    }

    public static string DeliveryId(string subscriptionId, string eventKey) =>
        "whd_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{subscriptionId}\n{eventKey}")))[..32];

    private WebhookDelivery DeliveryOf(WebhookSubscription subscription, WebhookMessage message)
    {
        var now = clock.GetUtcNow();
        return new WebhookDelivery(
            DeliveryId(subscription.Id, message.Key),
            subscription.Id,
            subscription.KeyId,
            message.Event,
            WebhookPayloads.Write(message, subscription.Format),
            WebhookDeliveryStatuses.Pending,
            now,
            now,
            null,
            []);
    }
}
