using CineRadar.Api.Caching;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Views;

/// <summary>The cities the Api answers for (<see cref="KnownCities"/>), built once per data version.</summary>
internal sealed class CityIndexes(ICityStore added, VersionedCache cache)
{
    public ValueTask<KnownCities> GetAsync(CancellationToken cancellationToken) =>
        cache.ViewAsync("cities", async ct => new KnownCities(await added.ListAsync(ct)), cancellationToken);
}
