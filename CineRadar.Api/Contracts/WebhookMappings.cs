using CineRadar.Core.Webhooks;

namespace CineRadar.Api.Contracts;

internal static class WebhookMapping
{
    extension(WebhookDto)
    {
        public static WebhookDto From(WebhookSubscription s) => new(s.Id, s.KeyId, s.Url, s.Format, s.Events, s.CreatedBy, s.CreatedAt);
    }

    extension(WebhookDeliveryDto)
    {
        public static WebhookDeliveryDto From(WebhookDelivery d) => new(
            d.Id, d.SubscriptionId, d.KeyId, d.Event, d.Status, d.Attempts, d.CreatedAt, d.NextAttemptAt, d.FinishedAt,
            d.LastAttempt?.StatusCode, d.LastAttempt?.Error,
            d.Log.Select(a => new WebhookAttemptDto(a.At, a.StatusCode, a.Error, a.DurationMs)).ToList());
    }
}
