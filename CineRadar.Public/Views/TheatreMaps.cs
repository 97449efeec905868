using CineRadar.Contracts;
using CineRadar.WebComponents.Maps;

namespace CineRadar.Public.Views;

/// <summary>Theatres as pins on the offline map, in their chain's colour; the view centred on them.</summary>
public static class TheatreMaps
{
    public static IReadOnlyList<MapPin> Pins(IEnumerable<TheatreDto> theatres, Func<TheatreDto, string>? href = null) =>
        theatres.Where(t => t.Location is not null)
            .Select(t => new MapPin(t.Location!.Latitude, t.Location.Longitude, t.Chain.Colour, t.Name, href?.Invoke(t)))
            .ToList();

    /// <summary>The middle of the pins at a zoom; the whole country when there is none.</summary>
    public static MapFocus? FocusOn(IReadOnlyList<MapPin> pins, double zoom) =>
        pins.Count == 0 ? null : new MapFocus(pins.Average(p => p.Latitude), pins.Average(p => p.Longitude), zoom);
}
