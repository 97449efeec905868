using CineRadar.WebComponents.Api;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CineRadar.Admin.Tables;

/// <summary>
/// <c>/export/data</c>: the Api's data export (showtimes, seat readings, estimates over a range of days, CSV or
/// Parquet) passed through to the browser as the Api streams it, gzip and file name included; the site writes no CSV
/// of its own for it. Signed-in users only (the site's fallback policy); the Api judges the range and counts the export
/// against the Admin's daily quota, and its refusal is shown as plain text with its status.
/// </summary>
public static class DataExportEndpoints
{
    public static IEndpointRouteBuilder MapDataExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/data", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string? dataset, string? from, string? to, string? format, HttpContext http, CineRadarApiClient api)
    {
        if (string.IsNullOrWhiteSpace(dataset))
        {
            return TypedResults.Text("Choose what to export.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var acceptsGzip = http.Request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (e.Quality ?? 1) > 0);
            return new PassedOn(await api.OpenExportAsync(dataset, from, to, format, acceptsGzip, http.RequestAborted));
        }
        catch (ApiException ex)
        {
            return TypedResults.Text(ex.Message, statusCode: ex.Status is { } status ? (int)status : StatusCodes.Status502BadGateway);
        }
    }

    private sealed class PassedOn(ApiDownload download) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            using (download)
            {
                var response = httpContext.Response;
                response.ContentType = download.ContentType;
                response.Headers.ContentDisposition = download.ContentDisposition;
                response.Headers.ContentEncoding = download.ContentEncoding;
                response.Headers.Vary = HeaderNames.AcceptEncoding;
                response.Headers.CacheControl = "private, no-store";
                httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
                await download.Content.CopyToAsync(response.Body, httpContext.RequestAborted);
            }
        }
    }
}
