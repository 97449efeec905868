using CineRadar.Api.Caching;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;

namespace CineRadar.Api.Apis.Admin;

/// <summary>
/// <c>/api/v1/admin</c>: only the Admin site's service key, naming its signed-in user and role on every call. Reads are
/// never cached; commands are recorded in the audit trail.
/// </summary>
internal static class AdminApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup($"{PublicApi.Prefix}/admin")
            .RequireAuthorization(CallerPolicies.AnalystOrOperator)
            .ValidateParameters()
            .AddEndpointFilter((context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = CacheControl.Private;
                return next(context);
            })
            .MapAdminRunsApi()
            .MapAdminKeysApi()
            .MapAdminOperationsApi()
            .MapAdminCitiesApi()
            .MapAdminWebhooksApi();
        app.MapAdminSignInsApi();
        app.MapAdminSiteApi();
        return app;
    }
}
