using CineRadar.Contracts;

namespace CineRadar.WebComponents.Api;

// Webhooks in the Api's admin section: every subscription, the operators' alert webhooks, test messages, deliveries.
public sealed partial class CineRadarApiClient
{
    private const string AdminWebhooks = V1 + "/admin/webhooks";

    public Task<IReadOnlyList<WebhookDto>> ListWebhooksAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<WebhookDto>>(AdminWebhooks, cancellationToken);

    public Task<CreatedWebhook> CreateWebhookAsync(CreateWebhookRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<CreatedWebhook>(HttpMethod.Post, AdminWebhooks, request, cancellationToken);

    public Task DeleteWebhookAsync(string webhookId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"{AdminWebhooks}/{Segment(webhookId)}", null, cancellationToken);

    public Task<WebhookDeliveryDto> SendWebhookTestAsync(string webhookId, CancellationToken cancellationToken = default) =>
        SendAsync<WebhookDeliveryDto>(HttpMethod.Post, $"{AdminWebhooks}/{Segment(webhookId)}/test", null, cancellationToken);

    public Task<IReadOnlyList<WebhookDeliveryDto>> ListWebhookDeliveriesAsync(int limit = 50, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<WebhookDeliveryDto>>($"{AdminWebhooks}/deliveries{Query(("limit", Number(limit)))}", cancellationToken);
}
