using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>theatres/{theatre_id}</c> with the original's fields (<c>name</c>, <c>city</c>, <c>lat</c>, <c>lng</c>,
/// <c>place_id</c>, <c>room_types</c>, and ISO-string <c>last_seen</c>/<c>created_at</c>/<c>updated_at</c>) plus
/// <c>city_id</c>, <c>first_seen</c>, <c>location_source</c> and <c>location_updated_at</c>.
/// </summary>
internal static class TheatreDocuments
{
    /// <summary>The fields publishing owns; a location is written only through <see cref="LocationFields"/>.</summary>
    public static readonly string[] PublishedFieldNames =
        ["theatre_id", "name", "merchant", "city", "city_id", "address", "room_types", "first_seen", "last_seen", "created_at", "updated_at"];

    public static readonly string[] LocationFieldNames = ["lat", "lng", "place_id", "location_source", "location_updated_at"];

    /// <summary>
    /// A theatre as a publication saw it (its first sighting names it), over what was stored: room types unioned,
    /// first seen kept, last seen moved on. The location is not publishing's business.
    /// </summary>
    public static Theatre Seen(IReadOnlyList<TheatreSchedule> sightings, DateTimeOffset seenAt, Theatre? stored)
    {
        var first = sightings[0];
        return new Theatre(
            first.TheatreId,
            first.TheatreName,
            first.Address ?? stored?.Address,
            first.Merchant,
            first.CityId,
            first.CityName,
            sightings.SelectMany(t => t.Rooms).Select(r => r.Category.Trim()).Concat(stored?.RoomTypes ?? [])
                .Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            stored is null || seenAt < stored.FirstSeen ? seenAt : stored.FirstSeen,
            stored is null || seenAt > stored.LastSeen ? seenAt : stored.LastSeen,
            null);
    }

    public static Dictionary<string, object?> PublishedFields(Theatre theatre, DateTimeOffset now) => new(StringComparer.Ordinal)
    {
        ["theatre_id"] = theatre.Id,
        ["name"] = theatre.Name,
        ["merchant"] = theatre.Merchant,
        ["city"] = theatre.CityName,
        ["city_id"] = theatre.CityId,
        ["address"] = theatre.Address,
        ["room_types"] = theatre.RoomTypes,
        ["first_seen"] = theatre.FirstSeen,
        ["last_seen"] = FirestoreTime.Format(theatre.LastSeen),
        ["created_at"] = FirestoreTime.Format(theatre.FirstSeen),
        ["updated_at"] = FirestoreTime.Format(now),
    };

    public static Dictionary<string, object?> LocationFields(TheatreLocation? location) => new(StringComparer.Ordinal)
    {
        ["lat"] = location?.Latitude,
        ["lng"] = location?.Longitude,
        ["place_id"] = location?.PlaceId,
        ["location_source"] = location is null ? null : Words.Of(location.Source),
        ["location_updated_at"] = location?.UpdatedAt,
    };

    public static Theatre Read(FirestoreFields fields)
    {
        var cityName = fields.String("city") ?? "";
        var firstSeen = fields.Instant("first_seen") ?? fields.Instant("created_at") ?? DateTimeOffset.UnixEpoch;
        return new Theatre(
            fields.Required("theatre_id"),
            fields.String("name") ?? "",
            fields.String("address"),
            fields.String("merchant") ?? "",
            fields.String("city_id") ?? Cities.FindByName(cityName)?.Id ?? "",
            cityName,
            fields.Strings("room_types"),
            firstSeen,
            fields.Instant("last_seen") ?? firstSeen,
            ReadLocation(fields));
    }

    private static TheatreLocation? ReadLocation(FirestoreFields fields) =>
        fields.Double("lat") is { } latitude && fields.Double("lng") is { } longitude
            ? new TheatreLocation(
                latitude,
                longitude,
                Words.Parse(fields.String("location_source"), LocationSource.Geocoder),
                fields.String("place_id"),
                fields.Instant("location_updated_at") ?? fields.Instant("updated_at") ?? DateTimeOffset.UnixEpoch)
            : null;
}
