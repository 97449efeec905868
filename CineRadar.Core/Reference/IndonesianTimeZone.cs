namespace CineRadar.Core.Reference;

/// <summary>Indonesia's three time zones. None of them observes daylight saving time.</summary>
public enum IndonesianTimeZone
{
    /// <summary>Waktu Indonesia Barat, UTC+7: Sumatera, Jawa, west and central Kalimantan. The national business day.</summary>
    Wib,

    /// <summary>Waktu Indonesia Tengah, UTC+8: Bali and Nusa Tenggara, Sulawesi, east and north Kalimantan.</summary>
    Wita,

    /// <summary>Waktu Indonesia Timur, UTC+9: Maluku and Papua.</summary>
    Wit,
}

public static class IndonesianTimeZones
{
    public static TimeSpan UtcOffset(this IndonesianTimeZone zone) => zone switch
    {
        IndonesianTimeZone.Wib => TimeSpan.FromHours(7),
        IndonesianTimeZone.Wita => TimeSpan.FromHours(8),
        IndonesianTimeZone.Wit => TimeSpan.FromHours(9),
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone, "Not an Indonesian time zone."),
    };

    /// <summary>The abbreviation shown to people: WIB, WITA or WIT.</summary>
    public static string Abbreviation(this IndonesianTimeZone zone) => zone switch
    {
        IndonesianTimeZone.Wib => "WIB",
        IndonesianTimeZone.Wita => "WITA",
        IndonesianTimeZone.Wit => "WIT",
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone, "Not an Indonesian time zone."),
    };
}
