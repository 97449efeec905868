using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;
using CineRadar.Core.Seats;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>seat_snapshots/{showtimeId}_{kind}</c>: the original's seat record fields (<c>snapshot_type</c> is the kind,
/// <c>showtime</c> the local HH:MM, <c>scraped_at</c> an ISO string) plus <c>starts_at</c>, <c>house_locked</c>,
/// <c>city_id</c>, <c>room_key</c>, <c>unavailable_seat_labels</c> (see <see cref="SeatLayout.RoomKey"/>), and
/// <c>layout</c> as an array of <c>{row, seats}</c> maps (Firestore has no nested arrays).
/// </summary>
internal static class SeatSampleDocuments
{
    /// <summary>Every field but the layout, for reads that only need the counts.</summary>
    public static readonly string[] SummaryFieldNames =
    [
        "showtime_id", "date", "snapshot_type", "scraped_at", "starts_at", "movie_id", "theatre_id", "city_id", "merchant",
        "room_category", "total_seats", "available_seats", "unavailable_seats", "house_locked", "room_key", "unavailable_seat_labels",
    ];

    public static Dictionary<string, object?> Write(SeatSample sample)
    {
        var city = Cities.FindById(sample.CityId);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["date"] = sample.Date,
            ["showtime_id"] = sample.ShowtimeId,
            ["movie_id"] = sample.MovieId,
            ["theatre_id"] = sample.TheatreId,
            ["city"] = city?.Name,
            ["city_id"] = sample.CityId,
            ["merchant"] = sample.Merchant,
            ["room_category"] = sample.RoomCategory,
            ["showtime"] = IndonesianClock.InZone(sample.StartsAt, city?.TimeZone ?? IndonesianTimeZone.Wib).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["starts_at"] = sample.StartsAt,
            ["scraped_at"] = FirestoreTime.Format(sample.SampledAt),
            ["total_seats"] = sample.Layout.Total,
            ["unavailable_seats"] = sample.Layout.Unavailable,
            ["available_seats"] = sample.Layout.Available,
            ["occupancy_pct"] = sample.Layout.OccupancyPct,
            ["snapshot_type"] = sample.Kind,
            ["house_locked"] = sample.HouseLocked,
            ["room_key"] = sample.Layout.RoomKey,
            ["unavailable_seat_labels"] = sample.Layout.UnavailableSeats,
            ["layout"] = sample.Layout.Rows.Select(r => new Dictionary<string, object?>(StringComparer.Ordinal) { ["row"] = r.Label, ["seats"] = r.Seats }).ToList(),
            ["ignored_statuses"] = sample.Layout.IgnoredStatuses,
        };
    }

    public static SeatSample Read(FirestoreFields fields)
    {
        var summary = ReadSummary(fields);
        var layout = new SeatLayout(
            fields.Maps("layout").Select(r => new SeatRow(r.String("row") ?? "", r.String("seats") ?? "")).ToList(),
            fields.Strings("ignored_statuses"));
        return new SeatSample(
            summary.ShowtimeId, summary.Date, summary.Kind, summary.SampledAt, summary.StartsAt, summary.MovieId, summary.TheatreId,
            summary.CityId, summary.Merchant, summary.RoomCategory, layout, summary.HouseLocked);
    }

    public static SeatSampleSummary ReadSummary(FirestoreFields fields) => new(
        fields.Required("showtime_id"),
        fields.RequiredDate("date"),
        fields.String("snapshot_type") ?? "unknown",
        fields.RequiredInstant("scraped_at"),
        fields.Instant("starts_at") ?? fields.RequiredInstant("scraped_at"),
        fields.String("movie_id") ?? "",
        fields.String("theatre_id") ?? "",
        fields.String("city_id") ?? Cities.FindByName(fields.String("city") ?? "")?.Id ?? "",
        fields.String("merchant") ?? "",
        fields.String("room_category") ?? "",
        fields.Int("total_seats"),
        fields.Int("available_seats"),
        fields.Int("unavailable_seats"),
        fields.Bool("house_locked"),
        fields.String("room_key") ?? "",
        fields.String("unavailable_seat_labels") ?? "");
}
