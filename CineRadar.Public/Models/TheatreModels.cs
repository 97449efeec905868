namespace CineRadar.Public.Models;

public sealed record Location(double Latitude, double Longitude, string Source);

public sealed record Theatre(
    string Id,
    string Name,
    string? Address,
    Chain Chain,
    string CityId,
    string City,
    string Region,
    IReadOnlyList<string> RoomTypes,
    Location? Location,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);

public sealed record RoomFormat(string Label, string Dimension, string Technology, string Tier);

public sealed record Price(long MinRupiah, long MaxRupiah);

/// <summary>
/// A showtime's latest seat reading, without the seat map; <see cref="SoldPct"/> is the latest reading's occupancy, or
/// the last one before the house was locked (null when every reading is locked).
/// </summary>
public sealed record OccupancyReading(string Kind, DateTimeOffset SampledAt, double OccupancyPct, bool HouseLocked, double? SoldPct = null)
{
    /// <summary>The share of seats taken that a figure may count: never a locked map's.</summary>
    public double? TakenPct => HouseLocked ? SoldPct : SoldPct ?? OccupancyPct;
}

/// <summary>A showtime; <see cref="Time"/> is local to the theatre's city.</summary>
public sealed record Showtime(string Id, string Time, DateTimeOffset StartsAt, bool Bookable, OccupancyReading? Occupancy);

public sealed record Room(string Category, RoomFormat Format, string? PriceText, Price? Price, IReadOnlyList<Showtime> Showtimes);

public sealed record TheatreRooms(Theatre Theatre, IReadOnlyList<Room> Rooms);

public sealed record TheatreMovie(MovieSummary Movie, IReadOnlyList<Room> Rooms);

public sealed record TheatreSchedule(DateOnly Date, Theatre Theatre, IReadOnlyList<TheatreMovie> Movies);
