namespace CineRadar.Admin.Services.Contracts;

// Cities, theatres and a theatre's schedule, as this site reads them from the Api.

public sealed record City(string Id, string Name, string RegionId, string Region, string TimeZone, int Theatres);

public sealed record Region(string Id, string Name);

public sealed record Chain(string Key, string Name, string Colour);

public sealed record TheatreLocation(double Latitude, double Longitude, string Source);

public sealed record Theatre(
    string Id,
    string Name,
    string? Address,
    Chain Chain,
    string CityId,
    string City,
    string Region,
    IReadOnlyList<string> RoomTypes,
    TheatreLocation? Location,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);

public sealed record MovieSummary(string Id, string Title, int Showtimes, long? Admissions, long? GrossRupiah, double? OccupancyPct);

public sealed record RoomFormat(string Label, string Dimension, string Technology, string Tier);

public sealed record ShowtimeOccupancy(string Kind, DateTimeOffset SampledAt, double OccupancyPct, bool HouseLocked);

public sealed record Showtime(string Id, string Time, DateTimeOffset StartsAt, bool Bookable, ShowtimeOccupancy? Occupancy);

public sealed record Room(string Category, RoomFormat Format, string? PriceText, IReadOnlyList<Showtime> Showtimes);

public sealed record TheatreMovie(MovieSummary Movie, IReadOnlyList<Room> Rooms);

public sealed record TheatreSchedule(DateOnly Date, Theatre Theatre, IReadOnlyList<TheatreMovie> Movies);
