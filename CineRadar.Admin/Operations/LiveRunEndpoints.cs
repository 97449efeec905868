using CineRadar.Admin.Auth;
using CineRadar.Admin.Components.Runs;
using CineRadar.WebComponents.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Admin.Operations;

/// <summary>
/// <c>/live/runs</c> and <c>/live/runs/{id}</c>: the run list and one run rendered alone, by the same components as the
/// pages, for live.js to swap in while runs are going (static pages have no circuit to push updates).
/// </summary>
public static class LiveRunEndpoints
{
    public const int ListedRuns = 20;

    public static IEndpointRouteBuilder MapLiveRuns(this IEndpointRouteBuilder app)
    {
        var live = app.MapGroup("/live/runs");
        live.MapGet("", async Task<Results<RazorComponentResult<RunList>, ContentHttpResult>> (CineRadarApiClient api, CancellationToken ct) =>
        {
            try
            {
                return new RazorComponentResult<RunList>(new { Runs = await api.ListRunsAsync(ListedRuns, ct) });
            }
            catch (ApiException ex)
            {
                return TypedResults.Text(ex.Message, statusCode: StatusCodes.Status502BadGateway);
            }
        });
        live.MapGet("/{runId}", async Task<Results<RazorComponentResult<RunProgress>, ContentHttpResult>> (
            string runId, HttpContext http, CineRadarApiClient api, CancellationToken ct) =>
        {
            try
            {
                var run = await api.FindRunAsync(runId, ct);
                return run.IsFound
                    ? new RazorComponentResult<RunProgress>(new { Run = run.Value, CanRetry = http.User.IsInRole(Roles.Operator) })
                    : TypedResults.Text(run.NotFound.Message, statusCode: StatusCodes.Status404NotFound);
            }
            catch (ApiException ex)
            {
                return TypedResults.Text(ex.Message, statusCode: StatusCodes.Status502BadGateway);
            }
        });
        return app;
    }
}
