using System.ComponentModel;
using CineRadar.Api.Apis;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using CineRadar.Contracts;
using CineRadar.Csv;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Exports;

/// <summary>
/// <c>/api/v1/exports/{dataset}</c>: showtimes, seat readings or estimates over a range of WIB days as CSV or Parquet,
/// for B2B keys and the Admin site's signed-in people, within each key's daily quota; and the day's use per key for
/// the Admin.
/// </summary>
internal static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup($"{PublicApi.Prefix}/exports")
            .RequireAuthorization(ExportPolicy.Name)
            .ValidateParameters()
            .WithTags("Exports")
            .MapGet("/{dataset}", Export)
            .WithSummary("A dataset over a range of days as a CSV or Parquet file, streamed a day at a time")
            .Produces(StatusCodes.Status200OK, contentType: CsvRules.ContentType, additionalContentTypes: [ExportFile.ParquetContentType])
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapGroup($"{PublicApi.Prefix}/admin/export-use")
            .RequireAuthorization(CallerPolicies.AnalystOrOperator)
            .ValidateParameters()
            .WithTags("Admin: API keys")
            .MapGet("", GetExportUse)
            .WithSummary("Each key's exports and exported rows of a WIB day, with its daily quota");
        return app;
    }

    public static async Task<IResult> Export(
        [Description("What to export")] Word<ExportDataset> dataset,
        [Description("The first WIB business day")] DateOnly from,
        [Description("The last WIB business day (at most 92 days after from's)")] DateOnly to,
        [Description("csv (default) or parquet")] Word<ExportFormat>? format,
        HttpContext http,
        ExportTables tables,
        ExportQuota quota,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var days = ExportRange.Days(from, to, parameters);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        var caller = Caller.Of(http.User)!;
        if (await quota.TryStartAsync(caller, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var started = clock.Today();
        var written = format?.Value ?? ExportFormat.Csv;
        var fileName = FormattableString.Invariant($"cineradar-{dataset}-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}.{written.ToString().ToLowerInvariant()}");
        return new ExportFile(tables.For(dataset.Value), written, days, fileName, rows => quota.AddRowsAsync(caller, started, rows));
    }

    public static async Task<Ok<List<ExportUseDto>>> GetExportUse(
        DateOnly? date, IExportUseStore uses, ExportQuota quota, TimeProvider clock, CancellationToken cancellationToken)
    {
        var day = date ?? clock.Today();
        return TypedResults.Ok((await uses.GetDayAsync(day, cancellationToken))
            .Select(use => new ExportUseDto(use.KeyId, use.Date, use.Exports, use.Rows, quota.LimitFor(use.KeyId)))
            .ToList());
    }
}
