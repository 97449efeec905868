using CineRadar.WebComponents.Api;

namespace CineRadar.Admin.Tables;

/// <summary>
/// <c>/export/*.csv</c>: every table of the site as a CSV file, with the same columns and query as its page. Signed-in
/// users only (the site's fallback policy); an Api that does not answer gives a plain message, not a 500.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapCsvExports(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export").AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (ApiException ex)
            {
                return TypedResults.Text(ex.Message, statusCode: StatusCodes.Status502BadGateway);
            }
        });

        export.MapGet("/leaderboard.csv", async (DateOnly? date, CineRadarApiClient api, CancellationToken ct) =>
        {
            var boxOffice = await api.GetBoxOfficeAsync(date, ct);
            return CsvFile.From($"leaderboard-{AdminLinks.Day(boxOffice.Date)}", AnalyticsTables.Leaderboard, boxOffice.Movies);
        });

        export.MapGet("/occupancy.csv", async (DateOnly? date, string? by, CineRadarApiClient api, CancellationToken ct) =>
        {
            var breakdown = await api.GetOccupancyAsync(date, by ?? OccupancyDimensions.Default, ct);
            return CsvFile.From($"occupancy-by-{breakdown.By}-{AdminLinks.Day(breakdown.Date)}", AnalyticsTables.Occupancy, breakdown.Rows);
        });

        export.MapGet("/showtime-share.csv", async (DateOnly? date, CineRadarApiClient api, CancellationToken ct) =>
        {
            var share = await api.GetShowtimeShareAsync(date, ct);
            return CsvFile.From($"showtime-share-{AdminLinks.Day(share.Date)}", AnalyticsTables.ShowtimeShare, share.Rows);
        });

        export.MapGet("/movies/{movieId}/trend.csv", async (string movieId, int? days, CineRadarApiClient api, CancellationToken ct) =>
        {
            var found = await api.FindMovieHistoryAsync(movieId, TrendDays.Of(days), cancellationToken: ct);
            if (!found.IsFound)
            {
                return TypedResults.Text(found.NotFound.Message, statusCode: StatusCodes.Status404NotFound);
            }

            var history = found.Value;
            return CsvFile.From($"trend-{history.MovieId}-{history.Days.Count}d", AnalyticsTables.Trend, history.Days);
        });

        export.MapGet("/theatres.csv", async (string? q, string? sort, string? dir, CineRadarApiClient api, CancellationToken ct) =>
        {
            var theatres = await api.GetTheatresAsync(q, ct);
            return CsvFile.From("theatres", TheatreTables.Theatres, TableView.Sort(theatres, TheatreTables.Theatres, sort, dir == "desc"));
        });

        return app;
    }
}
