using CineRadar.Core.Webhooks;

namespace CineRadar.Core.Stores;

/// <summary>
/// Webhook subscriptions and their outbox: every event becomes a stored delivery per subscription before anything is
/// sent, and a worker claims a due delivery (atomically, for a while) before sending it, so a delivery survives a
/// process that dies and is sent by one worker at a time.
/// </summary>
public interface IWebhookStore
{
    Task AddSubscriptionAsync(WebhookSubscription subscription, CancellationToken cancellationToken = default);

    /// <summary>Every subscription, newest first.</summary>
    Task<IReadOnlyList<WebhookSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken = default);

    Task<WebhookSubscription?> GetSubscriptionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes a subscription; false when there is none with that id.</summary>
    Task<bool> DeleteSubscriptionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Stores the deliveries whose ids are not stored yet; answers how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="limit"/> pending deliveries that are due, oldest due first, for
    /// <paramref name="owner"/>: each is due again only after <paramref name="claimFor"/>, so no other worker takes it
    /// meanwhile, and one whose worker died is taken again after that.
    /// </summary>
    Task<IReadOnlyList<WebhookDelivery>> ClaimAsync(string owner, int limit, TimeSpan claimFor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Logs an attempt of a delivery <paramref name="owner"/> holds and sets its status (pending again at
    /// <paramref name="nextAttemptAt"/>, delivered or failed); false when the claim was lost or the delivery is finished.
    /// </summary>
    Task<bool> RecordAttemptAsync(
        string deliveryId, string owner, WebhookAttempt attempt, string status, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default);

    /// <summary>The newest deliveries first.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(int limit, CancellationToken cancellationToken = default);

    Task<WebhookDelivery?> GetDeliveryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The Data Protection key ring that encrypts the signing secrets: kept like the Admin site's
    /// (<see cref="IDataProtectionKeyStore"/>) but apart from it, so neither ring's keys reach the other's readers.
    /// </summary>
    Task<IReadOnlyList<DataProtectionKeyRecord>> ListSecretKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a key to the secrets' ring; a key with the same friendly name is replaced.</summary>
    Task AddSecretKeyAsync(DataProtectionKeyRecord key, CancellationToken cancellationToken = default);
}
