using System.Security.Claims;
using CineRadar.Api.Security;
using CineRadar.Api.Webhooks;
using CineRadar.Api.Validation;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis;

/// <summary>
/// <c>/api/v1/webhooks</c>: a B2B key's own webhooks for <c>day.published</c> and <c>estimates.final</c>. A key sees
/// and removes only its own; other keys' webhooks answer 404 as if they did not exist.
/// </summary>
internal static class WebhooksApi
{
    public static RouteGroupBuilder MapWebhooksApi(this RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        webhooks.MapGet("", List).WithSummary("This key's webhooks (never their secrets)");
        webhooks.MapPost("", Create).WithSummary("Add a webhook for this key; the answer shows its signing secret this once");
        webhooks.MapDelete("/{id}", Delete).WithSummary("Remove one of this key's webhooks");
        return api;
    }

    public static async Task<Results<Ok<List<WebhookDto>>, ProblemHttpResult>> List(
        ClaimsPrincipal user, IWebhookStore store, CancellationToken cancellationToken)
    {
        if (B2bKey(user) is not { } keyId)
        {
            return NotAKey();
        }

        var own = (await store.ListSubscriptionsAsync(cancellationToken)).Where(s => s.KeyId == keyId);
        return TypedResults.Ok(own.Select(Contracts.WebhookMapping.From).ToList());
    }

    public static async Task<Results<Created<CreatedWebhook>, ValidationProblem, ProblemHttpResult>> Create(
        CreateWebhookRequest? request, ClaimsPrincipal user, WebhookRegistrations registrations, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { Kind: CallerKinds.B2b } caller)
        {
            return NotAKey();
        }

        if (await registrations.IsFullAsync(caller.KeyId, cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                detail: $"A key has at most {registrations.MaxPerKey} webhooks; remove one first.");
        }

        var (created, problems) = await registrations.CreateAsync(caller.KeyId, request, caller.Name, cancellationToken);
        return created is null
            ? problems.Problem()
            : TypedResults.Created($"{PublicApi.Prefix}/webhooks/{created.Id}", created);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        ResourceId id, ClaimsPrincipal user, IWebhookStore store, CancellationToken cancellationToken)
    {
        if (B2bKey(user) is not { } keyId)
        {
            return NotAKey();
        }

        var subscription = await store.GetSubscriptionAsync(id.Value, cancellationToken);
        if (subscription?.KeyId != keyId || !await store.DeleteSubscriptionAsync(id.Value, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"This key has no webhook with id {id.Value}.");
        }

        return TypedResults.NoContent();
    }

    private static string? B2bKey(ClaimsPrincipal user) => Caller.Of(user) is { Kind: CallerKinds.B2b } caller ? caller.KeyId : null;

    private static ProblemHttpResult NotAKey() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Webhooks belong to B2B keys; this key has none.");
}
