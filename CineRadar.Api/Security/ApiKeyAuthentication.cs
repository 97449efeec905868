using System.Security.Claims;
using System.Text.Encodings.Web;
using CineRadar.Api.Admin;
using CineRadar.Api.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Security;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header into the key's principal (<see cref="Caller.ToPrincipal"/>); with the Admin
/// site's key, the signed-in user named by the user headers joins it as name and role claims. Refusals are
/// ProblemDetails: 401 for a missing, unknown or revoked key, 403 for a key that may not use the route.
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KeyDirectory keys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private const int MaxKeyLength = 200;

    private KeyStatus? _status;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[CallerHeaders.ApiKey].ToString();
        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (presented.Length > MaxKeyLength)
        {
            _status = KeyStatus.Unknown;
            return AuthenticateResult.Fail("The key is not one CineRadar issued.");
        }

        var found = await keys.FindAsync(presented, Context.RequestAborted);
        _status = found.Status;
        return found.Principal is { } principal
            ? AuthenticateResult.Success(new AuthenticationTicket(WithAdminSiteUser(found.Caller!, principal), SchemeName))
            : AuthenticateResult.Fail(found.Status == KeyStatus.Revoked ? "The key was revoked." : "The key is not one CineRadar issued.");
    }

    /// <summary>The Admin site's principal for this request: the key's, with the signed-in user when the headers name one.</summary>
    private ClaimsPrincipal WithAdminSiteUser(Caller caller, ClaimsPrincipal principal) =>
        caller.Kind == CallerKinds.AdminSite && AdminSiteUser.Read(Request.Headers, new Parameters()) is { } user
            ? caller.ToPrincipal(SchemeName, user)
            : principal;

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => WriteAsync(
        StatusCodes.Status401Unauthorized,
        _status switch
        {
            KeyStatus.Revoked => "This API key was revoked.",
            KeyStatus.Unknown => "This API key is not known.",
            _ => $"An API key is required in the {CallerHeaders.ApiKey} header.",
        });

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteAsync(StatusCodes.Status403Forbidden, "This API key may not use this route.");

    private Task WriteAsync(int status, string detail)
    {
        Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        }).AsTask();
    }
}
