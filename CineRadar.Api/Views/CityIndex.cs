using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Views;

/// <summary>
/// Every city the Api answers for, by name: CineRadar's table and the cities TIX added (in the region and time zone an
/// operator gave them, unassigned and on WIB until then), built once per data version.
/// </summary>
[ImmutableObject(true)]
internal sealed class CityIndex
{
    private readonly Dictionary<string, City> _byId;

    public CityIndex(IReadOnlyList<AddedCity> added)
    {
        All = Cities.All
            .Concat(added.Where(a => Cities.FindById(a.Id) is null).Select(a => a.ToCity()))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        _byId = All.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<City> All { get; }

    public City? Find(string cityId) => _byId.GetValueOrDefault(cityId);
}

internal sealed class CityIndexes(ICityStore added, VersionedCache cache)
{
    public ValueTask<CityIndex> GetAsync(CancellationToken cancellationToken) =>
        cache.ViewAsync("cities", async ct => new CityIndex(await added.ListAsync(ct)), cancellationToken);
}
