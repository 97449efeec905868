using System.Net.Http.Json;

namespace CineRadar.Admin.Services;

/// <summary>The site's only way to data: the CineRadar Api.</summary>
public sealed class CineRadarApiClient(HttpClient http, ILogger<CineRadarApiClient> logger)
{
    /// <summary>The Api's description of itself, or null when the Api is not answering.</summary>
    public async Task<ServiceInfo?> GetServiceInfoAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await http.GetFromJsonAsync<ServiceInfo>("/", cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "The CineRadar Api is not answering");
            return null;
        }
    }
}
