namespace CineRadar.Public.Models;

/// <summary>A TIX city as the Api describes it; <see cref="TimeZone"/> is WIB, WITA or WIT.</summary>
public sealed record City(string Id, string Name, string RegionId, string Region, string TimeZone, int Theatres);

public sealed record Region(string Id, string Name, double CenterLatitude, double CenterLongitude, double Zoom, string Colour, int Cities);

public sealed record Chain(string Key, string Name, string Colour);
