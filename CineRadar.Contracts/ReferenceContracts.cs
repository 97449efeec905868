namespace CineRadar.Contracts;

/// <summary>A map region; <see cref="Cities"/> counts its TIX cities.</summary>
public sealed record RegionDto(string Id, string Name, double CenterLatitude, double CenterLongitude, double Zoom, string Colour, int Cities);

/// <summary>A TIX city; <see cref="TimeZone"/> is WIB, WITA or WIT; <see cref="Theatres"/> counts the theatres the store knows there.</summary>
public sealed record CityDto(string Id, string Name, string RegionId, string Region, string TimeZone, int Theatres);

public sealed record ChainDto(string Key, string Name, string Colour);
