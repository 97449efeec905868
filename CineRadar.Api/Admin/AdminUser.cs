using CineRadar.Api.Validation;
using CineRadar.Contracts;

namespace CineRadar.Api.Admin;

/// <summary>
/// The person signed in to the Admin site, named by the site in <c>X-CineRadar-User</c> and <c>X-CineRadar-Role</c>
/// (<c>analyst</c> or <c>operator</c>) on each call it makes with its service key.
/// </summary>
internal sealed record AdminUser(string Name, string Role)
{
    public const string UserHeader = IdentityHeaders.User;
    public const string RoleHeader = IdentityHeaders.Role;
    public const string Analyst = "analyst";
    public const string Operator = "operator";
    public const int MaxNameLength = 100;

    public bool IsOperator => Role == Operator;

    /// <summary>Reads the user from the headers; null, with the problem noted, when they are missing or wrong.</summary>
    public static AdminUser? Read(HttpContext http, Parameters parameters)
    {
        var name = parameters.Text(UserHeader, http.Request.Headers[UserHeader].ToString(), MaxNameLength);
        if (name is null)
        {
            parameters.Fail(UserHeader, $"The signed-in user's name is required (at most {MaxNameLength} characters).", "");
        }

        var role = http.Request.Headers[RoleHeader].ToString().Trim().ToLowerInvariant();
        if (role is not (Analyst or Operator))
        {
            parameters.Fail(RoleHeader, $"The role is '{Analyst}' or '{Operator}'.", "");
        }

        return parameters.IsValid ? new AdminUser(name!, role) : null;
    }

    /// <summary>Binds the user in a handler; <see cref="AdminFilters.RequireUser"/> has already refused a request without one.</summary>
    public static ValueTask<AdminUser?> BindAsync(HttpContext http) => ValueTask.FromResult(Read(http, new Parameters()));
}
