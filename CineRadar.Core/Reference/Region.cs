namespace CineRadar.Core.Reference;

public enum RegionId
{
    Jawa,
    Sumatera,
    Kalimantan,
    Sulawesi,
    BaliNusaTenggara,
    PapuaMaluku,

    /// <summary>A city TIX added that our table does not map yet.</summary>
    Unassigned,
}

/// <summary>A map region: where the map pans to for it and the colour it is drawn in.</summary>
public sealed record Region(RegionId Id, string Name, double CenterLatitude, double CenterLongitude, double Zoom, string Colour);

public static class Regions
{
    /// <summary>The whole of Indonesia, for the initial map view.</summary>
    public static readonly Region Indonesia = new(RegionId.Unassigned, "Indonesia", -2.5, 118.0, 5.5, "#6b7280");

    /// <summary>The six regions in their display order.</summary>
    public static readonly IReadOnlyList<Region> All =
    [
        new(RegionId.Jawa, "Jawa", -7.0, 110.4, 7, "#0d9488"),
        new(RegionId.Sumatera, "Sumatera", -0.5, 101.5, 6, "#7c3aed"),
        new(RegionId.Kalimantan, "Kalimantan", 0.5, 116.5, 6, "#db2777"),
        new(RegionId.Sulawesi, "Sulawesi", -2.0, 121.0, 6.5, "#ea580c"),
        new(RegionId.BaliNusaTenggara, "Bali & NT", -8.5, 118.0, 7, "#0891b2"),
        new(RegionId.PapuaMaluku, "Papua & Maluku", -3.5, 135.0, 6, "#65a30d"),
    ];

    public static readonly Region Unassigned = new(RegionId.Unassigned, "Unassigned", -2.5, 118.0, 5.5, "#6b7280");

    public static Region Get(RegionId id) => All.FirstOrDefault(r => r.Id == id) ?? Unassigned;

    /// <summary>Finds a region by its display name ("Bali & NT") or id name ("BaliNusaTenggara"), case-insensitively.</summary>
    public static Region? FindByName(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(r.Id.ToString(), name, StringComparison.OrdinalIgnoreCase));
}
