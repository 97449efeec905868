using System.Globalization;
using CineRadar.Contracts;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.Admin.Tables;

/// <summary>The theatres table's columns, shared by the cinemas page and its CSV export.</summary>
public static class TheatreTables
{
    public static readonly IReadOnlyList<Column<TheatreDto>> Theatres =
    [
        new("name", "Theatre", t => t.Name, Href: t => AdminLinks.Cinema(t.Id)),
        new("chain", "Chain", t => t.Chain.Name),
        new("city", "City", t => t.City),
        new("region", "Region", t => t.Region),
        new("latitude", "Latitude", t => t.Location?.Latitude, t => Coordinate(t.Location?.Latitude)),
        new("longitude", "Longitude", t => t.Location?.Longitude, t => Coordinate(t.Location?.Longitude)),
        new("source", "Location from", t => t.Location?.Source),
        new("rooms", "Room types", t => string.Join("; ", t.RoomTypes)),
        new("lastSeen", "Last seen", t => t.LastSeen, t => Formats.WibDateTime(t.LastSeen)),
    ];

    private static string Coordinate(double? value) => value?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "–";
}
