using System.Globalization;

namespace CineRadar.WebComponents.Formatting;

/// <summary>
/// Instants in a city's own zone: WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9), as the Api names them. An unknown name is
/// read as WIB, the national business zone; the business day is the WIB date. The sites' one copy of the rule
/// <c>CineRadar.Core</c>'s <c>IndonesianClock</c> keeps for the Api and the scraper.
/// </summary>
public static class LocalTimes
{
    public const string Wib = "WIB";

    public static TimeSpan Offset(string? zone) => zone switch
    {
        "WITA" => TimeSpan.FromHours(8),
        "WIT" => TimeSpan.FromHours(9),
        _ => TimeSpan.FromHours(7),
    };

    public static string Name(string? zone) => zone is "WITA" or "WIT" ? zone : Wib;

    /// <summary>The same instant written in a zone.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, string? zone) => instant.ToOffset(Offset(zone));

    /// <summary>"19:05 WITA".</summary>
    public static string Time(DateTimeOffset instant, string? zone) => Clock(instant, zone) + " " + Name(zone);

    /// <summary>"19:05" without the zone, for axis labels.</summary>
    public static string Clock(DateTimeOffset instant, string? zone) =>
        InZone(instant, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The calendar date of an instant in a zone; in WIB it is the national business day.</summary>
    public static DateOnly Date(DateTimeOffset instant, string? zone) => DateOnly.FromDateTime(InZone(instant, zone).DateTime);

    /// <summary>The national business day of an instant: its WIB date.</summary>
    public static DateOnly BusinessDate(DateTimeOffset instant) => Date(instant, Wib);

    /// <summary>Today's national business day.</summary>
    public static DateOnly Today(TimeProvider clock) => BusinessDate(clock.GetUtcNow());
}
