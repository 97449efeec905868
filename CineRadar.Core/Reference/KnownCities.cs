using System.ComponentModel;

namespace CineRadar.Core.Reference;

/// <summary>
/// Every city CineRadar answers for: its table of cities and the cities TIX added, in the region and time zone an
/// operator gave them (unassigned and on WIB until then).
/// </summary>
[ImmutableObject(true)]
public sealed class KnownCities
{
    private readonly Dictionary<string, City> _byId;

    public KnownCities(IReadOnlyList<AddedCity> added)
    {
        All = Cities.All
            .Concat(added.Where(a => Cities.FindById(a.Id) is null).Select(a => a.ToCity()))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        _byId = All.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The table of cities alone, before any city TIX added is known.</summary>
    public static KnownCities Table { get; } = new([]);

    public IReadOnlyList<City> All { get; }

    public City? Find(string cityId) => _byId.GetValueOrDefault(cityId);

    public Region RegionOf(string cityId) => Find(cityId)?.Region ?? Regions.Unassigned;
}
