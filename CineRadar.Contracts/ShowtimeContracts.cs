using System.Text.Json.Serialization;

namespace CineRadar.Contracts;

/// <summary>A row of a seat map: <c>1</c> available, <c>0</c> unavailable, <c>_</c> gap.</summary>
public sealed record SeatRowDto(string Label, string Seats);

/// <summary>A showtime's newest reading with its seat map.</summary>
public sealed record SeatMap(
    string Kind, DateTimeOffset SampledAt, int Total, int Available, int Unavailable, double OccupancyPct, bool HouseLocked, IReadOnlyList<SeatRowDto> Rows);

public sealed record CurvePoint(string Kind, DateTimeOffset SampledAt, double OccupancyPct, int Unavailable, int Total, bool HouseLocked);

/// <summary>
/// A showtime's estimated admissions and gross with their 90 % interval: the reading is exact, the tickets sold after
/// it are estimated.
/// </summary>
public sealed record Estimate(int Admissions, long GrossRupiah, string Basis, int AdmissionsLow, int AdmissionsHigh, long GrossLowRupiah, long GrossHighRupiah);

public sealed record ShowtimeRoom(string Category, RoomFormatDto Format, string? PriceText, Price? Price);

public sealed record ShowtimeDetail(
    string Id,
    DateOnly Date,
    string Time,
    DateTimeOffset StartsAt,
    bool Bookable,
    MovieSummary Movie,
    TheatreDto Theatre,
    ShowtimeRoom Room,
    SeatMap? Latest,
    IReadOnlyList<CurvePoint> Curve,
    Estimate? Estimate,
    bool Cancelled = false,
    DateTimeOffset? MovedFrom = null,
    DateTimeOffset? AddedAt = null)
{
    /// <summary>The local time a moved show had before, as <see cref="Time"/> writes times; null unless moved.</summary>
    [JsonIgnore]
    public string? MovedFromTime => ShowtimeClock.EarlierTime(Time, StartsAt, MovedFrom);
}
