using System.Globalization;
using CineRadar.Contracts;

namespace CineRadar.Admin.Operations;

/// <summary>Coordinates typed by hand: decimal degrees with a point or a comma, within the globe's ranges.</summary>
public static class Coordinates
{
    public static LocationRequest? TryRead(string? latitude, string? longitude) =>
        Degrees(latitude, 90) is { } lat && Degrees(longitude, 180) is { } lng ? new LocationRequest(lat, lng) : null;

    public static string Text(LocationRequest location) =>
        string.Create(CultureInfo.InvariantCulture, $"{location.Latitude:0.0000}, {location.Longitude:0.0000}");

    private static double? Degrees(string? text, double limit) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value) && Math.Abs(value) <= limit
            ? value
            : null;
}
