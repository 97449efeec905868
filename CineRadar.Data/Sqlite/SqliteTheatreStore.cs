using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;
using CineRadar.Data.Serialization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteTheatreStore(SqliteDatabase database) : ITheatreStore
{
    private static readonly StoreJsonContext Json = StoreJsonContext.Default;

    public async Task<IReadOnlyList<Theatre>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TheatreRow>("SELECT * FROM theatres ORDER BY city_name, name");
        return rows.Select(r => r.ToTheatre()).ToList();
    }

    public async Task<Theatre?> GetAsync(string theatreId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TheatreRow>("SELECT * FROM theatres WHERE id = @theatreId", new { theatreId });
        return row?.ToTheatre();
    }

    public async Task<bool> SetLocationAsync(string theatreId, TheatreLocation location, CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(location);
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            """
            UPDATE theatres
            SET latitude = @Latitude, longitude = @Longitude, location_source = @source, place_id = @PlaceId,
                location_updated_at = @updatedAt
            WHERE id = @theatreId AND (@source = 'Manual' OR location_source IS NULL OR location_source <> 'Manual')
            """,
            new
            {
                theatreId,
                location.Latitude,
                location.Longitude,
                location.PlaceId,
                source = location.Source.ToString(),
                updatedAt = SqliteText.Instant(location.UpdatedAt),
            });
        return changed == 1;
    }

    /// <summary>Adds or refreshes every theatre a publication saw: room types unioned, first seen kept, last seen moved on.</summary>
    internal static async Task UpsertSeenAsync(SqliteConnection connection, SqliteTransaction transaction, CatalogPublication publication, CancellationToken cancellationToken)
    {
        var seen = publication.Cities
            .SelectMany(c => c.Schedules)
            .SelectMany(s => s.Theatres)
            .GroupBy(t => t.TheatreId, StringComparer.Ordinal);
        var at = SqliteText.Instant(publication.ScrapedAt);
        foreach (var sightings in seen)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var theatre = sightings.First();
            var existing = await connection.QuerySingleOrDefaultAsync<string>(
                "SELECT room_types_json FROM theatres WHERE id = @id", new { id = theatre.TheatreId }, transaction);
            var roomTypes = (existing is null ? [] : StoreJson.Read(existing, Json.ListString))
                .Concat(sightings.SelectMany(t => t.Rooms).Select(r => r.Category.Trim()))
                .Where(c => c.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            await connection.ExecuteAsync(
                """
                INSERT INTO theatres (id, name, address, merchant, city_id, city_name, room_types_json, first_seen, last_seen)
                VALUES (@id, @name, @address, @merchant, @cityId, @cityName, @roomTypes, @at, @at)
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, address = coalesce(excluded.address, theatres.address), merchant = excluded.merchant,
                    city_id = excluded.city_id, city_name = excluded.city_name, room_types_json = excluded.room_types_json,
                    first_seen = min(theatres.first_seen, excluded.first_seen), last_seen = max(theatres.last_seen, excluded.last_seen)
                """,
                new
                {
                    id = theatre.TheatreId,
                    name = theatre.TheatreName,
                    address = theatre.Address,
                    merchant = theatre.Merchant,
                    cityId = theatre.CityId,
                    cityName = theatre.CityName,
                    roomTypes = StoreJson.Write(roomTypes, Json.ListString),
                    at,
                },
                transaction);
        }
    }

    private sealed class TheatreRow
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string? Address { get; set; }

        public string Merchant { get; set; } = "";

        public string CityId { get; set; } = "";

        public string CityName { get; set; } = "";

        public string RoomTypesJson { get; set; } = "[]";

        public string FirstSeen { get; set; } = "";

        public string LastSeen { get; set; } = "";

        public double? Latitude { get; set; }

        public double? Longitude { get; set; }

        public string? LocationSource { get; set; }

        public string? PlaceId { get; set; }

        public string? LocationUpdatedAt { get; set; }

        public Theatre ToTheatre() => new(
            Id,
            Name,
            Address,
            Merchant,
            CityId,
            CityName,
            StoreJson.Read(RoomTypesJson, Json.ListString),
            SqliteText.ToInstant(FirstSeen),
            SqliteText.ToInstant(LastSeen),
            Latitude is { } lat && Longitude is { } lng
                ? new TheatreLocation(lat, lng, Enum.Parse<LocationSource>(LocationSource!), PlaceId, SqliteText.ToInstant(LocationUpdatedAt!))
                : null);
    }
}
