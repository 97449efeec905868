using CineRadar.Api.Caching;

namespace CineRadar.Api.Apis;

/// <summary>
/// The data version alone, for the sites' live pages: each site process asks every few seconds, whatever number of
/// visitors it streams to. It costs no store read between the monitor's refreshes and is never cached.
/// </summary>
internal static class DataVersionApi
{
    public static RouteGroupBuilder MapDataVersionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/data-version", GetDataVersion)
            .WithTags("Reference")
            .WithSummary("The data version, which moves on whenever readers would see new figures");
        return api;
    }

    public static async Task<DataVersion> GetDataVersion(DataVersionMonitor versions, HttpContext http, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        return new DataVersion(await versions.CurrentAsync(cancellationToken));
    }
}
