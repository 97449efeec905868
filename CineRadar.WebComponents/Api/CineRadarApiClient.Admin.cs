using CineRadar.Contracts;

namespace CineRadar.WebComponents.Api;

// The Api's admin section, called by the Admin site only (with the signed-in person in the identity headers).
public sealed partial class CineRadarApiClient
{
    private const string Admin = V1 + "/admin";
    private const string Site = Admin + "/site";

    // Runs

    public Task<Run> QueueRunAsync(QueueRunRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<Run>(HttpMethod.Post, $"{Admin}/runs", request, cancellationToken);

    public Task<IReadOnlyList<Run>> ListRunsAsync(int limit = 20, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<Run>>($"{Admin}/runs{Query(("limit", Number(limit)))}", cancellationToken);

    public Task<ApiResult<Run>> FindRunAsync(string runId, CancellationToken cancellationToken = default) =>
        FindAsync<Run>($"{Admin}/runs/{Segment(runId)}", cancellationToken);

    public Task<Run> RetryFailedAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync<Run>(HttpMethod.Post, $"{Admin}/runs/{Segment(runId)}/retry-failed", null, cancellationToken);

    public Task<Run> PublishAnywayAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync<Run>(HttpMethod.Post, $"{Admin}/runs/{Segment(runId)}/publish", null, cancellationToken);

    public Task RecordSignInAsync(SignInRecord record, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"{Admin}/sign-ins", record, cancellationToken);

    public Task<SweepSchedule> GetScheduleAsync(CancellationToken cancellationToken = default) =>
        GetAsync<SweepSchedule>($"{Admin}/schedule", cancellationToken);

    public Task<SeatReadsToday> GetSeatReadsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<SeatReadsToday>($"{Admin}/seat-reads", cancellationToken);

    public Task<SeatReadsToday> ResumeSeatReadsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<SeatReadsToday>(HttpMethod.Post, $"{Admin}/seat-reads/resume", null, cancellationToken);

    /// <summary>The stored TIX token's status; not found while none is stored.</summary>
    public Task<ApiResult<TokenStatus>> FindTokenAsync(CancellationToken cancellationToken = default) =>
        FindAsync<TokenStatus>($"{Admin}/token", cancellationToken);

    // Keys

    public Task<IReadOnlyList<ApiKeyDto>> ListKeysAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<ApiKeyDto>>($"{Admin}/keys", cancellationToken);

    public Task<CreatedApiKey> CreateKeyAsync(CreateApiKeyRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<CreatedApiKey>(HttpMethod.Post, $"{Admin}/keys", request, cancellationToken);

    public Task RevokeKeyAsync(string keyId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"{Admin}/keys/{Segment(keyId)}", null, cancellationToken);

    // Operations

    public Task<IReadOnlyList<AlertDto>> ListAlertsAsync(int limit = 50, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<AlertDto>>($"{Admin}/alerts{Query(("limit", Number(limit)))}", cancellationToken);

    public Task<IReadOnlyList<TheatreDto>> ListUnlocatedTheatresAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<TheatreDto>>($"{Admin}/theatres/unlocated", cancellationToken);

    public Task SetTheatreLocationAsync(string theatreId, LocationRequest location, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"{Admin}/theatres/{Segment(theatreId)}/location", location, cancellationToken);

    public Task<IReadOnlyList<AddedCityDto>> ListAddedCitiesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<AddedCityDto>>($"{Admin}/cities/added", cancellationToken);

    public Task<AddedCityDto> MapCityAsync(string cityId, CityMappingRequest mapping, CancellationToken cancellationToken = default) =>
        SendAsync<AddedCityDto>(HttpMethod.Put, $"{Admin}/cities/{Segment(cityId)}/mapping", mapping, cancellationToken);

    public Task<IReadOnlyList<AuditEntryDto>> ListAuditAsync(int limit = 50, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<AuditEntryDto>>($"{Admin}/audit{Query(("limit", Number(limit)))}", cancellationToken);

    // What the Admin site's replicas share

    public Task<IReadOnlyList<DataProtectionKey>> ListDataProtectionKeysAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<DataProtectionKey>>($"{Site}/data-protection-keys", cancellationToken);

    public Task AddDataProtectionKeyAsync(DataProtectionKey key, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"{Site}/data-protection-keys", key, cancellationToken);

    /// <summary>Takes or renews the lease under which one replica at a time loads the key ring; false while another holds it.</summary>
    public async Task<bool> TakeKeyRingLeaseAsync(string owner, TimeSpan duration, CancellationToken cancellationToken = default) =>
        (await SendAsync<KeyRingLease>(
            HttpMethod.Post, $"{Site}/data-protection-keys/lease", new KeyRingLeaseRequest(owner, (int)Math.Ceiling(duration.TotalSeconds)), cancellationToken)).Acquired;

    public Task ReleaseKeyRingLeaseAsync(string owner, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"{Site}/data-protection-keys/lease{Query(("owner", owner))}", null, cancellationToken);

    public async Task<int> CountSignInFailuresAsync(string name, TimeSpan window, CancellationToken cancellationToken = default) =>
        (await GetAsync<SignInFailures>($"{Site}/sign-in-failures{Query(("name", name), ("windowSeconds", Number((int)window.TotalSeconds)))}", cancellationToken)).Failures;

    public async Task<int> RecordSignInFailureAsync(string name, TimeSpan window, CancellationToken cancellationToken = default) =>
        (await SendAsync<SignInFailures>(HttpMethod.Post, $"{Site}/sign-in-failures", new SignInFailureRequest(name, (int)window.TotalSeconds), cancellationToken)).Failures;

    public Task ClearSignInFailuresAsync(string name, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"{Site}/sign-in-failures{Query(("name", name))}", null, cancellationToken);
}
