using CineRadar.Core.Reference;
using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteCityStore(SqliteDatabase database) : ICityStore
{
    public async Task<AddedCity> RecordSeenAsync(string id, string name, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(id, "city id");
        StoreGuards.Require(name, $"city {id}: name");
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<CityRow>(
            """
            INSERT INTO added_cities (id, name, first_seen, last_seen) VALUES (@id, @name, @seenAt, @seenAt)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, last_seen = max(added_cities.last_seen, excluded.last_seen)
            RETURNING *
            """,
            new { id, name, seenAt = SqliteText.Instant(seenAt) });
        return row.ToCity();
    }

    public async Task<AddedCity?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<CityRow>("SELECT * FROM added_cities WHERE id = @id", new { id }))?.ToCity();
    }

    public async Task<IReadOnlyList<AddedCity>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<CityRow>("SELECT * FROM added_cities ORDER BY name, id")).Select(r => r.ToCity()).ToList();
    }

    public async Task<bool> MapAsync(string id, CityMapping mapping, CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(mapping);
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE added_cities SET region = @region, time_zone = @zone, mapped_by = @MappedBy, mapped_at = @mappedAt WHERE id = @id",
            new { id, region = mapping.RegionId.ToString(), zone = mapping.TimeZone.ToString(), mapping.MappedBy, mappedAt = SqliteText.Instant(mapping.MappedAt) });
        return changed == 1;
    }

    private sealed class CityRow
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string FirstSeen { get; set; } = "";

        public string LastSeen { get; set; } = "";

        public string? Region { get; set; }

        public string? TimeZone { get; set; }

        public string? MappedBy { get; set; }

        public string? MappedAt { get; set; }

        public AddedCity ToCity() => new(
            Id,
            Name,
            SqliteText.ToInstant(FirstSeen),
            SqliteText.ToInstant(LastSeen),
            Region is null || TimeZone is null || MappedAt is null
                ? null
                : new CityMapping(Enum.Parse<RegionId>(Region), Enum.Parse<IndonesianTimeZone>(TimeZone), MappedBy ?? "", SqliteText.ToInstant(MappedAt)));
    }
}
