using System.Text.Json.Serialization;

namespace CineRadar.Contracts;

public sealed record RoomFormatDto(string Label, string Dimension, string Technology, string Tier);

public sealed record Price(long MinRupiah, long MaxRupiah);

/// <summary>
/// A showtime's latest seat reading, without the seat map: its occupancy as TIX showed it, and
/// <see cref="SoldPct"/>, the share of seats sold as far as the readings tell: the latest reading's occupancy, or the
/// last one before the house was locked; null when every reading is locked.
/// </summary>
public sealed record OccupancyReading(string Kind, DateTimeOffset SampledAt, double OccupancyPct, bool HouseLocked, double? SoldPct = null)
{
    /// <summary>The share of seats taken that a figure may count: never a locked map's.</summary>
    [JsonIgnore]
    public double? TakenPct => HouseLocked ? SoldPct : SoldPct ?? OccupancyPct;
}

/// <summary>
/// A showtime; <see cref="Time"/> is local to the theatre's city. What re-sweeps through the day saw: a
/// <see cref="Cancelled"/> show (never <see cref="Bookable"/>), the start a moved show had before (<see cref="MovedFrom"/>)
/// and when a show the morning's sweep did not list was first seen (<see cref="AddedAt"/>).
/// </summary>
public sealed record ShowtimeDto(
    string Id,
    string Time,
    DateTimeOffset StartsAt,
    bool Bookable,
    OccupancyReading? Occupancy,
    bool Cancelled = false,
    DateTimeOffset? MovedFrom = null,
    DateTimeOffset? AddedAt = null)
{
    /// <summary>The local time a moved show had before, as <see cref="Time"/> writes times; null unless moved.</summary>
    [JsonIgnore]
    public string? MovedFromTime => ShowtimeClock.EarlierTime(Time, StartsAt, MovedFrom);
}

public sealed record RoomDto(string Category, RoomFormatDto Format, string? PriceText, Price? Price, IReadOnlyList<ShowtimeDto> Showtimes);

/// <summary>A theatre with the rooms and showtimes it has for one movie.</summary>
public sealed record TheatreRooms(TheatreDto Theatre, IReadOnlyList<RoomDto> Rooms);
