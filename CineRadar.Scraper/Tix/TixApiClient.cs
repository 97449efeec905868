using CineRadar.Core.Seats;
using CineRadar.Core.Tix;
using Polly;
using Polly.Registry;

namespace CineRadar.Scraper.Tix;

/// <summary>
/// CineRadar's calls to api-b2b.tix.id, each answer read by Core's <see cref="TixPayloads"/>. HTTP failures were already
/// retried by the clients' resilience pipeline; a 200 whose body is cut or malformed is fetched again here.
/// </summary>
public sealed class TixApiClient(
    ITixCatalogApi catalog,
    ITixSeatApi seats,
    ResiliencePipelineProvider<string> pipelines)
{
    private readonly ResiliencePipeline _payloadRetry = pipelines.GetPipeline(PayloadPipeline);

    public const string PayloadPipeline = "tix-payload";

    /// <summary>A city's movie list, asked for the way the app asks (<paramref name="request"/> was learned from it).</summary>
    public Task<IReadOnlyList<TixMovie>> GetMoviesAsync(MovieListRequest request, string cityId, CancellationToken cancellationToken) =>
        FetchAsync(
            TixEndpoints.Movies,
            ct => catalog.GetMoviesAsync(request.PathFor(cityId), request.QueryFor(cityId), ct),
            TixPayloads.ParseMovies,
            cancellationToken);

    public Task<TixSchedulePage> GetSchedulePageAsync(string movieId, string cityId, DateOnly date, int page, CancellationToken cancellationToken) =>
        FetchAsync(
            TixEndpoints.Schedules,
            ct => catalog.GetSchedulesAsync(movieId, cityId, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page, ct),
            TixPayloads.ParseSchedulePage,
            cancellationToken);

    /// <summary>A showtime's seat map; <c>tz=7</c> is what the app sends (a zone name is refused).</summary>
    public Task<SeatLayout> GetSeatLayoutAsync(string chainPath, string showtimeId, CancellationToken cancellationToken) =>
        FetchAsync(TixEndpoints.Layout, ct => seats.GetLayoutAsync(chainPath, showtimeId, 7, ct), TixPayloads.ParseSeatLayout, cancellationToken);

    private Task<T> FetchAsync<T>(string endpoint, Func<CancellationToken, Task<HttpResponseMessage>> send, TixParser<T> parse, CancellationToken cancellationToken) =>
        _payloadRetry.ExecuteAsync(async ct =>
        {
            using var response = await send(ct);
            return TixAnswer.Read((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(ct), endpoint, parse);
        }, cancellationToken).AsTask();
}
