using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;
using CineRadar.Data.Serialization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteCatalogStore(SqliteDatabase database) : ICatalogStore
{
    private static readonly StoreJsonContext Json = StoreJsonContext.Default;

    public async Task PublishAsync(CatalogPublication publication, CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(publication);
        var date = SqliteText.Date(publication.Date);
        var scrapedAt = SqliteText.Instant(publication.ScrapedAt);
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();

        foreach (var city in publication.Cities)
        {
            await connection.ExecuteAsync(
                "DELETE FROM city_listings WHERE date = @date AND city_id = @cityId",
                new { date, cityId = city.CityId }, transaction);
            foreach (var listing in CatalogAssembly.Listings(city))
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO city_listings (date, movie_id, city_id, city_name, movie_json, theatres_json, run_id, scraped_at)
                    VALUES (@date, @movieId, @cityId, @cityName, @movieJson, @theatresJson, @runId, @scrapedAt)
                    """,
                    new
                    {
                        date,
                        movieId = listing.Movie.Id,
                        cityId = city.CityId,
                        cityName = city.CityName,
                        movieJson = StoreJson.Write(listing.Movie, Json.Movie),
                        theatresJson = StoreJson.Write(listing.Theatres.ToList(), Json.ListTheatreSchedule),
                        runId = publication.RunId,
                        scrapedAt,
                    },
                    transaction);
            }
        }

        await SqliteTheatreStore.UpsertSeenAsync(connection, transaction, publication, cancellationToken);
        var schedules = await ReadSchedulesAsync(connection, transaction, publication.Date);
        var snapshot = DailySnapshot.From(publication.Date, publication.ScrapedAt, schedules, publication.Source);
        await connection.ExecuteAsync(
            """
            INSERT INTO snapshots (date, scraped_at, json) VALUES (@date, @scrapedAt, @json)
            ON CONFLICT (date) DO UPDATE SET scraped_at = excluded.scraped_at, json = excluded.json
            """,
            new { date, scrapedAt, json = StoreJson.Write(snapshot, Json.DailySnapshot) }, transaction);
        transaction.Commit();
    }

    public async Task<IReadOnlyList<DateOnly>> GetDatesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var dates = await connection.QueryAsync<string>("SELECT date FROM snapshots ORDER BY date DESC");
        return dates.Select(SqliteText.ToDate).ToList();
    }

    public Task<DailySnapshot?> GetSnapshotAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        ReadSnapshotAsync("SELECT json FROM snapshots WHERE date = @date", new { date = SqliteText.Date(date) }, cancellationToken);

    public Task<DailySnapshot?> GetLatestSnapshotAsync(CancellationToken cancellationToken = default) =>
        ReadSnapshotAsync("SELECT json FROM snapshots ORDER BY date DESC LIMIT 1", null, cancellationToken);

    public async Task<MovieSchedule?> GetMovieScheduleAsync(DateOnly date, string movieId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ListingRow>(
            "SELECT * FROM city_listings WHERE date = @date AND movie_id = @movieId ORDER BY city_name",
            new { date = SqliteText.Date(date), movieId });
        return CatalogAssembly.Assemble(date, rows.Select(r => r.ToListing(date))).SingleOrDefault();
    }

    public async Task<IReadOnlyList<MovieSchedule>> GetSchedulesAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadSchedulesAsync(connection, null, date);
    }

    private static async Task<IReadOnlyList<MovieSchedule>> ReadSchedulesAsync(SqliteConnection connection, SqliteTransaction? transaction, DateOnly date)
    {
        var rows = await connection.QueryAsync<ListingRow>(
            "SELECT * FROM city_listings WHERE date = @date ORDER BY movie_id, city_name",
            new { date = SqliteText.Date(date) }, transaction);
        return CatalogAssembly.Assemble(date, rows.Select(r => r.ToListing(date)));
    }

    private async Task<DailySnapshot?> ReadSnapshotAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.QuerySingleOrDefaultAsync<string>(sql, parameters);
        return json is null ? null : StoreJson.Read(json, Json.DailySnapshot);
    }

    private sealed class ListingRow
    {
        public string CityId { get; set; } = "";

        public string CityName { get; set; } = "";

        public string MovieJson { get; set; } = "";

        public string TheatresJson { get; set; } = "";

        public CityListing ToListing(DateOnly date) => new(
            date,
            new CityRef(CityId, CityName),
            StoreJson.Read(MovieJson, Json.Movie),
            StoreJson.Read(TheatresJson, Json.ListTheatreSchedule));
    }
}
