using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CineRadar.Api.Admin;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using CineRadar.Api.Views;
using CineRadar.Core.Operations;
using CineRadar.Core.Catalog;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis.Admin;

/// <summary>The TIX token's status, alerts, theatre locations, the audit trail and the sweep schedule.</summary>
internal static class AdminOperationsApi
{
    public static RouteGroupBuilder MapAdminOperationsApi(this RouteGroupBuilder admin)
    {
        var operations = admin.MapGroup("").WithTags("Admin: operations");
        operations.MapGet("/token", GetToken).WithSummary("When the stored TIX tokens expire (never a token)");
        operations.MapGet("/alerts", ListAlerts).WithSummary("Alerts, active ones first");
        operations.MapGet("/theatres/unlocated", ListUnlocated).WithSummary("Theatres without coordinates");
        operations.MapPut("/theatres/{id}/location", SetLocation).RequireAuthorization(CallerPolicies.Operator).WithSummary("Set a theatre's location by hand (it wins over the geocoder)");
        operations.MapGet("/audit", ListAudit).WithSummary("The newest audit entries");
        operations.MapGet("/schedule", GetSchedule).WithSummary("When the daily sweep runs and whether seats are sampled");
        operations.MapGet("/seat-reads", GetSeatReads).WithSummary("Today's logged-in seat reads against the daily cap, and a halt after a suspected block");
        operations.MapPost("/seat-reads/resume", ResumeSeatReads).RequireAuthorization(CallerPolicies.Operator).WithSummary("Resume seat sampling after a halt");
        return admin;
    }

    public static async Task<Results<Ok<TokenStatus>, ProblemHttpResult>> GetToken(ITokenStore tokens, CancellationToken cancellationToken) =>
        await tokens.GetAsync(cancellationToken) is { } record
            ? TypedResults.Ok(TokenStatus.From(record))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No TIX token is stored yet.");

    public static async Task<Ok<List<AlertDto>>> ListAlerts(
        [Description("How many; 50 when omitted")][Range(1, AdminApi.MaxLimit)] int? limit, IAlertStore alerts, CancellationToken cancellationToken) =>
        TypedResults.Ok((await alerts.ListAsync(limit ?? AdminApi.DefaultLimit, cancellationToken)).Select(AlertDto.From).ToList());

    public static async Task<Ok<List<TheatreDto>>> ListUnlocated(ITheatreStore theatres, CityIndexes cities, CancellationToken cancellationToken)
    {
        var known = await cities.GetAsync(cancellationToken);
        return TypedResults.Ok((await theatres.GetAllAsync(cancellationToken)).Where(t => t.Location is null).Select(t => TheatreDto.From(t, known)).ToList());
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetLocation(
        ResourceId id,
        LocationRequest? request,
        AdminSiteUser user,
        [AsParameters] AdminServices services,
        ITheatreStore theatres,
        DataChanges changes,
        CancellationToken cancellationToken)
    {
        var theatreId = id.Value;
        var parameters = new Parameters();
        var latitude = request?.Latitude is { } lat and >= -90 and <= 90 ? lat : parameters.Fail<double>("latitude", "A latitude from -90 to 90 is required.", 0);
        var longitude = request?.Longitude is { } lng and >= -180 and <= 180 ? lng : parameters.Fail<double>("longitude", "A longitude from -180 to 180 is required.", 0);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        var location = new TheatreLocation(latitude, longitude, LocationSource.Manual, PlaceId: null, services.Clock.GetUtcNow());
        if (!await theatres.SetLocationAsync(theatreId, location, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No theatre with id {theatreId}.");
        }

        await changes.BumpAsync(cancellationToken);
        await services.Audit.RecordAsync(user, AuditActions.TheatreLocate, theatreId, FormattableString.Invariant($"{latitude}, {longitude}"), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<List<AuditEntryDto>>> ListAudit(
        [Description("How many; 50 when omitted")][Range(1, AdminApi.MaxLimit)] int? limit, IAuditStore audit, CancellationToken cancellationToken) =>
        TypedResults.Ok((await audit.ListAsync(limit ?? AdminApi.DefaultLimit, cancellationToken)).Select(AuditEntryDto.From).ToList());

    public static Ok<SweepSchedule> GetSchedule(SweepScheduleReader schedule, TimeProvider clock) =>
        TypedResults.Ok(schedule.Describe(clock.GetUtcNow()));

    public static async Task<Ok<SeatReadsToday>> GetSeatReads(SeatReadsReader reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(SeatReadsToday.From(await reads.TodayAsync(cancellationToken)));

    public static async Task<Results<Ok<SeatReadsToday>, ProblemHttpResult>> ResumeSeatReads(
        AdminSiteUser user, [AsParameters] AdminServices services, SeatReadsReader reads, IAlertStore alerts, CancellationToken cancellationToken)
    {
        var halted = await reads.TodayAsync(cancellationToken);
        if (!await reads.ResumeAsync(cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: "Seat sampling is not halted today.");
        }

        await alerts.ResolveAsync(SeatReadHalt.AlertCode, SeatReadHalt.AlertSubject, cancellationToken);
        await services.Audit.RecordAsync(user, AuditActions.SeatsResume, halted.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), halted.HaltReason, cancellationToken);
        return TypedResults.Ok(SeatReadsToday.From(await reads.TodayAsync(cancellationToken)));
    }
}
