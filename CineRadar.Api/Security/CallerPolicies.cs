using CineRadar.Api.Admin;
using Microsoft.AspNetCore.Authorization;

namespace CineRadar.Api.Security;

/// <summary>
/// The authorization policies of the routes. Any authenticated key reads <c>/api/v1</c> (the default policy); the admin
/// routes need the Admin site's key (<see cref="AdminSite"/>) and, where someone is signed in, a user in a role; a
/// visitor's reading request needs the Public site's own key (<see cref="PublicSite"/>).
/// </summary>
internal static class CallerPolicies
{
    /// <summary>The Admin site's service key, whoever is signed in (the site's own routes, sign-ins).</summary>
    public const string AdminSite = "admin-site";

    /// <summary>The Admin site's key naming a signed-in analyst or operator: the admin reads.</summary>
    public const string AnalystOrOperator = "analyst-or-operator";

    /// <summary>The Admin site's key naming a signed-in operator: the admin commands.</summary>
    public const string Operator = "operator";

    /// <summary>The Public site's own service key (<c>ApiKeys:Services:public</c>): what its visitors may ask for.</summary>
    public const string PublicSite = "public-site";

    public static AuthorizationBuilder AddCallerPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(AdminSite, policy => policy.RequireAdminSite())
        .AddPolicy(AnalystOrOperator, policy => policy.RequireAdminSite().RequireRole(AdminSiteUser.Analyst, AdminSiteUser.Operator))
        .AddPolicy(Operator, policy => policy.RequireAdminSite().RequireRole(AdminSiteUser.Operator))
        .AddPolicy(PublicSite, policy => policy.RequireAuthenticatedUser()
            .RequireClaim(CallerClaims.Kind, CallerKinds.PublicSite)
            .RequireClaim(CallerClaims.KeyName, CallerKinds.PublicServiceName));

    private static AuthorizationPolicyBuilder RequireAdminSite(this AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireClaim(CallerClaims.Kind, CallerKinds.AdminSite);
}
