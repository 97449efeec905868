using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Admin.Services.Contracts;

namespace CineRadar.Admin.Services;

/// <summary>
/// The site's only way to data: one typed method per Api route. A call that gets no usable answer throws an
/// <see cref="ApiException"/> with a message fit to show.
/// </summary>
public sealed class CineRadarApiClient(HttpClient http, ILogger<CineRadarApiClient> logger)
{
    private const string V1 = "/api/v1";
    private const string Admin = V1 + "/admin";
    private const string Site = Admin + "/site";

    /// <summary>The Api's description of itself, or null when the Api is not answering.</summary>
    public async Task<ServiceInfo?> GetServiceInfoAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetAsync<ServiceInfo>("/", cancellationToken);
        }
        catch (ApiException)
        {
            return null;
        }
    }

    // Reads

    public Task<IReadOnlyList<City>> GetCitiesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<City>>($"{V1}/cities", cancellationToken);

    public Task<IReadOnlyList<Region>> GetRegionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<Region>>($"{V1}/regions", cancellationToken);

    public Task<IReadOnlyList<DateOnly>> GetDatesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<DateOnly>>($"{V1}/dates", cancellationToken);

    public Task<IReadOnlyList<Theatre>> GetTheatresAsync(string? text = null, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<Theatre>>($"{V1}/theatres{Query(("q", text))}", cancellationToken);

    public Task<Theatre> GetTheatreAsync(string theatreId, CancellationToken cancellationToken = default) =>
        GetAsync<Theatre>($"{V1}/theatres/{Uri.EscapeDataString(theatreId)}", cancellationToken);

    public Task<TheatreSchedule> GetTheatreScheduleAsync(string theatreId, DateOnly? date, CancellationToken cancellationToken = default) =>
        GetAsync<TheatreSchedule>($"{V1}/theatres/{Uri.EscapeDataString(theatreId)}/schedule{Query(("date", Day(date)))}", cancellationToken);

    public Task<MovieHistory> GetMovieHistoryAsync(string movieId, int days, DateOnly? until = null, CancellationToken cancellationToken = default) =>
        GetAsync<MovieHistory>(
            $"{V1}/movies/{Uri.EscapeDataString(movieId)}/history{Query(("days", days.ToString(CultureInfo.InvariantCulture)), ("until", Day(until)))}",
            cancellationToken);

    public Task<BoxOffice> GetBoxOfficeAsync(DateOnly? date, CancellationToken cancellationToken = default) =>
        GetAsync<BoxOffice>($"{V1}/boxoffice{Query(("date", Day(date)))}", cancellationToken);

    public Task<Freshness> GetFreshnessAsync(CancellationToken cancellationToken = default) =>
        GetAsync<Freshness>($"{V1}/freshness", cancellationToken);

    public Task<Overview> GetOverviewAsync(DateOnly? date, CancellationToken cancellationToken = default) =>
        GetAsync<Overview>($"{V1}/analytics/overview{Query(("date", Day(date)))}", cancellationToken);

    public Task<OccupancyBreakdown> GetOccupancyAsync(DateOnly? date, string by, CancellationToken cancellationToken = default) =>
        GetAsync<OccupancyBreakdown>($"{V1}/analytics/occupancy{Query(("date", Day(date)), ("by", by))}", cancellationToken);

    public Task<ShowtimeShare> GetShowtimeShareAsync(DateOnly? date, CancellationToken cancellationToken = default) =>
        GetAsync<ShowtimeShare>($"{V1}/analytics/showtime-share{Query(("date", Day(date)))}", cancellationToken);

    // Admin: runs

    public Task<Run> QueueRunAsync(QueueRunRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<Run>(HttpMethod.Post, $"{Admin}/runs", request, cancellationToken);

    public Task<IReadOnlyList<Run>> ListRunsAsync(int limit = 20, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<Run>>($"{Admin}/runs{Query(("limit", limit.ToString(CultureInfo.InvariantCulture)))}", cancellationToken);

    public Task<Run> GetRunAsync(string runId, CancellationToken cancellationToken = default) =>
        GetAsync<Run>($"{Admin}/runs/{Uri.EscapeDataString(runId)}", cancellationToken);

    public Task<Run> RetryFailedAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync<Run>(HttpMethod.Post, $"{Admin}/runs/{Uri.EscapeDataString(runId)}/retry-failed", null, cancellationToken);

    public Task<Run> PublishAnywayAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync<Run>(HttpMethod.Post, $"{Admin}/runs/{Uri.EscapeDataString(runId)}/publish", null, cancellationToken);

    public async Task RecordSignInAsync(SignInRecord record, CancellationToken cancellationToken = default) =>
        await SendAsync<JsonElement?>(HttpMethod.Post, $"{Admin}/sign-ins", record, cancellationToken);

    public Task<SweepSchedule> GetScheduleAsync(CancellationToken cancellationToken = default) =>
        GetAsync<SweepSchedule>($"{Admin}/schedule", cancellationToken);

    /// <summary>The stored TIX token's status; null when none is stored yet.</summary>
    public async Task<TokenStatus?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetAsync<TokenStatus>($"{Admin}/token", cancellationToken);
        }
        catch (ApiException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    // Admin: keys

    public Task<IReadOnlyList<ApiKey>> ListKeysAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<ApiKey>>($"{Admin}/keys", cancellationToken);

    public Task<CreatedApiKey> CreateKeyAsync(CreateApiKeyRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<CreatedApiKey>(HttpMethod.Post, $"{Admin}/keys", request, cancellationToken);

    public async Task RevokeKeyAsync(string keyId, CancellationToken cancellationToken = default) =>
        await SendAsync<JsonElement?>(HttpMethod.Delete, $"{Admin}/keys/{Uri.EscapeDataString(keyId)}", null, cancellationToken);

    // Admin: operations

    public Task<IReadOnlyList<Alert>> ListAlertsAsync(int limit = 50, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<Alert>>($"{Admin}/alerts{Query(("limit", limit.ToString(CultureInfo.InvariantCulture)))}", cancellationToken);

    public Task<IReadOnlyList<Theatre>> ListUnlocatedTheatresAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<Theatre>>($"{Admin}/theatres/unlocated", cancellationToken);

    public async Task SetTheatreLocationAsync(string theatreId, LocationRequest location, CancellationToken cancellationToken = default) =>
        await SendAsync<JsonElement?>(HttpMethod.Put, $"{Admin}/theatres/{Uri.EscapeDataString(theatreId)}/location", location, cancellationToken);

    public Task<IReadOnlyList<AddedCity>> ListAddedCitiesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<AddedCity>>($"{Admin}/cities/added", cancellationToken);

    public Task<AddedCity> MapCityAsync(string cityId, CityMappingRequest mapping, CancellationToken cancellationToken = default) =>
        SendAsync<AddedCity>(HttpMethod.Put, $"{Admin}/cities/{Uri.EscapeDataString(cityId)}/mapping", mapping, cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit = 50, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<AuditEntry>>($"{Admin}/audit{Query(("limit", limit.ToString(CultureInfo.InvariantCulture)))}", cancellationToken);

    // Admin: what this site's replicas share

    public Task<IReadOnlyList<DataProtectionKey>> ListDataProtectionKeysAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<DataProtectionKey>>($"{Site}/data-protection-keys", cancellationToken);

    public async Task AddDataProtectionKeyAsync(DataProtectionKey key, CancellationToken cancellationToken = default) =>
        await SendAsync<JsonElement?>(HttpMethod.Post, $"{Site}/data-protection-keys", key, cancellationToken);

    /// <summary>Takes or renews the lease under which one replica at a time loads the key ring; false while another holds it.</summary>
    public async Task<bool> TakeKeyRingLeaseAsync(string owner, TimeSpan duration, CancellationToken cancellationToken = default) =>
        (await SendAsync<KeyRingLease>(HttpMethod.Post, $"{Site}/data-protection-keys/lease", new KeyRingLeaseRequest(owner, (int)Math.Ceiling(duration.TotalSeconds)), cancellationToken)).Acquired;

    public async Task ReleaseKeyRingLeaseAsync(string owner, CancellationToken cancellationToken = default) =>
        await SendAsync<JsonElement?>(HttpMethod.Delete, $"{Site}/data-protection-keys/lease{Query(("owner", owner))}", null, cancellationToken);

    public async Task<int> CountSignInFailuresAsync(string name, TimeSpan window, CancellationToken cancellationToken = default) =>
        (await GetAsync<SignInFailures>($"{Site}/sign-in-failures{Query(("name", name), ("windowSeconds", Seconds(window)))}", cancellationToken)).Failures;

    public async Task<int> RecordSignInFailureAsync(string name, TimeSpan window, CancellationToken cancellationToken = default) =>
        (await SendAsync<SignInFailures>(HttpMethod.Post, $"{Site}/sign-in-failures", new SignInFailureRequest(name, (int)window.TotalSeconds), cancellationToken)).Failures;

    public async Task ClearSignInFailuresAsync(string name, CancellationToken cancellationToken = default) =>
        await SendAsync<JsonElement?>(HttpMethod.Delete, $"{Site}/sign-in-failures{Query(("name", name))}", null, cancellationToken);

    // Plumbing

    private Task<T> GetAsync<T>(string path, CancellationToken cancellationToken) => SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.ExecutionRejectedException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "The CineRadar Api did not answer {Method} {Path}", method, path);
            throw new ApiException(ApiException.NotAnswering, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ApiProblems.ReadAsync(response, cancellationToken);
            }

            if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            {
                return default!;
            }

            try
            {
                return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken))!;
            }
            catch (JsonException ex)
            {
                logger.LogError(ex, "The CineRadar Api answered {Method} {Path} with JSON this site cannot read", method, path);
                throw new ApiException("The CineRadar Api gave an answer this site cannot read.", ex);
            }
        }
    }

    private static string Seconds(TimeSpan window) => ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }
}
