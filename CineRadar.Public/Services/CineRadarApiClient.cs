using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CineRadar.Public.Models;
using CineRadar.Public.Navigation;

namespace CineRadar.Public.Services;

/// <summary>
/// The site's only way to data: the CineRadar Api (v1). A read answers null when the Api knows no such thing (404, or
/// an id it refuses with 400), and throws <see cref="ApiUnavailableException"/> when the Api cannot answer.
/// </summary>
public sealed class CineRadarApiClient(HttpClient http, ILogger<CineRadarApiClient> logger)
{
    private const string V1 = "api/v1/";

    /// <summary>The Api's description of itself, or null when the Api is not answering.</summary>
    public async Task<ServiceInfo?> GetServiceInfoAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await FindAsync<ServiceInfo>("/", cancellationToken);
        }
        catch (ApiUnavailableException)
        {
            return null;
        }
    }

    public Task<List<City>?> GetCitiesAsync(CancellationToken cancellationToken = default) =>
        FindAsync<List<City>>(V1 + "cities", cancellationToken);

    public Task<List<DateOnly>?> GetDatesAsync(CancellationToken cancellationToken = default) =>
        FindAsync<List<DateOnly>>(V1 + "dates", cancellationToken);

    public Task<MovieList?> GetMoviesAsync(DateOnly? date, string? cityId, CancellationToken cancellationToken = default) =>
        FindAsync<MovieList>(V1 + "movies" + UrlQuery.Of(("date", UrlQuery.Day(date)), ("city", cityId)), cancellationToken);

    public Task<MovieDetail?> GetMovieAsync(string movieId, DateOnly? date, string? cityId, CancellationToken cancellationToken = default) =>
        FindAsync<MovieDetail>(V1 + "movies/" + Segment(movieId) + UrlQuery.Of(("date", UrlQuery.Day(date)), ("city", cityId)), cancellationToken);

    public Task<MovieHistory?> GetMovieHistoryAsync(string movieId, int days, DateOnly? until, CancellationToken cancellationToken = default) =>
        FindAsync<MovieHistory>(
            V1 + "movies/" + Segment(movieId) + "/history" + UrlQuery.Of(("days", days.ToString(CultureInfo.InvariantCulture)), ("until", UrlQuery.Day(until))),
            cancellationToken);

    public Task<List<Theatre>?> GetTheatresAsync(string? cityId, string? text, CancellationToken cancellationToken = default) =>
        FindAsync<List<Theatre>>(V1 + "theatres" + UrlQuery.Of(("city", cityId), ("q", text)), cancellationToken);

    public Task<Theatre?> GetTheatreAsync(string theatreId, CancellationToken cancellationToken = default) =>
        FindAsync<Theatre>(V1 + "theatres/" + Segment(theatreId), cancellationToken);

    public Task<TheatreSchedule?> GetTheatreScheduleAsync(string theatreId, DateOnly? date, CancellationToken cancellationToken = default) =>
        FindAsync<TheatreSchedule>(V1 + "theatres/" + Segment(theatreId) + "/schedule" + UrlQuery.Of(("date", UrlQuery.Day(date))), cancellationToken);

    public Task<ShowtimeDetail?> GetShowtimeAsync(string showtimeId, DateOnly? date, CancellationToken cancellationToken = default) =>
        FindAsync<ShowtimeDetail>(V1 + "showtimes/" + Segment(showtimeId) + UrlQuery.Of(("date", UrlQuery.Day(date))), cancellationToken);

    public Task<BoxOffice?> GetBoxOfficeAsync(DateOnly? date, CancellationToken cancellationToken = default) =>
        FindAsync<BoxOffice>(V1 + "boxoffice" + UrlQuery.Of(("date", UrlQuery.Day(date))), cancellationToken);

    private async Task<T?> FindAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "The CineRadar Api is not answering {Path}", path);
            throw new ApiUnavailableException($"The CineRadar Api is not answering {path}.", ex);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The CineRadar Api answered {Status} to {Path}", (int)response.StatusCode, path);
                throw new ApiUnavailableException($"The CineRadar Api answered {(int)response.StatusCode} to {path}.");
            }

            return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
                ?? throw new ApiUnavailableException($"The CineRadar Api answered an empty body to {path}.");
        }
    }

    private static string Segment(string id) => Uri.EscapeDataString(id);
}
