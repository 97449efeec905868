using System.Globalization;
using CineRadar.Core.Time;
using CineRadar.TixSandbox.Auth;
using CineRadar.TixSandbox.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace CineRadar.TixSandbox.Api;

/// <summary>The sandbox's own controls under <c>/sandbox/</c> on the API origin (never used by the scraper).</summary>
internal static class ControlApi
{
    public static void MapControlApi(this IEndpointRouteBuilder app)
    {
        var sandbox = app.MapGroup("/sandbox").OnOrigin(SandboxOrigin.Api);

        sandbox.MapGet("/truth", Truth);
        sandbox.MapGet("/truth/day", (string? date, GroundTruth truth) =>
            ParseDate(date, truth, out var day) ? Results.Json(new { date = day, showtimes = truth.Day(day) }) : BadDate());
        sandbox.MapGet("/catalog", (string? date, GroundTruth truth) =>
            ParseDate(date, truth, out var day) ? Results.Json(truth.Counts(day)) : BadDate());

        sandbox.MapGet("/counters", (RequestCounters counters, FaultControl faults) =>
            Results.Json(new { endpoints = counters.Snapshot(), faults = faults.Counts }));
        sandbox.MapDelete("/counters", (RequestCounters counters) =>
        {
            counters.Clear();
            return Results.NoContent();
        });

        sandbox.MapGet("/faults", (FaultControl faults) => Results.Json(faults.Current));
        sandbox.MapPut("/faults", (FaultSettings settings, FaultControl faults) =>
        {
            faults.Set(settings);
            return Results.Json(faults.Current);
        });
        sandbox.MapDelete("/faults", (FaultControl faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });

        sandbox.MapPost("/tokens/expire", (TokenExpiry? expiry, TokenService tokens) =>
        {
            expiry ??= new TokenExpiry();
            tokens.ExpireIssued(expiry.Access, expiry.Refresh, expiry.Guest);
            return Results.Json(expiry);
        });

        sandbox.MapGet("/clock", (SandboxClock clock) => Results.Json(ClockState.Of(clock)));
        sandbox.MapPut("/clock", (ClockChange change, SandboxClock clock) =>
        {
            if (change.Speed is <= 0)
            {
                return Results.BadRequest(new { error = "speed must be positive" });
            }

            clock.Set(change.Offset, change.Speed);
            if (change.Now is { } now)
            {
                clock.SetNow(now);
            }

            return Results.Json(ClockState.Of(clock));
        });
    }

    private static IResult Truth([FromQuery(Name = "show_time_id")] string? showTimeId, string? at, GroundTruth truth, SandboxClock clock)
    {
        var instant = clock.GetUtcNow();
        if (at is not null && !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
        {
            return Results.BadRequest(new { error = "at must be an ISO 8601 instant" });
        }

        var found = string.IsNullOrEmpty(showTimeId) ? null : truth.Find(showTimeId, instant);
        return found is null ? Results.NotFound(new { error = "no such show time" }) : Results.Json(found);
    }

    private static bool ParseDate(string? date, GroundTruth truth, out DateOnly day)
    {
        day = truth.Today;
        return date is null || DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private static IResult BadDate() => Results.BadRequest(new { error = "date must be YYYY-MM-DD" });

    private sealed record TokenExpiry(bool Access = true, bool Refresh = false, bool Guest = false);

    private sealed record ClockChange(TimeSpan? Offset = null, double? Speed = null, DateTimeOffset? Now = null);

    /// <summary>The clock as the controls show it; <c>today</c> is the WIB business date.</summary>
    private sealed record ClockState(DateTimeOffset Now, DateOnly Today, TimeSpan Offset, double Speed)
    {
        public static ClockState Of(SandboxClock clock)
        {
            var now = clock.GetUtcNow();
            return new(now, IndonesianClock.BusinessDate(now), clock.Offset, clock.Speed);
        }
    }
}
