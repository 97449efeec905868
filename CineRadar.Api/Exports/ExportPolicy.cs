using CineRadar.Api.Admin;
using CineRadar.Api.Security;
using Microsoft.AspNetCore.Authorization;

namespace CineRadar.Api.Exports;

/// <summary>Who may export: a B2B key, or the Admin site's key naming a signed-in analyst or operator.</summary>
internal static class ExportPolicy
{
    public const string Name = "exports";

    public static AuthorizationBuilder AddExportPolicy(this AuthorizationBuilder builder) => builder
        .AddPolicy(Name, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.HasClaim(CallerClaims.Kind, CallerKinds.B2b)
            || (context.User.HasClaim(CallerClaims.Kind, CallerKinds.AdminSite)
                && (context.User.IsInRole(AdminSiteUser.Analyst) || context.User.IsInRole(AdminSiteUser.Operator)))));
}
