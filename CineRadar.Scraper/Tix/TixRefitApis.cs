using Refit;

namespace CineRadar.Scraper.Tix;

// The api-b2b.tix.id endpoints CineRadar calls. Answers come back raw: Core's TixPayloads reads every body.

/// <summary>Movies per city and schedules: called with the guest headers the app sends.</summary>
public interface ITixCatalogApi
{
    /// <summary>The movie list at the path and with the query the app used (<see cref="MovieListRequest"/>).</summary>
    [Get("/{**path}")]
    Task<HttpResponseMessage> GetMoviesAsync(string path, [Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Get("/v1/schedules/movies/{movieId}")]
    Task<HttpResponseMessage> GetSchedulesAsync(
        string movieId,
        [AliasAs("city_id")] string cityId,
        string date,
        int page,
        CancellationToken cancellationToken);
}

/// <summary>Seat layouts: called with the logged-in access token (guest tokens are refused).</summary>
public interface ITixSeatApi
{
    [Get("/v1/movies/{chainPath}/layout")]
    Task<HttpResponseMessage> GetLayoutAsync(
        string chainPath,
        [AliasAs("show_time_id")] string showTimeId,
        int tz,
        CancellationToken cancellationToken);
}

/// <summary>Access-token refresh with the refresh token.</summary>
public interface ITixAuthApi
{
    [Post("/v1/users/refresh")]
    [Headers("platform: web")]
    Task<HttpResponseMessage> RefreshAsync(
        [Header("Authorization")] string bearerRefreshToken,
        [Body] HttpContent body,
        CancellationToken cancellationToken);
}
