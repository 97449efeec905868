using System.Security.Claims;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;

namespace CineRadar.Api.Admin;

/// <summary>
/// The person signed in to the Admin site, named by the site in <see cref="CallerHeaders.User"/> and
/// <see cref="CallerHeaders.Role"/> (<c>analyst</c> or <c>operator</c>) on each call it makes with its service key. The
/// key's authentication turns them into the principal's name and role claims; handlers bind the user from those.
/// </summary>
internal sealed record AdminSiteUser(string Name, string Role)
{
    public const string Analyst = "analyst";
    public const string Operator = "operator";
    public const int MaxNameLength = 100;

    /// <summary>Reads the user from the headers; null, with the problem noted, when they are missing or wrong.</summary>
    public static AdminSiteUser? Read(IHeaderDictionary headers, Parameters parameters)
    {
        var name = parameters.Text(CallerHeaders.User, headers[CallerHeaders.User].ToString(), MaxNameLength);
        if (name is null)
        {
            parameters.Fail(CallerHeaders.User, $"The signed-in user's name is required (at most {MaxNameLength} characters).", "");
        }

        var role = headers[CallerHeaders.Role].ToString().Trim().ToLowerInvariant();
        if (role is not (Analyst or Operator))
        {
            parameters.Fail(CallerHeaders.Role, $"The role is '{Analyst}' or '{Operator}'.", "");
        }

        return parameters.IsValid ? new AdminSiteUser(name!, role) : null;
    }

    /// <summary>The user the request was authenticated with; null when its key is not the Admin site's or named no one.</summary>
    public static AdminSiteUser? Of(ClaimsPrincipal principal) =>
        principal.HasClaim(CallerClaims.Kind, CallerKinds.AdminSite)
        && principal.FindFirst(ClaimTypes.Name)?.Value is { } name
        && principal.FindFirst(ClaimTypes.Role)?.Value is { } role
            ? new AdminSiteUser(name, role)
            : null;

    /// <summary>Binds the user in a handler; the route's policy has already refused a request without one.</summary>
    public static ValueTask<AdminSiteUser?> BindAsync(HttpContext http) => ValueTask.FromResult(Of(http.User));
}
