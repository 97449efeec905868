using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Globalization;
using CineRadar.Api.Admin;
using CineRadar.Api.Contracts;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using CineRadar.Api.Views;
using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis.Admin;

/// <summary>
/// Queued runs: schedules, re-sweeps of today, seat sampling and token runs, which the scraper does; their live progress.
/// </summary>
internal static class AdminRunsApi
{
    public const int MaxDays = 7;
    public const int MaxDaysAhead = 14;
    public const int DefaultLimit = 20;

    public static RouteGroupBuilder MapAdminRunsApi(this RouteGroupBuilder admin)
    {
        var runs = admin.MapGroup("/runs").WithTags("Admin: runs");
        runs.MapPost("", QueueRun).RequireAuthorization(CallerPolicies.Operator).WithSummary("Queue a run (all cities when none is named)");
        runs.MapGet("", ListRuns).WithSummary("The newest runs with their items");
        runs.MapGet("/{runId}", GetRun).WithSummary("One run with its per-city items");
        runs.MapPost("/{runId}/retry-failed", RetryFailed).RequireAuthorization(CallerPolicies.Operator).WithSummary("Queue a run of the same kind for the cities that failed");
        runs.MapPost("/{runId}/publish", PublishAnyway).RequireAuthorization(CallerPolicies.Operator).WithSummary("Publish a held sweep although its day looked too thin");
        return admin;
    }

    public static async Task<Results<Accepted<Run>, ValidationProblem>> QueueRun(
        QueueRunRequest? request, AdminSiteUser user, [AsParameters] AdminServices services, IRunStore runs, CityIndexes cityIndexes, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var kind = parameters.Choice("kind", request?.Kind, RunWords.Kinds, RunKind.Schedules, required: true);
        var isToken = kind is RunKind.TokenRefresh or RunKind.TokenLogin;
        var today = services.Today;
        var date = parameters.Date("date", request?.Date, today);
        if (kind == RunKind.Resweep && date != today)
        {
            parameters.Fail("date", $"A re-sweep reads today's schedules only ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).", date);
        }
        else if (date < today.AddDays(-1) || date > today.AddDays(MaxDaysAhead))
        {
            parameters.Fail("date", $"A run's date is from yesterday to {MaxDaysAhead} days ahead.", date);
        }

        var days = request?.Days ?? 1;
        if (days < 1 || days > (kind == RunKind.Schedules ? MaxDays : 1))
        {
            parameters.Fail("days", kind switch
            {
                RunKind.Schedules => $"From 1 to {MaxDays} days.",
                RunKind.Resweep => "A re-sweep reads one day, today.",
                _ => "Only a schedule run covers several days.",
            }, days);
        }

        if (isToken && request?.Cities is { Count: > 0 })
        {
            parameters.Fail("cities", "A token run has no cities.", 0);
        }

        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        // The cities are checked against the store's list only once nothing else is wrong: a bad value costs no store call.
        var known = await cityIndexes.GetAsync(cancellationToken);
        var cities = ReadCities(parameters, isToken ? null : request?.Cities, known);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        IReadOnlyList<RunItemSpec> items = isToken ? [RunItemSpec.Token] : (cities.Count == 0 ? known.All : cities).Select(c => new RunItemSpec(c.Id, c.Name)).ToList();
        var run = await QueueAsync(runs, new RunRequest(kind, date, cities.Select(c => c.Id).ToList(), user.Name, "admin", days, Activity.Current?.TraceId.ToString()), items, cancellationToken);
        var scope = isToken ? "" : cities.Count == 0 ? " all cities" : $" {string.Join(", ", cities.Select(c => c.Name))}";
        await services.Audit.RecordAsync(user, AuditActions.RunQueue, run.Id, $"{RunWords.Kind(kind)}{scope} {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", cancellationToken);
        return TypedResults.Accepted($"{PublicApi.Prefix}/admin/runs/{run.Id}", Run.From(run));
    }

    public static async Task<Ok<List<Run>>> ListRuns(
        [Description("How many of the newest runs; 20 when omitted")][Range(1, AdminApi.MaxLimit)] int? limit, IRunStore runs, CancellationToken cancellationToken) =>
        TypedResults.Ok((await runs.ListAsync(limit ?? DefaultLimit, cancellationToken)).Select(Run.From).ToList());

    public static async Task<Results<Ok<Run>, ProblemHttpResult>> GetRun(ResourceId runId, IRunStore runs, CancellationToken cancellationToken) =>
        await runs.GetAsync(runId.Value, cancellationToken) is { } run ? TypedResults.Ok(Run.From(run)) : UnknownRun(runId.Value);

    public static async Task<Results<Accepted<Run>, ProblemHttpResult>> RetryFailed(
        ResourceId runId, AdminSiteUser user, [AsParameters] AdminServices services, IRunStore runs, CancellationToken cancellationToken)
    {
        var id = runId.Value;
        if (await runs.GetAsync(id, cancellationToken) is not { } run)
        {
            return UnknownRun(id);
        }

        var failed = run.Cities.Where(i => i.Status == WorkItemStatus.Failed).ToList();
        if (failed.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"No city of run {id} failed.");
        }

        if (run.Kind == RunKind.Resweep && run.Date != services.Today)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"Run {id} re-swept an earlier day; a re-sweep reads today only.");
        }

        var request = new RunRequest(run.Kind, run.Date, failed.Select(i => i.Key).ToList(), user.Name, "admin-retry", run.Days, Activity.Current?.TraceId.ToString());
        var retry = await QueueAsync(runs, request, failed.Select(i => new RunItemSpec(i.Key, i.Label)).ToList(), cancellationToken);
        await services.Audit.RecordAsync(user, AuditActions.RunRetryFailed, retry.Id, $"{failed.Count} failed of {id}", cancellationToken);
        return TypedResults.Accepted($"{PublicApi.Prefix}/admin/runs/{retry.Id}", Run.From(retry));
    }

    public static async Task<Results<Accepted<Run>, ProblemHttpResult>> PublishAnyway(
        ResourceId runId, AdminSiteUser user, [AsParameters] AdminServices services, IRunStore runs, CancellationToken cancellationToken)
    {
        var id = runId.Value;
        if (!await runs.PublishAnywayAsync(id, cancellationToken))
        {
            return await runs.GetAsync(id, cancellationToken) is { } run
                ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"Run {id} is {RunWords.Status(run.Status)}, not held.")
                : UnknownRun(id);
        }

        await services.Audit.RecordAsync(user, AuditActions.RunPublishAnyway, id, null, cancellationToken);
        return TypedResults.Accepted($"{PublicApi.Prefix}/admin/runs/{id}", Run.From((await runs.GetAsync(id, cancellationToken))!));
    }

    private static Task<ScrapeRun> QueueAsync(IRunStore runs, RunRequest request, IReadOnlyList<RunItemSpec> items, CancellationToken cancellationToken) =>
        runs.QueueAsync(request, items, cancellationToken);

    private static List<City> ReadCities(Parameters parameters, IReadOnlyList<string>? ids, KnownCities known)
    {
        if (ids is null || ids.Count == 0)
        {
            return [];
        }

        var unknown = ids.Where(id => known.Find(id ?? "") is null).ToList();
        return unknown.Count > 0
            ? parameters.Fail<List<City>>("cities", $"Not TIX city ids: {string.Join(", ", unknown.Take(5))}.", [])
            : ids.Distinct(StringComparer.Ordinal).Select(id => known.Find(id)!).ToList();
    }

    private static ProblemHttpResult UnknownRun(string runId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No run with id {runId}.");
}
