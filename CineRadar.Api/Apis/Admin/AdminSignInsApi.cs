using CineRadar.Api.Admin;
using CineRadar.Api.Contracts;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using CineRadar.Core.Operations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis.Admin;

/// <summary>
/// <c>POST /api/v1/admin/sign-ins</c>: the Admin site records each sign-in, succeeded or refused, in the audit trail.
/// Only the site's service key may; the person is not signed in yet, so the route takes no user headers.
/// </summary>
internal static class AdminSignInsApi
{
    public const int MaxReasonLength = 200;

    private static readonly IReadOnlyDictionary<string, string> Methods = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["password"] = "password",
        ["sso"] = "sso",
    };

    private static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [AdminSiteUser.Analyst] = AdminSiteUser.Analyst,
        [AdminSiteUser.Operator] = AdminSiteUser.Operator,
    };

    public static IEndpointRouteBuilder MapAdminSignInsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost($"{PublicApi.Prefix}/admin/sign-ins", RecordSignIn)
            .RequireAuthorization(CallerPolicies.AdminSite)
            .WithTags("Admin: audit")
            .WithSummary("Record a sign-in to the Admin site, succeeded or refused");
        return app;
    }

    public static async Task<Results<NoContent, ValidationProblem>> RecordSignIn(
        SignInRecord? record, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var user = parameters.Text("user", record?.User, AdminSiteUser.MaxNameLength) ?? parameters.Fail<string?>("user", "The name used to sign in is required.", null);
        var succeeded = record?.Succeeded ?? parameters.Fail("succeeded", "Whether the sign-in succeeded is required.", false);
        var method = parameters.Choice("method", record?.Method, Methods, "password", required: true);
        var role = succeeded ? parameters.Choice("role", record?.Role, Roles, AdminSiteUser.Analyst, required: true) : "-";
        var reason = parameters.Text("reason", record?.Reason, MaxReasonLength);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        await services.Audit.RecordAsync(
            new AdminSiteUser(user!, role),
            succeeded ? AuditActions.SignInSucceeded : AuditActions.SignInRefused,
            "admin",
            reason is null ? method : $"{method}: {reason}",
            cancellationToken);
        return TypedResults.NoContent();
    }
}
