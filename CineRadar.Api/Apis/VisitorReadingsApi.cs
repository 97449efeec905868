using CineRadar.Api.Readings;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis;

/// <summary>
/// The Public site's call when a visitor opens a showtime's page: the Api alone decides whether that asks for a fresh
/// seat reading. Only the Public site's key may call it; nothing in the request but the showtime's id counts.
/// </summary>
internal static class VisitorReadingsApi
{
    public static RouteGroupBuilder MapVisitorReadingsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/showtimes/{showtimeId}/visitor-reading", AskForReading)
            .RequireAuthorization(CallerPolicies.PublicSite)
            .WithTags("Showtimes")
            .WithSummary("The Public site's visitor opened the showtime's page: asks for a fresh seat reading when the show starts soon and its last reading is old");
        return api;
    }

    public static async Task<Results<Ok<VisitorReadingAnswer>, ProblemHttpResult>> AskForReading(
        ResourceId showtimeId, VisitorReadings readings, CancellationToken cancellationToken)
    {
        var found = await readings.AskAsync(showtimeId.Value, cancellationToken);
        return found.Value is { } answer
            ? TypedResults.Ok(answer)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: found.Missing);
    }
}
