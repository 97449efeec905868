using System.Globalization;

namespace CineRadar.WebComponents.Formatting;

/// <summary>
/// Instants in a city's own zone: WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9), as the Api names them. An unknown name is
/// read as WIB, the national business zone.
/// </summary>
public static class LocalTimes
{
    public static TimeSpan Offset(string? zone) => zone switch
    {
        "WITA" => TimeSpan.FromHours(8),
        "WIT" => TimeSpan.FromHours(9),
        _ => TimeSpan.FromHours(7),
    };

    public static string Name(string? zone) => zone is "WITA" or "WIT" ? zone : "WIB";

    /// <summary>"19:05 WITA".</summary>
    public static string Time(DateTimeOffset instant, string? zone) =>
        instant.ToOffset(Offset(zone)).ToString("HH:mm", CultureInfo.InvariantCulture) + " " + Name(zone);

    /// <summary>"19:05" without the zone, for axis labels.</summary>
    public static string Clock(DateTimeOffset instant, string? zone) =>
        instant.ToOffset(Offset(zone)).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The calendar date of an instant in a zone; in WIB it is the national business day.</summary>
    public static DateOnly Date(DateTimeOffset instant, string? zone) => DateOnly.FromDateTime(instant.ToOffset(Offset(zone)).DateTime);
}
