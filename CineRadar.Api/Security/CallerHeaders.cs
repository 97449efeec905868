using CineRadar.Contracts;

namespace CineRadar.Api.Security;

/// <summary>The request headers that say who calls: the key, and the person signed in to the Admin site.</summary>
internal static class CallerHeaders
{
    public const string ApiKey = "X-Api-Key";

    /// <summary>The signed-in Admin user's name; counts only beside the Admin site's service key.</summary>
    public const string User = IdentityHeaders.User;

    /// <summary>The signed-in Admin user's role (<c>analyst</c> or <c>operator</c>); counts only beside the Admin site's service key.</summary>
    public const string Role = IdentityHeaders.Role;
}
