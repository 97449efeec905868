namespace CineRadar.WebComponents.Maps;

/// <summary>A point on the map: a theatre or a city, with its colour, what its tooltip says and where it links.</summary>
public sealed record MapPin(double Latitude, double Longitude, string Colour, string Label, string? Href = null, double Radius = 4);

/// <summary>The part of the map to show: a centre and a zoom (1 = the whole country).</summary>
public sealed record MapFocus(double Latitude, double Longitude, double Zoom);
