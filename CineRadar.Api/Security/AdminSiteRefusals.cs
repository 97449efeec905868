using CineRadar.Api.Admin;
using CineRadar.Api.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CineRadar.Api.Security;

/// <summary>
/// How a role policy refuses the Admin site's key: 400 naming the user header when the request names no valid user
/// (the site always should), 403 when the user's role may not give the command. Every other refusal is the key's own
/// (401 challenge, 403 forbidden, written by <see cref="ApiKeyAuthentication"/>).
/// </summary>
internal sealed class AdminSiteRefusals : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _keyRefusals = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && context.User.HasClaim(CallerClaims.Kind, CallerKinds.AdminSite)
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<RolesAuthorizationRequirement>().FirstOrDefault() is { } roles)
        {
            return Refusal(context, roles).ExecuteAsync(context);
        }

        return _keyRefusals.HandleAsync(next, context, policy, authorizeResult);
    }

    private static IResult Refusal(HttpContext context, RolesAuthorizationRequirement roles)
    {
        var parameters = new Parameters();
        return AdminSiteUser.Of(context.User) is null && AdminSiteUser.Read(context.Request.Headers, parameters) is null
            ? parameters.Problem()
            : TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                detail: $"Only an {string.Join(" or an ", roles.AllowedRoles)} may give this command.");
    }
}
