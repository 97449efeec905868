using System.Security.Cryptography;
using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using CineRadar.Data.Webhooks;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Webhooks;

/// <summary>
/// One round of the outbox: claim the deliveries that are due, post each, log the attempt, and set what comes next:
/// delivered, pending again after <see cref="WebhookBackoff"/>, or failed once <see cref="WebhookOptions.MaxAttempts"/>
/// attempts failed (or the subscription is gone).
/// </summary>
public sealed class WebhookDeliverer(
    IWebhookStore store,
    WebhookSender sender,
    WebhookSecretProtector secrets,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDeliverer> logger)
{
    /// <summary>Delivers what is due; answers how many deliveries were attempted.</summary>
    public async Task<int> RoundAsync(string owner, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimed = await store.ClaimAsync(owner, settings.ClaimBatch, settings.ClaimDuration, cancellationToken);
        foreach (var delivery in claimed)
        {
            await DeliverAsync(owner, delivery, settings, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task DeliverAsync(string owner, WebhookDelivery delivery, WebhookOptions settings, CancellationToken cancellationToken)
    {
        var subscription = await store.GetSubscriptionAsync(delivery.SubscriptionId, cancellationToken);
        WebhookAttempt attempt;
        if (subscription is null)
        {
            attempt = new WebhookAttempt(clock.GetUtcNow(), null, "The webhook was removed.", 0);
            await store.RecordAttemptAsync(delivery.Id, owner, attempt, WebhookDeliveryStatuses.Failed, attempt.At, cancellationToken);
            return;
        }

        string secret;
        try
        {
            secret = secrets.Unprotect(subscription.ProtectedSecret);
        }
        catch (CryptographicException ex)
        {
            logger.LogError(ex, "The signing secret of webhook {SubscriptionId} could not be read", subscription.Id);
            attempt = new WebhookAttempt(clock.GetUtcNow(), null, "The webhook's signing secret could not be read.", 0);
            await store.RecordAttemptAsync(delivery.Id, owner, attempt, WebhookDeliveryStatuses.Failed, attempt.At, cancellationToken);
            return;
        }

        attempt = await sender.SendAsync(delivery, subscription.Url, secret, cancellationToken);
        var attempts = delivery.Attempts + 1;
        var (status, next) = attempt.Succeeded
            ? (WebhookDeliveryStatuses.Delivered, attempt.At)
            : attempts >= settings.MaxAttempts
                ? (WebhookDeliveryStatuses.Failed, attempt.At)
                : (WebhookDeliveryStatuses.Pending, clock.GetUtcNow() + WebhookBackoff.After(attempts, settings));
        if (!await store.RecordAttemptAsync(delivery.Id, owner, attempt, status, next, cancellationToken))
        {
            logger.LogWarning("Webhook delivery {DeliveryId} was claimed by another worker before its attempt was logged", delivery.Id);
            return;
        }

        if (attempt.Succeeded)
        {
            logger.LogInformation("Webhook delivery {DeliveryId} ({Event}) delivered with {StatusCode} in {DurationMs} ms",
                delivery.Id, delivery.Event, attempt.StatusCode, attempt.DurationMs);
        }
        else
        {
            logger.LogWarning("Webhook delivery {DeliveryId} ({Event}) attempt {Attempt} failed: {Error}; now {Status}",
                delivery.Id, delivery.Event, attempts, attempt.Error, status);
        }
    }
}
