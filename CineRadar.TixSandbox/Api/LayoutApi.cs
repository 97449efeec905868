using System.Globalization;
using CineRadar.TixSandbox.Auth;
using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Contracts;
using CineRadar.TixSandbox.Hosting;
using CineRadar.TixSandbox.Model;
using CineRadar.TixSandbox.Payloads;
using Microsoft.AspNetCore.Mvc;

namespace CineRadar.TixSandbox.Api;

/// <summary>
/// <c>GET /v1/movies/{xxi|cgv|cinepolis|flix}/layout?show_time_id=&amp;tz=7</c>: logged-in access tokens only.
/// </summary>
internal static class LayoutApi
{
    public static void MapLayoutApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/v1/movies/{chain}/layout", Layout)
            .OnOrigin(SandboxOrigin.Api)
            .InFaultGroup(EndpointGroup.Layout);

    private static JsonPayload Layout(
        string chain,
        [FromQuery(Name = "show_time_id")] string? showTimeId,
        string? tz,
        HttpRequest request,
        TokenService tokens,
        CatalogStore store,
        SandboxClock clock,
        SandboxContract contract)
    {
        var merchant = contract.ChainAt(chain);
        if (merchant is null)
        {
            return ApiErrors.NotFound("not found");
        }

        var token = TokenService.BearerOf(request);
        if (token is null)
        {
            return ApiErrors.Unauthorized("missing authorization");
        }

        var failure = tokens.Check(tokens.Read(token), TokenKind.Access);
        if (failure is not null)
        {
            return ApiErrors.InvalidToken(failure);
        }

        if (tz is not null && !int.TryParse(tz, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return ApiErrors.BadRequest("tz must be an hour offset such as 7");
        }

        if (string.IsNullOrEmpty(showTimeId))
        {
            return ApiErrors.BadRequest("show_time_id is required");
        }

        // A show not announced yet or cancelled answers as an unknown one.
        var now = clock.GetUtcNow();
        var showtime = store.FindShowtime(showTimeId);
        if (showtime is null || showtime.Theatre.Chain != merchant || showtime.ListingAt(now) is not { } listing)
        {
            return ApiErrors.NotFound("show time not found");
        }

        if (now < listing.StartsAt)
        {
            return LayoutPayload.Write(showtime, now);
        }

        var (code, message) = contract.ExpiredError;
        return ApiErrors.Error(StatusCodes.Status401Unauthorized, code, message);
    }
}
