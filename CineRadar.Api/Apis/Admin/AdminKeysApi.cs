using CineRadar.Api.Admin;
using CineRadar.Api.Contracts;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Apis.Admin;

/// <summary>B2B keys: list, create (the secret is shown once), revoke.</summary>
internal static class AdminKeysApi
{
    public const int MaxNameLength = 80;
    public const int MaxRequestsPerMinute = 100_000;

    public static RouteGroupBuilder MapAdminKeysApi(this RouteGroupBuilder admin)
    {
        var keys = admin.MapGroup("/keys").WithTags("Admin: API keys");
        keys.MapGet("", ListKeys).WithSummary("Every B2B key, never its secret");
        keys.MapPost("", CreateKey).RequireAuthorization(CallerPolicies.Operator).WithSummary("Create a B2B key; the answer shows its secret this once");
        keys.MapDelete("/{id}", RevokeKey).RequireAuthorization(CallerPolicies.Operator).WithSummary("Revoke a key");
        return admin;
    }

    public static async Task<Ok<List<ApiKeyDto>>> ListKeys(IApiKeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.ListAsync(cancellationToken)).Select(ApiKeyDto.From).ToList());

    public static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateKey(
        CreateApiKeyRequest? request,
        AdminSiteUser user,
        [AsParameters] AdminServices services,
        ApiKeyIssuer issuer,
        IOptions<ApiKeyOptions> options,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var name = parameters.Text("name", request?.Name, MaxNameLength)
                   ?? parameters.Fail<string?>("name", $"A key needs a name of 1 to {MaxNameLength} characters.", null);
        var limit = request?.RequestsPerMinute ?? options.Value.DefaultRequestsPerMinute;
        if (limit is < 1 or > MaxRequestsPerMinute)
        {
            parameters.Fail("requestsPerMinute", $"From 1 to {MaxRequestsPerMinute} requests per minute.", limit);
        }

        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        var issued = await issuer.CreateAsync(name!, limit, user.Name, cancellationToken);
        await services.Audit.RecordAsync(user, AuditActions.KeyCreate, issued.Key.Id, $"{issued.Key.Name}, {limit} requests/min", cancellationToken);
        return TypedResults.Created($"{PublicApi.Prefix}/admin/keys/{issued.Key.Id}", CreatedApiKey.From(issued));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(
        ResourceId id, AdminSiteUser user, [AsParameters] AdminServices services, IApiKeyStore keys, KeyDirectory directory, CancellationToken cancellationToken)
    {
        var keyId = id.Value;
        if (!await keys.RevokeAsync(keyId, services.Clock.GetUtcNow(), cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No active key with id {keyId}.");
        }

        directory.Forget(keyId);
        await services.Audit.RecordAsync(user, AuditActions.KeyRevoke, keyId, null, cancellationToken);
        return TypedResults.NoContent();
    }
}
