using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Time;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// One city's theatres of a movie as the original's schedule documents hold them: theatres with rooms, each room with
/// its bookable <c>showtimes</c>, its <c>past_showtimes</c> (not bookable, cancelled ones too) and <c>all_showtimes</c>
/// entries (plus CineRadar's <c>city_id</c>, <c>starts_at</c> and, when a re-sweep saw them, <c>added_at</c>,
/// <c>moved_from</c> and <c>cancelled_at</c>).
/// </summary>
internal static class TheatreScheduleFields
{
    public static List<object?> Write(IEnumerable<TheatreSchedule> theatres) => theatres.Select(WriteTheatre).ToList<object?>();

    /// <param name="displayTimeZone">The zone of the times in documents the original wrote (they have no <c>starts_at</c>).</param>
    public static IReadOnlyList<TheatreSchedule> Read(DateOnly date, CityRef city, IEnumerable<FirestoreFields> theatres, DisplayTimeZoneRule displayTimeZone)
    {
        var known = Cities.FindById(city.Id) ?? Cities.FindByName(city.Name);
        return theatres.Select(t => new TheatreSchedule(
                t.Required("theatre_id"),
                t.String("theatre_name") ?? "",
                t.String("address"),
                t.String("merchant") ?? "",
                t.String("city_id") ?? city.Id,
                city.Name,
                t.Maps("rooms").Select(r => ReadRoom(date, known?.TimeZone ?? IndonesianTimeZone.Wib, displayTimeZone, r)).ToList()))
            .ToList();
    }

    private static Dictionary<string, object?> WriteTheatre(TheatreSchedule theatre) => new(StringComparer.Ordinal)
    {
        ["theatre_id"] = theatre.TheatreId,
        ["theatre_name"] = theatre.TheatreName,
        ["merchant"] = theatre.Merchant,
        ["address"] = theatre.Address,
        ["city_id"] = theatre.CityId,
        ["rooms"] = theatre.Rooms.Select(WriteRoom).ToList(),
    };

    private static Dictionary<string, object?> WriteRoom(Room room) => new(StringComparer.Ordinal)
    {
        ["category"] = room.Category,
        ["price"] = room.PriceText,
        ["showtimes"] = room.Showtimes.Where(s => s.IsBookable).Select(s => s.DisplayTime).ToList(),
        ["past_showtimes"] = room.Showtimes.Where(s => !s.IsBookable).Select(s => s.DisplayTime).ToList(),
        ["all_showtimes"] = room.Showtimes.Select(WriteShowtime).ToList(),
    };

    private static Dictionary<string, object?> WriteShowtime(Showtime show)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["time"] = show.DisplayTime,
            ["status"] = show.Status,
            ["is_available"] = show.IsBookable,
            ["showtime_id"] = show.Id,
            ["starts_at"] = show.StartsAt,
        };
        AddWhenKnown(fields, "added_at", show.AddedAt);
        AddWhenKnown(fields, "moved_from", show.MovedFrom);
        AddWhenKnown(fields, "cancelled_at", show.CancelledAt);
        return fields;
    }

    private static void AddWhenKnown(Dictionary<string, object?> fields, string name, DateTimeOffset? value)
    {
        if (value is { } known)
        {
            fields[name] = known;
        }
    }

    private static Room ReadRoom(DateOnly date, IndonesianTimeZone cityZone, DisplayTimeZoneRule displayTimeZone, FirestoreFields room) => new(
        room.String("category") ?? "",
        room.String("price"),
        room.Maps("all_showtimes").Select(s =>
        {
            var id = s.String("showtime_id") ?? "";
            var time = s.String("time") ?? "";
            var status = s.Long("status") is { } known ? (int)known : s.Bool("is_available") ? Core.Tix.TixShowtime.BookableStatus : 0;
            var listed = s.Instant("starts_at") is { } startsAt
                ? new Showtime(id, time, status, startsAt)
                : LegacyShowtime(id, time, status, date, cityZone, displayTimeZone);
            return listed with { AddedAt = s.Instant("added_at"), MovedFrom = s.Instant("moved_from"), CancelledAt = s.Instant("cancelled_at") };
        }).ToList());

    // Documents the original wrote have no starts_at: their time is TIX's display_time as it was listed, read as the
    // sweep reads it; the listed time becomes the city's local time, as in CineRadar's own documents.
    private static Showtime LegacyShowtime(string id, string time, int status, DateOnly date, IndonesianTimeZone cityZone, DisplayTimeZoneRule displayTimeZone)
    {
        if (!IndonesianClock.TryParseDisplayTime(time, out _))
        {
            return new Showtime(id, time, status, IndonesianClock.BusinessDayBounds(date).Start);
        }

        var start = IndonesianClock.DisplayTimeStart(date, time, cityZone, displayTimeZone);
        return new Showtime(id, IndonesianClock.LocalTime(start, cityZone), status, start);
    }
}
