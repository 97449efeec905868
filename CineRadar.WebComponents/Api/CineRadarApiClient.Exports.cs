using CineRadar.Contracts;
using CineRadar.WebComponents.Navigation;
using Polly;

namespace CineRadar.WebComponents.Api;

// Data exports: the Api's files, streamed through to the Admin's browser, and each key's daily use.
public sealed partial class CineRadarApiClient
{
    /// <summary>
    /// Opens the export of <paramref name="dataset"/> from <paramref name="from"/> to <paramref name="to"/> in
    /// <paramref name="format"/>, as the person wrote them (the Api judges them): the answer's headers are read, its body
    /// is not. Gzip is asked for when <paramref name="acceptGzip"/>. Sent once, never retried (the Api counts each
    /// export): a refusal (a bad range, the quota used up, a failure) is an <see cref="ApiException"/> with the Api's
    /// problem at once.
    /// </summary>
    public async Task<ApiDownload> OpenExportAsync(
        string dataset, string? from, string? to, string? format, bool acceptGzip, CancellationToken cancellationToken = default)
    {
        var path = $"{V1}/exports/{Segment(dataset)}{Query(("from", from), ("to", to), ("format", format))}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        SingleAttemptHandler.Mark(request);
        if (acceptGzip)
        {
            ApiDownload.AcceptGzip(request);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (FinalAnswerException refused)
        {
            response = refused.Response;
        }
        catch (Exception ex) when (ex is HttpRequestException or ExecutionRejectedException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw ApiException.Unreachable(ex);
        }

        try
        {
            await EnsureAnsweredAsync(response, cancellationToken);
            return new ApiDownload(response, await response.Content.ReadAsStreamAsync(cancellationToken));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Each key's exports of a WIB day (today when null) against its quota.</summary>
    public Task<IReadOnlyList<ExportUseDto>> GetExportUseAsync(DateOnly? date = null, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<ExportUseDto>>($"{V1}/admin/export-use{Query(("date", UrlQuery.Day(date)))}", cancellationToken);
}
