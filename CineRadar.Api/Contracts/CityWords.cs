using CineRadar.Core.Reference;

namespace CineRadar.Api.Contracts;

/// <summary>The words a mapping takes: regions by id or name ("BaliNusaTenggara", "Bali & NT"), zones by abbreviation; any case.</summary>
internal static class CityWords
{
    public static readonly IReadOnlyDictionary<string, RegionId> Regions = Core.Reference.Regions.All
        .SelectMany(r => new[] { (Word: r.Id.ToString(), r.Id), (Word: r.Name, r.Id) })
        .DistinctBy(w => w.Word, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(w => w.Word, w => w.Id, StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlyDictionary<string, IndonesianTimeZone> Zones = Enum.GetValues<IndonesianTimeZone>()
        .ToDictionary(z => z.Abbreviation(), StringComparer.OrdinalIgnoreCase);
}
