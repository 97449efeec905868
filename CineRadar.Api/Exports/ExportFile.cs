using CineRadar.Csv;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CineRadar.Api.Exports;

/// <summary>
/// An export as the response: an attachment with its file name, streamed a day at a time. A CSV is gzipped
/// (<c>Content-Encoding: gzip</c>) when the request accepts gzip; Parquet compresses its own pages and is sent as it is.
/// </summary>
internal sealed class ExportFile(IExportTable table, ExportFormat format, IReadOnlyList<DateOnly> days, string fileName, Func<long, Task> finished) : IResult
{
    public const string ParquetContentType = "application/vnd.apache.parquet";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var gzip = format == ExportFormat.Csv && AcceptsGzip(httpContext.Request);
        response.ContentType = format == ExportFormat.Csv ? CsvRules.ContentType : ParquetContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        response.Headers.CacheControl = "private, no-store";
        if (format == ExportFormat.Csv)
        {
            response.Headers.Vary = HeaderNames.AcceptEncoding;
        }

        if (gzip)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(httpContext.RequestAborted);
        var rows = await table.WriteAsync(format, gzip, days, response.Body, httpContext.RequestAborted);
        await finished(rows);
    }

    /// <summary>Whether the request lists gzip (or any encoding) with a quality above zero.</summary>
    public static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e =>
            (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Equals("*", StringComparison.Ordinal)) && (e.Quality ?? 1) > 0);
}
