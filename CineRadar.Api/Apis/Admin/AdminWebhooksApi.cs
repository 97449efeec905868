using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CineRadar.Api.Admin;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using CineRadar.Api.Webhooks;
using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis.Admin;

/// <summary>
/// Webhooks in the Admin: every subscription (the operators' and the B2B keys'), the operators' alert webhooks added
/// and removed, a test message, and the deliveries, newest first.
/// </summary>
internal static class AdminWebhooksApi
{
    public static RouteGroupBuilder MapAdminWebhooksApi(this RouteGroupBuilder admin)
    {
        var webhooks = admin.MapGroup("/webhooks").WithTags("Admin: webhooks");
        webhooks.MapGet("", List).WithSummary("Every webhook, never a secret");
        webhooks.MapPost("", Create).RequireAuthorization(CallerPolicies.Operator).WithSummary("Add an operators' webhook for alerts; the answer shows its secret this once");
        webhooks.MapDelete("/{id}", Delete).RequireAuthorization(CallerPolicies.Operator).WithSummary("Remove a webhook");
        webhooks.MapPost("/{id}/test", SendTest).RequireAuthorization(CallerPolicies.Operator).WithSummary("Queue a test message to a webhook");
        webhooks.MapGet("/deliveries", ListDeliveries).WithSummary("Webhook deliveries, newest first, with their attempts");
        return admin;
    }

    public static async Task<Ok<List<WebhookDto>>> List(IWebhookStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListSubscriptionsAsync(cancellationToken)).Select(Contracts.WebhookMapping.From).ToList());

    public static async Task<Results<Created<CreatedWebhook>, ValidationProblem>> Create(
        CreateWebhookRequest? request, AdminSiteUser user, [AsParameters] AdminServices services, WebhookRegistrations registrations, CancellationToken cancellationToken)
    {
        var (created, problems) = await registrations.CreateAsync(null, request, user.Name, cancellationToken);
        if (created is null)
        {
            return problems.Problem();
        }

        await services.Audit.RecordAsync(user, WebhookAuditActions.Create, created.Id, $"{created.Format} {created.Url}", cancellationToken);
        return TypedResults.Created($"{PublicApi.Prefix}/admin/webhooks/{created.Id}", created);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        ResourceId id, AdminSiteUser user, [AsParameters] AdminServices services, IWebhookStore store, CancellationToken cancellationToken)
    {
        if (!await store.DeleteSubscriptionAsync(id.Value, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No webhook with id {id.Value}.");
        }

        await services.Audit.RecordAsync(user, WebhookAuditActions.Delete, id.Value, null, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Accepted<WebhookDeliveryDto>, ProblemHttpResult>> SendTest(
        ResourceId id, AdminSiteUser user, [AsParameters] AdminServices services, IWebhookStore store, WebhookOutbox outbox, CancellationToken cancellationToken)
    {
        if (await store.GetSubscriptionAsync(id.Value, cancellationToken) is not { } subscription)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No webhook with id {id.Value}.");
        }

        var delivery = await outbox.PostToAsync(subscription, WebhookMessage.Test(subscription.Id, user.Name, services.Clock.GetUtcNow()), cancellationToken);
        await services.Audit.RecordAsync(user, WebhookAuditActions.Test, subscription.Id, delivery.Id, cancellationToken);
        return TypedResults.Accepted($"{PublicApi.Prefix}/admin/webhooks/deliveries", Contracts.WebhookMapping.From(delivery));
    }

    public static async Task<Ok<List<WebhookDeliveryDto>>> ListDeliveries(
        [Description("How many; 50 when omitted")][Range(1, AdminApi.MaxLimit)] int? limit, IWebhookStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListDeliveriesAsync(limit ?? AdminApi.DefaultLimit, cancellationToken)).Select(Contracts.WebhookMapping.From).ToList());
}
