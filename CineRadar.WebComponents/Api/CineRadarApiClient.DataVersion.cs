using CineRadar.Contracts;

namespace CineRadar.WebComponents.Api;

// What the sites' live pages watch: the data version moves on when readers would see new figures.
public sealed partial class CineRadarApiClient
{
    public Task<DataVersion> GetDataVersionAsync(CancellationToken cancellationToken = default) =>
        GetAsync<DataVersion>($"{V1}/data-version", cancellationToken);
}
